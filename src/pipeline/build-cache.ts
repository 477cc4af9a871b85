// The build cache, in `.cache/annals/build/` beside the content folder (the image cache's folder; git
// ignores `.cache/`). It keeps what one build can give the next:
//
//   parse-NN.v8  every post as parsed (front matter, rendered body, highlighted code), by the hash of
//                its text and its comments' text; valid for one annals code, time zone and language.
//                In 16 shards by the post's path: a build rewrites only the shards whose posts changed.
//   state.json   the output folder the last build wrote, and whether it finished.
//   renders.v8   for each file the last build rendered into that folder: its render key
//                (src/pipeline/render-keys.ts) and its size and time on disk after the build.
//
// A build reads the parse cache and parses only posts whose text changed. When the last build into
// the same output folder finished, the output folder is not emptied: a file whose render key and
// size and time on disk are what the last build recorded is left as it is, not rendered; every other
// file is rendered again and written only when its bytes changed; files no longer produced are
// deleted; the output check then proves the folder holds exactly the site's files. `annals build --clean` (or a missing,
// unreadable or foreign cache) makes a clean build.

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import type { ParsedPost } from "../content/parse-post.ts";

/**
 * Posts parsed by an earlier run, by path: the dev server keeps one in memory, so that after an edit
 * only the changed file is parsed again, and a build reads the last build's from disk. Valid for one
 * annals code, one time zone (dates are parsed in it) and one set of the words bodies hold (the
 * language and the labels).
 */
export interface ParseCache {
  /** annals' code, the zone and the words the entries were parsed with. */
  key: string;
  /** True once an entry was added, replaced or removed since the cache was read. */
  changed: boolean;
  /**
   * By post path: the hash of its text and comments (`sourceHash`), the texts themselves while in
   * memory (not written to disk), and the post as parsed.
   */
  readonly entries: Map<
    string,
    { readonly hash: string; readonly text?: string; readonly comments?: string; result: ParsedPost }
  >;
  /** What the cache's files on disk hold (their key, each post's hash), when it was read from them. */
  stored?: { readonly key: string; readonly hashes: ReadonlyMap<string, string> };
}

const ANNALS_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FORMAT = 1;

/** The build cache of a content folder: `.cache/annals/build/` beside it. */
export function buildCacheDirOf(contentDir: string): string {
  return path.join(path.dirname(path.resolve(contentDir)), ".cache", "annals", "build");
}

let codeHash: string | undefined;

/** The installed version of a package annals depends on, found as Node finds it (up the folders). */
function installedVersion(name: string): string {
  for (let dir = ANNALS_ROOT; ; dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(
        fs.readFileSync(path.join(dir, "node_modules", name, "package.json"), "utf8"),
      );
      return String((manifest as { version?: unknown }).version);
    } catch {
      if (path.dirname(dir) === dir) return "missing";
    }
  }
}

/**
 * What annals' code is: a hash of its version, every source file that makes the site (src/,
 * layouts/) and the installed version of each package it depends on (markdown-it, highlight.js,
 * sanitize-html, …: a new one may parse or clean differently). A parse cached by other code is never
 * used.
 */
export function annalsCodeHash(): string {
  if (codeHash !== undefined) return codeHash;
  const hash = createHash("sha1").update(`format ${FORMAT}\0`);
  const walk = (dir: string): void => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ts|mjs|js|css|json)$/.test(entry.name)) {
        hash.update(path.relative(ANNALS_ROOT, file)).update("\0").update(fs.readFileSync(file)).update("\0");
      }
    }
  };
  const manifest = fs.readFileSync(path.join(ANNALS_ROOT, "package.json"));
  hash.update(manifest);
  const dependencies = Object.keys(
    (JSON.parse(manifest.toString()) as { dependencies?: Record<string, string> }).dependencies ?? {},
  ).sort();
  for (const name of dependencies) hash.update(`${name}@${installedVersion(name)}\0`);
  for (const dir of ["src", "layouts"]) walk(path.join(ANNALS_ROOT, dir));
  codeHash = hash.digest("hex");
  return codeHash;
}

/** A post's source as the parse cache knows it: the hash of its text and its comments' text. */
export function sourceHash(text: string, comments: string | undefined): string {
  const hash = createHash("sha1").update(text);
  if (comments !== undefined) hash.update("\0comments\0").update(comments);
  return hash.digest("hex");
}

