import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { html } from "../../src/format/html.ts";
import { assembleSite } from "../../src/model/assemble.ts";
import { checkSiteModel, unsafeUrlReason } from "../../src/model/integrity.ts";
import { buildManifest } from "../../src/model/manifest.ts";
import { isRendered, routesOf } from "../../src/model/routes.ts";
import type { Post, Site, SitePost } from "../../src/model/types.ts";
import { outputPathOf } from "../../src/model/urls.ts";
import { checkOutputFolder, checkWrittenFiles, type WrittenFile } from "../../src/pipeline/check-output.ts";
import { post, settings } from "../support/builders.ts";
import { renderUrl } from "../support/render.ts";

const NOW = Date.parse("2020-01-01T00:00:00Z");

function fixture(): { site: Site; parsed: Post[] } {
  const parsed = [
    post({
      title: "A",
      date: "2015-01-28",
      tags: ["Jongun", "X"],
      categories: ["News"],
      slug: "a",
      file: "content/a.md",
      author: "Ana",
    }),
    post({
      title: "B",
      date: "2015-01-21",
      tags: ["Jongun"],
      categories: ["News"],
      slug: "b",
      file: "content/b.md",
      author: "Ana",
    }),
    post({ title: "C", date: "2014-12-31", tags: ["X"], slug: "c", file: "content/c.md", author: "Ben" }),
    post({ title: "D", date: "2015-02-01", slug: "d", file: "content/d.md" }),
    post({ title: "D2", date: "2013-02-01", slug: "d2", file: "content/d2.md" }),
    post({ title: "Draft", date: "2015-02-02", draft: true, slug: "e", file: "content/e.md" }),
    post({ title: "Future", date: "2030-01-01", slug: "f", file: "content/f.md" }),
  ];
  const result = assembleSite(parsed, settings({ url: "https://example.org", postsPerPage: 2 }), {
    now: NOW,
  });
  assert.ok(result.site);
  return { site: result.site, parsed };
}

