// The build cache, in `.cache/annals/build/` beside the content folder (the image cache's folder; git
// ignores `.cache/`). It keeps what one build can give the next:
//
//   parse-NN.v8  every post as parsed (front matter, rendered body, highlighted code), by the hash of
//                its text and its comments' text; valid for one annals code, time zone and language.
//                In 16 shards by the post's path: a build rewrites only the shards whose posts changed.
//                The bodies are kept in each shard beside the posts, not in them (`TextFields`).
//   search-NN.v8 with search on, what the index reads of each post and page, under the page's render
//                key (16 shards by output path).
//   state.json   the output folder the last build wrote, and whether it finished.
//   renders.v8   for each file the last build rendered into that folder: its render key
//                (src/pipeline/render-keys.ts) and its size and time on disk after the build.
//
// A build reads the parse cache and parses only posts whose text changed. When the last build into
// the same output folder finished, the output folder is not emptied: a file whose render key and
// size and time on disk are what the last build recorded is left as it is, not rendered; every other
// file is rendered again and written only when its bytes changed; whatever else is in the folder
// (files no longer produced, empty folders) is deleted; the output check then proves every file of
// the site is there. `annals build --clean` (or a missing, unreadable or foreign cache) makes a clean
// build.

import crypto, { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import type { ParsedPost } from "../content/parse-post.ts";
import type { Post, SourceFile } from "../model/types.ts";
import { hashSourceFiles } from "./source-files.mjs";

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
   * By post path: the hash of its text and comments (`sourceHash`), in the dev server's cache the
   * texts themselves (never written to disk), and the post as parsed.
   */
  readonly entries: Map<
    string,
    { readonly hash: string; readonly text?: string; readonly comments?: string; result: ParsedPost }
  >;
  /** What the cache's files on disk hold (their key, each post's hash), when it was read from them. */
  stored?: StoredHashes;
  /**
   * By post path, the stamp its files had when last read and the content hash they had then
   * (src/content/read-sources.ts's `KnownHashes`): a post whose stamp is unchanged is not read again.
   * Kept whatever the key (the hash is of the files' text, not of annals' reading of them); the file
   * names its format (`STAMPS_FORMAT`), and another format is not read.
   */
  stamps?: Map<string, { readonly stamp: string; readonly hash: string }>;
  /** True once a stamp was added, changed or removed since they were read. */
  stampsChanged?: boolean;
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
 * layouts/), the installed version of each package it depends on (markdown-it, highlight.js,
 * sanitize-html, …: a new one may parse or clean differently), and Node's version and ICU data. A
 * parse cached, or a page kept, by other code is never used.
 */
export function annalsCodeHash(): string {
  if (codeHash !== undefined) return codeHash;
  const hash = createHash("sha1").update(`format ${FORMAT}\0`);
  const manifest = fs.readFileSync(path.join(ANNALS_ROOT, "package.json"));
  hash.update(manifest);
  const dependencies = Object.keys(
    (JSON.parse(manifest.toString()) as { dependencies?: Record<string, string> }).dependencies ?? {},
  ).sort();
  for (const name of dependencies) hash.update(`${name}@${installedVersion(name)}\0`);
  // Node and its ICU data: dates, numbers, plurals and language names are formatted with Intl.
  const { node, icu, cldr, tz, unicode } = process.versions;
  hash.update(`node ${node} icu ${icu} cldr ${cldr} tz ${tz} unicode ${unicode}\0`);
  hashSourceFiles(hash, ANNALS_ROOT);
  codeHash = hash.digest("hex");
  return codeHash;
}

/** A post's source as the parse cache knows it: the hash of its text and its comments' text. */
export function sourceHash(source: SourceFile): string {
  const hash = createHash("sha1").update(source.text);
  const comments = source.comments;
  if (comments !== undefined) hash.update("\0comments\0").update(comments.text);
  return hash.digest("hex");
}

/** What a sharded store's files hold: their key, and each entry's hash. */
export interface StoredHashes {
  readonly key: string;
  readonly hashes: ReadonlyMap<string, string>;
}

