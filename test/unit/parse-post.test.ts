import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createMarkdown } from "../../src/content/markdown.ts";
import { fileSlugSource, parsePost } from "../../src/content/parse-post.ts";
import { formatIssue } from "../../src/issues.ts";
import type { SourceFile } from "../../src/model/types.ts";
import { source } from "../support/builders.ts";

const ctx = { zone: "UTC", md: createMarkdown() };
const parse = (s: SourceFile) => parsePost(s, ctx);
const lines = (s: SourceFile) => parse(s).issues.map(formatIssue);

describe("parsePost: a good post", () => {
  test("reads every key", () => {
    const { post, issues } = parse(
      source(
        [
          'title: "Kim visits the front"',
          "date: 2015-01-28",
          "tags: [Jongun, 김정은]",
          "category: WWII News",
          "excerpt: A short summary.",
        ].join("\n"),
        "Intro.\n\n<!--more-->\n\nRest.\n",
        "2015/2015-01-28-kim-visit.md",
      ),
    );
    assert.deepEqual(issues, []);
    assert.ok(post);
    assert.equal(post.title, "Kim visits the front");
    assert.equal(post.slug, "kim-visit");
    assert.deepEqual(post.tags, ["Jongun", "김정은"]);
    assert.deepEqual(post.categories, ["WWII News"]);
    assert.equal(post.excerpt, "A short summary.");
    assert.equal(post.draft, false);
    assert.equal(post.teaserHtml, "<p>Intro.</p>\n");
    assert.equal(post.bodyHtml, '<p>Intro.</p>\n<span id="more"></span>\n<p>Rest.</p>\n');
  });

  test("numbers count as text; `categories` lists; `published: false` is a draft", () => {
    const { post } = parse(
      source(
        "title: 1984\ndate: 2015-01-28\ntags: [1984, Orwell]\ncategories: [Books, Reviews]\npublished: false",
      ),
    );
    assert.equal(post?.title, "1984");
    assert.deepEqual(post?.tags, ["1984", "Orwell"]);
    assert.deepEqual(post?.categories, ["Books", "Reviews"]);
    assert.equal(post?.draft, true);
  });

  test("spellings of one tag within a post are kept once", () => {
    const { post } = parse(source("title: T\ndate: 2015-01-28\ntags: [Jongun, jongun, JONGUN, Jong-un]"));
    assert.deepEqual(post?.tags, ["Jongun"]);
  });

  test("template syntax in a body is text", () => {
    const { post } = parse(
      source("title: T\ndate: 2015-01-28", "Write {{ title }} and {% raw %} as they are.\n"),
    );
    assert.equal(post?.bodyHtml, "<p>Write {{ title }} and {% raw %} as they are.</p>\n");
  });

  test("a BOM and CRLF line ends are fine", () => {
    const { post, issues } = parse({
      path: "content/x.md",
      relative: "x.md",
      text: "\uFEFF---\r\ntitle: CRLF\r\ndate: 2015-01-28\r\n---\r\nLine one\r\nLine two\r\n",
    });
    assert.deepEqual(issues, []);
    assert.equal(post?.title, "CRLF");
    assert.equal(post?.bodyHtml, "<p>Line one\nLine two</p>\n");
  });
});

describe("parsePost: slugs", () => {
  test("from `slug:`, else the file name without its date, else the title", () => {
    assert.equal(parse(source("title: T\ndate: 2015-01-28\nslug: my-slug")).post?.slug, "my-slug");
    assert.equal(
      parse(source("title: T\ndate: 2015-01-28", "", "2015-01-28-from-file.md")).post?.slug,
      "from-file",
    );
    assert.equal(
      parse(source("title: The Title\ndate: 2015-01-28", "", "2015-01-28.md")).post?.slug,
      "the-title",
    );
    assert.equal(parse(source("title: T\ndate: 2015-01-28", "", "bundle/index.md")).post?.slug, "bundle");
  });

  test("fileSlugSource", () => {
    assert.equal(fileSlugSource("2015/2015-01-28-kim-visit.md"), "kim-visit");
    assert.equal(fileSlugSource("kim-visit/index.md"), "kim-visit");
    assert.equal(fileSlugSource("index.md"), "index");
    assert.equal(fileSlugSource("2015-01-28.md"), "");
  });

  test("an unsafe slug is made safe, with a warning", () => {
    const { post, issues } = parse(source("title: T\ndate: 2015-01-28\nslug: ../../etc/passwd"));
    assert.equal(post?.slug, "etc-passwd");
    assert.deepEqual(issues.map(formatIssue), [
      'content/2015/x.md:4  slug "../../etc/passwd" is not URL-safe; using "etc-passwd"',
    ]);
  });
});

