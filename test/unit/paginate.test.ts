import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { paginate } from "../../src/model/paginate.ts";

describe("paginate", () => {
  test("page 1 is the base URL, later pages are page/N/", () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, "/tag/jongun/");
    assert.deepEqual(
      pages.map((p) => [p.number, p.url, p.items]),
      [
        [1, "/tag/jongun/", [1, 2]],
        [2, "/tag/jongun/page/2/", [3, 4]],
        [3, "/tag/jongun/page/3/", [5]],
      ],
    );
    assert.equal(pages[0]?.prev, undefined);
    assert.deepEqual(pages[0]?.next, { number: 2, url: "/tag/jongun/page/2/" });
    assert.deepEqual(pages[2]?.prev, { number: 2, url: "/tag/jongun/page/2/" });
    assert.equal(pages[2]?.next, undefined);
    assert.ok(pages.every((p) => p.total === 3));
  });

  test("an empty list still has one (empty) page", () => {
    const pages = paginate([], 10, "/");
    assert.equal(pages.length, 1);
    assert.deepEqual(pages[0]?.items, []);
    assert.equal(pages[0]?.url, "/");
  });

  test("the window shows first, last and two neighbours, with gaps", () => {
    const pages = paginate(
      Array.from({ length: 100 }, (_, i) => i),
      10,
      "/",
    );
    const shape = (n: number) => pages[n - 1]?.window.map((l) => (l === null ? "…" : l.number)).join(" ");
    assert.equal(shape(1), "1 2 3 … 10");
    assert.equal(shape(5), "1 … 3 4 5 6 7 … 10");
    assert.equal(shape(4), "1 2 3 4 5 6 … 10");
    assert.equal(shape(10), "1 … 8 9 10");
  });

  test("rejects a page size that is not a positive integer", () => {
    assert.throws(() => paginate([1], 0, "/"), RangeError);
    assert.throws(() => paginate([1], 1.5, "/"), RangeError);
  });

  test("property: the pages, joined, equal the input; sizes and links are consistent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 200 }),
        fc.integer({ min: 1, max: 25 }),
        (items, size) => {
          const pages = paginate(items, size, "/x/");
          assert.deepEqual(
            pages.flatMap((p) => p.items),
            items,
          );
          assert.equal(pages.length, Math.max(1, Math.ceil(items.length / size)));
          pages.forEach((p, i) => {
            assert.equal(p.number, i + 1);
            assert.ok(p.items.length <= size);
            if (i < pages.length - 1) assert.equal(p.items.length, size);
            assert.equal(p.prev?.url, pages[i - 1]?.url);
            assert.equal(p.next?.url, pages[i + 1]?.url);
            const shown = p.window.filter((l) => l !== null).map((l) => l.number);
            assert.ok(shown.includes(p.number) && shown.includes(1) && shown.includes(pages.length));
            assert.deepEqual(
              shown,
              [...shown].sort((a, b) => a - b),
            );
          });
          assert.equal(new Set(pages.map((p) => p.url)).size, pages.length);
        },
      ),
    );
  });
});