/** An entry of a sharded store: a value, and the hash of what it was made from. */
interface ShardEntry<T> {
  readonly hash: string;
  readonly value: T;
}

interface StoredShard<T> {
  readonly format: number;
  readonly key: string;
  readonly entries: [string, ShardEntry<T>][];
  /** The entries' long texts (`TextFields`), one after the other: those of one-byte characters only… */
  readonly narrow: Buffer;
  /** …as Latin-1, the others as UTF-16. */
  readonly wide: Buffer;
  /** Each text's length, in the entries' order, negative for a wide one; undefined ones as null. */
  readonly lengths: (number | null)[];
}

/**
 * Writes `bytes` as the file `file` whole: into a file of this process's own beside it, then renamed
 * over it, so that a build stopped half-way never leaves half a file for the next to read.
 */
function replaceFile(file: string, bytes: string | Uint8Array): void {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}

/** Rows of `width` strings each, as the records on disk hold them (anything else is damage). */
function isRows(value: unknown, width: number): value is string[][] {
  return (
    Array.isArray(value) &&
    value.every(
      (row) => Array.isArray(row) && row.length === width && row.every((cell) => typeof cell === "string"),
    )
  );
}

/** What a shard file holds (`StoredShard`); a file of another format is not read. */
const SHARD_FORMAT = 2;

/**
 * The long texts of a store's values (the parse cache's bodies), kept in a shard beside the values
 * rather than in them. Read back, they are slices of one string per shard that lives outside the
 * JavaScript heap (Node keeps a large Latin-1 or UTF-16 string as an external string): tens of
 * megabytes of bodies the garbage collector neither copies nor scans.
 */
export interface TextFields<T> {
  /** The value's texts, `count` of them (undefined where it has none). */
  readonly take: (value: T) => readonly (string | undefined)[];
  /** A copy of the value without its texts, to store. */
  readonly without: (value: T) => T;
  /** The stored value (read now, not shared) with its texts put back. */
  readonly restore: (value: T, texts: readonly (string | undefined)[]) => T;
  /** How many texts each value has. */
  readonly count: number;
}

/** Strings of code units up to 0xFF only: what Latin-1 holds exactly. */
const WIDE = /[\u0100-\uffff]/;

/** The entries' texts in the shard's layout (`StoredShard`), and the entries without them. */
function splitTexts<T>(
  entries: [string, ShardEntry<T>][],
  fields: TextFields<T> | undefined,
): Pick<StoredShard<T>, "entries" | "narrow" | "wide" | "lengths"> {
  if (fields === undefined) return { entries, narrow: Buffer.alloc(0), wide: Buffer.alloc(0), lengths: [] };
  const narrow: string[] = [];
  const wide: string[] = [];
  const lengths: (number | null)[] = [];
  const kept = entries.map(([file, entry]): [string, ShardEntry<T>] => {
    const texts = fields.take(entry.value);
    if (texts.length !== fields.count)
      throw new Error(`internal error: ${texts.length} texts, not ${fields.count}`);
    for (const text of texts) {
      if (text === undefined) lengths.push(null);
      else if (WIDE.test(text)) {
        wide.push(text);
        lengths.push(-text.length);
      } else {
        narrow.push(text);
        lengths.push(text.length);
      }
    }
    return [file, { hash: entry.hash, value: fields.without(entry.value) }];
  });
  return {
    entries: kept,
    narrow: Buffer.from(narrow.join(""), "latin1"),
    wide: Buffer.from(wide.join(""), "utf16le"),
    lengths,
  };
}

