// Feeds, sitemap, robots.txt and page metadata, on fixture sites built for real.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { load } from "cheerio";
import { SaxesParser } from "saxes";
import { assertWellFormedXml, readAtom } from "../support/feeds.ts";
import { buildSite, fixturePath, listFiles, REPO_ROOT, readPage } from "../support/site-build.ts";

/** The URL a page file is served at: `tag/x/index.html` → `/tag/x/`. */
function urlOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** `<loc>` values of a sitemap document, read with a strict XML parser. */
function sitemapLocs(text: string): { tag: string; locs: string[]; lastmods: string[] } {
  const parser = new SaxesParser();
  const locs: string[] = [];
  const lastmods: string[] = [];
  let root = "";
  let current = "";
  let text_ = "";
  parser.on("opentag", (node) => {
    if (root === "") root = node.name;
    current = node.name;
    text_ = "";
  });
  parser.on("text", (t) => {
    text_ += t;
  });
  parser.on("closetag", (node) => {
    if (node.name === "loc") locs.push(text_);
    if (node.name === "lastmod") lastmods.push(text_);
    current = "";
  });
  parser.write(text).close();
  void current;
  return { tag: root, locs, lastmods };
}

describe("fixture: feeds and ways around", () => {
  const run = buildSite({ content: fixturePath("sites/feeds/content") });

  test("builds", () => {
    assert.equal(run.code, 0, run.stderr);
  });

  test("every feed is well-formed Atom that a feed parser reads", () => {
    const feeds = listFiles(run.output).filter((f) => f.endsWith("feed.xml"));
    assert.deepEqual(feeds, [
      "category/stuff/feed.xml",
      "feed.xml",
      "tag/c-and-c-tag/feed.xml",
      "tag/many/feed.xml",
      "tag/other/feed.xml",
    ]);
    for (const feed of feeds) {
      const parsed = readAtom(readPage(run.output, feed), feed);
      assert.ok(parsed.entries.length > 0, feed);
      for (const entry of parsed.entries) {
        assert.ok(entry.id && entry.title && entry.url && entry.updated, `${feed}: entry fields`);
      }
    }
  });

  test("a tag with more posts than the feed holds: the latest, newest first, with absolute links", () => {
    const text = readPage(run.output, "tag/many/feed.xml");
    const feed = readAtom(text, "tag/many/feed.xml");
    assert.equal(feed.title, "Feeds & <Friends> – Posts Tagged ‘Many’");
    assert.equal(feed.url, "https://example.org/tag/many/");
    assert.equal(feed.self, "https://example.org/tag/many/feed.xml");
    assert.deepEqual(
      feed.entries.map((e) => [e.title, e.url, e.id]),
      [
        [
          'Q&A: <b>bold</b> "quotes" ]]> end',
          "https://example.org/2015/02/01/hostile/",
          "tag:example.org,2015-02-01:/2015/02/01/hostile/",
        ],
        ["Post 5", "https://example.org/2015/01/05/p5/", "tag:example.org,2015-01-05:/2015/01/05/p5/"],
        ["Post 4", "https://example.org/2015/01/04/p4/", "tag:example.org,2015-01-04:/2015/01/04/p4/"],
      ],
    );
    // Dates carry the site's offset; the feed's updated is its newest entry's, not the build time.
    assert.match(text, /<published>2015-02-01T20:00:00\+09:00<\/published>/);
    assert.match(text, /<updated>2015-03-01T08:00:00\+09:00<\/updated>\n {2}<author>/);
    assert.equal(feed.updated?.toISOString(), "2015-02-28T23:00:00.000Z");
    assert.deepEqual(feed.entries[0]?.categories, ["Many", "C&C <tag>", "Stuff"]);
  });

  test("entry content has every relative URL made absolute", () => {
    const feed = readAtom(readPage(run.output, "feed.xml"), "feed.xml");
    const hostile = feed.entries.find((e) => e.url?.endsWith("/hostile/"));
    const $ = load(hostile?.content ?? "");
    assert.deepEqual(
      $("a")
        .toArray()
        .map((a) => a.attribs.href),
      [
        "https://example.org/2015/01/01/p1/",
        "https://example.org/2015/02/01/hostile/#more",
        "https://example.com/x?a=1&b=2",
      ],
    );
    assert.deepEqual(
      $("img")
        .toArray()
        .map((i) => [i.attribs.src, i.attribs.srcset ?? ""]),
      [
        ["https://example.org/2015/02/01/hostile/pic.png", ""],
        [
          "https://example.org/2015/02/01/hostile/img/x.png",
          "https://example.org/2015/02/01/hostile/img/x.png 1x, https://example.org/2015/02/01/hostile/img/x@2.png 2x",
        ],
      ],
    );
  });

  test("the site feed follows the date, not stickiness; the home page starts with the sticky post", () => {
    const feed = readAtom(readPage(run.output, "feed.xml"), "feed.xml");
    assert.deepEqual(
      feed.entries.map((e) => e.title),
      ['Q&A: <b>bold</b> "quotes" ]]> end', "Post 5", "Post 4"],
    );
    const home = load(readPage(run.output, "index.html"));
    assert.deepEqual(
      home("article h2")
        .toArray()
        .map((h) => home(h).text()),
      ["Pinned", 'Q&A: <b>bold</b> "quotes" ]]> end'],
    );
    const later = listFiles(run.output)
      .filter((f) => /^(index\.html|page\/\d+\/index\.html)$/.test(f))
      .flatMap((f) => {
        const $ = load(readPage(run.output, f));
        return $("article h2")
          .toArray()
          .map((h) => $(h).text());
      });
    assert.equal(later.filter((t) => t === "Pinned").length, 1, "the sticky post is on one home page only");
  });

  test("a broken feed fails the checks", () => {
    const good = readPage(run.output, "tag/many/feed.xml");
    assert.throws(() => assertWellFormedXml(good.replace("Q&amp;A", "Q&A"), "broken"), /not well-formed/);
    assert.throws(
      () => assertWellFormedXml(good.replace("Post 5", "Post \u0001 5"), "broken"),
      /not well-formed/,
    );
    assert.throws(() => assertWellFormedXml(good.replace("</feed>", ""), "broken"), /not well-formed/);
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>';
    assert.throws(() => readAtom(rss, "rss"), /not Atom/);
  });

  test("the sitemap lists every page but the 404 and search pages, once, with lastmod from the content", () => {
    const sitemap = sitemapLocs(readPage(run.output, "sitemap.xml"));
    assert.equal(sitemap.tag, "urlset");
    // The search page has no content of its own (it asks search engines not to index it).
    const pages = listFiles(run.output)
      .filter((f) => f.endsWith(".html") && f !== "404.html" && f !== "search/index.html")
      .map((f) => `https://example.org${encodeURI(urlOfFile(f))}`)
      .sort();
    assert.deepEqual([...sitemap.locs].sort(), pages);
    assert.equal(new Set(sitemap.locs).size, sitemap.locs.length);
    const text = readPage(run.output, "sitemap.xml");
    assert.match(
      text,
      /<url><loc>https:\/\/example\.org\/2015\/02\/01\/hostile\/<\/loc><lastmod>2015-03-01T08:00:00\+09:00<\/lastmod><\/url>/,
    );
    assert.match(
      text,
      /<url><loc>https:\/\/example\.org\/tag\/many\/<\/loc><lastmod>2015-03-01T08:00:00\+09:00<\/lastmod>/,
    );
    assert.equal(
      readPage(run.output, "robots.txt"),
      "User-agent: *\nAllow: /\nSitemap: https://example.org/sitemap.xml\n",
    );
  });

  test("every page has a canonical link to itself and links the site feed; term pages their own", () => {
    for (const file of listFiles(run.output).filter((f) => f.endsWith(".html") && f !== "404.html")) {
      const $ = load(readPage(run.output, file));
      assert.equal(
        $('link[rel="canonical"]').attr("href"),
        `https://example.org${encodeURI(urlOfFile(file))}`,
        file,
      );
      const feeds = $('link[rel="alternate"][type="application/atom+xml"]')
        .toArray()
        .map((l) => l.attribs.href);
      assert.equal(feeds[0], "/feed.xml", file);
      if (file.startsWith("tag/many/")) assert.deepEqual(feeds, ["/feed.xml", "/tag/many/feed.xml"]);
    }
  });

  test("a post page: Open Graph, Twitter card and BlogPosting data, escaped and correct", () => {
    const $ = load(readPage(run.output, "2015/02/01/hostile/index.html"));
    const meta = (p: string) => $(`meta[property="${p}"], meta[name="${p}"]`).attr("content");
    assert.equal(meta("og:title"), 'Q&A: <b>bold</b> "quotes" ]]> end');
    assert.equal(meta("og:type"), "article");
    assert.equal(meta("og:url"), "https://example.org/2015/02/01/hostile/");
    assert.equal(meta("og:description"), "Excerpt with <angle> & ampersand");
    assert.equal(meta("article:published_time"), "2015-02-01T20:00:00+09:00");
    assert.equal(meta("article:modified_time"), "2015-03-01T08:00:00+09:00");
    assert.equal(meta("twitter:card"), "summary");
    const ld = JSON.parse($('script[type="application/ld+json"]').text());
    assert.equal(ld["@type"], "BlogPosting");
    assert.equal(ld.headline, 'Q&A: <b>bold</b> "quotes" ]]> end');
    assert.equal(ld.datePublished, "2015-02-01T20:00:00+09:00");
    assert.equal(ld.dateModified, "2015-03-01T08:00:00+09:00");
    assert.equal(ld.url, "https://example.org/2015/02/01/hostile/");
    assert.deepEqual(ld.author, { "@type": "Person", name: "Ann Author" });
    assert.deepEqual(ld.keywords, ["Many", "C&C <tag>"]);
    assert.equal($("title").text(), 'Q&A: <b>bold</b> "quotes" ]]> end – Feeds & <Friends>');
    const raw = readPage(run.output, "2015/02/01/hostile/index.html");
    assert.doesNotMatch(raw, /<b>bold/);
    assert.doesNotMatch(raw.split('type="application/ld+json">')[1]?.split("</script>")[0] ?? "", /</);
  });

  test("related posts, breadcrumbs and neighbouring archives", () => {
    const post = load(readPage(run.output, "2015/01/03/p3/index.html"));
    assert.deepEqual(
      post(".related a")
        .toArray()
        .map((a) => post(a).text()),
      ["Post 2", "Post 4", "Post 1", "Post 5", 'Q&A: <b>bold</b> "quotes" ]]> end'],
    );
    const month = load(readPage(run.output, "2015/01/page/2/index.html"));
    assert.deepEqual(
      month(".breadcrumbs li")
        .toArray()
        .map((li) => month(li).text()),
      ["Home", "Archives", "2015", "January 2015", "Page 2"],
    );
    assert.equal(month(".breadcrumbs [aria-current=page]").text(), "Page 2");
    assert.equal(month(".archive-older").attr("href"), "/2014/06/");
    assert.equal(month(".archive-newer").attr("href"), "/2015/02/");
    const feb = load(readPage(run.output, "2015/02/index.html"));
    assert.equal(feb(".archive-older").attr("href"), "/2015/01/");
    assert.equal(feb(".archive-older").text(), "« January 2015");
    const year = load(readPage(run.output, "2015/index.html"));
    assert.equal(year(".archive-older").attr("href"), "/2014/");
    const tag = load(readPage(run.output, "tag/many/index.html"));
    assert.deepEqual(
      tag(".breadcrumbs li")
        .toArray()
        .map((li) => tag(li).text()),
      ["Home", "Tags", "Many"],
    );
  });
});

