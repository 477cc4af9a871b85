import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parse as parseYaml } from "yaml";
import { createMarkdown, renderSnippet } from "../../src/content/markdown.ts";
import type { PostFile } from "../../src/import/post-file.ts";
import { sitePath } from "../../src/import/post-file.ts";
import { convertedPosts, errorsOf, parseWithAnnals, THEME_EXPORT } from "./helpers.ts";

/** The front matter of a written file, as YAML reads it. */
function frontOf(post: PostFile): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(post.text);
  assert.ok(m, `${post.relativePath} has front matter`);
  return parseYaml(m[1] ?? "") as Record<string, unknown>;
}

describe("buildPostFile: the theme unit test export", () => {
  let posts: Map<string, PostFile>;
  const post = (id: string): PostFile => {
    const found = posts.get(id);
    assert.ok(found, `post ${id}`);
    return found;
  };
  before(async () => {
    posts = new Map([...(await convertedPosts(THEME_EXPORT))].filter(([, p]) => p.type === "post"));
  });

  it("converts every post, each to its own file that annals reads without errors", () => {
    assert.equal(posts.size, 58);
    assert.equal(new Set([...posts.values()].map((p) => p.relativePath)).size, 58);
    for (const p of posts.values()) {
      assert.match(p.relativePath, /^\d{4}\/\d{4}-\d{2}-\d{2}-[^/]+\.md$/);
      const parsed = parseWithAnnals(p.relativePath, p.text);
      assert.deepEqual(errorsOf(parsed), [], p.relativePath);
      // Only the keys annals does not know yet may warn.
      for (const issue of parsed.issues)
        assert.match(issue.message, /unknown front-matter key "(author|aliases)"/);
    }
  });

  it("writes the keys in one order, with the date's original offset", () => {
    const p = post("1174");
    assert.equal(p.relativePath, "2013/2013-01-05-title-with-special-characters.md");
    assert.deepEqual(Object.keys(frontOf(p)), [
      "title",
      "date",
      "slug",
      "tags",
      "categories",
      "author",
      "aliases",
      "commentsClosed",
    ]);
    assert.equal(frontOf(p).commentsClosed, true, "WordPress: comment_status closed");
    assert.equal(frontOf(p).date, "2013-01-05T11:00:20-07:00");
    assert.deepEqual(frontOf(p).aliases, ["/?p=1174", "/2013/01/05/title-with-special-characters/"]);
    assert.equal(frontOf(post("1730")).date, "2018-11-01T07:10:43+00:00");
  });

  it("a title with quotes, colons, `#` and every other symbol reads back exactly", () => {
    const expected = "Markup: Title With Special Characters ~`!@#$%^&*()-_=+{}[]/\\;:'\"?,.>";
    assert.equal(frontOf(post("1174")).title, expected);
    assert.equal(parseWithAnnals("x.md", post("1174").text).post?.title, expected);
    assert.equal(frontOf(post("1173")).title, "Markup: Title With Markup");
    assert.ok(post("1173").notes.some((n) => n.startsWith("title markup removed")));
  });

  it("the post with 45 tags keeps all 45, by display name", () => {
    const tags = frontOf(post("1151")).tags as string[];
    assert.equal(tags.length, 45);
    assert.ok(tags.includes("content περιεχόμενο"));
    assert.equal(parseWithAnnals("x.md", post("1151").text).post?.tags.length, 45);
  });

  it("sticky, scheduled, draft and password-protected posts", () => {
    assert.equal(frontOf(post("1241")).sticky, true);
    assert.ok(post("1241").flags.sticky);

    const scheduled = post("1153");
    assert.match(scheduled.text, /\n# WordPress status: future\ndraft: true\n/);
    assert.equal(parseWithAnnals("x.md", scheduled.text).post?.draft, true);

    const draft = post("1164");
    assert.match(draft.text, /\n# WordPress status: draft\ndraft: true\n/);
    assert.equal(frontOf(draft).slug, "draft");
    assert.deepEqual(frontOf(draft).aliases, ["/?p=1164"]);

    const locked = post("1168");
    assert.match(locked.text, /\n# WordPress: password-protected\ndraft: true\n/);
    assert.ok(locked.flags.password);
  });

  it("a post without a title is called Untitled, and marked", () => {
    const p = post("1169");
    assert.equal(frontOf(p).title, "Untitled");
    assert.match(p.text, /^---\n# WordPress: the post had no title\ntitle: Untitled\n/);
    assert.ok(p.flags.untitled);
    assert.equal(p.relativePath, "2009/2009-09-05-edge-case-no-title.md");
  });

  it("an empty body gives a file with front matter only", () => {
    assert.match(post("1170").text, /\n---\n$/);
  });

  it("keeps <!--more--> as annals' teaser split", () => {
    const p = post("996");
    assert.match(p.text, /\n\n<!--more-->\n\n/);
    const parsed = parseWithAnnals("x.md", p.text);
    assert.match(parsed.post?.teaserHtml ?? "", /This content is before the/);
    assert.doesNotMatch(parsed.post?.teaserHtml ?? "", /after the more tag/);
  });

  it("keeps nested and mixed lists nested", () => {
    const html = renderSnippet(createMarkdown(), post("1000").text.replace(/^---[\s\S]*?\n---\n/, "")).html;
    const flat = html.replace(/\s+/g, "");
    assert.ok(
      flat.includes(
        "<ol><li>ordereditem</li><li>ordereditem<ul><li><strong>unordered</strong></li><li><strong>unordered</strong><ol><li>ordereditem</li>",
      ),
    );
    assert.ok(
      flat.includes(
        "<ul><li>unordereditem</li><li>unordereditem<ol><li>ordered</li><li>ordered<ul><li>unordereditem</li>",
      ),
    );
  });

  it("uses the excerpt as plain text and the author's display name", () => {
    const front = frontOf(post("993"));
    assert.equal(
      front.excerpt,
      "This is a user-defined post excerpt. It should be displayed in place of the post content in archive-index pages. It can be longer than the automatically generated excerpts, and can have HTML tags.",
    );
    assert.equal(front.author, "Theme Buster");
    assert.equal(frontOf(post("163")).author, "Theme Reviewer");
  });

  it("resolves a [gallery] to the attachments' images and reports the ones missing", () => {
    const p = post("1031");
    assert.match(
      p.text,
      /\n- !\[Golden Gate Bridge\]\(https:\/\/wpthemetestdata\.files\.wordpress\.com\/2008\/06\/100_5540\.jpg\)\n/,
    );
    assert.deepEqual(p.notes, ["[gallery]: attachment 763 not in the export"]);
  });
});

describe("sitePath", () => {
  it("makes a permalink relative to the blog's address", () => {
    assert.equal(sitePath("https://example.org/blog/2015/01/x/", "https://example.org/blog"), "/2015/01/x/");
    assert.equal(sitePath("http://example.org/blog/?p=3", "https://example.org/blog/"), "/?p=3");
    assert.equal(
      sitePath("https://example.org/blog/2015/%ea%b9%80/", "https://example.org/blog"),
      "/2015/김/",
    );
    assert.equal(sitePath("https://example.org/other/x/", "https://example.org/blog"), undefined);
    assert.equal(sitePath("https://elsewhere.org/blog/x/", "https://example.org/blog"), undefined);
    assert.equal(sitePath("not a url", "https://example.org"), undefined);
  });
});
