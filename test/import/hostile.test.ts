// A hostile WordPress export (comments with script, event handlers, `javascript:` and `data:` links,
// iframes and forms; authors and commenters named with markup) imports and builds with none of it
// active on any page: every element, attribute and link of every written page is checked.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { load } from "cheerio";
import { importWordPress } from "../../src/import/import.ts";
import { formatReport } from "../../src/import/report.ts";
import { buildSite, listFiles } from "../support/site-build.ts";
import { FIXTURES, temporaryFolder } from "./helpers.ts";

const HOSTILE = path.join(FIXTURES, "hostile.wordpress.xml");

/** What would run or load in a reader's browser: each one found, with its file. */
function activeMarkup(file: string, text: string): string[] {
  const found: string[] = [];
  const $ = load(text, { xml: file.endsWith(".xml") });
  $("*").each((_, element) => {
    if (element.type !== "tag") return;
    const name = element.tagName.toLowerCase();
    if (["iframe", "object", "embed", "form", "svg", "math", "base"].includes(name))
      found.push(`${file}: <${name}>`);
    if (name === "script") {
      const type = element.attribs.type ?? "";
      const src = element.attribs.src ?? "";
      const own = type === "application/ld+json" || /^\/(assets|pagefind)\//.test(src);
      if (!own) found.push(`${file}: <script ${type} ${src}>`);
      if (/alert\(/.test($(element).text())) found.push(`${file}: script text ${$(element).text()}`);
    }
    for (const [attribute, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(attribute)) found.push(`${file}: ${name} ${attribute}="${value}"`);
      if (attribute === "style" && /url\(|expression/i.test(value)) found.push(`${file}: style ${value}`);
      if (
        /^(href|src|action|formaction|xlink:href|data)$/i.test(attribute) &&
        /^\s*(javascript|data|vbscript):/i.test(value)
      )
        found.push(`${file}: ${name} ${attribute}="${value}"`);
    }
  });
  // HTML carried inside feeds (escaped once) must be as safe as the pages' own.
  if (file.endsWith(".xml"))
    $("content, summary, description").each((_, element) => {
      if ($(element).attr("type") === "html" || element.tagName === "description")
        found.push(...activeMarkup(`${file} (${element.tagName})`, `<div>${$(element).text()}</div>`));
    });
  return found;
}

describe("a hostile WordPress export", () => {
  test("imports and builds with none of its script, handlers or links active on any page", async (t) => {
    const folder = temporaryFolder(t);
    const { ok, report } = await importWordPress({
      exportFile: HOSTILE,
      into: folder,
      force: false,
      pingbacks: true,
    });
    assert.ok(ok);
    assert.deepEqual(report.comments, {
      total: 5,
      kept: 4,
      left: new Map([["not approved (pending or spam)", 1]]),
    });
    // What could not be written as it was is written so that it builds: two pages of one path, a
    // comment without an id, two authors of one name, a menu entry to a tag only a draft has.
    assert.ok(fs.existsSync(path.join(folder, "pages", "cafe.md")));
    assert.ok(fs.existsSync(path.join(folder, "pages", "cafe-2.md")));
    assert.match(
      fs.readFileSync(path.join(folder, "2020", "2020-05-02-sam-one.comments.yaml"), "utf8"),
      /id: imported-1/,
    );
    assert.match(
      fs.readFileSync(path.join(folder, "site.yaml"), "utf8"),
      /sam1: Sam \(sam1\)\n {2}sam2: Sam \(sam2\)/,
    );
    assert.match(formatReport(report), /menu entry "Secret" left out: no post has the tag/);
    fs.appendFileSync(path.join(folder, "site.yaml"), "search: false\n");
    const run = buildSite({ content: folder });
    t.after(() => fs.rmSync(run.output, { recursive: true, force: true }));
    assert.equal(run.code, 0, run.stderr);

    const found: string[] = [];
    const files = listFiles(run.output).filter((f) => /\.(html|xml|json)$/.test(f));
    assert.ok(files.length > 10, files.join());
    for (const file of files) {
      const text = fs.readFileSync(path.join(run.output, file), "utf8");
      if (!file.endsWith(".json")) found.push(...activeMarkup(file, text));
      for (const secret of ["victim@hostile.example", "203.0.113.66", "mallory@hostile.example"])
        if (text.includes(secret)) found.push(`${file}: ${secret}`);
    }
    assert.deepEqual(found, []);

    // The comments are there, as text: threaded, the spam left out, names shown and not run.
    const $ = load(fs.readFileSync(path.join(run.output, "2020/05/01/hostile/index.html"), "utf8"));
    assert.equal($("#comments-title").text(), "3 comments");
    assert.deepEqual(
      $(".comment")
        .toArray()
        .map((c) => c.attribs.id),
      ["comment-1", "comment-2", "comment-4"],
    );
    // A name that is only markup is no name (WordPress strips tags from names too).
    assert.equal($("#comment-1 .comment-author").first().text(), "Anonymous");
    assert.equal($("#comment-4 .comment-author").first().text(), "Another blog");
    assert.equal(
      $("#comment-1 .comment-author").first().attr("href"),
      undefined,
      "a javascript: address is not linked",
    );
    assert.equal($("#comment-1 .comment-replies #comment-2").length, 1, "the reply is under its comment");
    assert.equal($('#comment-2 a[href="https://fine.example/"]').attr("rel"), "nofollow ugc");
    assert.match($("#comment-1 .comment-body").text(), /First!/);
    assert.doesNotMatch($.html(), /Buy now/);
    // A blog of one author keeps WordPress's /author/<login>/ page (authorPages: true).
    assert.ok(fs.existsSync(path.join(run.output, "author", "mallory", "index.html")));
  });
});
