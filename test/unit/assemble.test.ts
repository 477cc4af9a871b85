import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { formatIssue } from "../../src/issues.ts";
import { assembleSite } from "../../src/model/assemble.ts";
import { checkSiteModel } from "../../src/model/integrity.ts";
import type { Post, Site } from "../../src/model/types.ts";
import { LATER, post, settings } from "../support/builders.ts";

function site(posts: Post[], overrides = {}, now = LATER): Site {
  const result = assembleSite(posts, settings(overrides), { now });
  if (result.site === undefined) throw new Error(result.issues.map(formatIssue).join("\n"));
  return result.site;
}
const titles = (list: readonly { title: string }[]) => list.map((p) => p.title);

describe("assembleSite", () => {
  test("the reference view: two January 2015 posts tagged Jongun in WWII News", () => {
    const s = site([
      post({ title: "Older", date: "2015-01-21", tags: ["Jongun"], categories: ["WWII News"] }),
      post({ title: "Newer", date: "2015-01-28", tags: ["Jongun"], categories: ["WWII News"] }),
      post({ title: "Elsewhere", date: "2015-02-01", tags: ["Other"] }),
    ]);
    const tag = s.tags.terms.find((t) => t.name === "Jongun");
    assert.ok(tag);
    assert.equal(tag.url, "/tag/jongun/");
    assert.deepEqual(tag.place, { kind: "tag", name: "Jongun" });
    assert.deepEqual(titles(tag.posts), ["Newer", "Older"]);
    const newest = tag.posts[0];
    assert.deepEqual([newest?.date.year, newest?.date.month, newest?.date.day], [2015, 1, 28]);
    assert.equal(newest?.url, `/2015/01/28/${newest?.slug}/`);
    assert.deepEqual(newest?.categories, [{ name: "WWII News", url: "/category/wwii-news/" }]);
    const month = s.dateArchives.find((a) => a.url === "/2015/01/");
    assert.deepEqual(titles(month?.posts ?? []), ["Newer", "Older"]);
    assert.deepEqual(month?.place, { kind: "month", year: 2015, month: 1 });
  });

  test("posts are newest first; equal instants in file order; older/newer links follow", () => {
    const s = site([
      post({ title: "B", date: "2015-01-28", file: "content/b.md" }),
      post({ title: "A", date: "2015-01-28", file: "content/a.md" }),
      post({ title: "C", date: "2015-01-29" }),
    ]);
    assert.deepEqual(titles(s.posts), ["C", "A", "B"]);
    assert.equal(s.posts[0]?.newer, undefined);
    assert.equal(s.posts[0]?.older?.title, "A");
    assert.equal(s.posts[1]?.newer?.title, "C");
    assert.equal(s.posts[2]?.older, undefined);
  });

  test("a site post carries every field of its post, each as parsed but those the site makes", () => {
    const parsed: Post = {
      ...post({ title: "Fields", date: "2015-01-28", tags: ["Jongun"], sticky: true }),
      excerpt: "Short.",
      moreLabel: "More",
      toc: true,
      wordCount: 7,
    };
    const [made] = site([parsed]).posts;
    assert.ok(made);
    const remade = new Set([
      "url",
      "tags",
      "categories",
      "author",
      "image",
      "bodyHtml",
      "listBodyHtml",
      "teaserHtml",
    ]);
    // What only making the bodies final reads (src/format/bodies.ts).
    const used = new Set(["selfContained"]);
    for (const [field, value] of Object.entries(parsed)) {
      if (used.has(field)) continue;
      assert.ok(field in made, `site post lacks ${field}`);
      if (!remade.has(field)) assert.equal((made as unknown as Record<string, unknown>)[field], value, field);
    }
  });

  test("site posts have one layout, their fields in one order, however their posts were made", () => {
    // A spread copies each parsed post's own layout; V8 then reads fields across many posts slowly.
    const plain = post({ title: "Plain", date: "2015-01-28" });
    const reversed = Object.fromEntries(
      Object.entries(post({ title: "Reversed", date: "2015-01-29" })).reverse(),
    ) as unknown as Post;
    const [first, second] = site([plain, reversed]).posts;
    assert.ok(first && second);
    assert.deepEqual(Object.keys(first), Object.keys(second));
  });

  test("a post without a category is in the default category", () => {
    const s = site([post({})]);
    assert.deepEqual(s.posts[0]?.categories, [{ name: "Uncategorized", url: "/category/uncategorized/" }]);
    assert.equal(site([post({})], { defaultCategory: "Misc" }).posts[0]?.categories[0]?.name, "Misc");
  });

  test("spellings that differ in case, accents or punctuation are one term under the most used one", () => {
    const result = assembleSite(
      [
        post({ tags: ["jongun"], file: "content/1.md" }),
        post({ tags: ["Jongun"], file: "content/2.md" }),
        post({ tags: ["Jong-un"], file: "content/3.md" }),
        post({ tags: ["Jongun"], file: "content/4.md" }),
        post({ tags: ["Café"], file: "content/5.md" }),
        post({ tags: ["cafe"], file: "content/6.md" }),
      ],
      settings(),
      { now: LATER },
    );
    const terms = result.site?.tags.terms ?? [];
    assert.deepEqual(
      terms.map((t) => [t.name, t.slug, t.posts.length, t.spellings]),
      [
        ["Café", "cafe", 2, ["Café", "cafe"]],
        ["Jongun", "jongun", 4, ["Jongun", "Jong-un", "jongun"]],
      ],
    );
    assert.deepEqual(result.issues.map(formatIssue), [
      'content/1.md  tag "jongun" is shown as "Jongun" (the same name but for case, accents or punctuation)',
      'content/3.md  tag "Jong-un" is shown as "Jongun" (the same name but for case, accents or punctuation)',
      'content/6.md  tag "cafe" is shown as "Café" (the same name but for case, accents or punctuation)',
    ]);
  });

  test("different names with one slug never share a URL; the oldest keeps it", () => {
    const result = assembleSite(
      [
        post({ tags: ["C++"], date: "2015-03-01", file: "content/cpp.md" }),
        post({ tags: ["C"], date: "2015-01-01", file: "content/c.md" }),
        post({ tags: ["C#"], date: "2015-02-01", file: "content/cs.md" }),
        post({ tags: ["c-2"], date: "2016-01-01", file: "content/c2.md" }),
      ],
      settings(),
      { now: LATER },
    );
    const bySlug = Object.fromEntries((result.site?.tags.terms ?? []).map((t) => [t.name, t.url]));
    assert.deepEqual(bySlug, { C: "/tag/c/", "C#": "/tag/c-3/", "C++": "/tag/c-4/", "c-2": "/tag/c-2/" });
    assert.deepEqual(result.issues.map(formatIssue), [
      'content/cpp.md  tag "C++" makes the same slug as "C" (/tag/c/); it is at /tag/c-4/ instead',
      'content/cs.md  tag "C#" makes the same slug as "C" (/tag/c/); it is at /tag/c-3/ instead',
    ]);
  });

  test("drafts and future posts are held back and counted", () => {
    const now = Date.parse("2020-06-01T12:00:00Z");
    const s = site(
      [
        post({ title: "Draft", draft: true }),
        post({ title: "Future", date: "2020-06-02" }),
        post({ title: "Today", date: "2020-06-01" }),
        post({ title: "Later today", date: "2020-06-01 13:00:00" }),
      ],
      {},
      now,
    );
    assert.deepEqual(titles(s.posts), ["Today"]);
    assert.deepEqual([s.held.drafts, s.held.future], [1, 2]);
    // Oldest first: the draft (the builder's default date, 2015-01-28), then the two held until later.
    assert.deepEqual(
      s.held.posts.map((p) => [p.status, p.date.iso]),
      [
        ["draft", "2015-01-28T00:00:00Z"],
        ["scheduled", "2020-06-01T13:00:00Z"],
        ["scheduled", "2020-06-02T00:00:00Z"],
      ],
    );
  });

  test("two posts with one URL are an error naming both files", () => {
    const result = assembleSite(
      [
        post({ slug: "same", date: "2015-01-28", file: "content/a.md" }),
        post({ slug: "same", date: "2015-01-28", file: "content/b.md" }),
      ],
      settings(),
      { now: LATER },
    );
    assert.equal(result.site, undefined);
    assert.deepEqual(result.issues.map(formatIssue), [
      "content/a.md  has the URL /2015/01/28/same/, the same as content/b.md (give it another `slug:` or change the permalink setting)",
      "content/b.md  has the URL /2015/01/28/same/, the same as content/a.md (give it another `slug:` or change the permalink setting)",
    ]);
  });

  test("a post whose permalink lands on an index or archive page is an error", () => {
    const result = assembleSite(
      [post({ slug: "tags", file: "content/t.md" }), post({ slug: "2015", file: "content/y.md" })],
      settings({ permalink: "/:slug/" }),
      { now: LATER },
    );
    assert.deepEqual(result.issues.map(formatIssue), [
      "content/t.md  has the URL /tags/, the same as the tags index (give it another `slug:` or change the permalink setting)",
      "content/y.md  has the URL /2015/, the same as the archive for 2015 (give it another `slug:` or change the permalink setting)",
    ]);
  });

  test("permalink patterns", () => {
    const p = post({ slug: "hello", date: "2015-01-28", categories: ["WWII News"] });
    assert.equal(site([p], { permalink: "/:year/:slug/" }).posts[0]?.url, "/2015/hello/");
    assert.equal(site([p], { permalink: "/:category/:slug/" }).posts[0]?.url, "/wwii-news/hello/");
    assert.equal(
      site([p], { permalink: "/blog/:year/:month/:day/:slug/" }).posts[0]?.url,
      "/blog/2015/01/28/hello/",
    );
  });

  test("the /archives/ index: years and months newest first, with their posts", () => {
    const s = site([
      post({ date: "2014-12-31" }),
      post({ date: "2015-01-01" }),
      post({ date: "2015-03-05" }),
    ]);
    assert.deepEqual(
      s.years.map((y) => [y.year.url, y.year.posts.length, y.months.map((m) => [m.url, m.posts.length])]),
      [
        [
          "/2015/",
          2,
          [
            ["/2015/03/", 1],
            ["/2015/01/", 1],
          ],
        ],
        ["/2014/", 1, [["/2014/12/", 1]]],
      ],
    );
  });

  test("page counts follow postsPerPage", () => {
    const posts = Array.from({ length: 25 }, (_, i) =>
      post({ date: `2015-01-${String(i + 1).padStart(2, "0")}`, tags: ["T"] }),
    );
    const s = site(posts, { postsPerPage: 10 });
    assert.deepEqual(
      s.home.pages.map((p) => [p.url, p.items.length]),
      [
        ["/", 10],
        ["/page/2/", 10],
        ["/page/3/", 5],
      ],
    );
    assert.deepEqual(
      s.tags.terms[0]?.pages.map((p) => p.url),
      ["/tag/t/", "/tag/t/page/2/", "/tag/t/page/3/"],
    );
  });

  // Random posts with tags that collide, dates near month and year boundaries, several zones.
  const tagNames = fc.constantFrom(
    "Jongun",
    "jongun",
    "Jong-un",
    "C",
    "C++",
    "C#",
    "김정은",
    "東京",
    "Café",
    "cafe",
    "x",
    "X.",
  );
  const randomPost = fc.record({
    y: fc.integer({ min: 2014, max: 2016 }),
    m: fc.constantFrom(1, 2, 12),
    d: fc.constantFrom(1, 28, 31),
    h: fc.integer({ min: 0, max: 23 }),
    offset: fc.constantFrom("", " +14:00", " -12:00", "Z", " +05:30"),
    tags: fc.array(tagNames, { maxLength: 4 }),
    cats: fc.array(tagNames, { maxLength: 2 }),
    draft: fc.boolean(),
  });

  test("property: every post lands in exactly one page of each of its archives", () => {
    fc.assert(
      fc.property(
        fc.array(randomPost, { maxLength: 40 }),
        fc.constantFrom("UTC", "America/New_York", "Pacific/Kiritimati"),
        fc.integer({ min: 1, max: 7 }),
        (specs, zone, perPage) => {
          const posts = specs.flatMap((s, i) => {
            const day = Math.min(s.d, s.m === 2 ? 28 : 31);
            const date = `${s.y}-${String(s.m).padStart(2, "0")}-${String(day).padStart(2, "0")} ${String(s.h).padStart(2, "0")}:00:00${s.offset}`;
            return [
              post({
                date,
                zone,
                tags: s.tags,
                categories: s.cats,
                draft: s.draft,
                slug: `p${i}`,
                file: `content/p${i}.md`,
              }),
            ];
          });
          const result = assembleSite(posts, settings({ timezone: zone, postsPerPage: perPage }), {
            now: LATER,
          });
          const s = result.site;
          assert.ok(s, result.issues.map(formatIssue).join("\n"));
          assert.deepEqual(checkSiteModel({ site: s, parsed: posts, now: LATER }), []);
          const published = posts.filter((p) => !p.draft);
          assert.equal(s.posts.length, published.length);
          const urls = new Set<string>();
          const pages = s.archives.flatMap((archive) => archive.pages.map((pager) => ({ archive, pager })));
          for (const page of pages) {
            assert.ok(!urls.has(page.pager.url), `duplicate URL ${page.pager.url}`);
            urls.add(page.pager.url);
          }
          const placements = new Map<string, number>();
          for (const page of pages) {
            for (const item of page.pager.items) {
              const key = `${page.archive.url}|${item.file}`;
              placements.set(key, (placements.get(key) ?? 0) + 1);
            }
          }
          for (const p of s.posts) {
            const expected = [
              "/",
              ...p.tags.map((t) => t.url),
              ...p.categories.map((c) => c.url),
              `/${p.date.year}/`,
              `/${p.date.year}/${String(p.date.month).padStart(2, "0")}/`,
              `/${p.date.year}/${String(p.date.month).padStart(2, "0")}/${String(p.date.day).padStart(2, "0")}/`,
            ];
            for (const url of expected)
              assert.equal(placements.get(`${url}|${p.file}`), 1, `${p.file} on ${url}`);
          }
          // Every placement is expected: no post appears where it does not belong.
          const total = [...placements.values()].reduce((a, b) => a + b, 0);
          const expectedTotal = s.posts.reduce((n, p) => n + 4 + p.tags.length + p.categories.length, 0);
          assert.equal(total, expectedTotal);
          // Every post lands in exactly one month, in its site-zone day.
          const monthCount = s.dateArchives
            .filter((a) => a.kind === "month")
            .reduce((n, a) => n + a.posts.length, 0);
          assert.equal(monthCount, s.posts.length);
          // Term counts on the index pages are the number of posts on the term's pages.
          for (const term of [...s.tags.terms, ...s.categories.terms]) {
            assert.equal(
              term.pages.reduce((n, pg) => n + pg.items.length, 0),
              term.posts.length,
            );
            assert.ok(term.posts.length > 0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
