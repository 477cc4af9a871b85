// A site's view overrides (content/theme/views/<name>.ts): they change what they replace and nothing
// else, the checks that no post is lost do not depend on annals' markup, and removing them restores
// annals' own output byte for byte, in a build and in the dev server without a restart.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { load } from "cheerio";
import { DevSite } from "../../src/eleventy/dev-server.ts";
import { buildSite, FIXED_NOW, listFiles, REPO_ROOT, readPage } from "../support/site-build.ts";
import { runSiteFixture, SITES } from "../support/site-fixtures.ts";

const copyOf = (name: string): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annals-views-"));
  fs.cpSync(path.join(SITES, name, "content"), dir, { recursive: true });
  // Overrides import annals by name, as a site that depends on annals does.
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(REPO_ROOT, path.join(dir, "node_modules", "annals"));
  return dir;
};

describe("view overrides in a build", () => {
  const run = runSiteFixture("views");

  test("every HTML page has the footer's added line, after annals' footer", () => {
    const pages = listFiles(run.output).filter((f) => f.endsWith(".html"));
    assert.ok(pages.length > 20);
    for (const file of pages) {
      const $ = load(readPage(run.output, file));
      assert.equal($("footer.site-footer + p.colophon").text(), "Set in Reference’s own type.", file);
    }
  });

  test("every list shows its posts in the override's summary markup, and no page uses annals' summary", () => {
    const $ = load(readPage(run.output, "tag/jongun/index.html"));
    assert.deepEqual(
      $("section.entry h3.entry-heading a")
        .toArray()
        .map((a) => a.attribs.href),
      ["/2015/01/28/kim/", "/2015/01/21/moscow/"],
    );
    assert.equal($("section.entry .entry-note").first().text(), "Filed 1 way.");
    assert.equal($("article.post-summary").length, 0);
    const post = load(readPage(run.output, "2015/01/28/kim/index.html"));
    assert.equal(post("section.entry").length, 0, "a post's own page does not use the summary");
  });

  test("removing the overrides restores annals' own output byte for byte", () => {
    const content = copyOf("views");
    fs.rmSync(path.join(content, "theme"), { recursive: true });
    const plain = buildSite({ content });
    const reference = runSiteFixture("reference");
    assert.equal(plain.code, 0, plain.stderr);
    const files = listFiles(plain.output).filter((f) => !f.startsWith("pagefind/"));
    assert.deepEqual(
      files,
      listFiles(reference.output).filter((f) => !f.startsWith("pagefind/")),
    );
    for (const file of files)
      assert.equal(readPage(plain.output, file), readPage(reference.output, file), file);
  });
});

describe("view overrides in the dev server", () => {
  test("an edited override shows after a refresh, and a removed one gives annals' own page back", async () => {
    const content = copyOf("views");
    const now = Date.parse(FIXED_NOW);
    const site = new DevSite({ contentDir: content, outputDir: path.join(content, "out"), now });
    await site.refresh();
    assert.match(site.respond("/")?.body ?? "", /own type\.<\/p>/);

    const footer = path.join(content, "theme", "views", "footer.ts");
    fs.writeFileSync(footer, fs.readFileSync(footer, "utf8").replace("own type", "very own type"));
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(footer, later, later);
    await site.refresh([footer]);
    assert.match(site.respond("/")?.body ?? "", /very own type\.<\/p>/);

    fs.rmSync(path.join(content, "theme"), { recursive: true });
    await site.refresh();
    const plain = new DevSite({
      contentDir: path.join(SITES, "reference", "content"),
      outputDir: content,
      now,
    });
    await plain.refresh();
    for (const url of ["/", "/tag/jongun/", "/2015/01/28/kim/", "/archives/"])
      assert.equal(site.respond(url)?.body, plain.respond(url)?.body, url);
  });
});
