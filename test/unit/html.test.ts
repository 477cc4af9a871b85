import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { escapeHtml, html, jsonForScript, raw } from "../../src/format/html.ts";

describe("html", () => {
  test("escapes every interpolated string for text and quoted attributes", () => {
    const name = `<script>alert("x")</script> & 'q'`;
    assert.equal(
      html`<a title="${name}">${name}</a>`.value,
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</a>',
    );
  });

  test("nested html, raw, arrays and empty values", () => {
    const inner = html`<b>${"<i>"}</b>`;
    assert.equal(
      html`${inner}${raw("<hr>")}${["a", html`<br>`, "<"]}${undefined}${null}${false}${0}`.value,
      "<b>&lt;i&gt;</b><hr>a<br>&lt;0",
    );
  });

  test("escapeHtml leaves plain text alone", () => {
    assert.equal(escapeHtml("plain text"), "plain text");
  });

  test("JSON for a script block cannot close the script", () => {
    const json = jsonForScript({ title: "</script><script>alert(1)</script>", amp: "a & b" }).value;
    assert.doesNotMatch(json, /<|>|&/);
    assert.deepEqual(JSON.parse(json), { title: "</script><script>alert(1)</script>", amp: "a & b" });
  });
});
