import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createMarkdown, renderBody } from "../../src/content/markdown.ts";
import { convertBody } from "../../src/import/body.ts";
import type { Attachment } from "../../src/import/shortcodes.ts";
import { wpautop } from "../../src/import/wpautop.ts";

const image = (id: string, extra: Partial<Attachment> = {}): Attachment => ({
  id,
  url: `https://example.org/${id}.jpg`,
  link: "",
  title: `Image ${id}`,
  caption: "",
  alt: "",
  parent: "1",
  menuOrder: 0,
  ...extra,
});
const attachments = new Map([
  ["5", image("5", { alt: "Five [alt]", caption: "A *caption*" })],
  ["6", image("6", { menuOrder: 2 })],
  ["7", image("7", { menuOrder: 1 })],
]);
const ctx = {
  postId: "1",
  attachments,
  childrenOf: (id: string) =>
    id === "1" ? [attachments.get("7"), attachments.get("6")].filter((a) => a !== undefined) : [],
};
const convert = (html: string) => convertBody(html, ctx);
const md = createMarkdown();

describe("wpautop", () => {
  it("makes paragraphs of blank-line blocks and <br /> of single line breaks", () => {
    assert.equal(wpautop("One\ntwo\n\nThree"), "<p>One<br />\ntwo</p>\n<p>Three</p>\n");
  });
  it("leaves block elements and <pre> alone", () => {
    assert.equal(
      wpautop("Text\n<ul>\n<li>a</li>\n</ul>\nMore"),
      "<p>Text</p>\n<ul>\n<li>a</li>\n</ul>\n<p>More</p>\n",
    );
    assert.equal(wpautop("<pre>a\n\nb</pre>"), "<pre>a\n\nb</pre>\n");
  });
});

describe("convertBody: classic-editor HTML", () => {
  it("keeps WordPress's paragraphs and line breaks", () => {
    assert.equal(
      convert("One line\nand the next.\n\nA new paragraph.").markdown,
      "One line\\\nand the next.\n\nA new paragraph.",
    );
  });

  it("keeps <!--more--> exactly, on its own line, where WordPress split the post", () => {
    const body = convert("Teaser text <!--more--> and the rest.\n\nMore.");
    assert.equal(body.markdown, "Teaser text\n\n<!--more-->\n\nand the rest.\n\nMore.");
    assert.equal(
      convert("A\n\n<!--more Read the whole story-->\n\nB").markdown,
      "A\n\n<!--more Read the whole story-->\n\nB",
    );
    const rendered = renderBody(md, body.markdown);
    assert.equal(rendered.teaserHtml, "<p>Teaser text</p>\n");
    assert.deepEqual(rendered.misplacedMoreLines, []);
  });

  it("keeps nested lists nested", () => {
    const body = convert(
      "<ol>\n\t<li>one\n<ul>\n\t<li>two\n<ol>\n\t<li>three</li>\n</ol>\n</li>\n</ul>\n</li>\n\t<li>four</li>\n</ol>",
    );
    const html = md.render(body.markdown).replace(/\s+/g, "");
    assert.equal(html, "<ol><li>one<ul><li>two<ol><li>three</li></ol></li></ul></li><li>four</li></ol>");
  });

  it("writes strikethrough, code blocks and tables as markdown-it reads them", () => {
    assert.equal(convert("<del>gone</del> and <s>struck</s>").markdown, "~~gone~~ and ~~struck~~");
    assert.equal(convert("<pre>a  b\n   c</pre>").markdown, "```\na  b\n   c\n```");
    const table = convert(
      "<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>",
    );
    assert.equal(table.markdown, "| A | B |\n| --- | --- |\n| 1 | 2 |");
  });

  it("escapes text that Markdown would read as markup", () => {
    assert.equal(
      convert("1. not a list, *not emphasis*, # not a heading").markdown,
      "1\\. not a list, \\*not emphasis\\*, # not a heading",
    );
  });
});