describe("parsePost: errors name the file and line", () => {
  test("an empty file", () => {
    assert.deepEqual(lines({ path: "content/e.md", relative: "e.md", text: "\n  \n" }), [
      "content/e.md  the file is empty (a post needs front matter with a title and a date)",
    ]);
  });

  test("no front matter", () => {
    assert.deepEqual(lines({ path: "content/n.md", relative: "n.md", text: "# Just Markdown\n" }), [
      "content/n.md:1  no front matter: a post starts with a line `---`, then `title:` and `date:` lines, then `---`",
    ]);
  });

  test("front matter never closed", () => {
    assert.deepEqual(
      lines({ path: "content/u.md", relative: "u.md", text: "---\ntitle: T\ndate: 2015-01-28\nBody\n" }),
      ["content/u.md:1  front matter is not closed: add a line `---` after the last key"],
    );
  });

  test("unparsable YAML, with the line in the file", () => {
    assert.deepEqual(lines(source('title: "unclosed\ndate: 2015-01-28')), [
      'content/2015/x.md:2  the quote that opens the title is not closed: end the title with ", or write it without quotes (YAML: Missing closing "quote)',
    ]);
    assert.deepEqual(lines(source("title: T\ndate: 2015-01-28\ntitle: again")), [
      "content/2015/x.md:4  YAML error: a key appears twice (keep one)",
    ]);
  });

  test("YAML that would hang or exhaust memory is an error, not a hang", () => {
    const bomb = [
      "title: T",
      "date: 2015-01-28",
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
    ].join("\n");
    assert.deepEqual(lines(source(bomb)), [
      "content/2015/x.md:2  YAML error: aliases expand too much (over 100 times)",
    ]);
    const deep = `title: ${"[".repeat(20000)}${"]".repeat(20000)}\ndate: 2015-01-28`;
    assert.deepEqual(lines(source(deep)), ["content/2015/x.md:2  YAML error: values are nested too deeply"]);
  });

  test("a !!timestamp date says what to write instead", () => {
    assert.deepEqual(lines(source("title: T\ndate: !!timestamp 2015-01-28")), [
      "content/2015/x.md:3  date must be written YYYY-MM-DD (optionally with a time), not a YAML timestamp (write the date without a !!timestamp tag)",
    ]);
  });

  test("lists or mappings as keys", () => {
    assert.deepEqual(lines(source("? [a, b]\n: c\ntitle: T\ndate: 2015-01-28")), [
      "content/2015/x.md:2  keys must be plain words, not lists or mappings",
    ]);
  });

  test("front matter that is not key: value lines", () => {
    assert.deepEqual(lines(source("- a\n- b")), [
      "content/2015/x.md:2  must be `key: value` lines (a YAML mapping)",
    ]);
  });

  test("missing, empty or non-text title", () => {
    assert.deepEqual(lines(source("date: 2015-01-28")), [
      "content/2015/x.md:1  title is missing (add a line `title: …` to the front matter)",
    ]);
    assert.deepEqual(lines(source('title: "  "\ndate: 2015-01-28')), ["content/2015/x.md:2  title is empty"]);
    assert.deepEqual(lines(source("title:\ndate: 2015-01-28")), [
      "content/2015/x.md:2  title must be text, not empty",
    ]);
    assert.deepEqual(lines(source("title: [a, b]\ndate: 2015-01-28")), [
      "content/2015/x.md:2  title must be text, not a list",
    ]);
  });

  test("missing or impossible date", () => {
    assert.deepEqual(lines(source("title: T")), [
      "content/2015/x.md:1  date is missing (add a line `date: YYYY-MM-DD` to the front matter)",
    ]);
    assert.deepEqual(lines(source("title: T\ndate: 2015-02-30")), [
      'content/2015/x.md:3  date "2015-02-30" is not a calendar date (use YYYY-MM-DD)',
    ]);
    assert.deepEqual(lines(source("title: T\ndate: 2015")), [
      "content/2015/x.md:3  date must be written YYYY-MM-DD (optionally with a time), not a number",
    ]);
  });

  test("tags that are neither a list nor a string", () => {
    assert.deepEqual(lines(source("title: T\ndate: 2015-01-28\ntags: {a: 1}")), [
      "content/2015/x.md:4  tags must be a list of names, not a mapping",
    ]);
    assert.deepEqual(lines(source("title: T\ndate: 2015-01-28\ntags: [a, [b], true, ~]")), [
      "content/2015/x.md:4  tags item 2 must be a name, not a list",
      "content/2015/x.md:4  tags item 3 must be a name, not true",
      "content/2015/x.md:4  tags item 4 must be a name, not empty",
    ]);
  });

  test("a single string of tags is a comma-separated list, with a warning", () => {
    const { post, issues } = parse(source("title: T\ndate: 2015-01-28\ntags: Jongun, North Korea"));
    assert.deepEqual(post?.tags, ["Jongun", "North Korea"]);
    assert.deepEqual(issues.map(formatIssue), [
      'content/2015/x.md:4  tags is one string "Jongun, North Korea"; read as a comma-separated list (write a YAML list to be explicit)',
    ]);
    assert.equal(issues[0]?.severity, "warning");
  });

  test("draft and published must be booleans", () => {
    assert.deepEqual(lines(source("title: T\ndate: 2015-01-28\ndraft: yes")), [
      'content/2015/x.md:4  draft must be true or false, not "yes"',
    ]);
  });

  test("every problem in a file is reported at once, in line order", () => {
    assert.deepEqual(lines(source("title: ''\ndate: 2015-02-30\ntags: {}\ndraft: 1\nlayuot: post")), [
      "content/2015/x.md:2  title is empty",
      'content/2015/x.md:3  date "2015-02-30" is not a calendar date (use YYYY-MM-DD)',
      "content/2015/x.md:4  tags must be a list of names, not a mapping",
      "content/2015/x.md:5  draft must be true or false, not a number",
      'content/2015/x.md:6  unknown front-matter key "layuot" (ignored)',
    ]);
  });

  test("unknown keys are warnings, not errors", () => {
    const { post, issues } = parse(source("title: T\ndate: 2015-01-28\nautor: me"));
    assert.ok(post);
    assert.deepEqual(
      issues.map((i) => [i.severity, formatIssue(i)]),
      [["warning", 'content/2015/x.md:4  unknown front-matter key "autor" (ignored; did you mean author?)']],
    );
  });

  test("a <!--more--> inside a paragraph does not split, with a warning on its line", () => {
    const { post, issues } = parse(source("title: T\ndate: 2015-01-28", "Intro <!--more--> text.\n"));
    assert.equal(post?.teaserHtml, undefined);
    assert.deepEqual(issues.map(formatIssue), [
      "content/2015/x.md:5  <!--more--> is not on a line of its own at the top level of the body, so it does not split the post (ignored)",
    ]);
  });
});