describe("a blog: feeds, sitemap, links, validity, reproducibility", () => {
  const blog = path.join(REPO_ROOT, "test/fixtures/sites/blog/content");
  const run = buildSite({ content: blog });
  const again = buildSite({ content: blog });

  test("every feed parses; the sitemap and the pages match exactly", () => {
    assert.equal(run.code, 0, run.stderr);
    const files = listFiles(run.output);
    const feeds = files.filter((f) => f.endsWith("feed.xml"));
    // The site, 19 tags, 4 categories, 2 authors.
    assert.equal(feeds.length, 1 + 19 + 4 + 2);
    for (const feed of feeds) readAtom(readPage(run.output, feed), feed);
    const locs = sitemapLocs(readPage(run.output, "sitemap.xml")).locs;
    // Redirect pages (old URLs: the sample has one alias) are not pages of their own.
    const redirects = readPage(run.output, "_redirects")
      .trim()
      .split("\n")
      .map((line) => `${line.split(" ")[0]?.slice(1)}index.html`);
    assert.deepEqual(redirects, ["tag/dprk/index.html"]);
    const pages = files.filter(
      (f) => f.endsWith(".html") && f !== "404.html" && f !== "search/index.html" && !redirects.includes(f),
    );
    assert.deepEqual(
      [...locs].sort(),
      pages.map((f) => `https://example.org${encodeURI(urlOfFile(f))}`).sort(),
    );
  });

  test("building twice gives byte-identical output, feeds and sitemap included", () => {
    assert.equal(again.code, 0, again.stderr);
    const a = listFiles(run.output);
    assert.deepEqual(listFiles(again.output), a);
    for (const file of a) {
      assert.ok(
        fs.readFileSync(path.join(run.output, file)).equals(fs.readFileSync(path.join(again.output, file))),
        file,
      );
    }
  });
});