interface StoredParses {
  readonly key: string;
  readonly entries: [string, { hash: string; result: ParsedPost }][];
}

/** The parse cache is kept in shards, by post path, so that one changed post rewrites one shard. */
const PARSE_SHARDS = 16;

function shardOf(file: string): number {
  return (createHash("sha1").update(file).digest()[0] as number) % PARSE_SHARDS;
}

function shardPath(dir: string, shard: number): string {
  return path.join(dir, `parse-${String(shard).padStart(2, "0")}.v8`);
}

/** The parse cache as the last build left it, or an empty one. */
export function readParseCache(dir: string): ParseCache {
  const entries: ParseCache["entries"] = new Map();
  const stored = new Map<string, string>();
  let key: string | undefined;
  for (let shard = 0; shard < PARSE_SHARDS; shard++) {
    let read: StoredParses;
    try {
      read = v8.deserialize(fs.readFileSync(shardPath(dir, shard))) as StoredParses;
    } catch {
      continue;
    }
    // Shards written for other code, zone or words than the first one read are not used.
    key ??= read.key;
    if (read.key !== key) continue;
    for (const [file, entry] of read.entries) {
      entries.set(file, entry);
      stored.set(file, entry.hash);
    }
  }
  return { key: key ?? "", entries, changed: false, stored: { key: key ?? "", hashes: stored } };
}

/** Writes the shards of the parse cache that changed since it was read or last written. */
export function writeParseCache(dir: string, cache: ParseCache): void {
  if (!cache.changed) return;
  fs.mkdirSync(dir, { recursive: true });
  const was = cache.stored ?? { key: "", hashes: new Map<string, string>() };
  const shards = Array.from({ length: PARSE_SHARDS }, () => ({
    changed: was.key !== cache.key,
    entries: [] as StoredParses["entries"],
  }));
  for (const [file, entry] of cache.entries) {
    const shard = shards[shardOf(file)] as (typeof shards)[number];
    shard.entries.push([file, { hash: entry.hash, result: entry.result }]);
    if (was.hashes.get(file) !== entry.hash) shard.changed = true;
  }
  for (const file of was.hashes.keys()) {
    if (!cache.entries.has(file)) (shards[shardOf(file)] as (typeof shards)[number]).changed = true;
  }
  for (const [n, shard] of shards.entries()) {
    if (!shard.changed) continue;
    const stored: StoredParses = { key: cache.key, entries: shard.entries };
    const tmp = `${shardPath(dir, n)}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, v8.serialize(stored));
    fs.renameSync(tmp, shardPath(dir, n));
  }
  cache.stored = {
    key: cache.key,
    hashes: new Map([...cache.entries].map(([file, entry]) => [file, entry.hash])),
  };
  // The single file of annals before the shards.
  fs.rmSync(path.join(dir, "parse.v8"), { force: true });
  cache.changed = false;
}

interface BuildState {
  /** The output folder, resolved. */
  readonly output: string;
  readonly complete: boolean;
}

/** True when the last build wrote this output folder and finished. */
export function lastBuildFinished(dir: string, output: string): boolean {
  try {
    const state = JSON.parse(fs.readFileSync(path.join(dir, "state.json"), "utf8")) as BuildState;
    return state.complete === true && state.output === path.resolve(output);
  } catch {
    return false;
  }
}

export function writeBuildState(dir: string, output: string, complete: boolean): void {
  fs.mkdirSync(dir, { recursive: true });
  const state: BuildState = { output: path.resolve(output), complete };
  fs.writeFileSync(path.join(dir, "state.json"), `${JSON.stringify(state)}\n`);
}

/** What the last build rendered, by output path (`/2015/01/28/kim/index.html`). */
export type RenderRecords = ReadonlyMap<string, { readonly key: string; readonly stamp: string }>;

/** The render records the last build left, or none. */
export function readRenderRecords(dir: string): RenderRecords {
  try {
    return new Map(
      (v8.deserialize(fs.readFileSync(path.join(dir, "renders.v8"))) as [string, string, string][]).map(
        ([file, key, stamp]) => [file, { key, stamp }],
      ),
    );
  } catch {
    return new Map();
  }
}

export function writeRenderRecords(dir: string, records: RenderRecords): void {
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `renders.v8.tmp-${process.pid}`);
  fs.writeFileSync(tmp, v8.serialize([...records].map(([file, { key, stamp }]) => [file, key, stamp])));
  fs.renameSync(tmp, path.join(dir, "renders.v8"));
}
