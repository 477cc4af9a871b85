// The search index's parts (src/pipeline/search-index.ts's planSearchParts): whole years put
// together from the oldest until a part holds enough posts, the newest part the index folder itself
// with the pages; every page in exactly one part, in the order given.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { SetupError, searchPartPostsOf } from "../../src/pipeline/options.ts";
import { planSearchParts } from "../../src/pipeline/search-index.ts";

const posts = (year: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ url: `/${year}/${i}/`, year }));

describe("planSearchParts", () => {
  test("years from the oldest, until a part holds the fewest posts; the rest is the newest part, with the pages", () => {
    const documents = [
      { url: "/about/", year: undefined },
      ...posts(2024, 2),
      ...posts(2023, 5),
      ...posts(2022, 1),
      ...posts(2021, 3),
      ...posts(2020, 2),
    ];
    const parts = planSearchParts(documents, 4);
    assert.deepEqual(
      parts.map((p) => [p.folder, p.urls.length]),
      [
        ["", 3],
        ["2022/", 6],
        ["2020/", 5],
      ],
    );
    assert.deepEqual(parts[0]?.urls, ["/about/", "/2024/0/", "/2024/1/"]);
    // In the order given.
    assert.deepEqual(parts[1]?.urls.slice(0, 2), ["/2023/0/", "/2023/1/"]);
  });

  test("a site of fewer posts than a part, or none, is one part: the index folder", () => {
    assert.deepEqual(planSearchParts(posts(2015, 3), 4), [
      { folder: "", urls: posts(2015, 3).map((p) => p.url) },
    ]);
    assert.deepEqual(planSearchParts([], 4), [{ folder: "", urls: [] }]);
    assert.deepEqual(planSearchParts([{ url: "/about/", year: undefined }], 4), [
      { folder: "", urls: ["/about/"] },
    ]);
  });

  test("a new post of the newest year changes the newest part only", () => {
    const before = [...posts(2016, 3), ...posts(2015, 4), ...posts(2014, 4)];
    const after = [{ url: "/2016/new/", year: 2016 }, ...before];
    const [a, b] = [planSearchParts(before, 4), planSearchParts(after, 4)];
    assert.deepEqual(b.slice(1), a.slice(1));
    assert.deepEqual(b[0]?.urls, ["/2016/new/", ...(a[0]?.urls ?? [])]);
  });

  test("more than sixteen parts' worth of posts makes the parts twice as large, as often as needed", () => {
    const documents = Array.from({ length: 40 }, (_, i) => posts(2000 + i, 10)).flat();
    // 400 posts: at 10 a part, 40 parts; at 40 (10 doubled twice), 10.
    assert.equal(planSearchParts(documents, 10).length, 10);
    assert.ok(planSearchParts(documents, 10).every((p, i) => i === 0 || p.urls.length >= 40));
  });

  test("every page is in exactly one part, each part (but the newest) holds the fewest posts, years are never split", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 30 })), {
          maxLength: 30,
        }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 50 }),
        (years, pages, least) => {
          const documents = [
            ...Array.from({ length: pages }, (_, i) => ({ url: `/page-${i}/`, year: undefined })),
            ...years.flatMap(([year, n], j) =>
              Array.from({ length: n }, (_, i) => ({ url: `/${year}/${j}-${i}/`, year })),
            ),
          ];
          const parts = planSearchParts(documents, least);
          const all = parts.flatMap((p) => p.urls);
          assert.deepEqual([...all].sort(), documents.map((d) => d.url).sort());
          assert.equal(parts.filter((p) => p.folder === "").length, 1);
          assert.equal(parts[0]?.folder, "");
          const yearOf = new Map(documents.map((d) => [d.url, d.year]));
          const partOfYear = new Map<number, string>();
          for (const part of parts) {
            const dated = part.urls.filter((u) => yearOf.get(u) !== undefined);
            if (part.folder !== "") {
              assert.ok(dated.length >= least, `${part.folder} holds ${dated.length}`);
              assert.equal(part.urls.length, dated.length, "pages go with the newest part");
              assert.equal(part.folder, `${Math.min(...dated.map((u) => yearOf.get(u) as number))}/`);
            }
            for (const url of dated) {
              const year = yearOf.get(url) as number;
              assert.equal(partOfYear.get(year) ?? part.folder, part.folder, `${year} split`);
              partOfYear.set(year, part.folder);
            }
            // In the order given.
            const order = documents.map((d) => d.url).filter((u) => part.urls.includes(u));
            assert.deepEqual(part.urls, order);
          }
          assert.ok(parts.length <= 17);
        },
      ),
    );
  });
});

describe("ANNALS_SEARCH_PART_POSTS", () => {
  test("a whole number of posts, at least 1; unset is the default; anything else a setup error naming it", () => {
    assert.equal(searchPartPostsOf({}), undefined);
    assert.equal(searchPartPostsOf({ ANNALS_SEARCH_PART_POSTS: "" }), undefined);
    assert.equal(searchPartPostsOf({ ANNALS_SEARCH_PART_POSTS: "3" }), 3);
    for (const text of ["0", "-2", "1.5", "ten", "03", "1e3"])
      assert.throws(
        () => searchPartPostsOf({ ANNALS_SEARCH_PART_POSTS: text }),
        (error: unknown) =>
          error instanceof SetupError && error.message.includes(`ANNALS_SEARCH_PART_POSTS="${text}"`),
        text,
      );
  });
});
