import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { assembleSite } from "../../src/model/assemble.ts";
import { CLOUD_STEPS, cloud, RECENT_POSTS, SIDEBAR_MONTHS } from "../../src/model/sidebar.ts";
import { buildSitemap } from "../../src/model/sitemap.ts";
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
    assert.equal(s.sidebar.recent.length, RECENT_POSTS);
    assert.equal(s.sidebar.recent[0]?.title, "P29");
    assert.equal(s.sidebar.months.length, SIDEBAR_MONTHS);
    assert.equal(s.sidebar.months[0]?.name, "June 2015");
    assert.deepEqual(
      s.sidebar.earlierYears.map((y) => [y.name, y.count]),
      [["2013", 12]],
    );
    assert.deepEqual(
      s.sidebar.categories.map((c) => [c.name, c.count]),
      [
        ["Even", 15],
        ["Odd", 15],
      ],
    );
    assert.deepEqual(
      s.sidebar.tagCloud.map((t) => t.name),
      ["Often"],
    );
  });

  test("cloud sizes run from 1 to the top step on a log scale", () => {
    const sized = cloud([
      { name: "a", url: "/a/", count: 1 },
      { name: "b", url: "/b/", count: 10 },
      { name: "c", url: "/c/", count: 100 },
    ]);
    assert.deepEqual(
      sized.map((t) => t.size),
      [1, 5, CLOUD_STEPS],
    );
    assert.deepEqual(
      cloud([{ name: "a", url: "/a/", count: 3 }]).map((t) => t.size),
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
    assert.deepEqual(s.sitemap, []);
    assert.equal(s.home.feed, undefined);
  });
});

describe("sitemap", () => {
  test("one file up to the limit; past it, an index and numbered parts", () => {
    const s = site(Array.from({ length: 5 }, (_, i) => post({ date: `2015-01-0${i + 1}` })));
    const one = s.sitemap;
    assert.equal(one.length, 1);
    const total = one[0]?.entries.length ?? 0;
    const split = buildSitemap(
      { posts: s.posts, archivePages: s.archivePages, indexUrls: ["/archives/"], siteLastmod: undefined },
      4,
    );
    assert.equal(split[0]?.path, "/sitemap.xml");
    assert.deepEqual(split[0]?.entries, []);
    assert.deepEqual(
      split.slice(1).map((f) => f.path),
      split[0]?.parts.map((p) => p.url),
    );
    assert.equal(
      split.slice(1).reduce((n, f) => n + f.entries.length, 0),
      total - 2,
    );
    assert.ok(split.slice(1).every((f) => f.entries.length <= 4));
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
    assert.deepEqual(held?.held, { drafts: 0, future: 1 });
    const all = assembleSite(posts, settings({ url: "https://example.org", futurePosts: "publish" }), {
      now,
    }).site;
    assert.deepEqual(
      all?.posts.map((p) => p.title),
      ["Future", "Past"],
    );
    assert.deepEqual(all?.held, { drafts: 0, future: 0 });
  });
});
