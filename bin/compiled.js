// The command line's code as JavaScript modules, compiled from annals' TypeScript by esbuild and
// kept under node_modules/.cache/annals/cli/, named by a hash of the sources it is made from. Loading
// it takes ~0.2 s where loading the ~140 TypeScript modules one by one through tsx takes ~0.5 s: every
// command starts that much sooner. Any change to a source file (src/, layouts/) or to package.json
// gives another hash, so the module is compiled again (~0.15 s) on the next command; the module is
// never older than the sources. Where it cannot be compiled or loaded (a read-only install, no
// esbuild), and with ANNALS_COMPILED=0, the sources run through tsx as before; ANNALS_COMPILED=1 makes
// a failure to compile an error (the tests' way to know the compiled code ran).

import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ENTRY = path.join(ROOT, "src", "cli", "main.ts");
const CACHE = path.join(ROOT, "node_modules", ".cache", "annals", "cli");
/** Set while the compiled module runs: src/pipeline/view-overrides.ts then starts tsx for a site's own views. */
const COMPILED = Symbol.for("annals.compiled");

/** The command line's `run`, from the compiled module when it can be had, else from the sources. */
export async function loadCli() {
  const wanted = process.env.ANNALS_COMPILED;
  if (wanted !== "0") {
    try {
      const file = await compiledModule();
      globalThis[COMPILED] = true;
      return (await import(pathToFileURL(file).href)).run;
    } catch (error) {
      if (wanted === "1") throw error;
      globalThis[COMPILED] = false;
    }
  }
  const { register } = await import("tsx/esm/api");
  register();
  return (await import(pathToFileURL(ENTRY).href)).run;
}

/**
 * The hash of every file the module may be made from (src/ and layouts/, code and data; package.json)
 * and of how it is made.
 */
function sourcesHash() {
  const hash = createHash("sha1");
  const walk = (dir) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ts|mts|js|mjs|json)$/.test(entry.name))
        hash.update(path.relative(ROOT, file)).update("\0").update(fs.readFileSync(file)).update("\0");
    }
  };
  walk(path.join(ROOT, "src"));
  walk(path.join(ROOT, "layouts"));
  hash.update(fs.readFileSync(path.join(ROOT, "package.json")));
  // How it is compiled: this file, and the esbuild installed.
  hash.update(fs.readFileSync(fileURLToPath(import.meta.url)));
  hash.update(fs.readFileSync(createRequire(import.meta.url).resolve("esbuild/package.json")));
  return hash.digest("hex").slice(0, 16);
}

/**
 * The compiled module's path, compiled first when the sources changed (older ones removed). Each
 * command's code is a chunk of its own, loaded when the command runs, with the packages it imports.
 */
async function compiledModule() {
  const name = sourcesHash();
  const entry = path.join(CACHE, name, "main.js");
  if (fs.existsSync(entry)) return entry;
  const esbuild = await import("esbuild");
  // Written into another folder and renamed, so that commands started together never read half of it.
  const partial = path.join(CACHE, `${name}.${process.pid}.partial`);
  await esbuild.build({
    entryPoints: [ENTRY],
    outdir: partial,
    outExtension: { ".js": ".js" },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "silent",
    plugins: [ownUrls],
  });
  fs.writeFileSync(path.join(partial, "package.json"), '{"type":"module"}\n');
  try {
    fs.renameSync(partial, path.join(CACHE, name));
  } catch (error) {
    // Another command compiled the same sources first: use theirs.
    fs.rmSync(partial, { recursive: true, force: true });
    if (!fs.existsSync(entry)) throw error;
  }
  for (const old of fs.readdirSync(CACHE))
    if (old !== name) fs.rmSync(path.join(CACHE, old), { recursive: true, force: true });
  return entry;
}

/**
 * Each source file keeps its own `import.meta.url` (annals finds its views, assets and workers beside
 * its sources): replaced, before compiling, by that file's URL.
 */
const ownUrls = {
  name: "own-urls",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: fs
        .readFileSync(args.path, "utf8")
        .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
      loader: "ts",
    }));
  },
};
