// Moving the WordPress Theme Unit Test blog to annals without breaking a URL: import the export with the
// command a user runs, build the site with the build command, then check the site against the export
// itself (read here with a plain regular-expression scan, not with the importer's reader): every
// published post under its original slug and date, every term under its WordPress slug and name,
// drafts and scheduled posts left out, and every old URL walked through the redirects to a page.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import * as cheerio from "cheerio";
import { readRss } from "../support/feeds.ts";
import { buildSite, fixturePath, listFiles, REPO_ROOT } from "../support/site-build.ts";

const EXPORT = fixturePath("wordpress/themeunittestdata.wordpress.xml");

interface ExportPost {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly slug: string;
  readonly localDate: string;
  readonly link: string;
  readonly terms: readonly { domain: string; slug: string; name: string }[];
}

const cdata = (text: string) => text.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, "$1");
function field(item: string, name: string): string {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(item);
  return m === null ? "" : cdata(m[1] ?? "");
}
const decodeEntities = (text: string) =>
  text.replace(/&amp;/g, "&").replace(/&#0?39;|&#8217;/g, (m) => (m === "&#8217;" ? "’" : "'"));

const exportItems = () => fs.readFileSync(EXPORT, "utf8").split("<item>").slice(1);
const exportItem = (id: string) => exportItems().find((item) => field(item, "wp:post_id") === id) ?? "";

function exportPosts(): ExportPost[] {
  const items = exportItems();
  return items
    .filter((item) => field(item, "wp:post_type") === "post")
    .map((item) => ({
      id: field(item, "wp:post_id"),
      title: field(item, "title"),
      // A password-protected post is imported as a draft: a static page cannot ask for a password.
      status: field(item, "wp:post_password") === "" ? field(item, "wp:status") : "protected",
      slug: decodeURIComponent(field(item, "wp:post_name")),
      localDate: field(item, "wp:post_date"),
      link: field(item, "link"),
      terms: [
        ...item.matchAll(/<category domain="(post_tag|category)" nicename="([^"]*)">([\s\S]*?)<\/category>/g),
      ].map((m) => ({
        domain: m[1] ?? "",
        slug: decodeURIComponent(m[2] ?? ""),
        name: decodeEntities(cdata(m[3] ?? "")),
      })),
    }));
}

