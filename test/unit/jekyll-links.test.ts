// Jekyll's link tags in a body: made addresses with their file lines, `{% raw %}` and other Liquid
// left as they are.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { replaceJekyllLinks } from "../../src/content/jekyll-links.ts";
import { SourceLinks } from "../../src/model/source-links.ts";

describe("replaceJekyllLinks", () => {
  test("post_url and link become addresses, each with its file line", () => {
    const body = [
      "First [a]({% post_url 2015-01-28-kim %}).",
      "",
      "{{ page.title }} {% include x.html %}",
      '<a href="{%- link _posts/2015-02-01-b.md -%}">b</a> and {%post_url   /news/2015-01-28-kim%}',
      "{% raw %}{% post_url 2099-01-01-none %}{% endraw %}",
    ].join("\n");
    const { body: out, tags } = replaceJekyllLinks(body, 5);
    assert.equal(
      out,
      [
        "First [a](annals-post-url:2015-01-28-kim~).",
        "",
        "{{ page.title }} {% include x.html %}",
        '<a href="annals-link:_posts%2F2015-02-01-b.md~">b</a> and annals-post-url:%2Fnews%2F2015-01-28-kim~',
        "{% raw %}{% post_url 2099-01-01-none %}{% endraw %}",
      ].join("\n"),
    );
    assert.deepEqual(tags, [
      { kind: "post_url", target: "2015-01-28-kim", line: 5 },
      { kind: "link", target: "_posts/2015-02-01-b.md", line: 8 },
      { kind: "post_url", target: "/news/2015-01-28-kim", line: 8 },
    ]);
  });
});

describe("SourceLinks", () => {
  const links = new SourceLinks([
    { source: "_posts/2015-01-28-kim.md", url: "/2015/01/28/kim/", post: true },
    { source: "news/2015-01-28-kim.md", url: "/2015/01/28/kim-2/", post: true },
    { source: "pages/about.md", url: "/about/", post: false },
  ]);
  test("post_url by file name, a folder choosing among posts of one name; link by path, pages too", () => {
    assert.equal(links.urlOfTag({ kind: "post_url", target: "2015-01-28-kim" }), "/2015/01/28/kim/");
    assert.equal(links.urlOfTag({ kind: "post_url", target: "/news/2015-01-28-kim" }), "/2015/01/28/kim-2/");
    assert.equal(links.urlOfTag({ kind: "link", target: "_posts/2015-01-28-kim.md" }), "/2015/01/28/kim/");
    assert.equal(links.urlOfTag({ kind: "link", target: "about.md" }), "/about/");
    assert.equal(links.urlOfTag({ kind: "post_url", target: "about" }), undefined, "a page is no post");
  });
  test("a tag that leads nowhere is an error at its line, with the closest name", () => {
    assert.deepEqual(
      links
        .check("content/x.md", [{ kind: "post_url", target: "2015-01-28-kin", line: 9 }])
        .map((i) => `${i.line} ${i.message}`),
      ["9 {% post_url 2015-01-28-kin %} leads to no post of the site: did you mean 2015-01-28-kim?"],
    );
  });
});
