// Words in the reader's language: a site of every page type, with content in no human language, built
// in each shipped language, shows no English label on any page (nor in any feed's title); in English
// it shows them, so the walk can fail. Labels are complete and keep their placeholders.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { load } from "cheerio";
import { en, type PluralLabel } from "../../layouts/words/labels/en.ts";
import { SHIPPED_LABELS, wordsOf } from "../../layouts/words/languages.ts";
import { placeholdersOf } from "../../layouts/words/words.ts";
import { type BuildRun, buildSite, listFiles, readPage } from "../support/site-build.ts";
import { runSiteFixture, SITES } from "../support/site-fixtures.ts";

const textsOf = (label: string | PluralLabel): string[] =>
  typeof label === "string" ? [label] : Object.values(label).filter((t) => t !== undefined);

/** The runs of words of a label outside its placeholders and quotes: `Posts Tagged ‘{name}’` → `Posts Tagged`. */
function fragmentsOf(text: string): string[] {
  return text
    .split(/\{[A-Za-z]+\}|[‘’“”«»()–—:,.→←|]/)
    .map((f) => f.trim())
    .filter((f) => /[A-Za-z]{3,}/.test(f));
}

const ENGLISH = [...new Set(Object.values(en).flatMap((label) => textsOf(label).flatMap(fragmentsOf)))];

/** Everything a reader or a screen reader gets of a page: its text and its labelling attributes. */
function readable(file: string, text: string): string {
  if (file.endsWith(".xml"))
    return [...text.matchAll(/<title[^>]*>([^<]*)<\/title>/g)].map((m) => m[1]).join("\n");
  const $ = load(text);
  const attributes = $("[aria-label], [placeholder], [title], [alt]")
    .toArray()
    .flatMap((el) => ["aria-label", "placeholder", "title", "alt"].map((a) => $(el).attr(a) ?? ""));
  return [$("title").text(), $("body").text(), $("noscript").text(), ...attributes].join("\n");
}

const contains = (haystack: string, fragment: string): boolean =>
  new RegExp(`(^|[^\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^\\p{L}]|$)`, "u").test(
    haystack,
  );

function buildIn(language: string): BuildRun {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), `annals-${language}-`));
  fs.cpSync(path.join(SITES, "every-page", "content"), content, { recursive: true });
  const settings = path.join(content, "site.yaml");
  fs.writeFileSync(
    settings,
    fs.readFileSync(settings, "utf8").replace("language: en", `language: ${language}`),
  );
  return buildSite({ content, args: ["--verbose"] });
}

function englishOn(run: BuildRun, allowed: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const file of listFiles(run.output).filter(
    (f) => /\.(html|xml)$/.test(f) && !f.startsWith("pagefind/"),
  )) {
    const text = readable(file, readPage(run.output, file));
    for (const fragment of ENGLISH)
      if (!allowed.has(fragment) && contains(text, fragment)) found.push(`${file}: "${fragment}"`);
  }
  return found;
}

describe("every page in the reader's language", () => {
  test("in English the walk finds the labels (so that it can fail)", () => {
    const run = buildIn("en");
    assert.equal(run.code, 0, run.stderr);
    for (const file of [
      "page/2/index.html",
      "vieux/skree/index.html",
      "tag/zorb/index.html",
      "2015/01/28/index.html",
      "404.html",
      "search/index.html",
      "categories/index.html",
      "2016/01/28/g/index.html",
      "2016/01/index.html",
      "on-this-day/01-28/index.html",
      "author/vorn/index.html",
      "authors/index.html",
    ])
      assert.ok(fs.existsSync(path.join(run.output, file)), `${file}: the fixture has every page type`);
    const found = new Set(englishOn(run, new Set()).map((f) => f.replace(/^[^:]+: /, "")));
    assert.ok(found.size >= 40, `only ${found.size} English labels found: ${[...found].join(", ")}`);
    // This round's words among them: a body's own (heading links, footnotes), the calendar, the rest.
    for (const fragment of [
      "Link to this section",
      "Footnotes",
      "Back to the text",
      "Contents",
      "Calendar for",
      "On this day",
      "minute read",
      "Updated",
      "Posts by",
      "Authors",
    ])
      assert.ok(found.has(`"${fragment}"`), `"${fragment}" is found`);
  });

  for (const language of Object.keys(SHIPPED_LABELS).filter((l) => l !== "en")) {
    test(`${language}: no English label on any page type`, () => {
      const run = buildIn(language);
      assert.equal(run.code, 0, run.stderr);
      assert.doesNotMatch(run.stderr, /has no labels/, "the language has labels");
      // A word the language itself uses (French "Archives") is no stray English.
      const own = new Set(
        Object.values(SHIPPED_LABELS[language] ?? {}).flatMap((label) => textsOf(label).flatMap(fragmentsOf)),
      );
      assert.deepEqual(englishOn(run, own), []);
      const home = load(readPage(run.output, "index.html"));
      assert.equal(home("html").attr("lang"), language);
      assert.equal(home("html").attr("dir"), language === "ar" || language === "he" ? "rtl" : undefined);
    });
  }
});

