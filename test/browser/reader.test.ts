// A reader in a real browser, clicking links as a person would: through the sample blog with
// JavaScript turned off (navigation needs none), then searching it with Pagefind, then the same
// site served under a path prefix, as a GitHub project site is.

import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { browserAvailable, launchBrowser, needBrowser, recordRequests } from "../support/browser.ts";
import { searchPair } from "../support/search-pair.ts";
import { type BuildRun, buildSite, fixturePath, REPO_ROOT } from "../support/site-build.ts";
import { copyContent } from "../support/site-copy.ts";
import { type StaticServer, serveFolder } from "../support/static-server.ts";

const SAMPLE = path.join(REPO_ROOT, "test/fixtures/sites/blog/content");

async function heading(page: Page): Promise<string> {
  const h1 = page.locator("h1");
  assert.equal(await h1.count(), 1, `one h1 on ${page.url()}`);
  return ((await h1.textContent()) ?? "").trim();
}

/** Pagefind's result titles, once the UI has shown results for the query. */
async function resultTitles(page: Page): Promise<string[]> {
  await page.locator(".pagefind-ui__result").first().waitFor();
  return (await page.locator(".pagefind-ui__result-link").allTextContents()).map((t) => t.trim());
}

/** The search for "moscow" shown, its tag filter Jongun checked: the two posts tagged Jongun. */
async function assertJongunFilter(page: Page): Promise<void> {
  await page.getByRole("checkbox", { name: /^Jongun/ }).check();
  await page.waitForFunction(
    () => document.querySelectorAll(".pagefind-ui__result").length === 2,
    undefined,
    { timeout: 10_000 },
  );
  assert.deepEqual((await resultTitles(page)).sort(), ["An invitation to Moscow", "Will Kim go to Moscow?"]);
}

