// The parse cache on disk: read back as written, and one changed post rewrites one shard.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import type { ParsedPost } from "../../src/content/parse-post.ts";
import { type ParseCache, readParseCache, writeParseCache } from "../../src/pipeline/build-cache.ts";

/** A stand-in for a parsed post: the cache stores whatever the parse gave, as it is. */
const parsed = (n: number) => ({ issues: [], post: { title: `Post ${n}` } }) as unknown as ParsedPost;

function cacheOf(count: number, key = "k1"): ParseCache {
  const entries: ParseCache["entries"] = new Map();
  for (let n = 0; n < count; n++) entries.set(`posts/post-${n}.md`, { hash: `h${n}`, result: parsed(n) });
  return { key, entries, changed: true };
}

/** Each shard file with its bytes. */
function shards(dir: string): Map<string, Buffer> {
  return new Map(
    fs
      .readdirSync(dir)
      .filter((f) => /^parse-\d\d\.v8$/.test(f))
      .map((f) => [f, fs.readFileSync(path.join(dir, f))]),
  );
}

test("the parse cache reads back as written; one changed post rewrites one shard", (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annals-cache-"));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, "parse.v8"), "the single file of an older annals");
  const written = cacheOf(200);
  writeParseCache(dir, written);
  assert.ok(!fs.existsSync(path.join(dir, "parse.v8")), "the older file is removed");
  const before = shards(dir);
  assert.equal(before.size, 16);

  const read = readParseCache(dir);
  assert.equal(read.key, "k1");
  assert.deepEqual(
    [...read.entries].map(([file, e]) => [file, e.hash, e.result]).sort(),
    [...written.entries].map(([file, e]) => [file, e.hash, e.result]).sort(),
  );

  // One post edited, one deleted: the shards that hold them are written, no other.
  read.entries.set("posts/post-7.md", { hash: "h7-edited", result: parsed(7) });
  read.entries.delete("posts/post-8.md");
  read.changed = true;
  writeParseCache(dir, read);
  const after = shards(dir);
  const rewritten = [...after].filter(([f, bytes]) => !bytes.equals(before.get(f) as Buffer)).length;
  assert.ok(rewritten >= 1 && rewritten <= 2, `${rewritten} shards rewritten`);
  const again = readParseCache(dir);
  assert.equal(again.entries.get("posts/post-7.md")?.hash, "h7-edited");
  assert.equal(again.entries.has("posts/post-8.md"), false);
  assert.equal(again.entries.size, 199);

  // Another key (other code, zone or words): every shard is written again.
  writeParseCache(dir, cacheOf(200, "k2"));
  const other = shards(dir);
  assert.ok([...other].every(([f, bytes]) => !bytes.equals(after.get(f) as Buffer)));
  assert.equal(readParseCache(dir).key, "k2");
});