/** The entries of a shard as read, with their texts put back (undefined when the layout does not add up). */
function joinTexts<T>(
  read: StoredShard<T>,
  fields: TextFields<T> | undefined,
): [string, ShardEntry<T>][] | undefined {
  if (fields === undefined) return read.lengths.length === 0 ? read.entries : undefined;
  if (read.lengths.length !== read.entries.length * fields.count) return undefined;
  const narrow = read.narrow.toString("latin1");
  const wide = read.wide.toString("utf16le");
  let n = 0;
  let w = 0;
  let at = 0;
  const entries = read.entries.map(([file, entry]): [string, ShardEntry<T>] => {
    const texts: (string | undefined)[] = [];
    for (let i = 0; i < fields.count; i++) {
      const length = read.lengths[at++];
      if (length === null || length === undefined) texts.push(undefined);
      else if (length >= 0) {
        texts.push(narrow.slice(n, n + length));
        n += length;
      } else {
        texts.push(wide.slice(w, w - length));
        w -= length;
      }
    }
    return [file, { hash: entry.hash, value: fields.restore(entry.value, texts) }];
  });
  return n === narrow.length && w === wide.length ? entries : undefined;
}

/**
 * The caches of many entries (the parse cache, the search documents) are kept in shards by the
 * entry's path, so that one changed post rewrites one shard, not the whole cache.
 */
const SHARDS = 16;

function shardOf(file: string): number {
  return (crypto.hash("sha1", file, "buffer")[0] as number) % SHARDS;
}

function shardPath(dir: string, name: string, shard: number): string {
  return path.join(dir, `${name}-${String(shard).padStart(2, "0")}.v8`);
}

/**
 * A sharded store as the last build left it (shards of another key than the first one read, of
 * another format, or unreadable are left out).
 */
function readShards<T>(
  dir: string,
  name: string,
  fields?: TextFields<T>,
): { entries: Map<string, ShardEntry<T>>; stored: StoredHashes } {
  const entries = new Map<string, ShardEntry<T>>();
  const hashes = new Map<string, string>();
  let key: string | undefined;
  for (let shard = 0; shard < SHARDS; shard++) {
    let read: StoredShard<T>;
    let joined: [string, ShardEntry<T>][] | undefined;
    try {
      read = v8.deserialize(fs.readFileSync(shardPath(dir, name, shard))) as StoredShard<T>;
      if (read?.format !== SHARD_FORMAT || read.key !== (key ?? read.key)) continue;
      // A shard that is not what this code writes (a damaged file) throws here, or does not add up.
      joined = joinTexts(read, fields);
    } catch {
      continue;
    }
    if (joined === undefined) continue;
    key ??= read.key;
    for (const [file, entry] of joined) {
      entries.set(file, entry);
      hashes.set(file, entry.hash);
    }
  }
  return { entries, stored: { key: key ?? "", hashes } };
}

/**
 * Writes the shards whose entries differ (by hash) from what `stored` says the files hold, or all of
 * them under another key; returns what the files hold now.
 */
function writeShards<T>(
  dir: string,
  name: string,
  key: string,
  entries: ReadonlyMap<string, ShardEntry<T>>,
  stored: StoredHashes | undefined,
  fields?: TextFields<T>,
): StoredHashes {
  fs.mkdirSync(dir, { recursive: true });
  const was = stored ?? { key: "", hashes: new Map<string, string>() };
  const shards = Array.from({ length: SHARDS }, () => ({
    changed: was.key !== key,
    entries: [] as [string, ShardEntry<T>][],
  }));
  const shardOfFile = (file: string) => shards[shardOf(file)] as (typeof shards)[number];
  for (const [file, entry] of entries) {
    const shard = shardOfFile(file);
    shard.entries.push([file, { hash: entry.hash, value: entry.value }]);
    if (was.hashes.get(file) !== entry.hash) shard.changed = true;
  }
  for (const file of was.hashes.keys()) if (!entries.has(file)) shardOfFile(file).changed = true;
  for (const [n, shard] of shards.entries()) {
    if (!shard.changed) continue;
    const stored: StoredShard<T> = { format: SHARD_FORMAT, key, ...splitTexts(shard.entries, fields) };
    replaceFile(shardPath(dir, name, n), v8.serialize(stored));
  }
  return { key, hashes: new Map([...entries].map(([file, entry]) => [file, entry.hash])) };
}