describe("a WordPress blog moved to annals", () => {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), "annals-wp-"));
  const imported = spawnSync(
    process.execPath,
    ["bin/annals.js", "import", "wordpress", EXPORT, "--into", content],
    { cwd: REPO_ROOT, encoding: "utf8", timeout: 120_000 },
  );
  const built = buildSite({ content, env: { ANNALS_NOW: "2026-11-26T00:00:00Z" } });
  const posts = exportPosts();
  const published = posts.filter((p) => p.status === "publish");
  const site = built.output;
  const fileOf = (url: string) => path.join(site, decodeURI(url), url.endsWith("/") ? "index.html" : "");
  const exists = (url: string) => fs.existsSync(fileOf(url));
  const page = (url: string) => cheerio.load(fs.readFileSync(fileOf(url), "utf8"));

  /** Follows redirect pages (a refresh to the new URL) to the page at the end; undefined if none. */
  function follow(url: string, hops = 0): string | undefined {
    if (hops > 3 || !exists(url)) return undefined;
    const target = /url=(\S+)$/.exec(page(url)('meta[http-equiv="refresh"]').attr("content") ?? "")?.[1];
    return target === undefined ? url : follow(decodeURI(target), hops + 1);
  }
  const oldPath = (link: string) => decodeURI(new URL(link).pathname);

  test("the import and the build succeed, and the report counts posts by status", () => {
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stdout, /posts: 58 \(draft 1, future 1, publish 56\)/);
    assert.equal(built.code, 0, built.stderr);
    assert.ok(published.length >= 50, `${published.length} published posts in the export`);
    // Every published page is at its old URL (a doubled slash in WordPress's link means one), or
    // redirects there.
    const pages = exportItems().filter(
      (i) => field(i, "wp:post_type") === "page" && field(i, "wp:status") === "publish",
    );
    assert.ok(pages.length > 0);
    for (const item of pages) {
      const url = oldPath(field(item, "link")).replace(/\/{2,}/g, "/");
      const landing = follow(url);
      assert.ok(landing !== undefined, url);
      assert.equal(page(landing)("article h1").first().text(), decodeEntities(field(item, "title")), url);
    }
  });

  /** Where a published post is: its old permalink, followed through any redirect. */
  const landingOf = (post: ExportPost) => follow(oldPath(post.link));

  test("every published post is present under its original slug and date", () => {
    for (const post of published) {
      const url = landingOf(post);
      assert.ok(url !== undefined, `${post.title}: its old permalink ${post.link} leads nowhere`);
      assert.ok(
        url.endsWith(`/${post.slug}/`),
        `${post.title} is at ${url}, not under its slug ${post.slug}`,
      );
      // The same instant WordPress gives (local time and its UTC twin), and the day in the URL is
      // the post's day in the site's zone.
      const $ = page(url);
      const shown = $("article time").first().attr("datetime") ?? "";
      const gmt = `${field(exportItem(post.id), "wp:post_date_gmt").replace(" ", "T")}Z`;
      assert.equal(Date.parse(shown), Date.parse(gmt), `${url} shows ${shown}, WordPress says ${gmt} UTC`);
      assert.ok($("h1").text().length > 0);
    }
  });

  test("every tag and category keeps its WordPress slug and display name", () => {
    const terms = new Map<string, string>();
    for (const post of published)
      for (const term of post.terms)
        terms.set(`/${term.domain === "post_tag" ? "tag" : "category"}/${term.slug}/`, term.name);
    assert.ok(terms.size > 50, `${terms.size} terms`);
    for (const [url, name] of terms) {
      // Two WordPress categories named "Foo A" are one term in annals: the second slug redirects.
      const landed = follow(url);
      assert.ok(landed !== undefined, `no archive at ${url} (${name})`);
      if (landed !== url) assert.equal(page(url)("h1").text(), "This page has moved");
      const heading = page(landed)("h1").text();
      assert.ok(
        heading.toLowerCase().includes(name.toLowerCase()),
        `${url} is headed "${heading}", not ${name}`,
      );
    }
  });

  test("drafts and scheduled posts are not published, and the import reports them", () => {
    const held = posts.filter((p) => p.status !== "publish");
    assert.deepEqual(held.map((p) => p.status).sort(), ["draft", "future", "protected"]);
    // No page of the site is any of them (by title: a draft may have no WordPress slug).
    const titles = new Set(
      listFiles(site)
        .filter((f) => f.endsWith(".html"))
        .map((f) =>
          cheerio
            .load(fs.readFileSync(path.join(site, f), "utf8"))("h1")
            .text(),
        ),
    );
    for (const post of held) assert.equal(titles.has(post.title), false, `${post.title} was published`);
    assert.ok(titles.has(published[0]?.title ?? ""), "published titles are found the same way");
    assert.match(built.stdout, /held back \(\d+ drafts?, 0 future\)/);
    assert.match(imported.stdout, /future 1/);
    assert.match(imported.stdout, /password-protected \(imported as a draft\)/);
  });

  test("every old URL leads through the redirects to the post: permalinks and /?p=ID", () => {
    const home = fs.readFileSync(fileOf("/"), "utf8");
    const script = /<script>(\(function\(\)\{var m=[\s\S]*?)<\/script>/.exec(home)?.[1];
    assert.ok(script, "the home page sends old /?p= links on");
    for (const post of published) {
      // The old permalink (followed in the test above), and `/?p=ID` must end on the same page.
      const expected = landingOf(post);
      assert.ok(expected !== undefined);
      // `/?p=ID`: run the home page's script with that address, then follow the page it goes to.
      let went: string | undefined;
      new Function("location", script)({ search: `?p=${post.id}`, replace: (u: string) => (went = u) });
      assert.equal(went, `/p/${post.id}/`);
      assert.equal(follow(went), expected, `/?p=${post.id} does not lead to the post`);
    }
    const lines = fs.readFileSync(path.join(site, "_redirects"), "utf8").split("\n");
    assert.ok(lines.includes("/ p=:value /p/:value/ 301!"), "Netlify follows /?p= too");
  });

  test("old feed URLs answer with feeds (RSS 2.0, the folder's index.xml)", () => {
    const tag = published.flatMap((p) => p.terms).find((t) => t.domain === "post_tag");
    assert.ok(tag);
    for (const folder of ["/feed/", `/tag/${tag.slug}/feed/`]) {
      const file = path.join(site, decodeURI(folder), "index.xml");
      const rss = readRss(fs.readFileSync(file, "utf8"), folder);
      assert.ok(rss.entries.length > 0, folder);
      assert.ok(!fs.existsSync(path.join(site, decodeURI(folder), "index.html")), folder);
    }
  });
});
