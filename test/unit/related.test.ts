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

  // The rule as the module's header states it, the plain way: every post sharing a tag (of a tag on
  // more than RELATED_WINDOW posts, the RELATED_WINDOW nearest in the newest-first order), sorted.
  function reference(posts: readonly RelatedInput[]): string[][] {
    const byTag = new Map<string, number[]>();
    posts.forEach((p, i) => {
      for (const t of p.tags) byTag.set(t.url, [...(byTag.get(t.url) ?? []), i]);
    });
    return posts.map((p, index) => {
      const shared = new Map<number, { count: number; rarest: number }>();
      for (const t of p.tags) {
        const list = byTag.get(t.url) ?? [];
        let window = list;
        if (list.length > RELATED_WINDOW) {
          const at = list.indexOf(index);
          const start = Math.max(0, Math.min(at - RELATED_WINDOW / 2, list.length - RELATED_WINDOW));
          window = list.slice(start, start + RELATED_WINDOW);
        }
        for (const other of window) {
          if (other === index) continue;
          const was = shared.get(other) ?? { count: 0, rarest: Infinity };
          shared.set(other, { count: was.count + 1, rarest: Math.min(was.rarest, list.length) });
        }
      }
      const when = p.date.epochMs;
      return [...shared]
        .sort(
          ([a, sa], [b, sb]) =>
            sb.count - sa.count ||
            sa.rarest - sb.rarest ||
            Math.abs((posts[a]?.date.epochMs ?? 0) - when) - Math.abs((posts[b]?.date.epochMs ?? 0) - when) ||
            ((posts[a]?.file ?? "") < (posts[b]?.file ?? "") ? -1 : 1),
        )
        .slice(0, RELATED_LIMIT)
        .map(([i]) => posts[i]?.link.title ?? "");
    });
  }

  test("random blogs: the same lists as the rule applied the plain way", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (const size of [1, 9, 60, 400]) {
      const tagCount = Math.max(2, Math.floor(size / 8));
      const posts = Array.from({ length: size }, (_, i) => {
        // Skewed: tag 0 is on about half the posts (so its window matters at 400 posts).
        const tags = new Set<string>();
        for (let k = Math.floor(random() * 5); k > 0; k--)
          tags.add(`t${Math.floor(random() ** 3 * tagCount)}`);
        const day = Math.floor(i / 3); // three posts a day: ties in time, broken by file
        return input(
          `p${String(Math.floor(random() * 1e6)).padStart(6, "0")}-${i}`,
          new Date(Date.UTC(2020, 0, 1) - day * 86_400_000).toISOString().slice(0, 10),
          [...tags],
        );
      });
      const related = buildRelated(posts).map((list) => list.map((r) => r.title));
      assert.deepEqual(related, reference(posts), `${size} posts`);
      if (size === 400) assert.ok(related.some((list) => list.length === RELATED_LIMIT));
    }
  });
});