/** A parsed post's bodies: kept beside the posts in the parse cache's shards (`TextFields`). */
const BODIES: TextFields<ParsedPost> = {
  count: 3,
  take: ({ post }) => [post?.bodyHtml, post?.listBodyHtml, post?.teaserHtml],
  without: (result) =>
    result.post === undefined
      ? result
      : { ...result, post: { ...result.post, bodyHtml: "", listBodyHtml: undefined, teaserHtml: undefined } },
  restore: (result, [bodyHtml, listBodyHtml, teaserHtml]) => {
    if (result.post === undefined) return result;
    const post = result.post as { -readonly [K in keyof Post]: Post[K] };
    post.bodyHtml = bodyHtml ?? "";
    post.listBodyHtml = listBodyHtml;
    post.teaserHtml = teaserHtml;
    return result;
  },
};

/** The parse cache as the last build left it, or an empty one. */
export function readParseCache(dir: string): ParseCache {
  const { entries, stored } = readShards<ParsedPost>(dir, "parse", BODIES);
  return {
    key: stored.key,
    entries: new Map([...entries].map(([file, { hash, value }]) => [file, { hash, result: value }])),
    changed: false,
    stored,
    stamps: readStamps(dir),
    stampsChanged: false,
  };
}

/**
 * The time now by the clock of the file system that holds `dir` (the build cache, beside the
 * content): a file's times are set by that clock (a network share's server), which may not be this
 * machine's. This machine's time when the folder cannot be written.
 */
export function fileSystemNow(dir: string): number {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, "clock");
    fs.writeFileSync(probe, "");
    return fs.statSync(probe).mtimeMs;
  } catch {
    return Date.now();
  }
}

/** The posts' stamps as the last build left them (none when there are none, or they cannot be read). */
function readStamps(dir: string): Map<string, { stamp: string; hash: string }> {
  try {
    const stored = v8.deserialize(fs.readFileSync(path.join(dir, "stamps.v8"))) as {
      format: string;
      rows: [string, string, string][];
    };
    if (stored.format !== STAMPS_FORMAT) return new Map();
    return new Map(stored.rows.map(([file, stamp, hash]) => [file, { stamp, hash }]));
  } catch {
    return new Map();
  }
}

/** What stamps.v8 holds: `sourceHash` (SHA-1 of the texts) of the files with stamps as `stampOf` makes them. */
const STAMPS_FORMAT = "sha1 of text, size:mtime:ctime:ino, 2";

/** Writes the shards of the parse cache that changed since it was read or last written, and the stamps. */
export function writeParseCache(dir: string, cache: ParseCache): void {
  if (cache.stamps !== undefined && cache.stampsChanged === true) {
    fs.mkdirSync(dir, { recursive: true });
    const rows = [...cache.stamps].map(([file, { stamp, hash }]) => [file, stamp, hash]);
    replaceFile(path.join(dir, "stamps.v8"), v8.serialize({ format: STAMPS_FORMAT, rows }));
    cache.stampsChanged = false;
  }
  if (!cache.changed) return;
  const entries = new Map(
    [...cache.entries].map(([file, { hash, result }]) => [file, { hash, value: result }]),
  );
  cache.stored = writeShards(dir, "parse", cache.key, entries, cache.stored, BODIES);
  // The single file of annals before the shards.
  fs.rmSync(path.join(dir, "parse.v8"), { force: true });
  cache.changed = false;
}

/**
 * What the search index reads of each post and page (src/pipeline/search-index.ts's
 * `searchDocumentOf`), by output path, under the render key of the page it was cut from: a build with
 * search on hands Pagefind these instead of rendering pages it keeps.
 */
export interface SearchDocuments {
  /** Each document as UTF-8 bytes: a copy, not a slice that would keep the whole page alive. */
  readonly entries: Map<string, ShardEntry<Buffer>>;
  readonly stored: StoredHashes | undefined;
}

export function readSearchDocuments(dir: string): SearchDocuments {
  return readShards<Buffer>(dir, "search");
}

export function writeSearchDocuments(dir: string, documents: SearchDocuments): void {
  writeShards(dir, "search", "documents", documents.entries, documents.stored);
}

