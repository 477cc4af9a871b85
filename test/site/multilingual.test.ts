// One blog in three languages (English at the root, Japanese under /ja/, Arabic under /ar/, written
// right to left): each language's complete tree, its posts on its own lists only, translations linked
// both ways, hreflang alternates that point back, one sitemap with the alternates, one search index
// with a part per language. What is expected is read from the fixture's files, not from the build.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { type CheerioAPI, load } from "cheerio";
import { checkWholeSite } from "../../src/model/integrity.ts";
import { multilingualRoutes } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/types.ts";
import { Pipeline } from "../../src/pipeline/pipeline.ts";
import { findBrokenLinks } from "../support/links.ts";
import { buildSite, listFiles, readPage } from "../support/site-build.ts";
import { copyContent } from "../support/site-copy.ts";
import { runSiteFixture, siteContent } from "../support/site-fixtures.ts";

const run = runSiteFixture("multilingual");
const content = siteContent("multilingual");
const page = (file: string): CheerioAPI => load(readPage(run.output, file));
/** The titles of the posts a list page shows, in name order. */
const titlesOn = (file: string): string[] => {
  const $ = page(file);
  return $("main article h2")
    .map((_, h) => $(h).text().trim())
    .get()
    .sort();
};
const ORIGIN = "https://harbour-notes.org";
const TREES = { en: "", ja: "ja/", ar: "ar/" } as const;
type Code = keyof typeof TREES;

/** Each post's language as the fixture writes it: `lang:`/`language:`, else its first folder, else en. */
function postsByLanguage(): Map<Code, { file: string; title: string; key: string | undefined }[]> {
  const found = new Map<Code, { file: string; title: string; key: string | undefined }[]>();
  for (const file of listFiles(content)) {
    if (!file.endsWith(".md") || file.startsWith("pages/")) continue;
    const text = fs.readFileSync(path.join(content, file), "utf8");
    const given = /^(?:lang|language):\s*(\S+)$/m.exec(text)?.[1];
    const folder = file.split("/")[0];
    const code = (given ?? (folder === "ja" || folder === "ar" ? folder : "en")) as Code;
    const title = /^title:\s*(.+)$/m.exec(text)?.[1] ?? "";
    const key = /^translationKey:\s*(\S+)$/m.exec(text)?.[1];
    found.set(code, [...(found.get(code) ?? []), { file, title, key }]);
  }
  return found;
}

