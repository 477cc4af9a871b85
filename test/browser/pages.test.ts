// Every page type of the sample blog in a real browser, light and dark: axe-core finds no WCAG 2.1
// A/AA violation, the page does not shift as it loads, and asks nothing of another host. Screenshots
// at phone and desktop widths go to test-artifacts/screenshots/ for review (not compared: they are
// for people to look at).

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { browserAvailable, launchBrowser, needBrowser, recordRequests } from "../support/browser.ts";
import { type BuildRun, buildSite, REPO_ROOT } from "../support/site-build.ts";
import { type StaticServer, serveFolder } from "../support/static-server.ts";

const SCREENSHOTS = path.join(REPO_ROOT, "test-artifacts", "screenshots");

/** One page of each type in the sample blog. */
const PAGE_TYPES: Record<string, string> = {
  home: "",
  "home-page-2": "page/2/",
  post: "2015/01/28/will-kim-go/",
  "post-with-code": "2016/01/28/how-the-list-is-made/",
  "post-with-comments": "2016/06/22/barbarossa/",
  "post with images": "2015/05/09/victory-parade/",
  "post with a static image": "2016/06/01/timeline/",
  page: "about/",
  tag: "tag/anniversaries/",
  "tag-page-2": "tag/anniversaries/page/2/",
  category: "category/wwii-news/",
  year: "2015/",
  month: "2015/01/",
  day: "2015/01/28/",
  author: "author/mira/",
  "author-page-2": "author/mira/page/2/",
  "on-this-day": "on-this-day/01-28/",
  "tags-index": "tags/",
  "authors-index": "authors/",
  "categories-index": "categories/",
  "archives-index": "archives/",
  "not-found": "no/such/page/",
  search: "search/?q=moscow",
};

/** The page types photographed at each width and scheme. */
const PHOTOGRAPHED = [
  "home",
  "post",
  "post-with-code",
  "post-with-comments",
  "post with images",
  "tag",
  "month",
  "on-this-day",
  "author",
  "archives-index",
  "search",
];

const SCHEMES = ["light", "dark"] as const;

async function open(page: Page, url: string, type: string): Promise<void> {
  await page.goto(url);
  // The search page draws its results with a script: wait for them before looking.
  if (type === "search") await page.locator(".pagefind-ui__result").first().waitFor();
  // Eager images, loaded and drawn (lazy ones below the first screen need not be).
  await page.waitForFunction(() =>
    Array.from(document.images)
      .filter((i) => i.loading !== "lazy")
      .every((i) => i.complete && i.naturalWidth > 0),
  );
}

