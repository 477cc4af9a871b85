// A whole blog, not only posts: pages, files beside posts and in the static folder, responsive images,
// the menu, the checks of links; and a Jekyll blog moved in as it is. The exact outcome of each
// fixture (every file written, every warning) is test/site/site-fixtures.test.ts's; these read pages.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { type CheerioAPI, load } from "cheerio";
import { buildSite, listFiles, readPage } from "../support/site-build.ts";
import { runSiteFixture, SITES } from "../support/site-fixtures.ts";

const page = (root: string, file: string): CheerioAPI => load(readPage(root, file));

describe("pages", () => {
  const run = runSiteFixture("whole-blog");

  test("each page at its URL: from its file, nested, or its url: key; in the sitemap, the manifest and the search index", () => {
    assert.equal(run.code, 0, run.stderr);
    assert.equal(page(run.output, "about/index.html")("h1").text(), "About us");
    assert.equal(page(run.output, "about/team/index.html")("h1").text(), "The team");
    assert.equal(page(run.output, "contact-us/index.html")("h1").text(), "Contact");
    assert.equal(page(run.output, "colophon/index.html")("h1").text(), "Colophon");
    assert.equal(
      page(run.output, "about/team/index.html")('meta[name="description"]').attr("content"),
      "Who writes here.",
    );
    const sitemap = readPage(run.output, "sitemap.xml");
    for (const url of ["/about/", "/about/team/", "/contact-us/", "/colophon/"])
      assert.ok(sitemap.includes(`<loc>https://kimwatch.org${url}</loc>`), url);
    const manifest = JSON.parse(readPage(run.output, "archive.json")) as {
      pages: { url: string }[];
      outputs: string[];
    };
    assert.deepEqual(
      manifest.pages.map((p) => p.url),
      ["/about/", "/about/team/", "/colophon/", "/contact-us/"],
    );
    assert.match(run.stdout, /search index: 3 posts and 4 pages/);
  });

  test("a page is in no list or feed, and a relative link in it leads where it should", () => {
    const home = readPage(run.output, "index.html");
    assert.doesNotMatch(home, /<h2 class="post-title"><a href="\/about\//);
    assert.doesNotMatch(readPage(run.output, "feed.xml"), /About us/);
    assert.equal(page(run.output, "contact-us/index.html")(".post-body a").attr("href"), "/about/");
  });

  test("the menu replaces annals' navigation: pages by file, site paths, addresses elsewhere; the current page marked", () => {
    const $ = page(run.output, "about/team/index.html");
    const links = $(".site-nav a")
      .toArray()
      .map((a) => [$(a).text(), a.attribs.href, a.attribs["aria-current"]]);
    assert.deepEqual(links, [
      ["Home", "/", undefined],
      ["About us", "/about/", undefined],
      ["Team", "/about/team/", "page"],
      ["Contact", "/contact-us/", undefined],
      ["Archives", "/archives/", undefined],
      ["Elsewhere", "https://example.net/kim", undefined],
    ]);
  });
});

describe("files and images", () => {
  const run = runSiteFixture("whole-blog");

  test("static files at the root; files beside a post next to its page; a draft's files not published", () => {
    for (const file of [
      "favicon.ico",
      "files/report.pdf",
      "wp-content/uploads/2016/05/logo.png",
      "assets/images/jekyll.png",
    ])
      assert.ok(fs.existsSync(path.join(run.output, file)), file);
    assert.ok(fs.existsSync(path.join(run.output, "2015/01/28/will-kim-go/photo.jpg")));
    assert.ok(fs.existsSync(path.join(run.output, "colophon/press.jpg")), "beside a page too");
    assert.equal(fs.existsSync(path.join(run.output, "2016/01/01/secret-draft/secret.jpg")), false);
    assert.equal(page(run.output, "index.html")('link[rel="icon"]').attr("href"), "/favicon.ico");
  });

  test("an image beside a post is responsive: variants in WebP and its own format, width and height, the first eager", () => {
    const $ = page(run.output, "2015/01/28/will-kim-go/index.html");
    const pictures = $(".post-body picture").toArray();
    assert.equal(pictures.length, 2);
    const first = $(pictures[0]);
    assert.match(
      first.find('source[type="image/webp"]').attr("srcset") ?? "",
      /^\/assets\/annals\/img\/photo-[0-9a-f]{8}-480\.webp 480w, \/assets\/annals\/img\/photo-[0-9a-f]{8}-800\.webp 800w$/,
    );
    const img = first.find("img");
    assert.deepEqual(
      [img.attr("width"), img.attr("height"), img.attr("loading"), img.attr("alt")],
      ["800", "500", "eager", "An evening skyline"],
    );
    assert.equal($(pictures[1]).find("img").attr("loading"), "lazy");
    for (const src of $("picture img, picture source")
      .toArray()
      .flatMap((e) => (e.attribs.srcset ?? "").split(", ")))
      assert.ok(fs.existsSync(path.join(run.output, src.split(" ")[0] ?? "")), src);
    assert.equal(
      $('img[src="https://example.net/x.jpg"]').attr("loading"),
      undefined,
      "an image elsewhere is left alone",
    );
  });

  test("the same image works on every list that shows the post, in its feed (absolute), and under a path prefix", () => {
    const home = page(run.output, "index.html");
    const summary = home("article.post-summary").filter(
      (_, a) => home(a).find('a[href="/2015/01/28/will-kim-go/"]').length > 0,
    );
    assert.match(summary.find("picture img").first().attr("src") ?? "", /^\/assets\/annals\/img\/photo-/);
    assert.equal(
      summary.find("picture img").first().attr("loading"),
      "lazy",
      "below the first post on the page",
    );
    assert.equal(
      home("article.post-summary").first().find("img").attr("loading"),
      "eager",
      "the first post's image",
    );
    assert.equal(home('a[href="/files/report.pdf"]').length, 0, "the teaser ends before the link");
    const feed = readPage(run.output, "feed.xml");
    assert.match(
      feed,
      /srcset="https:\/\/kimwatch\.org\/assets\/annals\/img\/photo-[0-9a-f]{8}-480\.webp 480w/,
    );
    const content = fs.mkdtempSync(path.join(os.tmpdir(), "annals-prefix-"));
    fs.cpSync(path.join(SITES, "whole-blog", "content"), content, { recursive: true });
    fs.writeFileSync(
      path.join(content, "site.yaml"),
      fs
        .readFileSync(path.join(content, "site.yaml"), "utf8")
        .replace("url: https://kimwatch.org", "url: https://kimwatch.org/blog"),
    );
    const prefixed = buildSite({ content });
    assert.equal(prefixed.code, 0, prefixed.stderr);
    const $ = page(prefixed.output, "2015/01/28/will-kim-go/index.html");
    assert.match($("picture img").first().attr("src") ?? "", /^\/blog\/assets\/annals\/img\/photo-/);
    assert.match(
      $("picture source").first().attr("srcset") ?? "",
      /^\/blog\/assets\/annals\/img\/photo-[^,]+, \/blog\//,
    );
    assert.equal($('.post-body a[href="/blog/files/report.pdf"]').length, 1);
    assert.equal(page(prefixed.output, "index.html")('link[rel="icon"]').attr("href"), "/blog/favicon.ico");
  });

  test("a post's image and the site's fill og:image, twitter:image and the structured data", () => {
    const post = page(run.output, "2015/01/28/will-kim-go/index.html");
    assert.equal(
      post('meta[property="og:image"]').attr("content"),
      "https://kimwatch.org/2015/01/28/will-kim-go/photo.jpg",
    );
    assert.equal(post('meta[name="twitter:card"]').attr("content"), "summary_large_image");
    assert.equal(
      post('meta[name="twitter:image"]').attr("content"),
      "https://kimwatch.org/2015/01/28/will-kim-go/photo.jpg",
    );
    const data = JSON.parse(post('script[type="application/ld+json"]').text()) as { image?: string };
    assert.equal(data.image, "https://kimwatch.org/2015/01/28/will-kim-go/photo.jpg");
    assert.equal(
      page(run.output, "about/index.html")('meta[property="og:image"]').attr("content"),
      "https://kimwatch.org/images/card.png",
    );
  });

  test("an image that cannot be read is a warning naming the post and the file, and is copied as it is", () => {
    assert.match(
      run.stderr,
      /broken-image\/index\.md {2}shows .*broken-image\/corrupt\.jpg, which could not be read as an image \(its data is damaged or cut short\); it is published as it is/,
    );
    const img = page(run.output, "2015/03/01/broken-image/index.html")(".post-body img");
    assert.equal(img.attr("src"), "/2015/03/01/broken-image/corrupt.jpg");
    assert.equal(img.attr("width"), "1600", "the size its header gives");
    assert.ok(fs.existsSync(path.join(run.output, "2015/03/01/broken-image/corrupt.jpg")));
  });

  test("a link to no page, and a lost upload of the old blog, are warnings with the file and line", () => {
    assert.match(run.stderr, /will-kim-go\/index\.md:18 {2}link to \/2014\/03\/old-post\/ leads to no page/);
    assert.match(
      run.stderr,
      /will-kim-go\/index\.md:19 {2}\/wp-content\/uploads\/2016\/05\/missing\.png is not in the site: the old blog's file \(copy it to .*content\/static\/wp-content\/uploads\/2016\/05\/missing\.png\)/,
    );
    const content = fs.mkdtempSync(path.join(os.tmpdir(), "annals-strict-links-"));
    fs.cpSync(path.join(SITES, "whole-blog", "content"), content, { recursive: true });
    fs.appendFileSync(path.join(content, "site.yaml"), "brokenLinks: error\n");
    const strict = buildSite({ content });
    assert.equal(strict.code, 1, "with brokenLinks: error, they stop the build");
    assert.match(strict.stderr, /index\.md:18 {2}link to \/2014\/03\/old-post\/ leads to no page/);
  });
});

describe("a Jekyll blog moves in as it is", () => {
  const run = runSiteFixture("jekyll");

  test("links between posts: {% post_url %}, {% link %} and Markdown links to .md files lead to the posts", () => {
    const $ = load(readPage(run.output, "2014/03/02/between-posts/index.html"));
    assert.deepEqual(
      $(".post-body a")
        .toArray()
        .map((a) => a.attribs.href),
      [
        "/2014/03/01/linked/",
        "/news/half-hour/",
        "/2013/11/20/dated-by-file/",
        "/2014/03/01/linked/",
        "/2014/03/01/linked/#top",
      ],
    );
    assert.match(
      $(".post-body").text(),
      /As text, as Jekyll writes it: \/2014\/03\/01\/linked\/, and in code: \/2014\/03\/01\/linked\/\./,
    );
    // No tag is left as its placeholder in any file of the site (pages, lists, feeds, the index).
    for (const file of listFiles(run.output))
      assert.doesNotMatch(
        fs.readFileSync(path.join(run.output, file), "latin1"),
        /annals-(post-url|link):/,
        file,
      );
    // Other Liquid, and a tag inside {% raw %}, are text.
    assert.match($(".post-body").text(), /\{\{ page\.title \}\} and \{% include note\.html %\}/);
    assert.match(
      $(".post-body code").text(),
      /\{% raw %\}\{% post_url 2099-01-01-not-a-post %\}\{% endraw %\}/,
    );
  });

  test("every post, at the dates Jekyll gives them, and every file they show or link", () => {
    assert.equal(run.code, 0, run.stderr);
    const manifest = JSON.parse(readPage(run.output, "archive.json")) as {
      posts: { source: string; url: string; date: string; categories: string[]; tags: string[] }[];
    };
    assert.deepEqual(
      manifest.posts.map((p) => [p.source, p.url, p.date]),
      [
        ["_posts/2014-03-02-between-posts.md", "/2014/03/02/between-posts/", "2014-03-02T00:00:00Z"],
        ["_posts/2014-03-01-linked.md", "/2014/03/01/linked/", "2014-03-01T00:00:00Z"],
        ["_posts/2014-02-04-half-hour.md", "/news/half-hour/", "2014-02-03T13:30:00Z"],
        ["_posts/2014-02-03-far-offset.md", "/2014/02/02/far-offset/", "2014-02-02T19:00:00Z"],
        ["_posts/2013-11-22-one-digit-hour.md", "/2013/11/22/one-digit-hour/", "2013-11-22T05:00:00Z"],
        ["_posts/2013-11-20-dated-by-file.md", "/2013/11/20/dated-by-file/", "2013-11-20T00:00:00Z"],
      ],
    );
    const byFile = manifest.posts.find((p) => p.source.endsWith("dated-by-file.md"));
    assert.deepEqual(
      byFile?.categories,
      ["/category/news/", "/category/releases/"],
      "space-separated, as Jekyll reads them",
    );
    assert.deepEqual(byFile?.tags, ["/tag/kim/", "/tag/moscow/"]);
    for (const file of [
      "wp-content/uploads/2014/02/banner.png",
      "wp-content/uploads/2014/02/minutes.pdf",
      "assets/images/diagram.png",
    ])
      assert.ok(fs.existsSync(path.join(run.output, file)), file);
    assert.doesNotMatch(
      run.stderr,
      /leads to no page|is not in the site|unknown front-matter key/,
      "every link leads somewhere; Jekyll's keys are understood",
    );
    assert.ok(
      fs.existsSync(path.join(run.output, "2014/02/04/half/index.html")),
      "redirect_from is an alias",
    );
  });
});