describe("parsePost: updated and sticky", () => {
  test("updated defaults to the date; sticky to false", () => {
    const { post } = parse(source("title: T\ndate: 2015-01-28"));
    assert.equal(post?.updated, post?.date);
    assert.equal(post?.sticky, false);
  });

  test("updated is read like date and may not be earlier", () => {
    const { post } = parse(source("title: T\ndate: 2015-01-28\nupdated: 2015-02-01 10:00:00\nsticky: true"));
    assert.equal(post?.updated.iso, "2015-02-01T10:00:00Z");
    assert.equal(post?.sticky, true);
    assert.deepEqual(lines(source("title: T\ndate: 2015-01-28\nupdated: 2015-01-27")), [
      'content/2015/x.md:4  updated "2015-01-27T00:00:00Z" is before the post\'s date "2015-01-28T00:00:00Z"',
    ]);
    assert.deepEqual(lines(source("title: T\ndate: 2015-01-28\nupdated: 2015-02-30\nsticky: yes")), [
      'content/2015/x.md:4  updated "2015-02-30" is not a calendar date (use YYYY-MM-DD)',
      'content/2015/x.md:5  sticky must be true or false, not "yes"',
    ]);
  });
});

describe("parsePost: a post that links nothing by source is self-contained", () => {
  const selfContained = (body: string) =>
    parse(source("title: T\ndate: 2015-01-28", body, "2015-01-28-t.md")).post?.selfContained;

  test("addresses elsewhere, site paths and anchors: nothing to make final", () => {
    assert.equal(selfContained("[a](https://example.org/x) [b](/about/) [c](#top) ![d](/img/d.png)\n"), true);
    assert.equal(selfContained("No links at all.\n\n<!--more-->\n\nStill none.\n"), true);
  });

  test("a relative link, a relative image or a Jekyll tag (in text or code): not self-contained", () => {
    assert.equal(selfContained("[the other post](other.md)\n"), false);
    assert.equal(selfContained("![a photo](photo.jpg)\n"), false);
    assert.equal(selfContained("Before.\n\n<!--more-->\n\n[later](../2014/x.md)\n"), false);
    assert.equal(selfContained("In code: `{% post_url 2014-03-01-linked %}`\n"), false);
  });
});