/** A deep copy of the model that a test may break. */
function copy(site: Site): Site {
  return structuredClone(site);
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("the fixture lacks what this test breaks");
  return value;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

describe("checkSiteModel", () => {
  test("a model built by annals passes", () => {
    const { site, parsed } = fixture();
    assert.deepEqual(checkSiteModel({ site, parsed, now: NOW }), []);
    // What the breakages below rely on: two authors with pages, a calendar day in two years.
    assert.deepEqual(
      site.authors?.terms.map((t) => [t.url, t.posts.map((p) => p.title)]),
      [
        ["/author/ana/", ["A", "B"]],
        ["/author/ben/", ["C"]],
      ],
    );
    assert.deepEqual(
      site.onThisDay.find((d) => d.url === "/on-this-day/02-01/")?.years.map((y) => y.year),
      [2015, 2013],
    );
  });

  const breakages: [string, (s: Mutable<Site>, parsed: Post[]) => void, RegExp][] = [
    [
      "a post dropped from a tag page",
      (s) => {
        const term = s.tags.terms.find((t) => t.name === "Jongun");
        (must(must(term).pages[0]).items as SitePost[]).pop();
      },
      /content\/b\.md is on 0 pages of \/tag\/jongun\//,
    ],
    [
      "a post listed twice on the home pages",
      (s) => {
        const first = s.home.pages[0]?.items[0];
        (must(s.home.pages[1]).items as SitePost[]).push(first as SitePost);
      },
      /is on 2 pages of \/ \(expected exactly 1\)/,
    ],
    [
      "a post listed where it does not belong",
      (s) => {
        const d = s.posts.find((p) => p.title === "D");
        (must(must(s.tags.terms[0]).pages[0]).items as SitePost[]).push(d as SitePost);
      },
      /content\/d\.md is listed on \/tag\/jongun\/, where it does not belong/,
    ],
    [
      "a published post missing",
      (s) => {
        (s.posts as SitePost[]).pop();
      },
      /content\/d2\.md is missing from the published posts/,
    ],
    [
      "a draft published",
      (_s, parsed) => {
        const draft = parsed.find((p) => p.draft) as Mutable<Post>;
        draft.draft = false;
      },
      /content\/e\.md is missing from the published posts|held back counts/,
    ],
    [
      "two pages with one URL",
      (s) => {
        (s.posts[1] as Mutable<SitePost>).url = s.posts[0]?.url ?? "";
      },
      /share the URL \/2015\/02\/01\/d\//,
    ],
    [
      "a URL that leaves the output folder",
      (s) => {
        (s.posts[0] as Mutable<SitePost>).url = "/../../etc/x/";
      },
      /the URL "\/\.\.\/\.\.\/etc\/x\/" \(content\/d\.md\) has a \.\. segment/,
    ],
    [
      "a count that does not match the pages",
      (s) => {
        (must(s.tags.terms[0]).posts as SitePost[]).pop();
      },
      /\/tag\/jongun\/ counts 1 posts but its pages hold 2/,
    ],
    [
      "a sidebar count that does not match its archive",
      (s) => {
        (s.sidebar.categories[0] as Mutable<{ count: number }>).count = 99;
      },
      /the sidebar counts 99 posts/,
    ],
    [
      "a feed that skips a post",
      (s) => {
        (must(s.feeds[0]).posts as SitePost[]).shift();
      },
      /the feed \/feed\.xml does not hold the latest posts of \//,
    ],
    [
      "a page missing from the sitemap",
      (s) => {
        const sitemap = routesOf(s as unknown as Site).find((r) => r.kind === "sitemap");
        (must(sitemap?.kind === "sitemap" ? sitemap.sitemap : undefined).entries as unknown[]).pop();
      },
      /the sitemap misses \//,
    ],
    [
      "a post dropped from its author's page",
      (s) => {
        const ana = must(s.authors?.terms.find((t) => t.name === "Ana"));
        (must(ana.pages[0]).items as SitePost[]).pop();
      },
      /content\/b\.md is on 0 pages of \/author\/ana\/ \(expected exactly 1\)/,
    ],
    [
      "a post on another author's page",
      (s) => {
        const ben = must(s.authors?.terms.find((t) => t.name === "Ben"));
        (must(ben.pages[0]).items as SitePost[]).push(s.posts.find((p) => p.title === "A") as SitePost);
      },
      /content\/a\.md is listed on \/author\/ben\/, where it does not belong/,
    ],
    [
      'a post missing from its "on this day" page',
      (s) => {
        const day = must(s.onThisDay.find((d) => d.url === "/on-this-day/02-01/"));
        (must(day.years[0]).posts as SitePost[]).pop();
        (day.posts as SitePost[]).shift();
      },
      /content\/d\.md is on 0 "on this day" pages \(expected exactly 1\)/,
    ],
    [
      'a post on two "on this day" pages',
      (s) => {
        const day = must(s.onThisDay.find((d) => d.url === "/on-this-day/01-28/"));
        const d = s.posts.find((p) => p.title === "D") as SitePost;
        (day.years as { year: number; posts: SitePost[] }[]).push({ year: 2015, posts: [d] });
        (day.posts as SitePost[]).push(d);
      },
      /content\/d\.md is on 2 "on this day" pages|content\/d\.md is listed on \/on-this-day\/01-28\/ under 2015, where it does not belong/,
    ],
    [
      'an "on this day" link that miscounts',
      (s) => {
        (s.posts.find((p) => p.title === "D") as Mutable<SitePost>).onThisDay.count = 1;
      },
      /content\/d\.md links \/on-this-day\/02-01\/ with 1 posts, which holds 2/,
    ],
    [
      "a month's calendar that misses a day",
      (s) => {
        const january = must(s.dateArchives.find((a) => a.url === "/2015/01/"));
        (january.days as unknown[]).pop();
      },
      /the calendar of \/2015\/01\/ counts 1 posts, not 2/,
    ],
  ];
  for (const [name, breakIt, expected] of breakages) {
    test(`fails on a deliberately broken model: ${name}`, () => {
      const { site, parsed } = fixture();
      const broken = copy(site) as unknown as Mutable<Site>;
      const parsedCopy = structuredClone(parsed);
      breakIt(broken, parsedCopy);
      const violations = checkSiteModel({ site: broken as unknown as Site, parsed: parsedCopy, now: NOW });
      assert.ok(violations.length > 0, "no violation found");
      assert.ok(
        violations.some((v) => expected.test(v)),
        `expected ${expected} in:\n${violations.join("\n")}`,
      );
    });
  }

  test("posts listed where they do not belong: every one, in the order of the lists and their pages", () => {
    const { site, parsed } = fixture();
    const broken = copy(site) as unknown as Mutable<Site>;
    const posts = broken.posts as SitePost[];
    const [jongun, x] = [must(broken.tags.terms[0]), must(broken.tags.terms[1])];
    const [c, d] = [posts.find((p) => p.title === "C"), posts.find((p) => p.title === "D")] as SitePost[];
    (must(jongun.pages[0]).items as SitePost[]).push(d as SitePost, c as SitePost);
    (must(x.pages[0]).items as SitePost[]).push(d as SitePost);
    const violations = checkSiteModel({ site: broken as unknown as Site, parsed, now: NOW });
    assert.deepEqual(
      violations.filter((v) => v.includes("does not belong")),
      [
        "content/d.md is listed on /tag/jongun/, where it does not belong",
        "content/c.md is listed on /tag/jongun/, where it does not belong",
        "content/d.md is listed on /tag/x/, where it does not belong",
      ],
    );
  });

  test("a post twice among the posts is that one violation, not a post missing from its lists", () => {
    const { site, parsed } = fixture();
    const broken = copy(site) as unknown as Mutable<Site>;
    (broken.posts as SitePost[]).push(must(broken.posts[0]));
    const violations = checkSiteModel({ site: broken as unknown as Site, parsed, now: NOW });
    assert.ok(violations.includes("two published posts come from the same file"), violations.join("\n"));
    assert.deepEqual(
      violations.filter((v) => / pages of | does not belong/.test(v)),
      [],
    );
  });

  test("unsafe URLs", () => {
    assert.equal(unsafeUrlReason("/tag/jongun/"), undefined);
    assert.equal(unsafeUrlReason("/tag/김정은/"), undefined);
    assert.equal(unsafeUrlReason("/feed.xml"), undefined);
    assert.equal(unsafeUrlReason("tag/x/"), "does not start with /");
    assert.equal(unsafeUrlReason("/a/../b/"), "has a .. segment");
    assert.equal(unsafeUrlReason("/a/./b/"), "has a . segment");
    assert.equal(unsafeUrlReason("/.git/x/"), 'has a hidden segment ".git"');
    assert.equal(unsafeUrlReason("/a//b/"), "has an empty segment (//)");
    assert.equal(unsafeUrlReason("/a#b/"), "holds # ? or \\");
    assert.equal(unsafeUrlReason("/a?b/"), "holds # ? or \\");
    assert.equal(unsafeUrlReason("/a\u0000b/"), "holds white space or a control character");
    assert.equal(unsafeUrlReason("/a b/"), "holds white space or a control character");
  });
});

describe("checks of what was rendered and written", () => {
  const renderAll = (site: Site) =>
    routesOf(site)
      .filter(isRendered)
      .map((r) => renderUrl(site, r.url));

  test("a list page reports the posts its views showed; an override that drops one shows fewer", () => {
    const { site } = fixture();
    const home = renderUrl(site, "/");
    assert.deepEqual(
      home.shown?.map((p) => p.file),
      site.home.pages[0]?.items.map((p) => p.file),
    );
    const dropping = renderUrl(site, "/", [
      {
        name: "archive",
        file: "content/theme/views/archive.ts",
        view: ((input: { pager: { items: unknown[] } }, base: (i: unknown) => unknown) =>
          base({ ...input, pager: { ...input.pager, items: input.pager.items.slice(1) } })) as never,
      },
    ]);
    assert.equal(dropping.shown?.length, 1);
    const renamed = renderUrl(site, "/", [
      {
        name: "summary",
        file: "x.ts",
        view: ((input: { post: { url: string } }) => html`<a href="${input.post.url}">x</a>`) as never,
      },
    ]);
    assert.equal(
      renamed.shown?.length,
      2,
      "the summary's markup is the override's own; what it showed is still known",
    );
  });

  test("what was written is what was rendered, where it belongs; the folder holds nothing else", () => {
    const { site } = fixture();
    const pages = renderAll(site);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "annals-written-"));
    const files: WrittenFile[] = pages.map((page) => {
      const file = path.join(root, outputPathOf(page.url));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, page.text);
      return { url: page.url, outputPath: file, content: page.text };
    });
    fs.mkdirSync(path.join(root, "assets"));
    fs.writeFileSync(path.join(root, "assets", "annals.css"), "");
    fs.writeFileSync(path.join(root, "assets", "search.js"), "");
    const outputs = routesOf(site).map((o) => o.url);
    assert.deepEqual(checkWrittenFiles(pages, root, files), []);
    assert.deepEqual(checkOutputFolder(outputs, root), []);

    const outside = [...files, { url: "/x/", outputPath: path.join(root, "..", "x.html"), content: "" }];
    assert.ok(checkWrittenFiles(pages, root, outside).some((v) => v.includes("outside the output folder")));
    const changed = files.map((f) => (f.url === "/" ? { ...f, content: `${f.content}!` } : f));
    assert.deepEqual(checkWrittenFiles(pages, root, changed), [
      "/ was written with other content than was rendered",
    ]);
    assert.deepEqual(checkWrittenFiles(pages, root, files.slice(1)), ["/ was rendered but not written"]);
    const misplaced = files.map((f) =>
      f.url === "/" ? { ...f, outputPath: path.join(root, "x", "index.html") } : f,
    );
    assert.deepEqual(checkWrittenFiles(pages, root, misplaced), [
      `/ was written to ${path.join(root, "x", "index.html")}`,
    ]);

    fs.writeFileSync(path.join(root, "stale.html"), "left over");
    assert.deepEqual(checkOutputFolder(outputs, root), [
      "stale.html is in the output folder but not in the model",
    ]);
    fs.rmSync(path.join(root, "stale.html"));
    fs.rmSync(path.join(root, "tag", "x", "index.html"));
    assert.deepEqual(checkOutputFolder(outputs, root), [
      "tag/x/index.html is missing from the output folder",
    ]);
  });
});