describe("a reader in the browser", () => {
  let run: BuildRun;
  let server: StaticServer;
  before(async () => {
    if (!browserAvailable()) return;
    run = buildSite({ content: SAMPLE });
    server = await serveFolder(run.output);
  });
  after(async () => {
    await server?.close();
  });

  test("browses home → a post → its tag → page 2 of the tag → a month → a category, without JavaScript", async (t) => {
    if (!needBrowser(t)) return;
    assert.equal(run.code, 0, run.stderr);
    const context = await launchBrowser({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const requests = recordRequests(context);
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      assert.equal(await heading(page), "Latest posts (page 1 of 3)");
      assert.equal(await page.locator('.site-nav a[aria-current="page"]').textContent(), "Home");

      // The newest post tagged Anniversaries, by its title, as a reader would pick it.
      const summary = page
        .locator("article.post-summary")
        .filter({ has: page.getByRole("link", { name: "Anniversaries", exact: true }) })
        .first();
      const title = ((await summary.locator("h2").textContent()) ?? "").trim();
      await summary.getByRole("link", { name: title, exact: true }).click();
      assert.equal(await heading(page), title);
      assert.match(page.url(), /\/\d{4}\/\d\d\/\d\d\/[^/]+\/$/);

      await page.locator(".post-tags").getByRole("link", { name: "Anniversaries", exact: true }).click();
      assert.equal(await heading(page), "Posts Tagged ‘Anniversaries’");
      assert.equal(new URL(page.url()).pathname, "/tag/anniversaries/");
      assert.equal(await page.locator("article.post-summary").count(), 10);

      await page.locator(".pagination").getByRole("link", { name: "Page 2", exact: true }).click();
      assert.equal(new URL(page.url()).pathname, "/tag/anniversaries/page/2/");
      assert.equal(await heading(page), "Posts Tagged ‘Anniversaries’ — page 2");
      const current = page.locator('.pagination [aria-current="page"]');
      assert.equal(((await current.textContent()) ?? "").trim(), "Page 2");
      assert.ok((await page.locator("article.post-summary").count()) >= 1);

      // The first post's month, from its date line ("January 28th, 2015": "January" links the month).
      const date = page.locator("article.post-summary .post-date").first();
      const month = date.locator('a[aria-label^="Archive for"]').first();
      const monthLabel = (await month.getAttribute("aria-label")) ?? "";
      await month.click();
      assert.equal(await heading(page), monthLabel);
      assert.match(new URL(page.url()).pathname, /^\/\d{4}\/\d\d\/$/);

      const category = page.locator("article.post-summary .post-categories a").first();
      const name = ((await category.textContent()) ?? "").trim();
      await category.click();
      assert.equal(await heading(page), `Archive for the ‘${name}’ Category`);
      assert.match(new URL(page.url()).pathname, /^\/category\/[^/]+\/$/);

      const outside = requests.filter((u) => !u.startsWith(server.url));
      assert.deepEqual(outside, [], "no request leaves the site");
    } finally {
      await context.close();
    }
  });

  test("searches from the header for a word of one post, finds it, and filters by a tag", async (t) => {
    if (!needBrowser(t)) return;
    const context = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    const requests = recordRequests(context);
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      // "Livadia" is in one post only (Yalta, February 1945).
      await page.getByRole("searchbox", { name: "Search the posts" }).fill("Livadia");
      await page.getByRole("button", { name: "Search", exact: true }).click();
      assert.equal(new URL(page.url()).pathname, "/search/");
      assert.equal(new URL(page.url()).searchParams.get("q"), "Livadia");
      assert.equal(await heading(page), "Search");
      assert.deepEqual(await resultTitles(page), ["Yalta, February 1945"]);
      await page.locator(".pagefind-ui__result-link").first().click();
      assert.equal(new URL(page.url()).pathname, "/2015/02/04/yalta/");
      assert.equal(await heading(page), "Yalta, February 1945");

      // A word most posts share, then only the posts tagged Jongun.
      await page.goto(`${server.url}search/?q=moscow`);
      const before = await resultTitles(page);
      assert.ok(before.length > 2, `moscow: ${before.join(", ")}`);
      await assertJongunFilter(page);
      // Year and category filters are offered too.
      for (const filter of ["tag", "category", "year"]) {
        assert.equal(await page.locator(".pagefind-ui__filter-name", { hasText: filter }).count(), 1, filter);
      }

      const outside = requests.filter((u) => !u.startsWith(server.url));
      assert.deepEqual(outside, [], "no request leaves the site");
    } finally {
      await context.close();
    }
  });
});

