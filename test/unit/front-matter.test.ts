import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { normaliseNewlines, splitFrontMatter } from "../../src/content/front-matter.ts";
import { formatIssue } from "../../src/issues.ts";

describe("splitFrontMatter", () => {
  test("front matter, body, and the line the body starts on", () => {
    const split = splitFrontMatter("x.md", "---\ntitle: T\ndate: 2015-01-28\n---\nBody\n");
    assert.ok(!Array.isArray(split));
    assert.equal(split.front.values.get("title"), "T");
    assert.equal(split.front.lines.get("date"), 3);
    assert.equal(split.body, "Body\n");
    assert.equal(split.bodyLine, 5);
  });

  test("`...` also closes; later `---` lines belong to the body", () => {
    const split = splitFrontMatter("x.md", "---\ntitle: T\n...\nA\n\n---\n\nB\n");
    assert.ok(!Array.isArray(split));
    assert.equal(split.body, "A\n\n---\n\nB\n");
  });

  test("front matter that never closes within its size limit", () => {
    const long = `---\ntitle: T\n${"x: 1\n".repeat(60_000)}`;
    const issues = splitFrontMatter("x.md", long);
    assert.ok(Array.isArray(issues));
    assert.deepEqual(issues.map(formatIssue), [
      "x.md:1  front matter is over 256 KB: is a closing `---` line missing?",
    ]);
  });

  test("line ends and byte-order marks", () => {
    assert.equal(normaliseNewlines("\uFEFFa\r\nb\rc\n"), "a\nb\nc\n");
    assert.equal(normaliseNewlines("plain\n"), "plain\n");
  });
});
