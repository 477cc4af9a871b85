// The parse cache on disk: read back as written, and one changed post rewrites one shard; a post known
// by its stamp is checked against its hash when it must be parsed after all.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import v8 from "node:v8";
import type { ParsedPost } from "../../src/content/parse-post.ts";
import { readContentFolder } from "../../src/content/read-sources.ts";
import {
  type ParseCache,
  readParseCache,
  readRenderRecords,
  readSearchParts,
  writeParseCache,
  writeRenderRecords,
  writeSearchParts,
} from "../../src/pipeline/build-cache.ts";
import { fillBodies, type ParsedContent, parseContent } from "../../src/pipeline/build-model.ts";
import { post } from "../support/builders.ts";

/**
 * A stand-in for a parsed post: the cache stores whatever the parse gave, as it is. Its bodies are of
 * Latin-1 characters only (up to U+00FF) or not (from U+0100), or empty, with a list body and a teaser
 * or without; some files did not parse (no post).
 */
const parsed = (n: number) =>
  (n % 11 === 0
    ? { issues: [{ file: `posts/post-${n}.md`, message: "did not parse" }], post: undefined }
    : {
        issues: [],
        post: {
          title: `Post ${n}`,
          bodyHtml: [
            `<p>Caf\u00e9 ${n} \u00ff</p>`,
            `<p>\u0100 \u201cQuoted\u201d \u6771\u4eac ${n} \u{1F600}</p>`,
            "",
          ][n % 3],
          listBodyHtml: n % 2 === 0 ? undefined : `<p>list ${n}</p>`,
          teaserHtml: n % 5 === 0 ? `<p>teaser \u2014 ${n}</p>` : undefined,
        },
      }) as unknown as ParsedPost;

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

  // The bodies are kept beside the posts in each shard, not in them.
  const shard = v8.deserialize(before.get("parse-00.v8") as Buffer) as {
    entries: [string, { value: ParsedPost }][];
    narrow: Buffer;
    wide: Buffer;
  };
  assert.ok(shard.entries.length > 0);
  assert.ok(shard.entries.every(([, e]) => e.value.post === undefined || e.value.post.bodyHtml === ""));
  assert.ok(shard.narrow.length > 0 && shard.wide.length > 0);

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

  // A shard of another format, or that is not a shard at all, is not read (its posts are parsed again).
  for (const damaged of [
    v8.serialize({ key: "k2", entries: [] }),
    v8.serialize(null),
    v8.serialize([1, 2]),
  ]) {
    fs.writeFileSync(path.join(dir, "parse-05.v8"), damaged);
    const partial = readParseCache(dir);
    assert.equal(partial.key, "k2");
    assert.ok(partial.entries.size < 200 && partial.entries.size > 150, `${partial.entries.size} of 200`);
  }

  // A shard whose bodies do not add up to its posts is not read (its posts are parsed again).
  const file = path.join(dir, "parse-03.v8");
  const stored = v8.deserialize(fs.readFileSync(file)) as { narrow: Buffer };
  const count = readParseCache(dir).entries.size;
  fs.writeFileSync(file, v8.serialize({ ...stored, narrow: stored.narrow.subarray(1) }));
  const short = readParseCache(dir);
  assert.ok(short.entries.size < count && short.entries.size > 0, `${short.entries.size} of ${count}`);
});