describe("hostile names in the search page", () => {
  test("titles and tags made of markup read as written in results and filters, and run nothing", async (t) => {
    if (!needBrowser(t)) return;
    const run = buildSite({ content: fixturePath("sites/hostile-markup/content") });
    assert.equal(run.code, 0, run.stderr);
    const server = await serveFolder(run.output);
    const context = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on("dialog", async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto(`${server.url}search/?q=ordinary`);
      assert.deepEqual(await resultTitles(page), [`"Quotes" & <b>bold</b> it's`]);
      const filters = (await page.locator(".pagefind-ui__filter-value label").allTextContents()).map((l) =>
        l.trim(),
      );
      // Pagefind's UI shows filter values as HTML: the names reach it escaped (post-parts.ts).
      for (const name of [
        "<script>alert(1)</script>",
        `" onmouseover="alert(2)`,
        `"><img src=x onerror=alert(3)>`,
        "{{ title }}",
      ]) {
        assert.ok(
          filters.some((f) => f.startsWith(`${name} (`)),
          `${name} in ${filters.join(" | ")}`,
        );
      }
      assert.equal(await page.locator("#search img, #search b").count(), 0, "no element made of a name");
      assert.deepEqual(dialogs, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe("the site served under a path prefix (/blog/)", () => {
  let run: BuildRun;
  let server: StaticServer;
  before(async () => {
    if (!browserAvailable()) return;
    const content = copyContent(SAMPLE, (settings) =>
      settings.replace("url: https://example.org", "url: https://example.org/blog"),
    );
    run = buildSite({ content });
    server = await serveFolder(run.output, "/blog");
  });
  after(async () => {
    await server?.close();
  });

  test("the header's search, the search page and its results all stay under /blog/", async (t) => {
    if (!needBrowser(t)) return;
    assert.equal(run.code, 0, run.stderr);
    const context = await launchBrowser({ viewport: { width: 375, height: 800 } });
    try {
      const page = await context.newPage();
      const failed: string[] = [];
      page.on("response", (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(server.url);
      await page.getByRole("searchbox", { name: "Search the posts" }).fill("Livadia");
      await Promise.all([page.waitForURL(/\/search\//), page.keyboard.press("Enter")]);
      assert.equal(new URL(page.url()).pathname, "/blog/search/");
      assert.deepEqual(await resultTitles(page), ["Yalta, February 1945"]);
      await page.locator(".pagefind-ui__result-link").first().click();
      assert.equal(new URL(page.url()).pathname, "/blog/2015/02/04/yalta/");
      assert.deepEqual(failed, [], "every file the pages asked for was there");
    } finally {
      await context.close();
    }
  });
});

describe("an index in parts (a large site's, made small here), under a path prefix", () => {
  const pair = searchPair(() => {
    const content = copyContent(SAMPLE, (settings) =>
      settings.replace("url: https://example.org", "url: https://example.org/blog"),
    );
    // At least four posts a part: 2014, 2015 and 2016 (the newest, with the page) each a part.
    return {
      whole: { content: SAMPLE },
      inParts: { content, env: { ANNALS_SEARCH_PART_POSTS: "4" } },
      prefix: "/blog",
    };
  });

  test("finds what one index finds, across the parts, filters included, every file there", async (t) => {
    if (!needBrowser(t)) return;
    const { whole, inParts, wholeServer, partsServer } = pair;
    assert.equal(whole.code, 0, whole.stderr);
    assert.equal(inParts.code, 0, inParts.stderr);
    assert.match(inParts.stdout, /search index: 25 posts and 1 page in 3 parts,/);
    const context = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    const requests = recordRequests(context);
    try {
      const page = await context.newPage();
      const failed: string[] = [];
      page.on("response", (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      const titles = async (url: string): Promise<string[]> => {
        await page.goto(url);
        return (await resultTitles(page)).sort();
      };
      // How many results, and which: the UI shows the best five first, and the parts rank each
      // their own pages, so the titles are compared where there are five at most.
      const found = async (url: string): Promise<string> => {
        const shown = await titles(url);
        const message = ((await page.locator(".pagefind-ui__message").textContent()) ?? "").trim();
        return shown.length < 5 ? `${message}: ${shown.join(" | ")}` : message;
      };
      // A word of one 2015 post, words of posts of every year, a word of the page.
      for (const query of ["Livadia", "moscow", "museum", "war", "about"]) {
        const one = await found(`${wholeServer.url}search/?q=${query}`);
        assert.deepEqual(await found(`${partsServer.url}search/?q=${query}`), one, query);
      }
      for (const part of ["/blog/pagefind/2014/", "/blog/pagefind/2015/"])
        assert.ok(
          requests.some((u) => new URL(u).pathname.startsWith(part)),
          `the search read the part in ${part}`,
        );
      // A tag's filter counts the posts of every part.
      await titles(`${partsServer.url}search/?q=moscow`);
      await assertJongunFilter(page);
      await page.locator(".pagefind-ui__result-link").first().click();
      assert.match(new URL(page.url()).pathname, /^\/blog\/2015\/01\/\d\d\/[^/]+\/$/);
      assert.deepEqual(failed, [], "every file the pages asked for was there");
    } finally {
      await context.close();
    }
  });
});