/**
 * A part of the search index as the last build left it (src/pipeline/search-index.ts's `SearchPart`):
 * its folder inside the index folder, the URL and a hash of the document of each of its pages, in the
 * order they were handed to Pagefind, and its files (paths inside the output folder) with their stamps.
 */
export interface SearchPartRecord {
  readonly folder: string;
  readonly documents: readonly (readonly [string, string])[];
  readonly files: readonly (readonly [string, string])[];
}

/** The form of search-parts.json; a file of another form is not read (every part is indexed again). */
const SEARCH_PARTS_FORMAT = 1;

/**
 * The search index's parts the last build recorded, by folder; none when the file is missing, of
 * another form, damaged, or written by other code (`code`, `annalsCodeHash`: another Pagefind may
 * write another index from the same pages).
 */
export function readSearchParts(dir: string, code: string): Map<string, SearchPartRecord> {
  const parts = new Map<string, SearchPartRecord>();
  try {
    const stored = JSON.parse(fs.readFileSync(path.join(dir, "search-parts.json"), "utf8")) as {
      format?: unknown;
      code?: unknown;
      parts?: unknown;
    };
    if (stored?.format !== SEARCH_PARTS_FORMAT || stored.code !== code || !Array.isArray(stored.parts))
      return parts;
    for (const part of stored.parts as unknown[]) {
      const { folder, documents, files } = (part ?? {}) as Record<string, unknown>;
      if (typeof folder !== "string" || !isRows(documents, 2) || !isRows(files, 2)) return new Map();
      parts.set(folder, {
        folder,
        documents: documents as [string, string][],
        files: files as [string, string][],
      });
    }
  } catch {
    return new Map();
  }
  return parts;
}

export function writeSearchParts(dir: string, code: string, parts: readonly SearchPartRecord[]): void {
  fs.mkdirSync(dir, { recursive: true });
  replaceFile(
    path.join(dir, "search-parts.json"),
    JSON.stringify({ format: SEARCH_PARTS_FORMAT, code, parts }),
  );
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

/**
 * What the last build rendered, by output path (`/2015/01/28/kim/index.html`): each keyed file's
 * render key, its stamp on disk, and for a page in the shell the hash of the sidebar it holds
 * (`sidebars` has that sidebar's text, by its hash).
 */
export interface RenderRecords {
  readonly files: ReadonlyMap<string, RenderRecord>;
  readonly sidebars: ReadonlyMap<string, string>;
}

export interface RenderRecord {
  readonly key: string;
  readonly stamp: string;
  readonly sidebar?: string;
}

/** The form of renders.v8; a file of another form is not read (every file is rendered again). */
const RENDERS_FORMAT = 2;

/**
 * The render records the last build left; none when there are none, or the file is of another form or
 * damaged (anything but strings where strings belong).
 */
export function readRenderRecords(dir: string): RenderRecords {
  const none = { files: new Map(), sidebars: new Map() };
  try {
    const stored: unknown = v8.deserialize(fs.readFileSync(path.join(dir, "renders.v8")));
    if (typeof stored !== "object" || stored === null) return none;
    const { format, files, sidebars } = stored as { format?: unknown; files?: unknown; sidebars?: unknown };
    if (format !== RENDERS_FORMAT || !isRows(files, 4) || !isRows(sidebars, 2)) return none;
    return {
      files: new Map(
        files.map(([file, key, stamp, sidebar]) => [
          file as string,
          sidebar === ""
            ? { key: key as string, stamp: stamp as string }
            : { key: key as string, stamp: stamp as string, sidebar },
        ]),
      ),
      sidebars: new Map(sidebars as [string, string][]),
    };
  } catch {
    return none;
  }
}

export function writeRenderRecords(dir: string, records: RenderRecords): void {
  fs.mkdirSync(dir, { recursive: true });
  const files = [...records.files].map(([file, { key, stamp, sidebar }]) => [
    file,
    key,
    stamp,
    sidebar ?? "",
  ]);
  replaceFile(
    path.join(dir, "renders.v8"),
    v8.serialize({ format: RENDERS_FORMAT, files, sidebars: [...records.sidebars] }),
  );
}