describe("convertBody: block-editor HTML", () => {
  it("drops block comments, skips wpautop, and reports blocks WordPress renders itself", () => {
    const body = convert(
      '<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:latest-posts {"postsToShow":3} /-->\n\n<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->\n\n<!-- wp:paragraph -->\n<p>Two\nlines</p>\n<!-- /wp:paragraph -->',
    );
    assert.equal(body.markdown, "One\n\n<!--more-->\n\nTwo lines");
    assert.deepEqual(body.notes, [
      "blocks WordPress renders when a page is shown (no saved HTML), dropped: wp:latest-posts",
    ]);
  });

  it("shows reusable blocks where they are used", () => {
    const reusableBlocks = new Map([
      ["12", "<!-- wp:paragraph -->\n<p>Shared <strong>text</strong></p>\n<!-- /wp:paragraph -->"],
    ]);
    const body = convertBody(
      '<!-- wp:paragraph -->\n<p>Mine</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:block {"ref":12} /-->\n\n<!-- wp:block {"ref":13} /-->',
      {
        ...ctx,
        reusableBlocks,
      },
    );
    assert.equal(body.markdown, "Mine\n\nShared **text**");
    assert.deepEqual(body.notes, ["reusable block 13 is not in the export: dropped"]);
  });

  it("writes an image block with a caption as a figure", () => {
    const body = convert(
      '<!-- wp:image -->\n<figure class="wp-block-image"><img src="https://example.org/a.jpg" alt="A" class="wp-image-5"/><figcaption>The <em>caption</em></figcaption></figure>\n<!-- /wp:image -->',
    );
    assert.equal(
      body.markdown,
      '<figure>\n<img src="https://example.org/a.jpg" alt="A">\n<figcaption>The <em>caption</em></figcaption>\n</figure>',
    );
  });
});

describe("convertBody: shortcodes and embeds", () => {
  it("[caption] becomes a figure with the image and its caption", () => {
    const body = convert(
      '[caption id="attachment_5" align="alignnone" width="300"]<a href="https://example.org/big.jpg"><img class="size-medium wp-image-5" src="https://example.org/small.jpg" alt="Bell &amp; wharf" width="300" height="200" /></a> Bell on <em>the</em> wharf[/caption]',
    );
    assert.equal(
      body.markdown,
      '<figure>\n<a href="https://example.org/big.jpg"><img src="https://example.org/small.jpg" alt="Bell &amp; wharf" width="300" height="200"></a>\n<figcaption>Bell on <em>the</em> wharf</figcaption>\n</figure>',
    );
    assert.deepEqual(body.notes, []);
    const html = md.render(body.markdown);
    assert.match(html, /^<figure>\n<a href="https:\/\/example.org\/big.jpg"><img/);
  });

  it("[gallery ids] lists the attachments' images, in the order given", () => {
    const body = convert('Before\n\n[gallery ids="6,5" columns="2"]\n\nAfter');
    assert.equal(
      body.markdown,
      "Before\n\n- ![Image 6](https://example.org/6.jpg)\n- ![Five \\[alt\\]](https://example.org/5.jpg) A \\*caption\\*\n\nAfter",
    );
  });

  it("[gallery] without ids shows the post's attached images, in menu order", () => {
    assert.equal(
      convert("[gallery]").markdown,
      "- ![Image 7](https://example.org/7.jpg)\n- ![Image 6](https://example.org/6.jpg)",
    );
  });

  it("a gallery whose images are unknown stays visible and is reported", () => {
    const body = convert('[gallery ids="98,99"]');
    assert.equal(body.markdown, '[gallery ids="98,99"]');
    assert.deepEqual(body.notes, [
      "[gallery]: attachments 98, 99 not in the export",
      "[gallery] whose images are not in the export (left as text)",
    ]);
  });

  it("[embed] and URLs alone on a line become links", () => {
    const body = convert(
      "[embed]https://vimeo.com/1[/embed]\n\nhttps://www.youtube.com/watch?v=x&amp;t=1\n\nSee https://example.org inline.",
    );
    assert.equal(
      body.markdown,
      "<https://vimeo.com/1>\n\n<https://www.youtube.com/watch?v=x&t=1>\n\nSee https://example.org inline.",
    );
    assert.equal(convert("[embed]\nhttps://vimeo.com/2\n[/embed]").markdown, "<https://vimeo.com/2>");
  });

  it("[audio] and [video] become players", () => {
    assert.equal(
      convert("[audio https://example.org/a.mp3]").markdown,
      '<audio controls src="https://example.org/a.mp3"></audio>',
    );
    assert.equal(
      convert('[video width="640" height="360" mp4="https://example.org/v.mp4"][/video]').markdown,
      '<video controls src="https://example.org/v.mp4" width="640" height="360"></video>',
    );
  });

  it("unknown shortcodes stay exactly as written and are reported; brackets in prose are prose", () => {
    const body = convert(
      'Write: [contact-form to="me@example.org"] or [column]in a column[/column]. Boats [simple boat].',
    );
    assert.equal(
      body.markdown,
      'Write: [contact-form to="me@example.org"] or [column]in a column[/column]. Boats \\[simple boat\\].',
    );
    assert.deepEqual(body.notes, [
      "unknown shortcode [contact-form] (left as text)",
      "unknown shortcode [column] (left as text)",
    ]);
  });

  it("[[gallery]] is WordPress's way to write the shortcode as text", () => {
    const body = convert("Type [[gallery]] to show a gallery.");
    assert.equal(body.markdown, "Type [gallery] to show a gallery.");
    assert.deepEqual(body.notes, []);
  });
});
