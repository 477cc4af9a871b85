import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { siteRelativeLinks } from "../../src/import/post-file.ts";

describe("links to the blog's own pages", () => {
  test("become site-relative in Markdown links and HTML; uploads and other hosts stay", () => {
    const notes: string[] = [];
    const markdown = [
      'See [the sticky post](https://blog.example/2012/01/07/template-sticky/ "Sticky").',
      '<a href="https://blog.example/category/news/">News</a> and <img src="https://blog.example/wp-content/uploads/a.jpg">',
      "[elsewhere](https://other.example/2012/) and <https://blog.example/about/>",
      "[Korean](https://blog.example/2015/04/15/%ea%b9%80/) [spaced](https://blog.example/a%20b/)",
    ].join("\n");
    assert.equal(
      siteRelativeLinks(markdown, "https://blog.example", notes),
      [
        'See [the sticky post](/2012/01/07/template-sticky/ "Sticky").',
        '<a href="/category/news/">News</a> and <img src="https://blog.example/wp-content/uploads/a.jpg">',
        "[elsewhere](https://other.example/2012/) and <https://blog.example/about/>",
        "[Korean](/2015/04/15/김/) [spaced](/a%20b/)",
      ].join("\n"),
    );
    assert.deepEqual(notes, [
      "1 link to files under /wp-content/ kept on the old host: copy the files over (--uploads <folder> does)",
    ]);
  });

  test("a blog under a path: only links under it are its own", () => {
    const notes: string[] = [];
    assert.equal(
      siteRelativeLinks("[a](https://e.org/blog/x/) [b](https://e.org/shop/)", "https://e.org/blog", notes),
      "[a](/x/) [b](https://e.org/shop/)",
    );
  });
});
