// Fenced code highlighted in other threads gives the same HTML as in the main thread.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { highlightCode } from "../../src/content/highlight.ts";
import { createMarkdown, renderBody } from "../../src/content/markdown.ts";
import { HighlightPool } from "../../src/pipeline/highlight-pool.ts";

const WORDS = { headingAnchor: "Link", footnotes: "Notes", footnoteBack: "Back" };
const BODY = [
  "Before.",
  "",
  "```ts",
  "const answer: number = 42;",
  "```",
  "",
  "<!--more-->",
  "",
  "```python",
  "def f(x):\n    return x * 2",
  "```",
  "",
  "```foo",
  "plain <b>text</b>",
  "```",
  "",
].join("\n");

describe("highlighting in other threads", () => {
  test("a block handed to a thread comes back as the main thread would highlight it", async () => {
    const pool = new HighlightPool({ linesInThread: 0, threads: 1 });
    const deferred = renderBody(createMarkdown(WORDS, pool.highlight), BODY);
    assert.equal(pool.handedOut, 3, "ts (in the teaser and the body) and python; foo is no language");
    assert.ok(!deferred.html.includes("hljs-keyword"), "placeholders until the answers are in");
    await pool.settle();
    const here = renderBody(createMarkdown(WORDS), BODY);
    assert.equal(pool.fill(deferred.html), here.html);
    assert.equal(pool.fill(deferred.teaserHtml ?? ""), here.teaserHtml);
    assert.match(here.html, /<span class="hljs-keyword">const<\/span>/);
    assert.match(here.html, /plain &lt;b&gt;text&lt;\/b&gt;/);
  });

  test("the first lines are highlighted in the main thread, with no thread started", async () => {
    const pool = new HighlightPool({ linesInThread: 100, threads: 1 });
    const html = pool.highlight("let x = 1;", "js");
    assert.equal(html, highlightCode("let x = 1;", "js"));
    assert.equal(pool.handedOut, 0);
    await pool.settle();
  });

  test("a placeholder of another build is left as it is", async () => {
    const one = new HighlightPool({ linesInThread: 0, threads: 1 });
    const other = new HighlightPool({ linesInThread: 0, threads: 1 });
    const mark = one.highlight("x = 1", "python");
    await one.settle();
    await other.settle();
    assert.equal(other.fill(mark), mark);
    assert.equal(one.fill(mark), highlightCode("x = 1", "python"));
  });
});
