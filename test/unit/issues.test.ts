import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { contentError, contentWarning, formatIssue, summariseWarnings } from "../../src/issues.ts";

describe("issues", () => {
  test("one line per problem, file and line first", () => {
    assert.equal(
      formatIssue(
        contentError(
          "content/2015/kim-visit.md",
          4,
          'date "2015-02-30" is not a calendar date (use YYYY-MM-DD)',
        ),
      ),
      'content/2015/kim-visit.md:4  date "2015-02-30" is not a calendar date (use YYYY-MM-DD)',
    );
    assert.equal(
      formatIssue(contentError("content/e.md", undefined, "the file is empty")),
      "content/e.md  the file is empty",
    );
  });

  test("warnings are summarised one line per kind, with a count and a few locations", () => {
    const warnings = Array.from({ length: 5 }, (_, i) =>
      contentWarning("unknown-key", `content/p${i}.md`, 3, `unknown front-matter key "layout" (ignored)`),
    );
    warnings.push(contentWarning("tags-as-string", "content/t.md", 4, "tags is one string"));
    assert.deepEqual(summariseWarnings(warnings), [
      "warning  unknown front-matter keys (ignored): 5 (content/p0.md:3, content/p1.md:3, content/p2.md:3, …)",
      "warning  content/t.md:4  tags is one string",
    ]);
  });

  test("errors are not summarised as warnings", () => {
    assert.deepEqual(summariseWarnings([contentError("a.md", 1, "bad")]), []);
  });
});
