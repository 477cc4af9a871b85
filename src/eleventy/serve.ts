// The dev server's process (started by `npm start`, under `tsx watch`): Eleventy in serve mode,
// configured by the adapter with this site's options, given as arguments.

import { parseArgs } from "node:util";
import { Eleventy } from "@11ty/eleventy";
import { buildTimeOf } from "../pipeline/options.ts";
import { ASSETS_DIR } from "../pipeline/write.ts";
import { configureServe } from "./adapter.ts";
import { DevSite } from "./dev-server.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string" },
    output: { type: "string" },
    port: { type: "string" },
    owner: { type: "string" },
  },
});

// Started by `annals start` (the owner): when it is gone, so is the dev server, and the watcher that
// started this process, so that nothing is left behind.
const owner = Number(values.owner);
if (Number.isInteger(owner) && owner > 0) {
  setInterval(() => {
    try {
      process.kill(owner, 0);
    } catch {
      try {
        process.kill(process.ppid, "SIGTERM");
      } finally {
        process.exit(0);
      }
    }
  }, 1000).unref();
}
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
