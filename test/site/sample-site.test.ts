// The sample blog in content/ (which may change: these tests hold for any content), and a frozen copy
// of it as a fixture (test/fixtures/sites/blog/, whose exact posts the tests may name), built for real:
// every post published, the reference view, links, and independence from the machine's time zone,
// locale and file order.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { load } from "cheerio";
import { findBrokenLinks } from "../support/links.ts";
import { buildSite, listFiles, REPO_ROOT, readPage } from "../support/site-build.ts";

const SAMPLE = path.join(REPO_ROOT, "content");
const BLOG = path.join(REPO_ROOT, "test/fixtures/sites/blog/content");

function treeOf(root: string): Map<string, string> {
  return new Map(listFiles(root).map((f) => [f, readPage(root, f)]));
}

function assertSameTree(a: Map<string, string>, b: Map<string, string>, label: string): void {
  assert.deepEqual([...b.keys()], [...a.keys()], `${label}: same files`);
  for (const [file, text] of a) assert.equal(b.get(file), text, `${label}: ${file} differs`);
}

describe("the sample blog in content/", () => {
  const sample = buildSite({ content: SAMPLE });

  test("builds, and publishes or holds back every post it has", () => {
    assert.equal(sample.code, 0, sample.stderr);
    assert.doesNotMatch(sample.stderr, /^(?!warning)\S+\.md/m, "no error");
    const manifest = JSON.parse(readPage(sample.output, "archive.json")) as {
      counts: { posts: number; drafts: number; future: number };
    };
    const posts = listFiles(SAMPLE).filter(
      (f) => /\.(md|markdown)$/.test(f) && !/^(theme|static|pages)\//.test(f),
    );
    assert.ok(posts.length > 0);
    assert.equal(manifest.counts.posts + manifest.counts.drafts + manifest.counts.future, posts.length);
  });

  test("every internal link and anchor resolves to a file in the site", () => {
    const { checked, broken } = findBrokenLinks(sample.output);
    assert.ok(checked > 100, `checked ${checked} links`);
    assert.deepEqual(broken, []);
  });
});

describe("a blog (the sample as it was, frozen as a fixture)", () => {
  const utc = buildSite({ content: BLOG, env: { TZ: "UTC", LC_ALL: "C" } });

  test("builds", () => {
    assert.equal(utc.code, 0, utc.stderr);
  });

  test("tag/jongun shows the two January 2015 posts, linked to their month and category", () => {
    const $ = load(readPage(utc.output, "tag/jongun/index.html"));
    assert.equal($("h1").text(), "Posts Tagged ‘Jongun’");
    const posts = $("article.post-summary").toArray();
    assert.equal(posts.length, 2);
    const titles = posts.map((p) => $(p).find("h2").text());
    assert.deepEqual(titles, ["Will Kim go to Moscow?", "An invitation to Moscow"]);
    const dates = posts.map((p) => $(p).find(".post-date").text());
    assert.deepEqual(dates, ["January 28th, 2015", "January 21st, 2015"]);
    for (const p of posts) {
      const hrefs = $(p)
        .find("a")
        .toArray()
        .map((a) => a.attribs.href);
      assert.ok(hrefs.includes("/2015/01/"), "links to the month");
      assert.ok(hrefs.includes("/category/wwii-news/"), "links to the category");
    }
    for (const list of ["2015/01/index.html", "category/wwii-news/index.html"]) {
      const page = load(readPage(utc.output, list));
      const all = [list];
      for (
        let n = 2;
        fs.existsSync(path.join(utc.output, list.replace("index.html", `page/${n}/index.html`)));
        n++
      ) {
        all.push(list.replace("index.html", `page/${n}/index.html`));
      }
      const listedTitles = all.flatMap((f) =>
        load(readPage(utc.output, f))("article h2")
          .toArray()
          .map((h) => load(h).text()),
      );
      assert.ok(page("h1").text().length > 0);
      for (const t of titles) assert.ok(listedTitles.includes(t), `${list} lists ${t}`);
    }
  });

  test("a tag with more than ten posts has a page 2; a non-Latin tag has a readable URL", () => {
    assert.ok(fs.existsSync(path.join(utc.output, "tag/anniversaries/page/2/index.html")));
    assert.ok(fs.existsSync(path.join(utc.output, "tag/한국/index.html")));
    assert.ok(fs.existsSync(path.join(utc.output, "tag/日本/index.html")));
  });

  test("every internal link and anchor resolves to a file in the site", () => {
    const { checked, broken } = findBrokenLinks(utc.output);
    assert.ok(checked > 1000, `checked ${checked} links`);
    assert.deepEqual(broken, []);
  });

  test("the site is byte-identical whatever the machine's time zone and locale", () => {
    const reference = treeOf(utc.output);
    const envs: Record<string, string>[] = [
      { TZ: "America/New_York", LC_ALL: "en_US.UTF-8" },
      { TZ: "Asia/Tokyo", LC_ALL: "tr_TR.UTF-8", LANG: "tr_TR.UTF-8" },
      { TZ: "Pacific/Kiritimati", LC_ALL: "de_DE.UTF-8" },
    ];
    for (const env of envs) {
      const run = buildSite({ content: BLOG, env });
      assert.equal(run.code, 0, run.stderr);
      assertSameTree(reference, treeOf(run.output), `TZ=${env.TZ}`);
    }
  });

  test("the site does not depend on the order files were created in", () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "annals-content-"));
    const files = listFiles(BLOG).reverse();
    for (const file of files) {
      const target = path.join(copy, ...file.split("/"));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(path.join(BLOG, ...file.split("/")), target);
    }
    const run = buildSite({ content: copy, env: { TZ: "UTC" } });
    assert.equal(run.code, 0, run.stderr);
    assertSameTree(treeOf(utc.output), treeOf(run.output), "reversed copy");
  });
});
