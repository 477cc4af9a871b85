// Search and the author's theme, built for real: the Pagefind index and search page with the
// `search` setting on (the default) and off; the theme folder's files copied to /assets/ and its
// custom.css linked on every page, under a path prefix too; the dev server's search page.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { load } from "cheerio";
import { DevSite } from "../../src/eleventy/dev-server.ts";
import type { FileState } from "../../src/pipeline/check-output.ts";
import { checkSearchIndex } from "../../src/pipeline/search-index.ts";
import { buildSite, fixturePath, listFiles, REPO_ROOT, readPage } from "../support/site-build.ts";
import { copyContent } from "../support/site-copy.ts";

const SAMPLE = path.join(REPO_ROOT, "test/fixtures/sites/blog/content");
const htmlPages = (root: string) => listFiles(root).filter((f) => f.endsWith(".html"));

describe("search", () => {
  const run = buildSite({ content: SAMPLE });

  test("the build indexes every post and says so", () => {
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /feeds written, search index: 25 posts and 1 page, 1 held back/);
    const files = listFiles(run.output);
    for (const ui of ["pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css", "pagefind/pagefind.js"]) {
      assert.ok(files.includes(ui), ui);
    }
    // Pagefind's manifest of the index, and one filter file per filter at least.
    assert.ok(files.includes("pagefind/pagefind-entry.json"));
    assert.ok(files.some((f) => f.startsWith("pagefind/filter/")));
  });

  test("only posts and pages are indexed (no list), posts with their tag, category and year as filters", () => {
    for (const file of htmlPages(run.output)) {
      const $ = load(readPage(run.output, file));
      const bodies = $("[data-pagefind-body]");
      const isPost = /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(file) && $("article.post").length === 1;
      if (isPost || file === "about/index.html") assert.equal(bodies.length, 1, file);
      else assert.equal(bodies.length, 0, `${file} is not indexed`);
    }
    const $ = load(readPage(run.output, "2015/01/28/will-kim-go/index.html"));
    const article = $("article.post");
    assert.equal(article.attr("data-pagefind-filter"), "year:2015");
    assert.deepEqual(
      article
        .find('[data-pagefind-filter="tag[data-filter]"]')
        .toArray()
        .map((a) => $(a).attr("data-filter")),
      ["Jongun", "North Korea"],
    );
    assert.deepEqual(
      article
        .find('[data-pagefind-filter="category[data-filter]"]')
        .toArray()
        .map((a) => $(a).attr("data-filter")),
      ["WWII News"],
    );
  });

  test("every page has a search form that sends q to the search page, but the search page itself", () => {
    for (const file of htmlPages(run.output)) {
      const $ = load(readPage(run.output, file));
      if (file === "search/index.html" || $('meta[http-equiv="refresh"]').length > 0) {
        assert.equal($("form.site-search").length, 0, file);
        continue;
      }
      const form = $('form[role="search"]');
      assert.equal(form.attr("action"), "/search/", file);
      assert.equal(form.attr("method"), "get", file);
      assert.equal(form.find('input[type="search"][name="q"]').length, 1, file);
      assert.equal(form.find("label").attr("for"), form.find("input").attr("id"), file);
    }
  });

  test("the search page loads Pagefind's UI from /pagefind/ and is kept out of search engines", () => {
    const $ = load(readPage(run.output, "search/index.html"));
    assert.equal($("h1").text(), "Search");
    assert.equal($('meta[name="robots"]').attr("content"), "noindex");
    assert.deepEqual(
      $("script[src]")
        .toArray()
        .map((s) => s.attribs.src),
      ["/pagefind/pagefind-ui.js", "/assets/search.js"],
    );
    assert.equal($('link[href="/pagefind/pagefind-ui.css"]').length, 1);
    assert.equal($("#search").attr("data-bundle"), "/pagefind/");
    assert.equal($("#search").attr("data-base"), "/");
    assert.equal($('.site-nav a[aria-current="page"]').text(), "Search");
    const sitemap = readPage(run.output, "sitemap.xml");
    assert.ok(!sitemap.includes("/search/"), "not in the sitemap");
  });

  test("under a path prefix, the form, the UI's files and its settings carry it", () => {
    const content = copyContent(SAMPLE, (s) =>
      s.replace("url: https://example.org", "url: https://example.org/blog"),
    );
    const prefixed = buildSite({ content });
    assert.equal(prefixed.code, 0, prefixed.stderr);
    const $ = load(readPage(prefixed.output, "search/index.html"));
    assert.equal($("#search").attr("data-bundle"), "/blog/pagefind/");
    assert.equal($("#search").attr("data-base"), "/blog/");
    assert.equal($('script[src="/blog/pagefind/pagefind-ui.js"]').length, 1);
    assert.equal($('script[src="/blog/assets/search.js"]').length, 1);
    const home = load(readPage(prefixed.output, "index.html"));
    assert.equal(home("form.site-search").attr("action"), "/blog/search/");
  });

  test("`search: false`: no index, no search page, no form, and the summary says search is off", () => {
    // The menu's Search entry goes with the search page (an entry to no page is an error).
    const content = copyContent(SAMPLE, (s) => `${s.replace("  - Search: /search/\n", "")}\nsearch: false\n`);
    const off = buildSite({ content });
    assert.equal(off.code, 0, off.stderr);
    assert.match(off.stdout, /feeds written, search off, 1 held back/);
    const files = listFiles(off.output);
    assert.ok(!files.some((f) => f.startsWith("pagefind/")));
    assert.ok(!files.includes("search/index.html"));
    for (const file of htmlPages(off.output)) {
      const text = readPage(off.output, file);
      assert.ok(!text.includes("/search/"), `${file} links no search page`);
    }
  });

  test("a site without posts gets an empty index (not one of its list pages)", () => {
    const content = fs.mkdtempSync(path.join(os.tmpdir(), "annals-empty-"));
    fs.writeFileSync(path.join(content, "site.yaml"), "title: Empty\nurl: https://example.org\n");
    const empty = buildSite({ content });
    assert.equal(empty.code, 0, empty.stderr);
    assert.match(empty.stdout, /search index: 0 posts/);
    const entry = JSON.parse(readPage(empty.output, "pagefind/pagefind-entry.json")) as {
      languages: Record<string, unknown>;
    };
    assert.deepEqual(entry.languages, {});
    assert.ok(fs.existsSync(path.join(empty.output, "pagefind", "pagefind-ui.js")));
  });

  test("the dev server's search page says the preview has no index", async () => {
    const site = new DevSite({
      contentDir: fixturePath("sites/reference/content"),
      outputDir: path.join(REPO_ROOT, "test", ".output", "unused"),
      now: Date.parse("2026-01-01T00:00:00Z"),
    });
    await site.refresh();
    const page = site.respond("/search/");
    assert.equal(page?.status, 200);
    assert.match(page?.body ?? "", /Search is not available in the preview/);
    assert.doesNotMatch(page?.body ?? "", /pagefind-ui\.js/);
  });
});

