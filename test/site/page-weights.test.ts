// Small pages: annals' stylesheet stays under 20 KB, no page but the search page loads a script, and each
// page type stays within a budget (gzipped, as a static host serves it). The README's table comes
// from the same measurement (`npm run weights`).

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { formatTable, measureFirstSearch, measurePage, pagesToWeigh } from "../../src/bench/page-weights.ts";
import { buildSite, REPO_ROOT } from "../support/site-build.ts";

describe("page weights of a blog", () => {
  const run = buildSite({ content: path.join(REPO_ROOT, "test/fixtures/sites/blog/content") });

  test("CSS under 20 KB; scripts only on the search page; every page type within its budget", () => {
    assert.equal(run.code, 0, run.stderr);
    const pages = pagesToWeigh(run.output);
    assert.equal(pages.post, "/2016/12/07/pearl-harbor/", "the newest post (the later one is a draft)");
    assert.equal(pages.tag, "/tag/anniversaries/", "the largest tag");
    const rows = Object.entries(pages).map(([type, url]) => measurePage(run.output, type, url));
    assert.equal(rows.length, 16);
    assert.equal(pages["post with images"], "/2016/06/01/timeline/", "the newest post with an image");
    assert.ok(
      (rows.find((r) => r.type === "post with images")?.images.raw ?? 0) > 10_000,
      "its photo is weighed",
    );
    const stylesheet = fs.statSync(path.join(run.output, "assets", "annals.css")).size;
    assert.ok(stylesheet < 20 * 1024, `annals.css is ${stylesheet} bytes`);
    for (const row of rows) {
      // Every page loads annals.css alone; the search page adds Pagefind's UI stylesheet.
      if (row.type !== "search") assert.equal(row.css.raw, stylesheet, row.type);
      if (row.type === "search") assert.ok(row.js.raw > 0, "the search page loads Pagefind's UI");
      else assert.equal(row.js.raw, 0, `${row.type} loads no script`);
      // A page of ten posts with the sidebar is about 8 KB gzipped: 24 KB leaves room for long posts.
      const text = row.total.gzip - row.js.gzip - row.images.gzip;
      assert.ok(text < 24 * 1024, `${row.type}: ${text} bytes gzipped`);
    }
    const first = measureFirstSearch(run.output);
    assert.ok(first !== undefined && first.raw > 0);
    const table = formatTable(rows, first);
    assert.equal(table.split("\n").length, 2 + rows.length + 1);
  });
});