/** The sum of layout shifts Chromium saw while the page loaded (Cumulative Layout Shift). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: "layout-shift", buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
}

describe("every page type in the browser", () => {
  let run: BuildRun;
  let server: StaticServer;
  before(async () => {
    if (!browserAvailable()) return;
    run = buildSite({ content: path.join(REPO_ROOT, "test/fixtures/sites/blog/content") });
    server = await serveFolder(run.output);
  });
  after(async () => {
    await server?.close();
  });

  for (const scheme of SCHEMES) {
    test(`axe-core finds no WCAG 2.1 A/AA violation on any page type (${scheme})`, async (t) => {
      if (!needBrowser(t)) return;
      assert.equal(run.code, 0, run.stderr);
      const context = await launchBrowser({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      const requests = recordRequests(context);
      try {
        const page = await context.newPage();
        const problems: string[] = [];
        for (const [type, url] of Object.entries(PAGE_TYPES)) {
          await open(page, server.url + url, type);
          const result = await new AxeBuilder({ page })
            .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
            .analyze();
          for (const v of result.violations) {
            problems.push(`${type}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ") ?? ""}`);
          }
          assert.ok(result.passes.length > 10, `${type}: axe ran (${result.passes.length} rules passed)`);
          assert.equal(await page.locator("h1").count(), 1, `${type}: one h1`);
          assert.equal(await page.locator("html").getAttribute("lang"), "en");
        }
        assert.deepEqual(problems, []);
        assert.deepEqual(
          requests.filter((u) => !u.startsWith(server.url)),
          [],
          "no request leaves the site",
        );
      } finally {
        await context.close();
      }
    });
  }

  test("the checks can fail: axe reports faint text and an unlabelled field, a shifted page is seen", async (t) => {
    if (!needBrowser(t)) return;
    const context = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.evaluate(() => {
        const main = document.getElementById("main");
        main?.insertAdjacentHTML(
          "afterbegin",
          '<p style="color:#c8c8c8;background:#fff">faint</p><input type="text"><h1>second</h1>',
        );
      });
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
      const ids = result.violations.map((v) => v.id);
      assert.ok(ids.includes("color-contrast"), ids.join(", "));
      assert.ok(ids.includes("label"), ids.join(", "));
      assert.equal(await page.locator("h1").count(), 2);
      await page.evaluate(() => {
        const block = document.createElement("div");
        block.style.height = "300px";
        document.getElementById("main")?.prepend(block);
      });
      assert.ok((await layoutShift(page)) > 0, "the shift is measured");
    } finally {
      await context.close();
    }
  });

  test("the skip link is the first stop of the keyboard, visible, and leads to the content", async (t) => {
    if (!needBrowser(t)) return;
    const context = await launchBrowser({ viewport: { width: 375, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}tag/anniversaries/`);
      await page.keyboard.press("Tab");
      const focused = page.locator(":focus");
      assert.equal((await focused.textContent()) ?? "", "Skip to content");
      const box = await focused.boundingBox();
      assert.ok(box !== null && box.y >= 0 && box.height > 0, "on screen when focused");
      const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
      assert.equal(outline, "solid", "a visible focus ring");
      await page.keyboard.press("Enter");
      // Following the link changes the address once the browser has moved to it (not at once).
      await page.waitForURL((url) => url.hash === "#main", { timeout: 5000 }).catch(() => {});
      assert.equal(new URL(page.url()).hash, "#main");
    } finally {
      await context.close();
    }
  });

  test("images show at their size, from the variant the browser picks, with width and height", async (t) => {
    if (!needBrowser(t)) return;
    for (const width of [375, 1280]) {
      const context = await launchBrowser({ viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        for (const type of ["post with images", "post with a static image"]) {
          await page.goto(server.url + PAGE_TYPES[type]);
          const images = await page.locator(".post-body img").evaluateAll((imgs) =>
            (imgs as HTMLImageElement[]).map((img) => ({
              width: img.getAttribute("width"),
              height: img.getAttribute("height"),
              shown: img.getBoundingClientRect().width,
              ratio: img.getBoundingClientRect().height / img.getBoundingClientRect().width,
              current: img.currentSrc,
            })),
          );
          assert.ok(images.length > 0, type);
          for (const image of images) {
            assert.ok(image.width !== null && image.height !== null, `${type}: width and height set`);
            assert.ok(
              Math.abs(image.ratio - Number(image.height) / Number(image.width)) < 0.02,
              `${type}: its own proportions`,
            );
            assert.match(
              image.current,
              /\/assets\/annals\/img\/.+\.webp$/,
              `${type}: a WebP variant is what the browser took`,
            );
            assert.ok(
              image.shown > 200 && image.shown <= width,
              `${type}: fits the column (${image.shown}px at ${width})`,
            );
          }
        }
      } finally {
        await context.close();
      }
    }
  });

  test("printed, a post is its text: no navigation, search box, sidebar or footer; black on white", async (t) => {
    if (!needBrowser(t)) return;
    const context = await launchBrowser({ colorScheme: "dark", viewport: { width: 800, height: 1000 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}${PAGE_TYPES.post}`);
      await page.emulateMedia({ media: "print" });
      for (const hidden of [".site-nav", ".site-search", ".sidebar", ".site-footer", ".post-nav"]) {
        assert.equal(await page.locator(hidden).isVisible(), false, hidden);
      }
      assert.equal(await page.locator("article.post h1").isVisible(), true);
      const colours = await page.evaluate(() => {
        const style = getComputedStyle(document.body);
        return [style.color, style.backgroundColor];
      });
      assert.deepEqual(colours, ["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
    } finally {
      await context.close();
    }
  });

  test("no layout shift while pages load, at phone and desktop widths", async (t) => {
    if (!needBrowser(t)) return;
    for (const width of [375, 1280]) {
      const context = await launchBrowser({ viewport: { width, height: 800 } });
      try {
        const page = await context.newPage();
        for (const type of ["home", "post", "tag", "archives-index"]) {
          await open(page, server.url + (PAGE_TYPES[type] ?? ""), type);
          assert.equal(await layoutShift(page), 0, `${type} at ${width}px`);
        }
      } finally {
        await context.close();
      }
    }
  });

  test("nothing is wider than a 320 px screen", async (t) => {
    if (!needBrowser(t)) return;
    const context = await launchBrowser({ viewport: { width: 320, height: 640 } });
    try {
      const page = await context.newPage();
      for (const [type, url] of Object.entries(PAGE_TYPES)) {
        await open(page, server.url + url, type);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 320, `${type} is ${width}px wide`);
      }
    } finally {
      await context.close();
    }
  });

  test("screenshots of the main page types: phone and desktop, light and dark", async (t) => {
    if (!needBrowser(t)) return;
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const written: string[] = [];
    for (const scheme of SCHEMES) {
      for (const [device, viewport] of [
        ["phone", { width: 375, height: 812 }],
        ["desktop", { width: 1280, height: 900 }],
      ] as const) {
        let context: BrowserContext | undefined;
        try {
          context = await launchBrowser({ colorScheme: scheme, viewport });
          const page = await context.newPage();
          for (const type of PHOTOGRAPHED) {
            await open(page, server.url + (PAGE_TYPES[type] ?? ""), type);
            const file = path.join(SCREENSHOTS, `${type}-${device}-${scheme}.png`);
            await page.screenshot({ path: file });
            written.push(file);
          }
        } finally {
          await context?.close();
        }
      }
    }
    assert.equal(written.length, PHOTOGRAPHED.length * 4);
    for (const file of written) assert.ok(fs.statSync(file).size > 1000, file);
  });
});
