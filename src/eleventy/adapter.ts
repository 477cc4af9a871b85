// The Eleventy adapter, behind a narrow interface: Eleventy serves the dev server (pages rendered on
// request by the pipeline), watches the content folder and reloads the browser; and it can write a
// built site (`EleventyWriter`), so that Eleventy's own transforms and plugins apply to what is written.
// Content is not an Eleventy input: posts never pass through a template engine.

import path from "node:path";
import { Eleventy, type UserConfig } from "@11ty/eleventy";
import type { RenderedFile } from "../../layouts/render.ts";
import { IntegrityError } from "../model/integrity.ts";
import { THEME_FOLDER, VIEWS_FOLDER } from "../model/theme.ts";
import { outputPathOf } from "../model/urls.ts";
import { checkWrittenFiles } from "../pipeline/check-output.ts";
import type { CopiedFile, Writer } from "../pipeline/write.ts";
import { ASSETS_DIR } from "../pipeline/write.ts";
import { bindToLoopback, DEV_HOST, type DevSite } from "./dev-server.ts";

export interface ServeOptions {
  readonly contentDir: string;
  readonly site: DevSite;
}

/** Eleventy configured as annals' dev server. */
export function configureServe(config: UserConfig, { contentDir, site }: ServeOptions): void {
  config.addWatchTarget(contentDir);
  config.on("eleventy.beforeWatch", async (changed) => {
    await site.refresh(changed.map((file) => path.resolve(file)));
  });
  config.on("eleventy.before", async ({ runMode }) => {
    // The first build of a serve; rebuilds after edits refresh in beforeWatch.
    if (runMode === "serve" && site.pipeline.loaded.files === 0 && site.pipeline.loaded.site === undefined)
      await site.refresh();
  });
  // Files are served from where they are: annals' assets, then the author's theme files.
  config.addPassthroughCopy({ [ASSETS_DIR]: "assets" });
  config.addPassthroughCopy({ [path.join(contentDir, THEME_FOLDER)]: "assets" });
  config.ignores.add(path.join(contentDir, THEME_FOLDER, VIEWS_FOLDER, "**"));
  bindToLoopback();
  config.setServerOptions({
    onRequest: { "/*": ({ url }: { url: URL }) => site.respond(url.pathname) },
    messageOnStart: ({ localhostUrl }: { localhostUrl: string }) =>
      `annals: previewing at ${localhostUrl.replace("localhost", DEV_HOST)} (drafts and future posts shown, marked)`,
  });
}

/**
 * A class instance, not a plain object: Eleventy deep-copies plain objects in its data cascade, and a
 * pass holds hundreds of pages. Eleventy passes instances by reference.
 */
class Pass {
  files: readonly RenderedFile[] = [];
}

/**
 * Writes through Eleventy: each pass's files are one virtual template paginated over them, so that
 * Eleventy's transforms and plugins see every page. Checks after each pass that Eleventy wrote exactly
 * what was rendered, inside the output folder.
 */
export class EleventyWriter implements Writer {
  readonly #outputDir: string;
  readonly #pass = new Pass();
  readonly #eleventy: Eleventy;
  readonly #configure: ((config: UserConfig) => void) | undefined;
  #started = false;

  constructor(outputDir: string, configure?: (config: UserConfig) => void) {
    this.#outputDir = outputDir;
    this.#configure = configure;
    const pass = this.#pass;
    const written: { url: string; outputPath: string; content: string }[] = [];
    this.#eleventy = new Eleventy(ASSETS_DIR, outputDir, {
      quietMode: true,
      config: (config: UserConfig) => {
        config.addGlobalData("annals", () => pass);
        config.addTemplate<{ rendered: RenderedFile }>("annals-routes.11ty.js", {
          data: {
            pagination: { data: "annals.files", size: 1, alias: "rendered", addAllPagesToCollections: false },
            permalink: (d: { rendered: RenderedFile }) => outputPathOf(d.rendered.url),
            eleventyExcludeFromCollections: true,
          },
          render: (d) => d.rendered.text,
        });
        config.on("eleventy.after", ({ results }) => {
          written.length = 0;
          for (const r of results ?? [])
            if (typeof r.outputPath === "string")
              written.push({ url: r.url, outputPath: r.outputPath, content: r.content });
          const violations = checkWrittenFiles(pass.files, outputDir, written);
          if (violations.length > 0) throw new IntegrityError("after writing the site", violations);
        });
        this.#configure?.(config);
        return { dir: { input: ASSETS_DIR, output: outputDir }, templateFormats: ["11ty.js"] };
      },
    });
    this.#eleventy.disableLogger();
  }

  async write(files: readonly RenderedFile[]): Promise<void> {
    this.#pass.files = files;
    if (this.#started) {
      // Reset Eleventy (as its watch mode does between builds), so that it lets go of the last pass.
      await this.#eleventy.restart();
    }
    this.#started = true;
    await this.#eleventy.init();
    await this.#eleventy.write();
  }

  async copy(files: readonly CopiedFile[]): Promise<void> {
    // Copies need no template engine: written as annals' own writer does.
    const { FileWriter } = await import("../pipeline/write.ts");
    await new FileWriter(this.#outputDir).copy(files);
  }

  async close(): Promise<void> {}
}
