// Pages in other languages in a real browser: a right-to-left site (Arabic) reads from the right, its
// sidebar on the left of the content at desktop width, and axe-core finds no WCAG 2.1 A/AA violation
// on its page types; a Japanese site passes too. Screenshots go to test-artifacts/screenshots/.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { axeViolations, browserAvailable, launchBrowser, needBrowser } from "../support/browser.ts";
import { searchPair } from "../support/search-pair.ts";
import { type BuildRun, buildSite, REPO_ROOT } from "../support/site-build.ts";
import { type StaticServer, serveFolder } from "../support/static-server.ts";

const PAGES = ["", "page/2/", "2015/01/28/b/", "tag/blik/", "2015/01/", "archives/", "no/such/page/"];
const SCREENSHOTS = path.join(REPO_ROOT, "test-artifacts", "screenshots");

function buildIn(language: string): BuildRun {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), `annals-browser-${language}-`));
  fs.cpSync(path.join(REPO_ROOT, "test/fixtures/sites/every-page/content"), content, { recursive: true });
  const settings = path.join(content, "site.yaml");
  fs.writeFileSync(
    settings,
    fs.readFileSync(settings, "utf8").replace("language: en", `language: ${language}`),
  );
  return buildSite({ content });
}

for (const language of ["ar", "ja"]) {
  describe(`a site in ${language} in the browser`, () => {
    let run: BuildRun;
    let server: StaticServer;
    before(async () => {
      if (!browserAvailable()) return;
      run = buildIn(language);
      server = await serveFolder(run.output);
    });
    after(async () => {
      await server?.close();
    });

    test("axe-core finds no violation on any page type, light and dark", async (t) => {
      if (!needBrowser(t)) return;
      assert.equal(run.code, 0, run.stderr);
      for (const scheme of ["light", "dark"] as const) {
        const context = await launchBrowser({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
        try {
          const page = await context.newPage();
          const problems: string[] = [];
          for (const url of PAGES) {
            await page.goto(server.url + url);
            problems.push(...(await axeViolations(page, url)));
            assert.equal(await page.locator("html").getAttribute("lang"), language);
          }
          assert.deepEqual(problems, [], scheme);
        } finally {
          await context.close();
        }
      }
    });

    test("the layout follows the language's direction", async (t) => {
      if (!needBrowser(t)) return;
      const context = await launchBrowser({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}2015/01/28/b/`);
        const main = await page.locator("main").boundingBox();
        const sidebar = await page.locator("aside.sidebar").boundingBox();
        assert.ok(main !== null && sidebar !== null);
        if (language === "ar") {
          assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
          assert.ok(sidebar.x + sidebar.width <= main.x, "the sidebar is left of the content");
          const heading = await page.locator("h1").evaluate((h) => getComputedStyle(h).direction);
          assert.equal(heading, "rtl");
        } else {
          assert.ok(main.x + main.width <= sidebar.x, "the sidebar is right of the content");
        }
        fs.mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SCREENSHOTS, `post-${language}.png`), fullPage: true });
      } finally {
        await context.close();
      }
    });
  });
}

describe("a blog in three languages in the browser", () => {
  let run: BuildRun;
  let server: StaticServer;
  before(async () => {
    if (!browserAvailable()) return;
    run = buildSite({ content: path.join(REPO_ROOT, "test/fixtures/sites/multilingual/content") });
    server = await serveFolder(run.output);
  });
  after(async () => {
    await server?.close();
  });

  const TREE_PAGES = [
    "",
    "ja/",
    "ar/",
    "2024/03/01/new-ferry/",
    "ja/2024/03/01/new-ferry/",
    "ar/2024/03/01/new-ferry/",
    "ar/tag/ferry/",
    "ja/about/",
    "ja/archives/",
  ];

  test("axe-core finds no violation on the pages of every tree, light and dark; nothing wider than a phone", async (t) => {
    if (!needBrowser(t)) return;
    assert.equal(run.code, 0, run.stderr);
    for (const scheme of ["light", "dark"] as const) {
      const context = await launchBrowser({ colorScheme: scheme, viewport: { width: 320, height: 800 } });
      try {
        const page = await context.newPage();
        const problems: string[] = [];
        for (const url of TREE_PAGES) {
          await page.goto(server.url + url);
          problems.push(...(await axeViolations(page, url)));
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 320) problems.push(`${url}: ${width} px wide`);
        }
        assert.deepEqual(problems, [], scheme);
      } finally {
        await context.close();
      }
    }
  });

  test("the language links lead to the translation; search finds the reader's language only", async (t) => {
    if (!needBrowser(t)) return;
    const context = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}2024/03/01/new-ferry/`);
      await page.locator(".site-languages").getByRole("link", { name: "日本語" }).click();
      assert.equal(new URL(page.url()).pathname, "/ja/2024/03/01/new-ferry/");
      assert.equal(await page.locator("h1").textContent(), "島への航路に新しいフェリー");
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, "post-translated-ja.png"), fullPage: true });

      const titles = async (url: string): Promise<string[]> => {
        await page.goto(server.url + url);
        await page.locator(".pagefind-ui__result").first().waitFor();
        return (await page.locator(".pagefind-ui__result-link").allTextContents())
          .map((s) => s.trim())
          .sort();
      };
      // "ferry" (or "ferries") is in three English posts and the English about page; "الميناء" (the
      // harbour) in the title of an Arabic post and the body of the Arabic about page. Each tree's
      // search finds its own language's pages only.
      assert.deepEqual(await titles("search/?q=ferry"), [
        "A new ferry for the island route",
        "About the harbour",
        "Lost and found",
        "The harbour festival",
      ]);
      assert.deepEqual(await titles("ar/search/?q=الميناء"), ["عن الميناء", "مهرجان الميناء"]);
      await page.goto(`${server.url}search/?q=الميناء`);
      await page.locator(".pagefind-ui__message", { hasText: "No results" }).waitFor();
      assert.equal(await page.locator(".pagefind-ui__result").count(), 0);
    } finally {
      await context.close();
    }
  });
});

