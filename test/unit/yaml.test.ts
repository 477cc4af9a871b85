import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { readMappingCarefully, readPlainMapping } from "../../src/content/yaml.ts";

describe("the two YAML paths agree", () => {
  const plain = (text: string) => readPlainMapping(text, 2);
  const careful = (text: string) => readMappingCarefully(text, 2);

  test("ordinary front matter takes the fast path, with the same values and lines", () => {
    const text = [
      'title: "Q&A: \\"quotes\\""',
      "date: 2015-01-28 23:30:00 +01:00",
      "tags:",
      "  - Jongun",
      "  - 1984",
      "category: WWII News",
      "draft: false",
      "excerpt: |",
      "  note: not a key",
      "empty:",
      "'single quoted': x",
    ].join("\n");
    const fast = plain(text);
    assert.ok(fast, "fast path taken");
    const slow = careful(text);
    assert.ok(!Array.isArray(slow));
    assert.deepEqual([...fast.values], [...slow.values]);
    assert.deepEqual([...fast.lines], [...slow.lines]);
    assert.equal(fast.values.get("date"), "2015-01-28 23:30:00 +01:00");
  });

  test("anything unusual goes the careful way", () => {
    for (const text of [
      "a: &x 1\nb: *x",
      "title: !!str 1",
      "{title: T, date: 2015-01-28}",
      "? [a, b]\n: c",
      "title: T\ntitle: U",
      "title: [unclosed",
      "- a list",
    ]) {
      assert.equal(plain(text), undefined, text);
    }
  });

  const scalar = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.boolean(),
    fc.constantFrom(
      "2015-01-28",
      "yes",
      "no",
      "null",
      "~",
      "1e3",
      "0x10",
      "#x",
      "a: b",
      "- x",
      "'q'",
      '"d"',
      "",
    ),
  );
  test("property: whenever the fast path answers, it answers as the careful one", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_ -]{0,10}$/),
          fc.oneof(scalar, fc.array(scalar, { maxLength: 4 })),
          {
            maxKeys: 6,
          },
        ),
        fc.boolean(),
        (dict, flowLists) => {
          const text = Object.entries(dict)
            .map(([k, v]) =>
              Array.isArray(v)
                ? flowLists
                  ? `${k}: [${v.map((x) => JSON.stringify(x)).join(", ")}]`
                  : `${k}:\n${v.map((x) => `  - ${JSON.stringify(x)}`).join("\n")}`
                : `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`,
            )
            .join("\n");
          const fast = plain(text);
          const slow = careful(text);
          if (fast === undefined) return;
          assert.ok(!Array.isArray(slow), `careful path failed where the fast one did not:\n${text}`);
          assert.deepEqual([...fast.values], [...slow.values], text);
          assert.deepEqual([...fast.lines], [...slow.lines], text);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
