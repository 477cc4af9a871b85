// The dev server's process (started by `npm start`, under `tsx watch`): Eleventy in serve mode,
// configured by the adapter with this site's options, given as arguments.

import { parseArgs } from "node:util";
import { Eleventy } from "@11ty/eleventy";
import { buildTimeOf } from "../pipeline/options.ts";
import { ASSETS_DIR } from "../pipeline/write.ts";
import { configureServe } from "./adapter.ts";
import { DevSite } from "./dev-server.ts";

const { values } = parseArgs({
  options: { content: { type: "string" }, output: { type: "string" }, port: { type: "string" } },
});
const contentDir = values.content ?? "content";
const outputDir = values.output ?? "_site";
const site = new DevSite({ contentDir, outputDir, now: buildTimeOf() });
const eleventy = new Eleventy(ASSETS_DIR, outputDir, {
  quietMode: true,
  runMode: "serve",
  config: (config) => {
    configureServe(config, { contentDir, site });
    return { templateFormats: ["11ty.js"] };
  },
});
await eleventy.init();
await eleventy.watch();
await eleventy.serve(Number(values.port ?? "8080"));