describe("a multilingual index in parts", () => {
  // Posts moved to earlier years, so that each year is a part of the index (one post a part at
  // least): 2022 holds English and Japanese, 2023 Arabic only, 2024 (the newest) every language.
  const redated = (): string => {
    const content = fs.mkdtempSync(path.join(os.tmpdir(), "annals-browser-parts-"));
    fs.cpSync(path.join(REPO_ROOT, "test/fixtures/sites/multilingual/content"), content, { recursive: true });
    for (const [file, from, to] of [
      ["2024/2024-06-15-english-only.md", "2024-06-15", "2022-06-15"],
      ["ja/2024/2024-05-20-matsuri.md", "2024-05-20", "2022-05-20"],
      ["ar/2024/2024-05-21-festival.md", "2024-05-21", "2023-05-21"],
    ] as const) {
      const at = path.join(content, file);
      fs.writeFileSync(at, fs.readFileSync(at, "utf8").replace(`date: ${from}`, `date: ${to}`));
    }
    // And German, with no post or page: its tree's search page has no part in its language.
    const settings = path.join(content, "site.yaml");
    fs.writeFileSync(
      settings,
      fs.readFileSync(settings, "utf8").replace("languages:\n  en:\n", "languages:\n  en:\n  de:\n"),
    );
    return content;
  };
  const pair = searchPair(() => {
    const content = redated();
    return { whole: { content }, inParts: { content, env: { ANNALS_SEARCH_PART_POSTS: "1" } } };
  });

  test("each tree's search finds what one index finds: its own language's pages, in every part", async (t) => {
    if (!needBrowser(t)) return;
    const { whole, inParts, wholeServer, partsServer } = pair;
    assert.equal(whole.code, 0, whole.stderr);
    assert.equal(inParts.code, 0, inParts.stderr);
    const parts = JSON.parse(fs.readFileSync(path.join(inParts.output, "pagefind", "parts.json"), "utf8"));
    assert.deepEqual(parts, {
      parts: [
        { path: "", languages: ["ar", "en", "ja"] },
        { path: "2023/", languages: ["ar"] },
        { path: "2022/", languages: ["en", "ja"] },
      ],
    });
    const context = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const found = async (url: string): Promise<string> => {
        await page.goto(url);
        const result = page.locator(".pagefind-ui__result");
        const none = page.locator(".pagefind-ui__message", { hasText: /No results|نتائج|結果/ });
        await result.or(none).first().waitFor();
        const titles = (await page.locator(".pagefind-ui__result-link").allTextContents()).map((s) =>
          s.trim(),
        );
        return titles.sort().join(" | ");
      };
      // "ferry" in English posts of 2024 and 2022 and the English page; "الميناء" (the harbour) in
      // the Arabic post of 2023 and the Arabic page, and in no English page; "フェリー" (ferry) in
      // Japanese posts of 2024 and 2022.
      for (const query of [
        "search/?q=ferry",
        "ar/search/?q=الميناء",
        "search/?q=الميناء",
        "ja/search/?q=フェリー",
      ]) {
        const one = await found(wholeServer.url + query);
        assert.deepEqual(await found(partsServer.url + query), one, query);
      }
      // A tree's search reads only the parts that hold its language.
      const partsRead = async (query: string): Promise<string[]> => {
        const read = new Set<string>();
        const record = (request: { url: () => string }) => {
          const part = /\/pagefind\/(\d{4})\//.exec(new URL(request.url()).pathname)?.[1];
          if (part !== undefined) read.add(part);
        };
        page.on("request", record);
        await found(partsServer.url + query);
        page.off("request", record);
        return [...read].sort();
      };
      assert.deepEqual(await partsRead("ar/search/?q=الميناء"), ["2023"]);
      assert.deepEqual(await partsRead("search/?q=الميناء"), ["2022"]);
      assert.deepEqual(await partsRead("ja/search/?q=フェリー"), ["2022"]);
      // No part holds German: the newest part alone, not every part each in a language of its own.
      assert.deepEqual(await partsRead("de/search/?q=ferry"), []);
      assert.match(await found(`${partsServer.url}ar/search/?q=الميناء`), /مهرجان الميناء/);
    } finally {
      await context.close();
    }
  });
});