describe("checkSearchIndex", () => {
  const files = (...paths: string[]): FileState[] => paths.map((p) => ({ path: p, stamp: "1:1" }));
  const ui = ["pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css", "pagefind/pagefind.js"];

  test("passes an index that only added files under pagefind/ and holds every post", () => {
    assert.deepEqual(checkSearchIndex(files("index.html"), files("index.html", ...ui), 3, 3), []);
  });

  test("fails an indexer that touched the site, wrote elsewhere, or indexed too few pages", () => {
    assert.deepEqual(
      checkSearchIndex(
        files("index.html", "a/index.html"),
        [...files("a/index.html", "stray.txt", ...ui.slice(1)), { path: "index.html", stamp: "2:2" }],
        3,
        2,
      ),
      [
        "index.html was changed by the search indexer",
        "stray.txt was written by the search indexer outside pagefind/",
        "pagefind/pagefind-ui.js is missing",
        "the search index holds 2 pages, not the 3 posts and pages of the site",
      ],
    );
  });
});

describe("the author's theme", () => {
  const theme = {
    "theme/custom.css": ":root { --link: #7a1f5c; }\n",
    "theme/fonts/serif.woff2": Buffer.from([0x77, 0x4f, 0x46, 0x32]),
  };

  test("theme/ files are copied to /assets/ and custom.css is linked after annals.css on every page", () => {
    const content = copyContent(SAMPLE, undefined, theme);
    const run = buildSite({ content });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readPage(run.output, "assets/custom.css"), theme["theme/custom.css"]);
    assert.ok(
      fs
        .readFileSync(path.join(run.output, "assets/fonts/serif.woff2"))
        .equals(theme["theme/fonts/serif.woff2"]),
    );
    for (const file of htmlPages(run.output)) {
      const $ = load(readPage(run.output, file));
      if ($('meta[http-equiv="refresh"]').length > 0) continue;
      const sheets = $('link[rel="stylesheet"]')
        .toArray()
        .map((l) => l.attribs.href);
      assert.deepEqual(sheets.slice(0, 2), ["/assets/annals.css", "/assets/custom.css"], file);
    }
    const manifest = JSON.parse(readPage(run.output, "archive.json")) as { outputs: string[] };
    assert.ok(manifest.outputs.includes("/assets/custom.css"));
    assert.ok(manifest.outputs.includes("/assets/fonts/serif.woff2"));
  });

  test("under a path prefix the theme's stylesheet link carries it", () => {
    const content = copyContent(
      SAMPLE,
      (s) => s.replace("url: https://example.org", "url: https://example.org/blog"),
      theme,
    );
    const run = buildSite({ content });
    assert.equal(run.code, 0, run.stderr);
    const $ = load(readPage(run.output, "index.html"));
    assert.equal($('link[href="/blog/assets/custom.css"]').length, 1);
  });

  test("a theme file named annals.css is an error; Markdown in theme/ is no post, with a warning", () => {
    const content = copyContent(SAMPLE, undefined, {
      "theme/annals.css": "body { color: red; }\n",
      "theme/notes.md": "---\ntitle: Notes\ndate: 2015-01-01\n---\nNot a post.\n",
    });
    const run = buildSite({ content, args: ["--verbose"] });
    assert.equal(run.code, 1, run.stdout);
    assert.match(
      run.stderr,
      /theme\/annals\.css {2}would replace annals' own stylesheet; name it custom\.css \(linked after annals\.css, so its rules win\)/,
    );
    assert.match(
      run.stderr,
      /warning {2}.*theme\/notes\.md {2}is in the theme folder, so it is copied to \/assets\/ and not read as a post/,
    );
  });
});
