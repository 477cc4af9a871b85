// A build's model and its rendered pages, pass by pass: what the build command and the dev server
// hand Eleventy to write. (Rendering in a worker thread, overlapping with Eleventy's writing, was
// measured on two cores: no faster, as both threads then compete with the garbage collector, and it
// took half as much memory again. Posts are still parsed on every core: see parse-posts.ts.)

import { type RenderedPage, renderPass } from "../../layouts/pages.ts";
import { readContentFolder } from "../content/read-sources.ts";
import type { ContentIssue } from "../issues.ts";
import { IntegrityError } from "../model/integrity.ts";
import { siteOutputs } from "../model/outputs.ts";
import type { Site } from "../model/types.ts";
import { linkPrefixOf } from "../model/urls.ts";
import { buildModel, type ModelBuild } from "./build-model.ts";
import { checkRenderedPages } from "./check-output.ts";
import { FILES_PER_PASS, planPasses, type RenderPass } from "./passes.ts";
import { mark } from "./timings.ts";

export interface SessionOptions {
  readonly contentDir: string;
  readonly now: number;
  /** Files per pass; the whole site in one pass when infinite. */
  readonly filesPerPass?: number;
}

/** What the command line needs to know of the model. */
export interface ModelSummary {
  readonly issues: readonly ContentIssue[];
  /** Undefined when the content has errors. */
  readonly site:
    | {
        readonly posts: number;
        readonly tags: number;
        readonly categories: number;
        readonly held: { readonly drafts: number; readonly future: number };
      }
    | undefined;
  readonly passes: number;
  /** Redirect pages among the outputs. */
  readonly redirects: number;
  /** Every URL the build writes. */
  readonly outputs: readonly string[];
  /** The URLs of the post pages among them: what the search index holds. */
  readonly postUrls: readonly string[];
  /** Whether the site is indexed for search (the `search` setting). */
  readonly search: boolean;
}

export class RenderSession {
  #site: Site | undefined;
  #passes: RenderPass[] = [];

  /** Reads, parses and assembles the content, and plans the passes. */
  load(options: SessionOptions): ModelSummary {
    const folder = readContentFolder(options.contentDir);
    mark("read content");
    const build: ModelBuild = buildModel(folder, options.now);
    return this.adopt(build, options.filesPerPass ?? FILES_PER_PASS);
  }

  adopt(build: ModelBuild, filesPerPass: number): ModelSummary {
    this.#site = build.site;
    this.#passes = build.site === undefined ? [] : planPasses(build.site, filesPerPass);
    const site = build.site;
    const outputs = site === undefined ? [] : siteOutputs(site);
    return {
      issues: build.issues,
      site:
        site === undefined
          ? undefined
          : {
              posts: site.posts.length,
              tags: site.tags.terms.length,
              categories: site.categories.terms.length,
              held: site.held,
            },
      passes: this.#passes.length,
      redirects: site?.redirects.length ?? 0,
      outputs: outputs.map((o) => o.url),
      postUrls: outputs.filter((o) => o.post !== undefined).map((o) => o.url),
      search: site?.settings.search ?? false,
    };
  }

  get site(): Site | undefined {
    return this.#site;
  }

  /** Renders pass `n` (0-based) and checks that every list page shows the posts the model puts on it. */
  render(n: number): RenderedPage[] {
    const site = this.#site;
    const pass = this.#passes[n];
    if (site === undefined || pass === undefined) throw new Error(`internal error: no pass ${n} to render`);
    const pages = renderPass(site, pass);
    const violations = checkRenderedPages(pass, pages, linkPrefixOf(site));
    if (violations.length > 0) throw new IntegrityError("after rendering", violations);
    return pages;
  }
}
