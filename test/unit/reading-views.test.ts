// The views of this round's reading features, rendered from assembled sites: the table of contents,
// the update and reading time, bylines, the calendar, "on this day", term descriptions, and the words
// a body holds (filled in the site's language).

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import * as cheerio from "cheerio";
import { wordsOf } from "../../layouts/words/languages.ts";
import { createMarkdown, renderBody } from "../../src/content/markdown.ts";
import { bodyFinisher } from "../../src/format/bodies.ts";
import { formatIssue } from "../../src/issues.ts";
import { assembleSite } from "../../src/model/assemble.ts";
import type { Settings } from "../../src/model/settings.ts";
import { NO_TERM_SETTINGS } from "../../src/model/settings.ts";
import type { Post, Site } from "../../src/model/types.ts";
import { LATER, post, settings } from "../support/builders.ts";
import { renderUrl } from "../support/render.ts";

/** A renderer with the words of a language, as the build makes one. */
function markdownIn(language: string) {
  const { words } = wordsOf(language, new Map(), "site.yaml");
  return createMarkdown({
    headingAnchor: words.t("headingAnchor"),
    footnotes: words.t("footnotes"),
    footnoteBack: words.t("footnoteBack"),
  });
}

function siteOf(posts: Post[], overrides: Partial<Settings> = {}): Site {
  const result = assembleSite(posts, settings(overrides), {
    now: LATER,
    finishBody: bodyFinisher(new Map()),
  });
  if (result.site === undefined) throw new Error(result.issues.map(formatIssue).join("\n"));
  return result.site;
}

/** A post whose body is Markdown, rendered as the build renders it. */
function written(source: string, spec: Parameters<typeof post>[0] = {}, language = "en"): Post {
  const body = renderBody(markdownIn(language), source);
  return {
    ...post(spec),
    bodyHtml: body.html,
    listBodyHtml: body.listHtml,
    teaserHtml: body.teaserHtml,
    headings: body.headings,
    wordCount: body.wordCount,
  };
}

const page = (site: Site, url: string) => cheerio.load(renderUrl(site, url).text);
const text = ($: cheerio.CheerioAPI, selector: string) => $(selector).text().replace(/\s+/g, " ").trim();

const LONG =
  "## One\n\nText.\n\n### One A\n\n#### Deep\n\n### One B\n\n## Two\n\nMore.[^n]\n\n[^n]: A note.\n";

describe("a post's page", () => {
  test("a table of contents where the post asks for one, nested by level, each entry linked to its heading", () => {
    const site = siteOf([written(LONG, { slug: "p", date: "2015-01-28" })].map((p) => ({ ...p, toc: true })));
    const $ = page(site, "/2015/01/28/p/");
    assert.equal(text($, ".toc h2"), "Contents");
    assert.equal($(".toc > ol > li").length, 2);
    assert.deepEqual(
      $(".toc a")
        .map((_, a) => $(a).attr("href"))
        .get(),
      ["#one", "#one-a", "#deep", "#one-b", "#two"],
    );
    assert.equal($(".toc > ol > li:first-child > ol > li").length, 2);
    assert.equal($(".toc > ol > li:first-child > ol > li:first-child > ol > li").length, 1);
    for (const id of ["one", "one-a", "deep", "one-b", "two"]) assert.equal($(`[id="${id}"]`).length, 1, id);
  });

  test("no table of contents unless asked, or the setting's number of headings is reached", () => {
    const plain = written(LONG, { slug: "p", date: "2015-01-28" });
    assert.equal(page(siteOf([plain]), "/2015/01/28/p/")(".toc").length, 0);
    assert.equal(page(siteOf([plain], { toc: 5 }), "/2015/01/28/p/")(".toc").length, 1);
    assert.equal(page(siteOf([plain], { toc: 6 }), "/2015/01/28/p/")(".toc").length, 0);
    assert.equal(page(siteOf([{ ...plain, toc: false }], { toc: 1 }), "/2015/01/28/p/")(".toc").length, 0);
  });

  test("words in the body are in the site's language: the heading links and the footnotes", () => {
    const $ = page(
      siteOf([written(LONG, { slug: "p", date: "2015-01-28" }, "de")], { language: "de" }),
      "/2015/01/28/p/",
    );
    assert.equal(text($, "#one + .heading-anchor .visually-hidden"), "Link zu diesem Abschnitt");
    assert.equal($("section.footnotes").attr("aria-label"), "Fußnoten");
    assert.equal($(".footnote-backref").attr("aria-label"), "Zurück zum Text");
  });

  test("lists show the body without heading ids or footnote links", () => {
    const site = siteOf([written(LONG, { slug: "p", date: "2015-01-28" })]);
    const $ = page(site, "/");
    assert.equal($(".post-summary [id]").length, 0);
    assert.equal($(".post-summary .footnote-ref a").length, 0);
    assert.equal(text($, ".post-summary .footnote-ref"), "[1]");
  });

  test("updated on a later day and the reading time are shown; the same day, or the setting off, are not", () => {
    const words = Array.from({ length: 690 }, (_, i) => `w${i}`).join(" ");
    const changed = written(words, { slug: "p", date: "2015-01-28 09:00", updated: "2015-03-02 10:00" });
    const $ = page(siteOf([changed]), "/2015/01/28/p/");
    assert.equal(text($, ".post-meta"), "Updated March 2nd, 2015 · 3 minutes read");
    assert.equal($(".post-updated time").attr("datetime"), "2015-03-02T10:00:00Z");
    const sameDay = written("Short.", { slug: "q", date: "2015-01-28 09:00", updated: "2015-01-28 18:00" });
    assert.equal(text(page(siteOf([sameDay]), "/2015/01/28/q/"), ".post-meta"), "1 minute read");
    assert.equal(page(siteOf([sameDay], { readingTime: false }), "/2015/01/28/q/")(".post-meta").length, 0);
  });

  test("the byline links the author's page when the site has author pages", () => {
    const site = siteOf([
      written("A.", { slug: "a", date: "2015-01-28", author: "Ana" }),
      written("B.", { slug: "b", date: "2015-01-29", author: "Ben" }),
    ]);
    const $ = page(site, "/2015/01/28/a/");
    assert.equal(text($, ".post-author"), "by Ana");
    assert.equal($(".post-author a[rel=author]").attr("href"), "/author/ana/");
    const $authors = page(site, "/authors/");
    assert.equal(text($authors, "h1"), "Authors");
    assert.deepEqual(
      $authors(".term-index a")
        .map((_, a) => $authors(a).text())
        .get(),
      ["Ana", "Ben"],
    );
    assert.equal(text(page(site, "/author/ben/"), "h1"), "Posts by Ben");
    assert.ok(page(site, "/")("nav a[href='/authors/']").length === 1, "the navigation links the authors");
  });
});

