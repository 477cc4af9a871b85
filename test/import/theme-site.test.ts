// Leaving WordPress with nothing left behind, checked end to end: the Theme Unit Test export, with an
// uploads folder made from the file names it references, imported and built. Every published page is
// at its old URL, every referenced upload at its old path, every approved comment under its post in
// thread order, each author's archive at /author/<login>/. What is expected is read from the export
// here (its XML, by regular expressions), not from the importer.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { load } from "cheerio";
import sharp from "sharp";
import { importWordPress } from "../../src/import/import.ts";
import { readRss } from "../support/feeds.ts";
import { buildSite } from "../support/site-build.ts";
import { THEME_EXPORT, temporaryFolder } from "./helpers.ts";

const XML = fs.readFileSync(THEME_EXPORT, "utf8");
const HOST = "https://wpthemetestdata.wordpress.com";
const UPLOAD = /https?:\/\/wpthemetestdata\.files\.wordpress\.com\/(\d{4}\/\d{2}\/[^"' ?<>)\]]+)/g;

interface Item {
  readonly type: string;
  readonly status: string;
  readonly link: string;
  readonly content: string;
  readonly creator: string;
  readonly password: string;
  readonly comments: readonly { id: string; parent: string; date: string; approved: string; type: string }[];
}

const tag = (text: string, name: string): string => {
  const m = new RegExp(`<${name}>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${name}>`).exec(text);
  return m?.[1] ?? "";
};

const ITEMS: Item[] = [...XML.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, body = ""]) => ({
  type: tag(body, "wp:post_type"),
  status: tag(body, "wp:status"),
  link: tag(body, "link"),
  content: tag(body, "content:encoded"),
  creator: tag(body, "dc:creator"),
  password: tag(body, "wp:post_password"),
  comments: [...body.matchAll(/<wp:comment>([\s\S]*?)<\/wp:comment>/g)].map(([, c = ""]) => ({
    id: tag(c, "wp:comment_id"),
    parent: tag(c, "wp:comment_parent"),
    date: tag(c, "wp:comment_date_gmt"),
    approved: tag(c, "wp:comment_approved"),
    type: tag(c, "wp:comment_type") || "comment",
  })),
}));

/** A small real file of the kind its name says (images are decoded by the build). */
async function fileFor(name: string): Promise<Buffer> {
  const image = sharp({ create: { width: 8, height: 6, channels: 3, background: "#3366aa" } });
  if (/\.jpe?g$/i.test(name)) return image.jpeg().toBuffer();
  if (/\.png$/i.test(name)) return image.png().toBuffer();
  if (/\.gif$/i.test(name)) return image.gif().toBuffer();
  return Buffer.from(`a stand-in for ${name}\n`);
}

describe("the Theme Unit Test export, imported with its uploads and built", () => {
  test("nothing left behind: pages, uploads, comments, authors", async (t) => {
    const work = temporaryFolder(t);
    const uploads = path.join(work, "uploads");
    const referenced = new Set(
      ITEMS.filter((i) => i.type === "post" || i.type === "page").flatMap((i) =>
        [...i.content.matchAll(UPLOAD)].map((m) => decodeURIComponent(m[1] ?? "")),
      ),
    );
    assert.ok(referenced.size >= 20, `${referenced.size} uploads referenced`);
    // One file is left out of the folder: the report must name it.
    const left = [...referenced].sort()[0] as string;
    for (const file of referenced) {
      if (file === left) continue;
      fs.mkdirSync(path.join(uploads, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(uploads, file), await fileFor(file));
    }
    const content = path.join(work, "content");
    const { ok, report } = await importWordPress({
      exportFile: THEME_EXPORT,
      into: content,
      force: false,
      uploads,
    });
    assert.ok(ok);
    assert.ok(
      report.postNotes.some((p) =>
        p.notes.some((n) => n.includes("not in the uploads folder") && n.includes(left)),
      ),
      `the missing ${left} is named`,
    );
    fs.appendFileSync(path.join(content, "site.yaml"), "search: false\n");
    const run = buildSite({ content });
    t.after(() => fs.rmSync(run.output, { recursive: true, force: true }));
    assert.equal(run.code, 0, run.stderr);
    /** The page at an old URL: the post itself, or where its redirect page sends the reader. */
    const pageAt = (url: string): string => {
      const read = (at: string) =>
        fs.readFileSync(
          path.join(run.output, ...decodeURI(at).split("/").filter(Boolean), "index.html"),
          "utf8",
        );
      const text = read(url);
      const moved = /<meta http-equiv="refresh" content="0; url=(?:https?:\/\/[^/"]+)?([^"]+)">/.exec(
        text,
      )?.[1];
      return moved === undefined ? text : read(moved);
    };
    const exists = (url: string): boolean => {
      const file = path.join(
        run.output,
        ...decodeURI(url)
          .split("/")
          .filter((p) => p !== ""),
      );
      return fs.existsSync(url.endsWith("/") ? path.join(file, "index.html") : file);
    };

    // Every published page at its old URL (a doubled slash in WordPress's link means one).
    const pages = ITEMS.filter((i) => i.type === "page" && i.status === "publish");
    assert.ok(pages.length >= 20, `${pages.length} pages`);
    for (const page of pages) {
      const url = page.link.slice(HOST.length).replace(/\/{2,}/g, "/");
      assert.ok(exists(url), `page ${url}`);
    }

    // Every referenced upload at its old path, but the one left out.
    for (const file of referenced)
      if (file !== left) assert.ok(exists(`/wp-content/uploads/${file}`), `upload ${file}`);

    // Every approved comment under its published post, in thread order (each reply after its
    // comment, by date). A password-protected post is imported as a draft: its comments wait with it.
    let checked = 0;
    for (const post of ITEMS.filter(
      (i) => i.type === "post" && i.status === "publish" && i.password === "",
    )) {
      const approved = post.comments.filter((c) => c.approved === "1" && c.type === "comment");
      if (approved.length === 0) continue;
      const ordered: string[] = [];
      const walk = (parent: string): void => {
        for (const c of approved
          .filter((c) => c.parent === parent)
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
          ordered.push(`comment-${c.id}`);
          walk(c.id);
        }
      };
      walk("0");
      const url = post.link.slice(HOST.length);
      const $ = load(pageAt(url));
      assert.deepEqual(
        $(".comment")
          .toArray()
          .map((c) => c.attribs.id),
        ordered,
        url,
      );
      checked += approved.length;
    }
    assert.ok(checked >= 20, `${checked} comments checked`);

    // Subscribers of /feed/ keep receiving posts: an RSS 2.0 document at that address.
    const feed = readRss(fs.readFileSync(path.join(run.output, "feed", "index.xml"), "utf8"), "/feed/");
    assert.ok(feed.entries.length > 5);
    assert.equal(feed.self, `${HOST}/feed/`);

    // Each author's archive at WordPress's /author/<login>/.
    for (const login of new Set(ITEMS.filter((i) => i.type === "post").map((i) => i.creator)))
      if (/^[a-z]+$/.test(login)) assert.ok(exists(`/author/${login}/`), `/author/${login}/`);
  });
});