describe("the labels tables", () => {
  // Labels a language writes as English does, on purpose (the word is the same, or the label is only
  // placeholders and punctuation).
  const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
    fr: [
      "siteNavigation",
      "navArchives",
      "archivesTitle",
      "sidebarArchives",
      "pageNumber",
      "pagination",
      "paginationPage",
    ],
    nl: ["navHome", "navTags", "tagsTitle", "sidebarTags", "tagsLine"],
    pt: ["siteNavigation"],
  };

  for (const [language, labels] of Object.entries(SHIPPED_LABELS)) {
    test(`${language}: every label, with English's placeholders and the language's plural forms`, () => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [key, english] of Object.entries(en)) {
        const label = (labels as Record<string, string | PluralLabel>)[key];
        assert.ok(label !== undefined, `${key} is missing`);
        const wanted = placeholdersOf(textsOf(english).join(" ")).sort();
        if (typeof english === "string") {
          assert.equal(typeof label, "string", key);
          assert.deepEqual(placeholdersOf(label as string).sort(), wanted, key);
        } else {
          assert.equal(typeof label, "object", key);
          assert.deepEqual(
            Object.keys(label as object).sort(),
            [...categories].sort(),
            `${key}: plural forms`,
          );
          assert.deepEqual(placeholdersOf((label as PluralLabel).other).sort(), wanted, `${key} (other)`);
        }
        const same =
          language !== "en" &&
          JSON.stringify(label) === JSON.stringify(english) &&
          textsOf(english).some((t) => /[A-Za-z]{3,}/.test(t.replace(/\{[A-Za-z]+\}/g, "")));
        if (same)
          assert.ok(SAME_AS_ENGLISH[language]?.includes(key), `${language} ${key} is the English text`);
      }
      assert.deepEqual(Object.keys(labels).sort(), Object.keys(en).sort(), "no extra labels");
    });
  }

  test("a site's labels: an unknown key warns with its line, a dropped placeholder is an error", () => {
    const overrides = new Map([
      ["tagHeading", { value: "Filed under {name}", line: 3 }],
      ["tagHeadng", { value: "x", line: 4 }],
      ["categoryHeading", { value: "Category", line: 5 }],
      ["comments", { value: { one: "one reply", other: "{count} replies" }, line: 6 }],
    ]);
    const { words, issues } = wordsOf("en", overrides, "content/site.yaml");
    assert.equal(words.t("tagHeading", { name: "X" }), "Filed under X");
    assert.equal(words.n("comments", 1), "one reply");
    assert.equal(words.n("comments", 3), "3 replies");
    assert.deepEqual(
      issues.map((i) => `${i.severity} ${i.line} ${i.message}`),
      [
        'warning 4 labels: "tagHeadng" is not a label annals uses (ignored) (did you mean "tagHeading"?)',
        "error 5 labels: categoryHeading is missing {name}",
      ],
    );
  });

  test("a site's labels reach its pages, over its language's own", () => {
    const run = runSiteFixture("labels");
    assert.equal(run.code, 0, run.stderr);
    const $ = load(readPage(run.output, "tag/jongun/index.html"));
    assert.equal($("h1").text(), "Arquivado em “Jongun”");
    assert.match($(".more-link a").first().text(), /^Leia mais/);
    assert.equal($(".site-nav a").first().text(), SHIPPED_LABELS.pt?.navHome, "other labels are Portuguese");
    assert.equal($("html").attr("lang"), "pt-BR");
  });

  test("a language: pt-BR takes Portuguese labels, an unknown one English with a warning", () => {
    assert.equal(wordsOf("pt-BR", new Map(), "s.yaml").words.t("navHome"), SHIPPED_LABELS.pt?.navHome);
    assert.equal(wordsOf("pt-BR", new Map(), "s.yaml").issues.length, 0);
    const unknown = wordsOf("fy", new Map(), "content/site.yaml");
    assert.equal(unknown.words.t("navHome"), "Home");
    assert.match(unknown.issues[0]?.message ?? "", /annals has no labels for language "fy"/);
  });
});
