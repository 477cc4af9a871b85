// The dev server (`npm start`) renders each page when the browser asks for it, from the site model in
// memory, instead of writing every page after every edit: at 10,000 posts a full build takes tens of
// seconds, while rebuilding the model after an edit (only the changed file is parsed again) and
// rendering the one page the browser reloads takes about a second. Eleventy watches the content
// folder, reruns the global data function (which refreshes the model) and tells the browser to reload.

import EleventyDevServer from "@11ty/eleventy-dev-server";
import { type PageToRender, pagesOf } from "../../layouts/pages.ts";
import { buildModel, type ParseCache } from "../build/build-model.ts";
import { onePass } from "../build/passes.ts";
import { ContentErrors, formatErrorReport, formatWarnings } from "../build/report.ts";
import { type ReadCache, readContentFolder } from "../content/read-sources.ts";
import type { Site } from "../model/types.ts";
import { notFoundPath } from "../model/urls.ts";
import type { SourceOptions } from "./site-source.ts";

/** Where the dev server listens: this machine only, never the network it is on. */
export const DEV_HOST = "127.0.0.1";

/**
 * Eleventy's dev server listens on every interface and has no option to change that: its listen call
 * is replaced with one bound to the loopback address (checked by test/site/dev-server.test.ts).
 */
export function bindToLoopback(): void {
  EleventyDevServer.prototype._serverListen = function (this: EleventyDevServer, port: number) {
    this.server.listen({ port, host: DEV_HOST });
  };
}

export class DevSite {
  #cache: ParseCache = { zone: "", entries: new Map() };
  #files: ReadCache = new Map();
  #pages = new Map<string, PageToRender>();
  #site: Site | undefined;

  /** Reads the content again and rebuilds the model; the next requests render from it. */
  refresh(options: SourceOptions): void {
    const folder = readContentFolder(options.contentDir, this.#files);
    const build = buildModel(folder, options.now, { cache: this.#cache, check: false, preview: true });
    for (const line of formatWarnings(build.issues, false)) console.warn(line);
    if (build.site === undefined) {
      for (const line of formatErrorReport(build.issues)) console.error(line);
      throw new ContentErrors(build.issues);
    }
    this.#site = build.site;
    this.#pages = new Map(pagesOf(build.site, onePass(build.site)).map((page) => [page.url, page]));
  }

  /** The response for a request path, or undefined to let the server look for a file (assets). */
  respond(pathname: string): { status: number; headers: Record<string, string>; body: string } | undefined {
    if (this.#site === undefined || pathname.startsWith("/assets/") || pathname.startsWith("/.11ty/"))
      return undefined;
    let url = pathname;
    try {
      url = decodeURIComponent(pathname);
    } catch {
      // keep the path as sent
    }
    const page = this.#pages.get(url) ?? this.#pages.get(`${url}/`);
    if (page === undefined) {
      const notFound = this.#pages.get(notFoundPath);
      return {
        status: 404,
        headers: { "Content-Type": TYPES.html },
        body: notFound?.render() ?? "Not found",
      };
    }
    return { status: 200, headers: { "Content-Type": typeOf(page.url) }, body: page.render() };
  }
}

const TYPES = {
  html: "text/html; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  json: "application/json; charset=utf-8",
  text: "text/plain; charset=utf-8",
};

function typeOf(url: string): string {
  if (url.endsWith(".xml")) return TYPES.xml;
  if (url.endsWith(".json")) return TYPES.json;
  if (url.endsWith(".txt")) return TYPES.text;
  return TYPES.html;
}