describe("walking by date", () => {
  const posts = () => [
    written("A.", { title: "Kim", slug: "kim", date: "2015-01-28" }),
    written("B.", { title: "Yalta", slug: "yalta", date: "2015-01-03" }),
    written("C.", { title: "Later", slug: "later", date: "2016-01-28" }),
  ];

  test("a month's calendar starts on the language's first day of the week and links each day with posts", () => {
    const $ = page(siteOf(posts()), "/2015/01/");
    assert.equal(text($, ".calendar caption"), "Calendar for January 2015");
    assert.deepEqual(
      $(".calendar thead th span[aria-hidden]")
        .map((_, th) => $(th).text())
        .get(),
      ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    );
    // January 1st, 2015 was a Thursday: four blank days before it in a week from Sunday.
    const first = $(".calendar tbody tr:first-child td")
      .map((_, td) => $(td).text())
      .get();
    assert.deepEqual(first, ["", "", "", "", "1", "2", "3, 1 post"]);
    assert.deepEqual(
      $(".calendar a")
        .map((_, a) => $(a).attr("href"))
        .get(),
      ["/2015/01/03/", "/2015/01/28/"],
    );
    assert.equal($(".calendar tbody td").length % 7, 0);
    const $de = page(siteOf(posts(), { language: "de" }), "/2015/01/");
    assert.equal($de(".calendar thead th span[aria-hidden]").first().text(), "Mo");
    assert.deepEqual(
      $de(".calendar tbody tr:first-child td")
        .map((_, td) => $de(td).text())
        .get(),
      ["", "", "", "1", "2", "3, 1 Beitrag", "4"],
    );
  });

  test("February of a leap year has its 29th", () => {
    const $ = page(siteOf([written("L.", { slug: "leap", date: "2016-02-29" })]), "/2016/02/");
    assert.ok(
      $(".calendar tbody td")
        .map((_, td) => $(td).text())
        .get()
        .includes("29, 1 post"),
    );
  });

  test("on this day: the years newest first, each post linked; post and day pages link it when it holds more", () => {
    const site = siteOf(posts());
    const $ = page(site, "/on-this-day/01-28/");
    assert.equal(text($, "h1"), "On this day: January 28th");
    assert.deepEqual(
      $(".on-this-day-year h2")
        .map((_, h) => $(h).text())
        .get(),
      ["2016", "2015"],
    );
    assert.deepEqual(
      $(".on-this-day-year li a")
        .map((_, a) => $(a).attr("href"))
        .get(),
      ["/2016/01/28/later/", "/2015/01/28/kim/"],
    );
    const link = "a[href='/on-this-day/01-28/']";
    assert.equal(page(site, "/2015/01/28/kim/")(link).text(), "More from January 28th in other years");
    assert.equal(page(site, "/2015/01/28/")(link).length, 1);
    assert.equal(
      page(site, "/2015/01/03/yalta/")("a[href^='/on-this-day/']").length,
      0,
      "nothing more on its day",
    );
    assert.equal(page(site, "/2015/01/03/")("a[href^='/on-this-day/']").length, 0);
  });
});

describe("a term's description", () => {
  test("opens the first page of its archive, is its meta description and its feed's subtitle", () => {
    const tags = {
      ...NO_TERM_SETTINGS,
      descriptions: new Map([
        [
          "travel",
          {
            name: "Travel",
            description: { html: "<p>Where I <em>went</em>.</p>", text: "Where I went." },
            line: 3,
          },
        ],
      ]),
    };
    const site = siteOf(
      [1, 2, 3].map((n) => written("x", { slug: `p${n}`, date: `2015-01-0${n}`, tags: ["Travel"] })),
      { tags, postsPerPage: 2, url: "https://example.org" },
    );
    const $ = page(site, "/tag/travel/");
    assert.equal($(".term-description").html()?.includes("<p>Where I <em>went</em>.</p>"), true);
    assert.equal($("meta[name=description]").attr("content"), "Where I went.");
    assert.equal(page(site, "/tag/travel/page/2/")(".term-description").length, 0);
    assert.match(
      renderUrl(site, "/tag/travel/feed.xml").text,
      /<subtitle type="text">Where I went\.<\/subtitle>/,
    );
  });
});