test("a post known by its stamp that must be parsed again is read now, and is an error when it changed", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "annals-known-"));
  try {
    const post = (title: string) => `---\ntitle: ${title}\ndate: 2015-01-28\ncategory: Notes\n---\nBody.\n`;
    fs.writeFileSync(path.join(root, "site.yaml"), "title: T\n");
    fs.writeFileSync(path.join(root, "a.md"), post("Alpha"));
    fs.writeFileSync(path.join(root, "b.md"), post("Beta"));
    const hashOfText = (text: string) => createHash("sha1").update(text).digest("hex");
    // Both known by their stamps, each by the hash of what it holds now; read in a second's time.
    const folder = readContentFolder(
      root,
      undefined,
      (file) => hashOfText(post(file.endsWith("a.md") ? "Alpha" : "Beta")),
      Date.now() + 10_000,
    );
    assert.equal(folder.unread, 2);
    // b.md is saved again before it is parsed (an empty cache: every post is parsed).
    fs.writeFileSync(path.join(root, "b.md"), post("Bravo"));
    const cache: ParseCache = { key: "", entries: new Map(), changed: false, stamps: new Map() };
    const parsed = parseContent(folder, { cache });
    assert.equal(parsed.posts[0]?.post?.title, "Alpha");
    assert.equal(parsed.posts[1]?.post, undefined);
    assert.deepEqual(
      parsed.posts[1]?.issues.map((i) => `${i.file}  ${i.message}`),
      [`${folder.displayPath}/b.md  the file changed while the build read the content folder (build again)`],
    );
    assert.deepEqual([...cache.entries.keys()], [`${folder.displayPath}/a.md`], "nothing cached of b.md");
    assert.deepEqual([...(cache.stamps?.keys() ?? [])], [`${folder.displayPath}/a.md`]);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test("code filled in after the parse with a link tag in it makes its post not self-contained", () => {
  const body = "<pre><code>\u0000code-1\u0000</code></pre>\n";
  const content = {
    settings: {} as ParsedContent["settings"],
    posts: [{ post: { ...post({ body }), selfContained: true }, issues: [] }],
    pages: [],
  } as unknown as ParsedContent;
  const filled = fillBodies(content, (html) =>
    html.replace("\u0000code-1\u0000", "see annals-post-url:2014-03-01-linked~"),
  );
  assert.equal(filled.posts[0]?.post?.selfContained, false);
  const same = fillBodies(content, (html) => html);
  assert.equal(same.posts[0]?.post?.selfContained, true, "nothing filled: as parsed");
});

test("the render records read back as written; another form, or damaged, reads as none", (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annals-cache-"));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const sidebar = '<aside class="sidebar">‘Recent’ ✓</aside>';
  const records = {
    files: new Map([
      ["/2015/01/28/kim/index.html", { key: "k1", stamp: "120:1.5", sidebar: "s1" }],
      ["/feed/index.xml", { key: "k2", stamp: "80:2" }],
    ]),
    sidebars: new Map([["s1", sidebar]]),
  };
  writeRenderRecords(dir, records);
  assert.deepEqual(readRenderRecords(dir), records);
  const file = path.join(dir, "renders.v8");
  for (const stored of [
    // The first form: rows of file, key and stamp.
    [["/feed/index.xml", "k2", "80:2"]],
    { format: 2, files: [["/a/index.html", "k", "1:1", "s1"]], sidebars: [["s1", { text: sidebar }]] },
    { format: 2, files: [["/a/index.html", "k", 1, ""]], sidebars: [] },
    { format: 3, files: [], sidebars: [] },
    null,
  ]) {
    fs.writeFileSync(file, v8.serialize(stored));
    const read = readRenderRecords(dir);
    assert.equal(read.files.size + read.sidebars.size, 0, JSON.stringify(stored));
  }
  fs.writeFileSync(file, "not v8 at all");
  assert.equal(readRenderRecords(dir).files.size, 0);
});

test("the search index's parts read back as written, under the same code only; another form, or damaged, reads as none", (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annals-cache-"));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const parts = [
    {
      folder: "",
      documents: [["/2016/01/05/tags/", "h1"]] as [string, string][],
      files: [["pagefind/pagefind-entry.json", "120:1.5"]] as [string, string][],
    },
    { folder: "2014/", documents: [["/2014/05/01/welcome/", "h2"]] as [string, string][], files: [] },
  ];
  writeSearchParts(dir, "code-1", parts);
  assert.deepEqual([...readSearchParts(dir, "code-1").values()], parts);
  // Written by other code (another Pagefind may write another index from the same pages).
  assert.equal(readSearchParts(dir, "code-2").size, 0);
  const file = path.join(dir, "search-parts.json");
  for (const stored of [
    { format: 2, code: "code-1", parts },
    { format: 1, code: "code-1", parts: [{ folder: "", documents: [["/a/", 1]], files: [] }] },
    { format: 1, code: "code-1", parts: [{ folder: 3, documents: [], files: [] }] },
    { format: 1, code: "code-1", parts: [null] },
    { format: 1, code: "code-1" },
    null,
  ]) {
    fs.writeFileSync(file, JSON.stringify(stored));
    assert.equal(readSearchParts(dir, "code-1").size, 0, JSON.stringify(stored));
  }
  fs.writeFileSync(file, "{ not json");
  assert.equal(readSearchParts(dir, "code-1").size, 0);
});
