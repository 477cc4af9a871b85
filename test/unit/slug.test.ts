import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { MAX_SLUG_BYTES, slugOf, slugOfAnyText } from "../../src/model/slug.ts";

describe("slugOf", () => {
  const cases: [string, string][] = [
    ["Jongun", "jongun"],
    ["WWII News", "wwii-news"],
    ["Kim Jong-un", "kim-jong-un"],
    ["São Paulo", "sao-paulo"],
    ["Ünïcode", "unicode"],
    ["Food & Drink", "food-and-drink"],
    ["Node.js", "node-js"],
    ["Don't Panic", "dont-panic"],
    ["Путин", "putin"],
    ["Ελλάδα", "ellada"],
    ["김정은", "김정은"],
    ["東京 2020", "東京-2020"],
    ["नमस्ते", "नमस्ते"],
    ["日本", "日本"],
    ["C++", "c"],
    ["C#", "c"],
    ["ﬁne", "fine"],
    ["a/b", "a-b"],
    ["../../etc/passwd", "etc-passwd"],
    ["<script>alert(1)</script>", "script-alert-1-script"],
  ];
  for (const [name, expected] of cases) {
    test(`${JSON.stringify(name)} → ${expected}`, () => assert.equal(slugOf(name), expected));
  }

  test("names with no letter or digit keep a readable, distinct slug", () => {
    assert.equal(slugOf("🎉"), "x-1f389");
    assert.equal(slugOf(".."), "x-2e-2e");
    assert.equal(slugOf("."), "x-2e");
    assert.equal(slugOf("++"), "x-2b-2b");
    assert.notEqual(slugOf("++"), slugOf("+"));
  });

  test("long names are cut at a character boundary within the byte limit", () => {
    const slug = slugOf("김".repeat(200));
    assert.ok(Buffer.byteLength(slug) <= MAX_SLUG_BYTES);
    assert.equal(slug, "김".repeat(40));
  });

  const anyName = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom(".", "..", "...", " ", "/", "#", "?", "C++", "\u0000", "\u200b", "%2e%2e"),
  );

  test("property: never empty, `.` or `..`; only URL-safe characters; within the byte limit", () => {
    fc.assert(
      fc.property(anyName, (name) => {
        const slug = slugOf(name);
        assert.notEqual(slug, "");
        assert.notEqual(slug, ".");
        assert.notEqual(slug, "..");
        assert.doesNotMatch(slug, /[/\\#?%\s\p{C}.]/u);
        assert.doesNotMatch(slug, /^-|-$/);
        assert.ok(Buffer.byteLength(slug) <= MAX_SLUG_BYTES);
        assert.equal(slug, slug.normalize("NFC"));
        assert.equal(slug, slug.toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });

  test("property: idempotent", () => {
    fc.assert(
      fc.property(anyName, (name) => {
        const once = slugOf(name);
        assert.equal(slugOf(once), once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the ASCII fast path", () => {
  test("property: the same slug as the general path for any printable ASCII", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
          maxLength: 60,
        }),
        (name) => {
          assert.equal(slugOf(name), slugOfAnyText(name));
        },
      ),
      { numRuns: 3000 },
    );
    for (const name of ["C++", "Food & Drink", "Don't Panic", "..", "a``b", "  x  ", "&", "x".repeat(300)]) {
      assert.equal(slugOf(name), slugOfAnyText(name), name);
    }
  });
});
