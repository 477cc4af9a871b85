import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { absolutizeHtml } from "../../src/format/absolute-urls.ts";
import { escapeXml, xml, xmlSafe } from "../../src/format/xml.ts";

describe("xml", () => {
  test("escapes markup characters and drops characters XML forbids", () => {
    assert.equal(escapeXml(`a & <b> "c" 'd'`), "a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;");
    assert.equal(xmlSafe("a\u0000b\u0001c\u000bd\ufffee\uffff"), "abcde");
    assert.equal(xmlSafe("tab\tnew\nline\r"), "tab\tnew\nline\r");
    assert.equal(xmlSafe("lone \ud800 high, pair 😀"), "lone  high, pair 😀");
    assert.equal(xml`<t a="${"<&>"}">${["x", 1]}</t>`.value, '<t a="&lt;&amp;&gt;">x1</t>');
  });
});

describe("absolutizeHtml", () => {
  const base = "https://example.org/2015/01/28/post/";
  test("relative and root-relative URLs in href, src, srcset become absolute", () => {
    assert.equal(
      absolutizeHtml(
        '<a href="/x/">x</a> <img src=pic.png srcset="a.png 1x, /b.png 2x"> <a href="#more">m</a>',
        base,
      ),
      '<a href="https://example.org/x/">x</a> <img src="https://example.org/2015/01/28/post/pic.png" srcset="https://example.org/2015/01/28/post/a.png 1x, https://example.org/b.png 2x"> <a href="https://example.org/2015/01/28/post/#more">m</a>',
    );
  });

  test("absolute URLs, other schemes and text stay as they are", () => {
    const html =
      '<a href="https://other.example/">o</a> <a href="mailto:a@b.c">m</a> <code>href="/x/"</code>';
    assert.equal(absolutizeHtml(html, base), html);
  });
});
