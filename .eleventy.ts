// The Eleventy adapter as a config file, for running Eleventy itself on this repository's sample
// (`npx @11ty/eleventy --config=.eleventy.ts --serve`): the same dev server `npm start` runs. annals'
// commands configure Eleventy programmatically (src/eleventy/adapter.ts) and do not read this file.

import type { UserConfig } from "@11ty/eleventy";
import { configureServe } from "./src/eleventy/adapter.ts";
import { DevSite } from "./src/eleventy/dev-server.ts";

export default function (config: UserConfig) {
  const contentDir = "content";
  configureServe(config, {
    contentDir,
    site: new DevSite({ contentDir, outputDir: "_site", now: Date.now() }),
  });
  return { dir: { input: "layouts/assets", output: "_site" }, templateFormats: ["11ty.js"] };
}