describe("a blog in three languages", () => {
  test("builds, and says how many posts each language has", () => {
    assert.equal(run.code, 0, run.stderr);
    const expected = postsByLanguage();
    const counts = (["en", "ja", "ar"] as const).map((c) => `${c} ${expected.get(c)?.length ?? 0}`);
    assert.match(run.stdout, new RegExp(`posts in 3 languages \\(${counts.join(", ")}\\)`));
  });

  test("each language has its complete tree, in its own language and direction", () => {
    for (const [code, tree] of Object.entries(TREES)) {
      for (const file of [
        "index.html",
        "archives/index.html",
        "tags/index.html",
        "categories/index.html",
        "search/index.html",
        "about/index.html",
        "404.html",
        "feed.xml",
        "archive.json",
        "2024/index.html",
        "2024/03/index.html",
        "2024/03/01/index.html",
        "on-this-day/03-01/index.html",
      ])
        assert.ok(fs.existsSync(path.join(run.output, tree, file)), `${tree}${file}`);
      for (const file of listFiles(path.join(run.output, tree)).filter((f) => f.endsWith(".html"))) {
        if (tree === "" && /^(ja|ar)\//.test(file)) continue;
        const $ = page(`${tree}${file}`);
        assert.equal($("html").attr("lang"), code, `${tree}${file}`);
        assert.equal($("html").attr("dir"), code === "ar" ? "rtl" : undefined, `${tree}${file}`);
      }
    }
    // The labels are the language's own: the Japanese home's search button, the Arabic one's.
    assert.equal(page("ja/index.html")(".site-search button").text(), "検索");
    assert.equal(page("ar/index.html")(".site-search button").text(), "بحث");
    assert.equal(page("ja/index.html")(".site-title a").text(), "港だより");
    // The files of the whole site are at the root only.
    for (const file of ["robots.txt", "assets/annals.css", "sitemap.xml"]) {
      assert.ok(fs.existsSync(path.join(run.output, file)), file);
      for (const tree of ["ja/", "ar/"]) assert.ok(!fs.existsSync(path.join(run.output, tree, file)));
    }
  });

  test("every post is on exactly its own language's lists, and on no other language's", () => {
    const expected = postsByLanguage();
    const treeOfTitle = new Map<string, Code>();
    let seen = 0;
    for (const [code, posts] of expected) for (const p of posts) treeOfTitle.set(p.title, code);
    for (const [code, tree] of Object.entries(TREES) as [Code, string][]) {
      const manifest = JSON.parse(readPage(run.output, `${tree}archive.json`)) as {
        posts: { source: string; title: string }[];
        archives: { url: string; pages: { posts: number[] }[] }[];
        languages: { language: string; posts: number }[];
      };
      assert.deepEqual(
        manifest.posts.map((p) => p.source).sort(),
        (expected.get(code) ?? []).map((p) => p.file).sort(),
        code,
      );
      assert.deepEqual(
        manifest.languages.map((l) => [l.language, l.posts]),
        (["en", "ja", "ar"] as const).map((c) => [c, expected.get(c)?.length ?? 0]),
      );
      // Every list page of the tree, as a reader sees it: only this language's posts.
      for (const archive of manifest.archives) {
        assert.ok(archive.url.startsWith(`/${tree}`), archive.url);
        const $ = page(`${archive.url.slice(1)}index.html`.replace(/^\//, ""));
        $("main article h2 a, main article h1 a").each((_, a) => {
          const title = $(a).text();
          const home = treeOfTitle.get(title);
          if (home === undefined) return;
          seen++;
          assert.equal(home, code, `${title} on ${archive.url}`);
        });
      }
      assert.deepEqual(
        titlesOn(`${tree}index.html`),
        (expected.get(code) ?? []).map((p) => p.title).sort(),
        `the ${code} home page`,
      );
    }
    // Each post is on about six lists (home, tags, category, year, month, day): all of them were read.
    assert.ok(seen > 50, `${seen} posts seen on lists`);
  });

  test("links by source file lead to the post of the same language first, else to another language's", () => {
    // Both named by file name (Jekyll's post_url): the new ferry is in Japanese too, lost and found
    // is only in English.
    const matsuri = page("ja/2024/05/20/matsuri/index.html");
    assert.equal(matsuri(".post-body a").attr("href"), "/ja/2024/03/01/new-ferry/");
    const docks = page("ja/2024/04/10/dock-repairs/index.html");
    assert.equal(docks(".post-body a").attr("href"), "/2024/06/15/english-only/");
  });

  test("a tag with the same slug in two languages is two terms", () => {
    assert.deepEqual(titlesOn("tag/ferry/index.html"), [
      "A new ferry for the island route",
      "The harbour festival",
    ]);
    assert.deepEqual(titlesOn("ar/tag/ferry/index.html"), ["عبّارة جديدة لخط الجزيرة", "مهرجان الميناء"]);
  });

  test("each language keeps its own term housekeeping: the Japanese alias, the Arabic pinned slug", () => {
    assert.deepEqual(titlesOn("ja/tag/フェリー/index.html"), ["島への航路に新しいフェリー", "東桟橋の修理"]);
    const moved = page("ja/tag/フェリー便/index.html");
    assert.match(moved('meta[http-equiv="refresh"]').attr("content") ?? "", /url=\/ja\/tag\/%E3%83%95/);
    assert.ok(!fs.existsSync(path.join(run.output, "tag/フェリー便")), "not in the English tree");
    assert.deepEqual(titlesOn("ar/tag/mahrajan/index.html"), ["مهرجان الميناء"]);
    assert.ok(!fs.existsSync(path.join(run.output, "ar/tag/mhrjan")));
  });

  test("translations are linked both ways, and hreflang alternates each point back", () => {
    const htmlFiles = listFiles(run.output).filter((f) => f.endsWith("index.html"));
    let linked = 0;
    for (const file of htmlFiles) {
      const $ = page(file);
      const canonical = $('link[rel="canonical"]').attr("href");
      const alternates = $("link[rel=alternate][hreflang]")
        .map((_, l) => [[$(l).attr("hreflang") ?? "", $(l).attr("href") ?? ""]])
        .get() as unknown as [string, string][];
      if (alternates.length === 0) continue;
      linked++;
      const own = alternates.find(([lang]) => lang === $("html").attr("lang"));
      assert.equal(own?.[1], canonical, `${file} lists itself`);
      const xDefault = alternates.filter(([lang]) => lang === "x-default");
      assert.equal(xDefault.length, 1, file);
      for (const [lang, href] of alternates) {
        assert.ok(href.startsWith(ORIGIN), href);
        const target = page(`${href.slice(ORIGIN.length + 1)}index.html`);
        if (lang !== "x-default") assert.equal(target("html").attr("lang"), lang, href);
        const back = target("link[rel=alternate][hreflang]")
          .map((_, l) => target(l).attr("href"))
          .get();
        assert.ok(back.includes(canonical ?? ""), `${href} points back to ${canonical}`);
      }
      // The page's own list of translations and the header's language links lead to the same pages.
      const translations = $(".translations a")
        .map((_, a) => $(a).attr("href"))
        .get();
      const others = alternates.filter(([lang]) => lang !== "x-default" && lang !== $("html").attr("lang"));
      assert.deepEqual(translations.sort(), others.map(([, href]) => href.slice(ORIGIN.length)).sort(), file);
      for (const href of translations)
        assert.ok($(`.site-languages a[href="${href}"]`).length === 1, `${file}: header links ${href}`);
    }
    // Expected from the fixture: the ferry post in 3 languages, the dock post in 2, the festival in 3
    // (by translationKey, on three different days), the about page in 3.
    assert.equal(linked, 3 + 2 + 3 + 3);
    // A post without a translation links each other language's home page.
    const lone = page("2024/06/15/english-only/index.html");
    assert.deepEqual(
      lone(".site-languages a")
        .map((_, a) => lone(a).attr("href"))
        .get(),
      ["/ja/", "/ar/"],
    );
    assert.equal(lone(".translations").length, 0);
  });

  test("one sitemap, with each page's alternates", () => {
    const sitemap = readPage(run.output, "sitemap.xml");
    const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
    const locs = urls.map((m) => m[1]);
    assert.equal(new Set(locs).size, locs.length);
    for (const tree of ["", "ja/", "ar/"]) assert.ok(locs.includes(`${ORIGIN}/${tree}`), tree);
    const ferry = urls.find((m) => m[1] === `${ORIGIN}/ja/2024/03/01/new-ferry/`);
    assert.deepEqual(
      [...(ferry?.[2] ?? "").matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
      [
        ["en", `${ORIGIN}/2024/03/01/new-ferry/`],
        ["ja", `${ORIGIN}/ja/2024/03/01/new-ferry/`],
        ["ar", `${ORIGIN}/ar/2024/03/01/new-ferry/`],
        ["x-default", `${ORIGIN}/2024/03/01/new-ferry/`],
      ],
    );
  });

  test("search: one index with a part per language, each tree's search page in its language", () => {
    const entry = JSON.parse(readPage(run.output, "pagefind/pagefind-entry.json")) as {
      languages: Record<string, { page_count: number }>;
    };
    const expected = postsByLanguage();
    for (const code of ["en", "ja", "ar"] as const)
      assert.equal(entry.languages[code]?.page_count, (expected.get(code)?.length ?? 0) + 1, code);
    assert.equal(page("ja/search/index.html")("html").attr("lang"), "ja");
  });

  test("every link of every page leads to a file of the site", () => {
    const { checked, broken } = findBrokenLinks(run.output);
    assert.ok(checked > 500, `${checked} links checked`);
    assert.deepEqual(broken, []);
  });
});

describe("the default language in its folder too (defaultLanguageInFolder)", () => {
  const moved = copyContent(
    content,
    (text) =>
      `${text.replace("  - Archives: /archives/", "  - Archives: /en/archives/")}defaultLanguageInFolder: true\n`,
  );
  // The English post's link to the about page follows it to /en/about/.
  const post = path.join(moved, "2024/2024-03-01-new-ferry.md");
  fs.writeFileSync(post, fs.readFileSync(post, "utf8").replace("(/about/)", "(/en/about/)"));
  const built = buildSite({ content: moved });

  test("every language under its folder; the root sends readers to the default language's home", () => {
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stdout, / 0 warnings/);
    for (const tree of ["en/", "ja/", "ar/"])
      for (const file of ["index.html", "2024/03/01/new-ferry/index.html", "feed.xml", "tags/index.html"])
        assert.ok(fs.existsSync(path.join(built.output, tree, file)), `${tree}${file}`);
    const root = load(readPage(built.output, "index.html"));
    assert.match(root('meta[http-equiv="refresh"]').attr("content") ?? "", /url=\/en\/$/);
    assert.match(readPage(built.output, "_redirects"), /^\/ \/en\/ 301!$/m);
    // The files of the whole site stay at the root: the 404 page (in the default language), the
    // default language's manifest, robots.txt, the sitemap.
    assert.equal(load(readPage(built.output, "404.html"))("html").attr("lang"), "en");
    for (const file of ["archive.json", "robots.txt", "sitemap.xml"])
      assert.ok(fs.existsSync(path.join(built.output, file)), file);
    assert.ok(!fs.existsSync(path.join(built.output, "en/404.html")));
    const alternates = load(readPage(built.output, "ja/2024/03/01/new-ferry/index.html"))(
      'link[hreflang="x-default"]',
    ).attr("href");
    assert.equal(alternates, `${ORIGIN}/en/2024/03/01/new-ferry/`);
    assert.deepEqual(findBrokenLinks(built.output).broken, []);
  });
});

describe("annals new --language", () => {
  test("puts the post in its language's folder and prints its URL in that tree", () => {
    const copy = copyContent(content);
    const made = buildSite({ content: copy, command: ["new", "Notice", "--language", "ja", "--publish"] });
    assert.equal(made.code, 0, made.stderr);
    assert.match(made.stdout, /^Created .*\/ja\/2026\/2026-01-01-notice\.md$/m);
    assert.match(made.stdout, /^URL: https:\/\/harbour-notes\.org\/ja\/2026\/01\/01\/notice\/$/m);
    const wrong = buildSite({ content: copy, command: ["new", "Notice", "--language", "de"] });
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--language de is not one of the blog's languages \(en, ja, ar\)/);
  });
});

describe("menus and redirects across languages", () => {
  test("a menu entry, a settings redirect and an alias may lead into another tree; an old URL another tree has is a warning", () => {
    const copy = copyContent(content, (text) =>
      text
        .replace(
          "      - 記事一覧: /ja/archives/\n",
          "      - 記事一覧: /ja/archives/\n      - English: pages/about.md\n",
        )
        .concat("redirects:\n  /old-ja/: /ja/about/\n"),
    );
    const matsuri = path.join(copy, "ja/2024/2024-05-20-matsuri.md");
    fs.writeFileSync(
      matsuri,
      fs
        .readFileSync(matsuri, "utf8")
        .replace("translationKey:", "aliases: [/matsuri/, /2024/06/15/english-only/]\ntranslationKey:"),
    );
    const built = buildSite({ content: copy });
    assert.equal(built.code, 0, built.stderr);
    const ja = load(readPage(built.output, "ja/index.html"));
    assert.equal(ja('.site-nav a:contains("English")').attr("href"), "/about/");
    const moved = load(readPage(built.output, "old-ja/index.html"));
    assert.match(moved('meta[http-equiv="refresh"]').attr("content") ?? "", /url=\/ja\/about\/$/);
    const alias = load(readPage(built.output, "matsuri/index.html"));
    assert.match(
      alias('meta[http-equiv="refresh"]').attr("content") ?? "",
      /url=\/ja\/2024\/05\/20\/matsuri\/$/,
    );
    const redirects = readPage(built.output, "_redirects");
    assert.match(redirects, /^\/old-ja\/ \/ja\/about\/ 301!$/m);
    assert.match(redirects, /^\/matsuri\/ \/ja\/2024\/05\/20\/matsuri\/ 301!$/m);
    // The English post keeps its page; the alias that would take it is left out, with a warning.
    assert.equal(
      load(readPage(built.output, "2024/06/15/english-only/index.html"))("h1").text(),
      "Lost and found",
    );
    assert.match(
      built.stderr,
      /matsuri\.md .*\/2024\/06\/15\/english-only\/ is a page of the site: no redirect from it/,
    );
  });
});

describe("two translations of one language", () => {
  test("the one with the same file name is linked, not the one with only the same slug; a warning names both", (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annals-two-"));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write("site.yaml", "title: T\nurl: https://t.org\nlanguages: [en, de]\nsearch: false\n");
    write("2024/2024-01-01-launch.md", "---\ntitle: Launch\ndate: 2024-01-01\n---\nx\n");
    write("de/2024/2024-01-01-launch.md", "---\ntitle: Start\ndate: 2024-01-01\nslug: start\n---\nx\n");
    write("de/2024/2024-01-01-anfang.md", "---\ntitle: Neu\ndate: 2024-01-01\nslug: launch\n---\nx\n");
    const built = buildSite({ content: dir });
    assert.equal(built.code, 0, built.stderr);
    assert.match(
      built.stderr,
      /de\/2024\/2024-01-01-anfang\.md {2}translates the same post as .*de\/2024\/2024-01-01-launch\.md, in the same language/,
    );
    const en = load(readPage(built.output, "2024/01/01/launch/index.html"));
    assert.deepEqual(
      en(".translations a")
        .map((_, a) => en(a).attr("href"))
        .get(),
      ["/de/2024/01/01/start/"],
    );
  });
});

describe("languages: the checks", () => {
  test("the whole-site check fails when a post is in another language's tree, or a translation does not point back", async () => {
    const pipeline = new Pipeline({
      contentDir: content,
      outputDir: path.join(run.output, "..", "unused"),
      now: Date.parse("2026-01-01T00:00:00Z"),
    });
    const loaded = await pipeline.load({ images: false });
    const sites = loaded.sites as Site[];
    assert.equal(sites.length, 3);
    const parsed = sites.flatMap((s) => s.posts);
    const whole = multilingualRoutes(sites);
    assert.deepEqual(checkWholeSite(sites, whole, parsed, Date.now()), []);
    const [en, ja, ar] = sites as [Site, Site, Site];
    const moved = [en, { ...ja, posts: [...ja.posts, en.posts[0] as Site["posts"][number]] }, ar];
    assert.ok(
      checkWholeSite(moved, whole, parsed, Date.now()).some((v) => v.includes("is in 2 language trees")),
    );
    const oneWay = [en, { ...ja, translations: new Map() }, ar];
    assert.ok(
      checkWholeSite(oneWay, whole, parsed, Date.now()).some((v) => v.includes("does not link it back")),
    );
  });
});
