// Property tests through the whole pure pipeline (text → parse → assemble → integrity check), with
// random titles in many scripts, tags that collide, and dates at month and year boundaries in many
// offsets and zones. Whatever the input: no exception, and either errors naming files or a site in
// which every post is accounted for.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { createMarkdown } from "../../src/content/markdown.ts";
import { parsePost } from "../../src/content/parse-post.ts";
import type { ContentFolder } from "../../src/content/read-sources.ts";
import { checkSiteModel } from "../../src/model/integrity.ts";
import { buildModel } from "../../src/pipeline/build-model.ts";
import { LATER } from "../support/builders.ts";

const scripts = fc.constantFrom(
  "Jongun",
  "Kim Jong-un",
  "김정은",
  "東京",
  "Путин",
  "Ελλάδα",
  "مرحبا",
  "नमस्ते",
  "São Paulo",
  "C++",
  "C#",
  "C",
  "🎉",
  "..",
  "<script>alert(1)</script>",
  '"quoted" & amp',
  "jongun",
  "JONGUN",
  "Jong-un",
);
const anyName = fc.oneof(scripts, fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }));
const boundaryDate = fc
  .record({
    year: fc.constantFrom(1999, 2000, 2015, 2016, 2024),
    monthDay: fc.constantFrom("01-01", "01-31", "02-28", "02-29", "03-01", "06-30", "12-31"),
    time: fc.constantFrom("", " 00:00:00", " 23:59:59", "T12:00:00"),
    offset: fc.constantFrom("", " +14:00", " -12:00", "Z", " +05:45", " -03:30"),
  })
  .map(({ year, monthDay, time, offset }) => `${year}-${monthDay}${time}${time === "" ? "" : offset}`);

const yaml = (s: string) => JSON.stringify(s);
const postText = fc
  .record({
    title: anyName,
    date: boundaryDate,
    tags: fc.array(anyName, { maxLength: 5 }),
    categories: fc.array(anyName, { maxLength: 2 }),
    draft: fc.boolean(),
    slug: fc.option(anyName, { nil: undefined }),
  })
  .map(
    (p) =>
      `---\ntitle: ${yaml(p.title)}\ndate: ${p.date}\ntags: [${p.tags.map(yaml).join(", ")}]\n` +
      `categories: [${p.categories.map(yaml).join(", ")}]\ndraft: ${p.draft}\n` +
      `${p.slug === undefined ? "" : `slug: ${yaml(p.slug)}\n`}---\nBody.\n`,
  );

function folder(texts: string[]): ContentFolder {
  return {
    posts: texts.map((text, i) => ({ path: `content/p${i}.md`, relative: `p${i}.md`, text })),
    views: [],
    pages: [],
    bundled: [],
    statics: [],
    settings: {
      path: "content/site.yaml",
      relative: "site.yaml",
      text: "url: https://example.org\ntimezone: Pacific/Chatham\npostsPerPage: 3\nfeedSize: 2",
    },
    theme: [],
    issues: [],
    displayPath: "content",
    unread: 0,
  };
}

describe("integrity properties", () => {
  test("random posts: errors that name files, or a complete site", () => {
    fc.assert(
      fc.property(fc.array(postText, { maxLength: 25 }), (texts) => {
        const build = buildModel(folder(texts), LATER);
        const errors = build.issues.filter((i) => i.severity === "error");
        for (const e of errors) assert.match(e.file, /^content\/p\d+\.md$/);
        if (build.site === undefined) {
          assert.ok(errors.length > 0);
          return;
        }
        const md = createMarkdown();
        const parsed = texts.flatMap((text, i) => {
          const r = parsePost(
            { path: `content/p${i}.md`, relative: `p${i}.md`, text },
            { zone: "Pacific/Chatham", md },
          );
          return r.post === undefined ? [] : [r.post];
        });
        assert.equal(parsed.length, texts.length, "a site is only built when every file parsed");
        assert.deepEqual(checkSiteModel({ site: build.site, parsed, now: LATER }), []);
        assert.equal(build.site.posts.length + build.site.held.drafts + build.site.held.future, texts.length);
      }),
      { numRuns: 150 },
    );
  });

  test("any text at all: parsing never throws", () => {
    const md = createMarkdown();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 300 }),
          fc.string({ maxLength: 300 }).map((s) => `---\n${s}\n---\n${s}`),
          fc.string({ maxLength: 200 }).map((s) => `---\ntitle: ${s}\ndate: ${s}\ntags: ${s}\n---\n`),
        ),
        (text) => {
          const r = parsePost({ path: "content/x.md", relative: "x.md", text }, { zone: "UTC", md });
          assert.ok(r.post !== undefined || r.issues.some((i) => i.severity === "error"));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
