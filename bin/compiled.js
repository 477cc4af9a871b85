// The command line's code as JavaScript modules, compiled from annals' TypeScript by esbuild and
// kept under node_modules/.cache/annals/cli/, in a folder named by a hash of what it is made from
// (annals' folder, its sources, package.json, tsconfig.json, this file and esbuild's version). A build
// loads it in ~0.1 s where loading the ~140 TypeScript modules one by one through tsx takes ~0.5 s.
// Any change to those inputs gives another hash, so the code is compiled again (~0.15 s) on the next
// command; compiled code is never used for other sources or another folder. Where it cannot be
// compiled or loaded (a read-only install, no esbuild), and with ANNALS_COMPILED=0, the sources run
// through tsx; ANNALS_COMPILED=1 makes a failure to compile an error (the tests' way to know the
// compiled code ran).

import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { hashSourceFiles } from "../src/pipeline/source-files.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ENTRY = path.join(ROOT, "src", "cli", "main.ts");
const CACHE = path.join(ROOT, "node_modules", ".cache", "annals", "cli");
/**
 * `true` while the compiled code runs without tsx (src/pipeline/view-overrides.ts then starts tsx for a
 * site's own views), `"tsx"` once tsx is started.
 */
const COMPILED = Symbol.for("annals.compiled");
/** Written last into a compiled folder: the folder is whole. */
const COMPLETE = "complete";
/** A folder being compiled by a command that stopped half-way is removed after this long. */
const ABANDONED_MS = 3600_000;

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
    }
  }
  // As the compiled code does for a site's views: TypeScript imported as ES modules and through require().
  (await import("tsx/esm/api")).register();
  (await import("tsx/cjs/api")).register();
  globalThis[COMPILED] = "tsx";
  return (await import(pathToFileURL(ENTRY).href)).run;
}

/**
 * The hash of where annals is (compiled code names its source files), of every file the code may be
 * made from (src/ and layouts/, code and data; package.json, tsconfig.json) and of how it is made.
 */
function sourcesHash() {
  const hash = createHash("sha1").update(fs.realpathSync(ROOT)).update("\0");
  hashSourceFiles(hash, ROOT);
  for (const file of ["package.json", "tsconfig.json"]) hash.update(fs.readFileSync(path.join(ROOT, file)));
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
  const folder = path.join(CACHE, name);
  const entry = path.join(folder, "main.js");
  if (fs.existsSync(path.join(folder, COMPLETE))) return entry;
  // A read-only install fails here, before esbuild is loaded.
  fs.mkdirSync(CACHE, { recursive: true });
  fs.accessSync(CACHE, fs.constants.W_OK);
  const esbuild = await import("esbuild");
  // Compiled into a folder of this command's own, then renamed: commands started together never read
  // or remove half of one.
  const partial = path.join(CACHE, `${name}.${randomBytes(6).toString("hex")}.partial`);
  try {
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
      keepNames: true,
      logLevel: "silent",
      plugins: [ownUrls],
    });
    // A source saved while compiling: this code is not the sources', keep none of it.
    if (sourcesHash() !== name) throw new Error("annals' sources changed while they were compiled");
    fs.writeFileSync(path.join(partial, "package.json"), '{"type":"module"}\n');
    fs.writeFileSync(path.join(partial, COMPLETE), "");
    fs.renameSync(partial, folder);
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    // Another command compiled the same sources first: use theirs.
    if (!fs.existsSync(path.join(folder, COMPLETE))) throw error;
  }
  for (const other of fs.readdirSync(CACHE)) {
    const at = path.join(CACHE, other);
    if (other === name) continue;
    if (other.endsWith(".partial") && Date.now() - fs.statSync(at).mtimeMs < ABANDONED_MS) continue;
    fs.rmSync(at, { recursive: true, force: true });
  }
  return entry;
}

/**
 * Each source file keeps its own `import.meta.url` (annals finds its views, assets and workers beside
 * its sources): replaced, before compiling, by that file's URL. Any other use of `import.meta` but
 * `import.meta.resolve` (of a package, the same from anywhere in annals) would change meaning when
 * compiled: refused, so that the sources run instead.
 */
const ownUrls = {
  name: "own-urls",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const contents = fs
        .readFileSync(args.path, "utf8")
        .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href));
      if (/import\.meta(?!\.resolve\()/.test(contents))
        throw new Error(`${args.path} uses import.meta in a way the compiled code cannot keep`);
      return { contents, loader: "ts" };
    });
  },
};
