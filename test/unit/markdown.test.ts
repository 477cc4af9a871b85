import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createMarkdown, renderBody } from "../../src/content/markdown.ts";

const md = createMarkdown();

describe("renderBody", () => {
  test("no <!--more-->: no teaser", () => {
    const r = renderBody(md, "One.\n\nTwo.\n");
    assert.equal(r.teaserHtml, undefined);
    assert.equal(r.html, "<p>One.</p>\n<p>Two.</p>\n");
  });

  test("<!--more--> splits; the body keeps an anchor where it was", () => {
    const r = renderBody(md, "Intro *one*.\n\n<!--more-->\n\nRest.\n");
    assert.equal(r.teaserHtml, "<p>Intro <em>one</em>.</p>\n");
    assert.equal(r.html, '<p>Intro <em>one</em>.</p>\n<span id="more"></span>\n<p>Rest.</p>\n');
    assert.equal(r.moreLabel, undefined);
  });

  test("<!--more Custom text--> gives the link text; only the first one splits", () => {
    const r = renderBody(md, "A.\n\n<!--more Read the whole story-->\n\nB.\n\n<!--more-->\n\nC.\n");
    assert.equal(r.moreLabel, "Read the whole story");
    assert.equal(r.teaserHtml, "<p>A.</p>\n");
    assert.match(r.html, /<p>B\.<\/p>\n<!--more-->/);
  });

  test("inline HTML is kept; typographic quotes", () => {
    assert.equal(
      renderBody(md, 'Say "hi" <abbr title="x">X</abbr>.\n').html,
      '<p>Say “hi” <abbr title="x">X</abbr>.</p>\n',
    );
  });

  test("a <!--more--> that cannot split is reported by line", () => {
    assert.deepEqual(renderBody(md, "Intro.\n\n- item <!--more-->\n").misplacedMoreLines, [2]);
    assert.deepEqual(renderBody(md, "> quote\n>\n> <!--more-->\n").misplacedMoreLines, [2]);
  });
});
