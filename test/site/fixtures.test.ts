// Fixture sites built for real by the build command, checked page by page (their exact outcome is
// checked by test/site/site-fixtures.test.ts).

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { type CheerioAPI, load } from "cheerio";
import { listFiles, readPage } from "../support/site-build.ts";
import { runSiteFixture } from "../support/site-fixtures.ts";

function page(root: string, relative: string): CheerioAPI {
  return load(readPage(root, relative));
}

/** Each post on a list page: title, link, date text, and the archive links of its footer. */
function listed($: CheerioAPI) {
  return $("article.post-summary")
    .toArray()
    .map((el) => {
      const a = $(el);
      return {
        title: a.find("h2 a").text(),
        url: a.find("h2 a").attr("href"),
        date: a.find(".post-date time").text(),
        datetime: a.find(".post-date time").attr("datetime"),
        links: a
          .find(".post-date a, .post-terms a")
          .toArray()
          .map((l) => $(l).attr("href")),
      };
    });
}

describe("fixture: the reference view", () => {
  const run = runSiteFixture("reference");

  test("builds", () => {
    assert.equal(run.code, 0, run.stderr);
  });

  test("the tag archive lists both January posts, newest first, as WordPress does", () => {
    const $ = page(run.output, "tag/jongun/index.html");
    assert.equal($("h1").text(), "Posts Tagged ‘Jongun’");
    assert.equal($("title").text(), "Posts Tagged ‘Jongun’ – Reference");
    assert.deepEqual(listed($), [
      {
        title: "Will he go?",
        url: "/2015/01/28/kim/",
        date: "January 28th, 2015",
        datetime: "2015-01-28T17:30:00-05:00",
        links: ["/2015/01/", "/2015/01/28/", "/2015/", "/tag/jongun/", "/category/wwii-news/"],
      },
      {
        title: "An invitation",
        url: "/2015/01/21/moscow/",
        date: "January 21st, 2015",
        datetime: "2015-01-21",
        links: [
          "/2015/01/",
          "/2015/01/21/",
          "/2015/",
          "/tag/jongun/",
          "/tag/north-korea/",
          "/category/wwii-news/",
        ],
      },
    ]);
    const first = $("article.post-summary").first();
    assert.equal(first.find(".post-tags").text(), "Tags: Jongun");
    assert.equal(first.find(".post-categories").text(), "Posted in WWII News");
    assert.equal(first.find(".post-body").text().trim(), "Three things to watch.");
    assert.equal(first.find(".more-link a").attr("href"), "/2015/01/28/kim/#more");
    assert.equal($("nav.pagination").length, 0);
  });

  test("the month and the category list those posts too", () => {
    const month = page(run.output, "2015/01/index.html");
    assert.equal(month("h1").text(), "Archive for January 2015");
    assert.deepEqual(
      listed(month).map((p) => p.title),
      ["Late on the last night", "Will he go?"],
    );
    assert.equal(month(".pagination-older").attr("href"), "/2015/01/page/2/");
    const month2 = page(run.output, "2015/01/page/2/index.html");
    assert.deepEqual(
      listed(month2).map((p) => p.title),
      ["An invitation"],
    );
    assert.equal(month2(".pagination-newer").attr("href"), "/2015/01/");
    assert.equal(month2("h1").text(), "Archive for January 2015 — page 2");

    const category = page(run.output, "category/wwii-news/index.html");
    assert.equal(category("h1").text(), "Archive for the ‘WWII News’ Category");
    assert.deepEqual(
      listed(category).map((p) => p.url),
      ["/2015/01/28/kim/", "/2015/01/21/moscow/"],
    );
  });

  test("an instant is filed under its day in the site zone", () => {
    const $ = page(run.output, "2015/01/31/index.html");
    assert.deepEqual(listed($)[0]?.date, "January 31st, 2015");
    assert.ok(fs.existsSync(path.join(run.output, "2015/01/31/late/index.html")));
  });

  test("a post page: body with its more anchor, terms, and its neighbours", () => {
    const $ = page(run.output, "2015/01/28/kim/index.html");
    assert.equal($("h1").text(), "Will he go?");
    assert.equal($("#more").length, 1);
    assert.match($(".post-body").text(), /The calendar, the company, the history\./);
    assert.equal($(".post-nav-older").attr("href"), "/2015/01/21/moscow/");
    assert.equal($(".post-nav-newer").attr("href"), "/2015/01/31/late/");
    assert.equal($(".post-tags a").attr("rel"), "tag");
  });

  test("home, index pages and the 404 page", () => {
    const home = page(run.output, "index.html");
    assert.deepEqual(
      listed(home).map((p) => p.title),
      ["Late on the last night", "Will he go?"],
    );
    assert.equal(home(".pagination-older").attr("href"), "/page/2/");
    assert.equal(home("html").attr("lang"), "en");

    const archives = page(run.output, "archives/index.html");
    assert.deepEqual(
      archives(".archive-year h2")
        .toArray()
        .map((h) => archives(h).text()),
      ["2015 (3)", "2014 (1)"],
    );
    assert.deepEqual(
      archives(".archive-year li")
        .toArray()
        .map((h) => archives(h).text()),
      ["January 2015 (3)", "December 2014 (1)"],
    );
    const tags = page(run.output, "tags/index.html");
    assert.deepEqual(
      tags(".term-index li")
        .toArray()
        .map((h) => tags(h).text()),
      ["Jongun (2)", "North Korea (1)", "Other (2)"],
    );
    const categories = page(run.output, "categories/index.html");
    assert.deepEqual(
      categories(".term-index li")
        .toArray()
        .map((h) => categories(h).text()),
      ["Notes (1)", "Uncategorized (1)", "WWII News (2)"],
    );
    assert.equal(page(run.output, "404.html")("h1").text(), "Page not found");
  });

  test("every page links to the index pages and the search page", () => {
    for (const file of listFiles(run.output).filter((f) => f.endsWith(".html"))) {
      const hrefs = page(
        run.output,
        file,
      )(".site-nav a")
        .toArray()
        .map((a) => a.attribs.href);
      assert.deepEqual(hrefs, ["/", "/archives/", "/tags/", "/categories/", "/search/"], file);
    }
  });
});

