// Hostile and broken input, built for real (test/fixtures/sites/hostile-<case>/, whose exact outcome
// test/site/site-fixtures.test.ts checks): a scan of the output for markup that escaped escaping, and
// checks that paths stay inside the site.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { load } from "cheerio";
import { assertWellFormedXml, readAtom } from "../support/feeds.ts";
import { type BuildRun, buildSite, listFiles, readPage } from "../support/site-build.ts";
import { runSiteFixture } from "../support/site-fixtures.ts";

const runOf = (name: string): BuildRun => runSiteFixture(`hostile-${name}`);

describe("hostile markup comes out inert and reads correctly", () => {
  test("no script but JSON-LD (and the search page's own), no event handler, in any page; JSON-LD cannot close its element", () => {
    const run = runOf("markup");
    for (const page of listFiles(run.output).filter((f) => f.endsWith(".html"))) {
      const $ = load(readPage(run.output, page));
      for (const el of $("*").toArray()) {
        if (!("attribs" in el)) continue;
        for (const name of Object.keys(el.attribs))
          assert.ok(!name.startsWith("on"), `${page}: ${el.name}[${name}]`);
      }
      assert.equal($("img").length, 0, `${page}: an img element`);
      for (const script of $("script").toArray()) {
        // The search page loads Pagefind's UI and annals' starter, both files of the site.
        const src = script.attribs.src;
        if (
          page === "search/index.html" &&
          ["/pagefind/pagefind-ui.js", "/assets/search.js"].includes(src ?? "")
        )
          continue;
        assert.equal(script.attribs.type, "application/ld+json", `${page}: a script element`);
        const json = $(script).text();
        assert.doesNotMatch(json, /[<>]/);
        JSON.parse(json);
      }
      assert.doesNotMatch(readPage(run.output, page), /<script>alert|<img src=x|<b>bold/);
    }
  });

  test("the names read exactly as written, in text, titles, attributes and feeds", () => {
    const run = runOf("markup");
    const post = load(readPage(run.output, "2015/01/28/xss/index.html"));
    const title = `"Quotes" & <b>bold</b> it's`;
    assert.equal(post("h1").text(), title);
    assert.equal(post("title").text(), `${title} – <Annals> & "Co"`);
    assert.equal(post('meta[property="og:title"]').attr("content"), title);
    assert.deepEqual(
      post(".post-tags a")
        .toArray()
        .map((a) => post(a).text()),
      ["<script>alert(1)</script>", '" onmouseover="alert(2)'],
    );
    assert.equal(post(".post-categories a").text(), '"><img src=x onerror=alert(3)>');
    assert.equal(post('meta[name="description"]').attr("content"), "</script><script>alert(4)</script>");
    assert.equal(post(".site-description").text(), '</p><script>alert("desc")</script>');
    const ld = JSON.parse(post('script[type="application/ld+json"]').text());
    assert.equal(ld.headline, title);
    assert.deepEqual(ld.author, { "@type": "Person", name: 'Ann "The <Author>"' });

    const other = load(readPage(run.output, "2015/01/29/json/index.html"));
    assert.equal(other("h1").text(), "</script><script>alert(5)</script>");
    assert.match(other(".post-body").text(), /Body with \{\{ title \}\} and \{% raw %\} text\./);

    for (const file of listFiles(run.output).filter((f) => f.endsWith(".xml"))) {
      assertWellFormedXml(readPage(run.output, file), file);
    }
    const feed = readAtom(readPage(run.output, "feed.xml"), "feed.xml");
    assert.deepEqual(
      feed.entries.map((e) => e.title),
      ["</script><script>alert(5)</script>", title],
    );
    assert.equal(feed.title, '<Annals> & "Co"');
  });
});

describe("hostile paths stay inside the site", () => {
  test("every file inside the output folder, none hidden, every link a safe site path", () => {
    const run = runOf("paths");
    const root = fs.realpathSync(run.output);
    for (const file of listFiles(run.output)) {
      const absolute = fs.realpathSync(path.join(run.output, file));
      assert.ok(absolute.startsWith(`${root}${path.sep}`), file);
      assert.ok(!file.split("/").some((segment) => segment.startsWith(".")), `hidden: ${file}`);
    }
    for (const page of listFiles(run.output).filter((f) => f.endsWith(".html"))) {
      const $ = load(readPage(run.output, page));
      for (const a of $("a[href]").toArray()) {
        const href = a.attribs.href ?? "";
        if (href.startsWith("https://") || href.startsWith("#")) continue;
        const pathOnly = href.split("#")[0] ?? "";
        assert.match(pathOnly, /^\/[\p{L}\p{N}%._~/-]*$/u, `${page}: ${href}`);
        assert.doesNotMatch(decodeURI(pathOnly), /\/\.|\.\.|\?/, `${page}: ${href}`);
      }
    }
  });
});

describe("drafts and future posts are never published by accident", () => {
  test("nothing of them is anywhere in the output", () => {
    const run = runOf("held");
    for (const file of listFiles(run.output)) {
      const text = readPage(run.output, file);
      assert.doesNotMatch(text, /SECRET-|DraftOnlyTag|A draft|Tomorrow in Auckland|Later today/, file);
    }
  });
});

describe("files too large to be posts", () => {
  test("a huge file and a huge front matter are errors, not a hang", () => {
    const content = fs.mkdtempSync(path.join(os.tmpdir(), "annals-huge-"));
    fs.writeFileSync(path.join(content, "site.yaml"), "url: https://kimwatch.org\n");
    fs.writeFileSync(
      path.join(content, "huge.md"),
      `---\ntitle: Huge\ndate: 2015-01-28\n---\n${"x".repeat(9 * 1024 * 1024)}`,
    );
    fs.writeFileSync(
      path.join(content, "long-front-matter.md"),
      `---\ntitle: Long\n${"key: value\n".repeat(30_000)}`,
    );
    const run = buildSite({ content });
    assert.equal(run.code, 1);
    const shown = path.relative(process.cwd(), content) || content;
    const prefix = shown.startsWith("..") ? content : shown;
    assert.equal(
      run.stderr,
      [
        `${prefix}/huge.md  the file is 9.0 MB, over the 8 MB limit for a post`,
        `${prefix}/long-front-matter.md:1  front matter is over 256 KB: is a closing \`---\` line missing?`,
        "2 errors in 2 files: nothing was built. Fix them and build again.",
        "",
      ].join("\n"),
    );
  });
});