describe("manifest", () => {
  test("every post, every list page with its posts, every output; deterministic", () => {
    const { site } = fixture();
    const manifest = buildManifest(site);
    assert.deepEqual(
      manifest.posts.map((p) => p.source),
      ["d.md", "a.md", "b.md", "c.md", "d2.md"],
    );
    const jongun = manifest.archives.find((a) => a.url === "/tag/jongun/");
    assert.deepEqual(jongun?.pages, [{ url: "/tag/jongun/", posts: [1, 2] }]);
    const ana = manifest.archives.find((a) => a.url === "/author/ana/");
    assert.deepEqual(
      [ana?.kind, ana?.name, ana?.pages],
      ["author", "Ana", [{ url: "/author/ana/", posts: [1, 2] }]],
    );
    assert.equal(manifest.posts[1]?.author, "/author/ana/");
    assert.equal(manifest.posts[0]?.author, undefined);
    assert.equal(manifest.counts.authors, 2);
    assert.deepEqual(
      manifest.onThisDay.find((d) => d.name === "02-01"),
      { name: "02-01", url: "/on-this-day/02-01/", posts: [0, 4] },
    );
    assert.equal(manifest.counts.drafts, 1);
    assert.equal(manifest.counts.future, 1);
    assert.ok(manifest.outputs.includes("/archive.json"));
    assert.equal(JSON.stringify(buildManifest(fixture().site)), JSON.stringify(manifest));
  });
});
