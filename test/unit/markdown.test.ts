import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { listFormOf } from "../../src/content/list-form.ts";
import { createMarkdown, renderBody, renderSnippet } from "../../src/content/markdown.ts";

const md = createMarkdown({
  headingAnchor: "Link to this section",
  footnotes: "Footnotes",
  footnoteBack: "Back to the text",
});

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

describe("code, footnotes, headings and the rest of what writers expect", () => {
  const fence = (info: string, code: string) => renderBody(md, `\`\`\`${info}\n${code}\n\`\`\`\n`).html;

  test("fenced code with a language is highlighted at build time, whatever the case of its name", () => {
    for (const info of ["ts", "TS", "typescript", "js"]) {
      const out = fence(info, "const a = 1; // one");
      assert.match(out, /<span class="hljs-keyword">const<\/span>/, info);
      assert.match(out, /<span class="hljs-comment">\/\/ one<\/span>/, info);
    }
    assert.match(fence("python", "def f(): pass"), /<span class="hljs-keyword">def<\/span>/);
    assert.match(fence("sh", "echo hi"), /<span class="hljs-built_in">echo<\/span>/);
    assert.match(fence("yml", "a: 1"), /<span class="hljs-attr">a:<\/span>/);
  });

  test("an unknown or odd language is plain escaped code, never an error", () => {
    const plain = "<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>\n";
    assert.equal(fence("", "<script>alert(1)</script>"), plain);
    for (const info of ["foo", "constructor", "__proto__", "toString", "{.js}", '"><script>']) {
      const out = fence(info, "<script>alert(1)</script>");
      assert.ok(!out.includes("<span"), `${info}: ${out}`);
      assert.ok(out.includes("&lt;script&gt;alert(1)&lt;/script&gt;"), `${info}: ${out}`);
      assert.ok(!out.includes("<script"), `${info}: ${out}`);
    }
  });

  test("every h2–h4 at the top level gets a unique id and a link to itself; the list form has neither", () => {
    const r = renderBody(
      md,
      "# Title\n\n## Notes\n\n### A `code` part\n\n## Notes\n\n#### More\n\n##### Deep\n\n## main\n\n> ## quoted\n",
    );
    assert.deepEqual(r.headings, [
      { level: 2, id: "notes", text: "Notes" },
      { level: 3, id: "a-code-part", text: "A code part" },
      { level: 2, id: "notes-2", text: "Notes" },
      { level: 4, id: "more-2", text: "More" },
      { level: 2, id: "main-2", text: "main" },
    ]);
    assert.ok(
      r.html.includes(
        `<div class="heading"><h2 id="notes">Notes</h2><a class="heading-anchor" href="#notes" data-pagefind-ignore><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section</span></a></div>`,
      ),
      r.html,
    );
    assert.match(r.html, /<h1>Title<\/h1>/);
    assert.match(r.html, /<h5>Deep<\/h5>/);
    assert.match(r.html, /<blockquote>\n<h2>quoted<\/h2>/);
    assert.equal(r.listHtml, listFormOf(r.html));
    const list = r.listHtml ?? "";
    assert.ok(!list.includes("id="), list);
    assert.ok(!list.includes("heading-anchor"), list);
    assert.match(list, /<h2>Notes<\/h2>/);
  });

  test("a heading made of other scripts keeps them in its id; an empty one is a section", () => {
    const r = renderBody(md, "## 東京の夜\n\n## Привет мир\n\n##\n");
    assert.deepEqual(
      r.headings.map((h) => h.id),
      ["東京の夜", "privet-mir", "section"],
    );
    assert.match(r.html, /href="#%E6%9D%B1%E4%BA%AC%E3%81%AE%E5%A4%9C"/);
  });

  test("footnotes: linked both ways on the post's page, numbered but not linked in lists and feeds", () => {
    const r = renderBody(
      md,
      "Text.[^a] More.[^b]\n\n<!--more-->\n\nRest.[^a]\n\n[^a]: First.\n[^b]: Second.\n",
    );
    assert.match(r.html, /<sup class="footnote-ref"><a href="#fn1" id="fnref1">\[1\]<\/a><\/sup>/);
    assert.match(r.html, /<sup class="footnote-ref"><a href="#fn1" id="fnref1:1">\[1:1\]<\/a><\/sup>/);
    assert.ok(r.html.includes(`<section class="footnotes" aria-label="Footnotes">`), r.html);
    assert.ok(
      r.html.includes(
        `<li id="fn2" class="footnote-item"><p>Second. <a href="#fnref2" class="footnote-backref" aria-label="Back to the text">`,
      ),
      r.html,
    );
    assert.equal(r.listHtml, listFormOf(r.html));
    const list = r.listHtml ?? "";
    assert.match(list, /Text\.<sup class="footnote-ref">\[1\]<\/sup>/);
    assert.match(list, /<li class="footnote-item"><p>First\.<\/p>/);
    assert.ok(!/ id=|href="#/.test(list.replace('<span id="more"></span>', "")), list);
    assert.equal(
      r.teaserHtml,
      '<p>Text.<sup class="footnote-ref">[1]</sup> More.<sup class="footnote-ref">[2]</sup></p>\n',
    );
  });

  test("a body without headings or footnotes has one form", () => {
    assert.equal(renderBody(md, "Just *text*.\n").listHtml, undefined);
  });

  test("the list form of a body is what the renderer writes for lists, whatever the body", () => {
    const parts = [
      "## Heading\n",
      "### Sub *heading* `x`\n",
      "#### Deeper\n",
      "Text with a note.[^a]\n",
      "Another note.[^b] And again.[^a]\n",
      "> ## quoted heading\n",
      "- a list\n- of items[^b]\n",
      "```ts\nconst a = 1;\n```\n",
      '<h2 id="raw">Raw HTML heading</h2>\n',
      "[^a]: Note A.\n",
      "[^b]: Note *B*.\n",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 12 }), (chosen) => {
        const source = chosen.join("\n");
        assert.equal(listFormOf(renderBody(md, source).html), renderSnippet(md, source).html, source);
      }),
      { numRuns: 300 },
    );
  });

  test("definition lists and ==marked== text", () => {
    assert.equal(
      renderBody(md, "Term\n: Its meaning\n\nA ==key== word.\n").html,
      "<dl>\n<dt>Term</dt>\n<dd>Its meaning</dd>\n</dl>\n<p>A <mark>key</mark> word.</p>\n",
    );
  });

  test("words are counted for the reading time: runs between spaces, a Chinese or Japanese character as half", () => {
    assert.equal(renderBody(md, "One two *three*.\n\nfour\tfive\n").wordCount, 5);
    // The source's marks count as a reader's eye passes them: `##` and the fence lines.
    assert.equal(renderBody(md, "## Heading\n\n```\ncode here\n```\n").wordCount, 6);
    assert.equal(renderBody(md, "東京の夜です\n").wordCount, 3);
    assert.equal(renderBody(md, "東京、 two words\n").wordCount, 3);
  });
});

describe("highlighting any fence", () => {
  test("for any language name and any code, rendering neither throws nor lets markup through", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 80 }), (info, code) => {
        const name = info.replace(/[`\s]/g, "");
        const out = renderBody(md, `\`\`\`${name}\n<script>${code.replace(/`/g, "")}\n\`\`\`\n`).html;
        assert.ok(!out.includes("<script"), out);
      }),
      { numRuns: 300 },
    );
  });
});
