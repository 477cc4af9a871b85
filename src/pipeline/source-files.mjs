// annals' own source files, as what a hash of annals' code reads: every file of code or data under
// src/ and layouts/ (not the assets' images), in a fixed order, each by its path and its bytes. Plain
// JavaScript, so that the command line (bin/compiled.js) can hash the sources before it compiles them;
// the build cache's code hash (src/pipeline/build-cache.ts) reads them the same way.

import fs from "node:fs";
import path from "node:path";

const SOURCE_FILE = /\.(ts|mts|js|mjs|css|json)$/;

/**
 * Feeds every source file under `root`'s src/ and layouts/ into `hash`: its path relative to `root`,
 * then its bytes.
 * @param {import("node:crypto").Hash} hash
 * @param {string} root annals' folder
 */
export function hashSourceFiles(hash, root) {
  /** @param {string} dir */
  const walk = (dir) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (SOURCE_FILE.test(entry.name))
        hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
    }
  };
  for (const dir of ["src", "layouts"]) walk(path.join(root, dir));
}
