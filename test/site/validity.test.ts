// The built sample blog through outside tools: a link checker (linkinator, over HTTP, with anchors)
// and an HTML validator (html-validate) on every page.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { HtmlValidate } from "html-validate";
import { LinkChecker } from "linkinator";
import { findBrokenLinks } from "../support/links.ts";
import { buildSite, listFiles, REPO_ROOT, readPage } from "../support/site-build.ts";
import { type StaticServer, serveFolder } from "../support/static-server.ts";

describe("the sample blog through outside tools", () => {
  const run = buildSite({ content: path.join(REPO_ROOT, "test/fixtures/sites/blog/content") });
  let server: StaticServer;
  before(async () => {
    server = await serveFolder(run.output);
  });
  after(async () => {
    await server.close();
  });

  test("linkinator finds no broken internal link", async () => {
    assert.equal(run.code, 0, run.stderr);
    const checker = new LinkChecker();
    const result = await checker.check({
      path: server.url,
      recurse: true,
      checkFragments: true,
      concurrency: 20,
      // Only this site: nothing leaves 127.0.0.1.
      linksToSkip: async (link: string) => !link.startsWith(server.url),
    });
    const checked = result.links.filter((l) => l.state !== "SKIPPED");
    const broken = result.links
      .filter((l) => l.state === "BROKEN")
      .map((l) => `${l.parent} → ${l.url} (${l.status})`);
    assert.deepEqual(broken, []);
    assert.ok(
      checked.length >= listFiles(run.output).filter((f) => f.endsWith(".html")).length - 1,
      `${checked.length} links`,
    );
  });

  test("our own checker agrees, anchors included (linkinator 7 does not check fragments across pages)", () => {
    assert.deepEqual(findBrokenLinks(run.output).broken, []);
  });

  test("both checkers catch a broken link; ours catches a broken anchor", async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "annals-broken-links-"));
    fs.cpSync(run.output, copy, { recursive: true });
    const page = path.join(copy, "tag", "jongun", "index.html");
    fs.writeFileSync(
      page,
      fs
        .readFileSync(page, "utf8")
        .replace("/2015/01/28/will-kim-go/#more", "/2015/01/28/will-kim-go/#nope")
        .replace('href="/2015/01/"', 'href="/2015/13/"'),
    );
    assert.deepEqual(
      findBrokenLinks(copy).broken.map((b) => [b.href, b.reason]),
      [
        ["/2015/13/", "no such page"],
        ["/2015/01/28/will-kim-go/#nope", 'no id "nope" on the page'],
      ],
    );
    const brokenServer = await serveFolder(copy);
    try {
      const result = await new LinkChecker().check({
        path: brokenServer.url,
        recurse: true,
        linksToSkip: async (link: string) => !link.startsWith(brokenServer.url),
      });
      const broken = new Set(result.links.filter((l) => l.state === "BROKEN").map((l) => l.url));
      assert.deepEqual([...broken], [`${brokenServer.url}2015/13/`]);
    } finally {
      await brokenServer.close();
    }
  });

  test("html-validate finds no error on any page", async () => {
    // The recommended rules, but for long-title: a post's title is the author's to choose.
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: { "long-title": "off" },
    });
    const pages = listFiles(run.output).filter((f) => f.endsWith(".html"));
    const kinds = new Set(pages.map((p) => p.split("/")[0]));
    assert.ok(
      kinds.has("tag") &&
        kinds.has("category") &&
        kinds.has("2015") &&
        kinds.has("archives") &&
        kinds.has("404.html"),
    );
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readPage(run.output, page), page);
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
