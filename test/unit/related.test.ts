import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { buildRelated, RELATED_LIMIT, RELATED_WINDOW, type RelatedInput } from "../../src/model/related.ts";
import { post } from "../support/builders.ts";

function input(title: string, date: string, tags: string[]): RelatedInput {
  const p = post({ title, date });
  return {
    link: { title, url: `/${title}/` },
    file: `content/${title}.md`,
    date: p.date,
    tags: tags.map((t) => ({ name: t, url: `/tag/${t}/` })),
  };
}

describe("buildRelated", () => {
  test("more shared tags first, then the rarer shared tag, then nearer in time", () => {
    const posts = [
      input("a", "2015-01-10", ["x", "y", "common"]),
      input("b", "2015-01-09", ["common"]),
      input("c", "2015-01-08", ["x", "y"]),
      input("d", "2015-01-07", ["y", "common"]),
      input("e", "2015-01-06", ["x"]),
      input("f", "2015-01-01", ["common"]),
      input("g", "2014-01-01", ["unrelated"]),
    ];
    const related = buildRelated(posts);
    assert.deepEqual(
      related[0]?.map((r) => r.title),
      ["c", "d", "e", "b", "f"],
    );
    assert.deepEqual(related[6], []);
  });

  test("at most five, and never the post itself", () => {
    const posts = Array.from({ length: 12 }, (_, i) =>
      input(`p${i}`, `2015-01-${String(20 - i).padStart(2, "0")}`, ["t"]),
    );
    const related = buildRelated(posts);
    for (const [i, list] of related.entries()) {
      assert.ok(list.length <= RELATED_LIMIT);
      assert.ok(!list.some((r) => r.title === `p${i}`));
    }
    assert.deepEqual(
      related[5]?.map((r) => r.title),
      ["p4", "p6", "p3", "p7", "p2"],
    );
  });

  test("a very common tag contributes only the posts nearest in time", () => {
    const n = RELATED_WINDOW * 3;
    const posts = Array.from({ length: n }, (_, i) =>
      input(`p${i}`, new Date(Date.UTC(2015, 0, 1) - i * 86_400_000).toISOString().slice(0, 10), [
        "everywhere",
      ]),
    );
    const related = buildRelated(posts);
    assert.deepEqual(
      related[n - 1]?.map((r) => r.title),
      [`p${n - 2}`, `p${n - 3}`, `p${n - 4}`, `p${n - 5}`, `p${n - 6}`],
    );
  });
});
