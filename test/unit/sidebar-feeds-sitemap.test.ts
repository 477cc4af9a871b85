import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { assembleSite } from "../../src/model/assemble.ts";
import { routesOf, sitemapRoutes } from "../../src/model/routes.ts";
import { CLOUD_STEPS, cloud, SIDEBAR_MONTHS } from "../../src/model/sidebar.ts";
import type { Site } from "../../src/model/types.ts";
import { LATER, post, settings } from "../support/builders.ts";

function site(posts: ReturnType<typeof post>[], overrides = {}): Site {
  const result = assembleSite(posts, settings({ url: "https://example.org", ...overrides }), { now: LATER });
  if (result.site === undefined) throw new Error("no site");
  return result.site;
}

describe("sidebar", () => {
  test("recent posts, bounded months then earlier years, categories and a cloud in name order", () => {
    const posts = Array.from({ length: 30 }, (_, i) =>
      post({
        title: `P${i}`,
        date: `${2013 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-15`,
        tags: i % 3 === 0 ? ["Often", "Rare"] : ["Often"],
        categories: [i % 2 === 0 ? "Even" : "Odd"],
      }),
    );
    const s = site(posts, { tagCloudSize: 1 });
    assert.equal(s.sidebar.recent.length, 5);
    assert.equal(s.sidebar.counts, true);
    assert.equal(s.sidebar.recent[0]?.title, "P29");
    assert.equal(s.sidebar.months.length, SIDEBAR_MONTHS);
    assert.deepEqual(s.sidebar.months[0]?.place, { kind: "month", year: 2015, month: 6 });
    assert.deepEqual(
      s.sidebar.earlierYears.map((y) => [y.url, y.count]),
      [["/2013/", 12]],
    );
    assert.deepEqual(
      s.sidebar.categories.map((c) => [c.url, c.count]),
      [
        ["/category/even/", 15],
        ["/category/odd/", 15],
      ],
    );
    assert.deepEqual(
      s.sidebar.tagCloud.map((t) => t.url),
      ["/tag/often/"],
    );
  });

  test("cloud sizes run from 1 to the top step on a log scale", () => {
    const tag = (name: string) => ({ kind: "tag", name }) as const;
    const sized = cloud([
      { place: tag("a"), url: "/a/", count: 1 },
      { place: tag("b"), url: "/b/", count: 10 },
      { place: tag("c"), url: "/c/", count: 100 },
    ]);
    assert.deepEqual(
      sized.map((t) => t.size),
      [1, 5, CLOUD_STEPS],
    );
    assert.deepEqual(
      cloud([{ place: tag("a"), url: "/a/", count: 3 }]).map((t) => t.size),
      [5],
    );
  });
});

describe("feeds", () => {
  test("the site, each tag and each category; the latest posts only; updated from the posts", () => {
    const s = site(
      [
        post({ title: "Old", date: "2015-01-01", tags: ["T"], updated: "2016-01-01" }),
        post({ title: "New", date: "2015-02-01", tags: ["T"] }),
        post({ title: "Newest", date: "2015-03-01" }),
      ],
      { feedSize: 2 },
    );
    assert.deepEqual(
      s.feeds.map((f) => [f.url, f.pageUrl, f.posts.map((p) => p.title), f.updated]),
      [
        ["/feed.xml", "/", ["Newest", "New"], "2015-03-01T00:00:00Z"],
        ["/tag/t/feed.xml", "/tag/t/", ["New", "Old"], "2016-01-01T00:00:00Z"],
        [
          "/category/uncategorized/feed.xml",
          "/category/uncategorized/",
          ["Newest", "New"],
          "2015-03-01T00:00:00Z",
        ],
      ],
    );
  });

  test("no url setting: no feeds and no sitemap", () => {
    const s = site([post({})], { url: "" });
    assert.deepEqual(s.feeds, []);
    assert.deepEqual(
      routesOf(s).filter((r) => r.kind === "sitemap"),
      [],
    );
    assert.equal(s.home.feed, undefined);
  });
});

describe("sitemap", () => {
  test("one file up to the limit; past it, an index and numbered parts", () => {
    const s = site(Array.from({ length: 5 }, (_, i) => post({ date: `2015-01-0${i + 1}` })));
    const sitemapOf = (r: { kind: string }) =>
      r.kind === "sitemap"
        ? (r as unknown as { sitemap: { entries: { url: string }[]; parts: { url: string }[] } }).sitemap
        : undefined;
    const one = routesOf(s).filter((r) => r.kind === "sitemap");
    assert.equal(one.length, 1);
    const total = sitemapOf(one[0] ?? { kind: "" })?.entries.length ?? 0;
    assert.equal(total, routesOf(s).filter((r) => r.listed).length);
    const split = sitemapRoutes(routesOf(s), 4);
    assert.equal(split[0]?.url, "/sitemap.xml");
    assert.deepEqual(sitemapOf(split[0] ?? { kind: "" })?.entries, []);
    assert.deepEqual(
      split.slice(1).map((f) => f.url),
      sitemapOf(split[0] ?? { kind: "" })?.parts.map((p) => p.url),
    );
    assert.equal(
      split.slice(1).reduce((n, f) => n + (sitemapOf(f)?.entries.length ?? 0), 0),
      total,
    );
    assert.ok(split.slice(1).every((f) => (sitemapOf(f)?.entries.length ?? 0) <= 4));
  });
});

describe("home page order", () => {
  test("sticky posts open the first page, newest first; each post is on one home page", () => {
    const s = site(
      [
        post({ title: "A", date: "2015-01-05" }),
        post({ title: "S1", date: "2014-01-01", sticky: true }),
        post({ title: "B", date: "2015-01-04" }),
        post({ title: "S2", date: "2014-06-01", sticky: true }),
        post({ title: "C", date: "2015-01-03" }),
      ],
      { postsPerPage: 2 },
    );
    assert.deepEqual(
      s.home.pages.map((p) => p.items.map((i) => i.title)),
      [["S2", "S1"], ["A", "B"], ["C"]],
    );
    assert.deepEqual(
      s.posts.map((p) => p.title),
      ["A", "B", "C", "S2", "S1"],
    );
  });
});

describe("future posts", () => {
  test("held back by default; published when the settings say so", () => {
    const posts = [
      post({ title: "Past", date: "2015-01-01" }),
      post({ title: "Future", date: "2999-01-01" }),
    ];
    const now = Date.parse("2020-01-01T00:00:00Z");
    const held = assembleSite(posts, settings({ url: "https://example.org" }), { now }).site;
    assert.deepEqual(
      held?.posts.map((p) => p.title),
      ["Past"],
    );
    assert.deepEqual([held?.held.drafts, held?.held.future], [0, 1]);
    const all = assembleSite(posts, settings({ url: "https://example.org", futurePosts: "publish" }), {
      now,
    }).site;
    assert.deepEqual(
      all?.posts.map((p) => p.title),
      ["Future", "Past"],
    );
    assert.deepEqual([all?.held.drafts, all?.held.future], [0, 0]);
  });
});
