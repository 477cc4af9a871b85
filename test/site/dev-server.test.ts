// The dev server's model: pages rendered on request, and edits shown after a refresh.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { DevSite } from "../../src/eleventy/dev-server.ts";
import { fixturePath } from "../support/site-build.ts";

describe("the dev server renders on request", () => {
  test("pages, feeds and a 404, and an edit shows after a refresh", async () => {
    const content = fs.mkdtempSync(path.join(os.tmpdir(), "annals-dev-"));
    fs.cpSync(fixturePath("sites/reference/content"), content, { recursive: true });
    const options = {
      contentDir: content,
      outputDir: path.join(content, "out"),
      now: Date.parse("2026-01-01T00:00:00Z"),
    };
    const site = new DevSite(options);
    await site.refresh();

    const tag = site.respond("/tag/jongun/");
    assert.equal(tag?.status, 200);
    assert.equal(tag?.headers["Content-Type"], "text/html; charset=utf-8");
    assert.match(tag?.body ?? "", /<h1 class="archive-title">Posts Tagged ‘Jongun’<\/h1>/);
    assert.equal(site.respond("/tag/jongun")?.status, 200, "without the trailing slash too");
    assert.equal(site.respond("/feed.xml")?.headers["Content-Type"], "application/xml; charset=utf-8");
    const missing = site.respond("/no/such/page/");
    assert.equal(missing?.status, 404);
    assert.match(missing?.body ?? "", /Page not found/);
    assert.equal(site.respond("/assets/annals.css"), undefined, "assets are served as files");

    const file = path.join(content, "2015-01-28-kim.md");
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replace("title: Will he go?", "title: Will he go at all?"),
    );
    await site.refresh([file]);
    assert.match(site.respond("/2015/01/28/kim/")?.body ?? "", /<h1>Will he go at all\?<\/h1>/);
    assert.match(site.respond("/tag/jongun/")?.body ?? "", /Will he go at all\?/);
  });
});
