// The Eleventy adapter. The pipeline in `src/` builds the site model and the views in `layouts/`
// render its pages; Eleventy routes and writes them, serves them with live reload, and watches the
// content. One route paginates, one file per item, over the rendered pages of the current pass (see
// src/build/passes.ts). Content is not an Eleventy input: posts never pass through a template engine.

import fs from "node:fs";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import type { RenderedPage } from "./layouts/pages.ts";
import { checkOutputFolder, checkWrittenFiles } from "./src/build/check-output.ts";
import { bindToLoopback, DEV_HOST } from "./src/eleventy/dev-server.ts";
import {
  devSite,
  lastPagesGiven,
  pagesForEleventy,
  sourceOptionsFromEnv,
} from "./src/eleventy/site-source.ts";
import { IntegrityError } from "./src/model/integrity.ts";
import { THEME_FOLDER } from "./src/model/theme.ts";
import { outputPathOf } from "./src/model/urls.ts";

export default function (config: UserConfig) {
  const options = sourceOptionsFromEnv();
  config.addGlobalData("annals", () => pagesForEleventy(options));
  config.addWatchTarget(options.contentDir);

  config.addTemplate<{ rendered: RenderedPage }>("routes/page.11ty.js", {
    data: {
      pagination: { data: "annals.pages", size: 1, alias: "rendered", addAllPagesToCollections: false },
      permalink: (d: { rendered: RenderedPage }) => outputPathOf(d.rendered.url),
      eleventyExcludeFromCollections: true,
    },
    render: (d) => d.rendered.html,
  });

  config.addPassthroughCopy({ "layouts/assets": "assets" });
  // The author's theme files (custom.css, fonts, images) go beside annals' own: the model lists them
  // (src/model/theme.ts), refuses one named like annals' stylesheet, and the output check finds them.
  const themeDir = path.join(options.contentDir, THEME_FOLDER);
  if (fs.existsSync(themeDir)) config.addPassthroughCopy({ [themeDir]: "assets" });

  // Under `--serve`, pages are rendered when the browser asks (src/eleventy/dev-server.ts), by a
  // server that only this machine can reach.
  bindToLoopback();
  config.setServerOptions({
    onRequest: { "/*": ({ url }: { url: URL }) => devSite.respond(url.pathname) },
    messageOnStart: ({ localhostUrl }: { localhostUrl: string }) =>
      `annals: previewing at ${localhostUrl.replace("localhost", DEV_HOST)} (drafts and future posts shown, marked)`,
  });

  // The integrity check after writing: Eleventy wrote exactly what was rendered, where it belongs,
  // inside the output folder; and when this was the whole site, nothing else is there.
  config.on("eleventy.after", ({ results }) => {
    const given = lastPagesGiven();
    if (given === undefined || results === undefined) return;
    const written = results.flatMap((r) =>
      typeof r.outputPath === "string" ? [{ url: r.url, outputPath: r.outputPath, content: r.content }] : [],
    );
    const violations = checkWrittenFiles(given.pages, options.outputDir, written);
    if (given.wholeSite !== undefined)
      violations.push(...checkOutputFolder(given.wholeSite, options.outputDir));
    if (violations.length > 0) throw new IntegrityError("after writing the site", violations);
  });

  return {
    dir: { input: "layouts", output: options.outputDir },
    templateFormats: ["11ty.js"],
  };
}