describe("fixture: names that collide, merge, or slugify to nothing", () => {
  const run = runSiteFixture("terms");

  test("every term has its own page (index in the language's collation order), with all its posts", () => {
    const tags = page(run.output, "tags/index.html");
    assert.deepEqual(
      tags(".term-index a")
        .toArray()
        .map((a) => [tags(a).text(), a.attribs.href]),
      [
        ["🎉", "/tag/x-1f389/"],
        ["C", "/tag/c/"],
        ["C#", "/tag/c-2/"],
        ["C++", "/tag/c-3/"],
        ["Jongun", "/tag/jongun/"],
        ["김정은", "/tag/%EA%B9%80%EC%A0%95%EC%9D%80/"],
        ["東京", "/tag/%E6%9D%B1%E4%BA%AC/"],
      ],
    );
    const titlesOn = (file: string) => listed(page(run.output, file)).map((p) => p.title);
    assert.deepEqual(titlesOn("tag/c/index.html"), ["Languages"]);
    assert.deepEqual(titlesOn("tag/c-2/index.html"), ["More languages"]);
    assert.deepEqual(titlesOn("tag/c-3/index.html"), ["More languages"]);
    assert.deepEqual(titlesOn("tag/jongun/index.html"), ["Even more", "More languages", "Languages"]);
    assert.deepEqual(titlesOn("tag/김정은/index.html"), ["Languages"]);
    assert.deepEqual(titlesOn("category/cafe/index.html"), ["Even more", "More languages"]);
    assert.equal(page(run.output, "tag/jongun/index.html")("h1").text(), "Posts Tagged ‘Jongun’");
  });
});
