import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { readWxr, WxrError, type WxrItem } from "../../src/import/wxr.ts";
import { THEME_EXPORT, TINY_EXPORT, temporaryFolder } from "./helpers.ts";

async function readAll(file: string) {
  const items: WxrItem[] = [];
  const channel = await readWxr(file, (item) => items.push(item));
  return { channel, items };
}

const typeOf = (item: WxrItem) => item.fields.get("wp:post_type")?.trim();

describe("readWxr: the theme unit test export", () => {
  it("streams every item, with the channel's authors and terms", async () => {
    const { channel, items } = await readAll(THEME_EXPORT);
    const types = new Map<string, number>();
    for (const item of items) types.set(typeOf(item) ?? "", (types.get(typeOf(item) ?? "") ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(types), { post: 58, page: 21, attachment: 37, nav_menu_item: 70 });
    assert.equal(channel.title, "Theme Unit Test Data");
    assert.equal(channel.baseBlogUrl, "https://wpthemetestdata.wordpress.com");
    assert.equal(channel.wxrVersion, "1.2");
    assert.deepEqual(channel.authors, [
      { login: "themedemos", displayName: "Theme Buster" },
      { login: "themereviewteam", displayName: "Theme Reviewer" },
    ]);
    assert.equal(channel.terms.filter((t) => t.taxonomy === "post_tag").length, 110);
    const child = channel.terms.find((t) => t.taxonomy === "category" && t.name === "Child 1");
    assert.deepEqual(child, {
      taxonomy: "category",
      name: "Child 1",
      slug: "child-1",
      parent: "parent",
      description: "",
      id: child?.id ?? "",
    });
    assert.match(child?.id ?? "", /^\d+$/);
    const block = channel.terms.find((t) => t.taxonomy === "category" && t.slug === "block");
    assert.equal(block?.description, "Items in the block category have been created with the block editor.");
  });

  it("reads an item's fields, terms, post meta and comments", async () => {
    const { items } = await readAll(THEME_EXPORT);
    const manyTags = items.find((i) => i.fields.get("wp:post_id") === "1151");
    assert.ok(manyTags);
    assert.equal(manyTags.terms.filter((t) => t.domain === "post_tag").length, 45);
    const video = items.find((i) => i.fields.get("wp:post_id") === "582");
    assert.ok(video?.meta.some((m) => m.key.startsWith("_oembed_")));
    const special = items.find((i) => i.fields.get("wp:post_id") === "1174");
    // XML entities are decoded by the reader: `&amp;` `&#039;` `&quot;` `&gt;`.
    assert.equal(
      special?.fields.get("title"),
      "Markup: Title With Special Characters ~`!@#$%^&*()-_=+{}[]/\\;:'\"?,.>",
    );
    const passworded = items.find((i) => i.fields.get("wp:post_id") === "1168");
    assert.equal(passworded?.comments.length, 1);
    // Every comment's fields, never its e-mail or IP address.
    const fields = new Set(items.flatMap((i) => i.comments.flatMap((c) => [...c.keys()])));
    assert.ok(fields.has("content") && fields.has("parent") && fields.has("author_url"), [...fields].join());
    assert.ok(!fields.has("author_email") && !fields.has("author_IP"), [...fields].join());
    const replies = items.flatMap((i) => i.comments).filter((c) => (c.get("parent") ?? "0") !== "0");
    assert.ok(replies.length > 0, "the export has threaded replies");
  });
});

describe("readWxr: the tiny export", () => {
  it("keeps CDATA content exactly and reports the item's line", async () => {
    const { items } = await readAll(TINY_EXPORT);
    const first = items[0];
    assert.ok(first);
    assert.match(first.fields.get("content:encoded") ?? "", /^A week after the invitation[\s\S]*<!--more-->/);
    assert.equal(first.line, 32);
    assert.deepEqual(
      first.terms.map((t) => [t.domain, t.nicename, t.name]),
      [
        ["category", "news-views", "News &amp; Views"],
        ["category", "local", "Local"],
        ["post_tag", "jongun", "Jongun"],
        ["post_tag", "%ea%b9%80%ec%a0%95%ec%9d%80", "김정은"],
        ["post_format", "post-format-aside", "Aside"],
      ],
    );
    assert.deepEqual(first.comments, [
      new Map([
        ["id", "1"],
        ["author", "A reader"],
        ["date", "2015-01-29 08:00:00"],
        ["date_gmt", "2015-01-28 23:00:00"],
        ["content", "Nice post."],
        ["approved", "1"],
        ["type", "comment"],
        ["parent", "0"],
      ]),
    ]);
  });
});

describe("readWxr: bad input", () => {
  const write = (folder: string, name: string, text: string) => {
    const file = path.join(folder, name);
    writeFileSync(file, text);
    return file;
  };
  const rejectsWith = (promise: Promise<unknown>, message: string | RegExp) =>
    assert.rejects(promise, (error: unknown) => {
      assert.ok(error instanceof WxrError, `not a WxrError: ${String(error)}`);
      if (typeof message === "string") assert.equal(error.message, message);
      else assert.match(error.message, message);
      assert.ok(!error.message.includes("\n"), "one line");
      return true;
    });

  it("a missing file or a folder", async (t) => {
    const folder = temporaryFolder(t);
    const missing = path.join(folder, "nope.xml");
    await rejectsWith(
      readWxr(missing, () => {}),
      `${missing}: no such file`,
    );
    await rejectsWith(
      readWxr(folder, () => {}),
      `${folder}: is a folder, not a WordPress export file`,
    );
  });

  it("malformed XML names the file and line", async (t) => {
    const folder = temporaryFolder(t);
    const file = write(
      folder,
      "bad.xml",
      '<?xml version="1.0"?>\n<rss><channel>\n<title>x</titel>\n</channel></rss>\n',
    );
    await rejectsWith(
      readWxr(file, () => {}),
      `${file}:3:16: unexpected close tag.`,
    );
    const unclosed = write(folder, "unclosed.xml", "<rss><channel><item><title>x</title>\n");
    await rejectsWith(
      readWxr(unclosed, () => {}),
      /unclosed\.xml:2:\d+: unclosed tag: item/,
    );
    const empty = write(folder, "empty.xml", "");
    await rejectsWith(
      readWxr(empty, () => {}),
      /empty\.xml:1:\d+: document must contain a root element/,
    );
  });

  it("XML that is not a WordPress export", async (t) => {
    const folder = temporaryFolder(t);
    const html = write(folder, "page.xml", "<html><body/></html>");
    await rejectsWith(
      readWxr(html, () => {}),
      `${html}:1: not a WordPress export: the root element is <html>, not <rss>`,
    );
    const rss = write(folder, "feed.xml", "<rss><channel><title>A feed</title></channel></rss>");
    await rejectsWith(
      readWxr(rss, () => {}),
      /feed\.xml: not a WordPress export \(WXR\): no <wp:wxr_version>/,
    );
  });

  it("accepts HTML entities that older exports leave in titles, and rejects made-up ones", async (t) => {
    const folder = temporaryFolder(t);
    const wxr = (title: string) =>
      `<rss><channel><wp:wxr_version>1.2</wp:wxr_version><item><title>${title}</title></item></channel></rss>`;
    const items: WxrItem[] = [];
    await readWxr(write(folder, "ok.xml", wxr("A&nbsp;B &hellip;")), (item) => items.push(item));
    assert.equal(items[0]?.fields.get("title"), "A\u00a0B …");
    await rejectsWith(
      readWxr(write(folder, "bad.xml", wxr("A &madeup; B")), () => {}),
      /bad\.xml:1:\d+: undefined entity/,
    );
  });
});
