// Render keys: a post is plain data (so that its JSON is all of it), and a key changes with what the
// file's views read, and only then: whether each post is serialised whole or, as the parse cache knows
// it, by its source's hash and what the site adds to it.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type AssembleOptions, assembleSite } from "../../src/model/assemble.ts";
import { isRendered, type RenderedRoute, routesOf } from "../../src/model/routes.ts";
import type { Settings } from "../../src/model/settings.ts";
import type { Post, Site } from "../../src/model/types.ts";
import { type ParseOrigins, RenderKeys } from "../../src/pipeline/render-keys.ts";
import { LATER, type PostSpec, post, settings } from "../support/builders.ts";

/** A site, and its posts as parsed with a hash of each one's spec (its source, as the parse cache knows it). */
interface Built {
  readonly site: Site;
  readonly origins: ParseOrigins;
}

function site(
  specs: readonly PostSpec[],
  overrides: Partial<Settings> = {},
  options: Partial<AssembleOptions> = {},
): Built {
  const posts = specs.map((spec) => post(spec));
  const result = assembleSite(posts, settings({ url: "https://example.org", ...overrides }), {
    now: LATER,
    ...options,
  });
  if (result.site === undefined) throw new Error("no site");
  const parsed = new Map<string, { hash: string; post: Post }>();
  specs.forEach((spec, i) => {
    const p = posts[i] as Post;
    parsed.set(p.file, { hash: JSON.stringify(spec), post: p });
  });
  return { site: result.site, origins: { key: "parse key", posts: parsed } };
}

const SPECS: PostSpec[] = [
  {
    title: "Old",
    slug: "old",
    date: "2014-03-01",
    tags: ["rain"],
    file: "old.md",
    body: "<p>Old.</p>\n",
    author: "Ann",
  },
  {
    title: "Middle",
    slug: "middle",
    date: "2015-06-01",
    tags: ["rain", "snow"],
    file: "middle.md",
    body: "<p>Middle.</p>\n",
  },
  { title: "New", slug: "new", date: "2016-09-01", tags: ["sun"], file: "new.md", body: "<p>New.</p>\n" },
];

/** Every rendered route's key, by URL (undefined for the files always rendered). */
function keysOfSite({ site: s, origins }: Built, withOrigins: boolean): Map<string, string | undefined> {
  const keys = new RenderKeys([s], "code", withOrigins ? origins : undefined);
  return new Map(
    routesOf(s)
      .filter(isRendered)
      .map((route: RenderedRoute) => [route.url, keys.keyOf(route, s)]),
  );
}

/** The URLs whose keys differ between two builds (or that only one has). */
function changed(a: Map<string, string | undefined>, b: Map<string, string | undefined>): string[] {
  const urls = new Set([...a.keys(), ...b.keys()]);
  return [...urls].filter((url) => a.get(url) !== b.get(url)).sort();
}

for (const withOrigins of [false, true])
  describe(withOrigins ? "render keys, posts by their origins" : "render keys, posts whole", () => {
    const keysOf = (built: Built) => keysOfSite(built, withOrigins);
    test("a post is plain data: arrays, plain objects and primitives, nothing JSON would drop", () => {
      const walk = (value: unknown, where: string): void => {
        if (value === null || ["string", "number", "boolean", "undefined"].includes(typeof value)) return;
        assert.equal(typeof value, "object", `${where} is a ${typeof value}`);
        const proto = Object.getPrototypeOf(value);
        assert.ok(
          proto === Object.prototype || proto === Array.prototype,
          `${where} is a ${proto?.constructor?.name}`,
        );
        for (const [key, inner] of Object.entries(value as object)) walk(inner, `${where}.${key}`);
      };
      for (const p of site(SPECS, { authorPages: true }).site.posts) walk(p, p.source);
    });

    test("the same content twice: the same keys; the whole-site files have none", () => {
      const a = keysOf(site(SPECS));
      assert.deepEqual(changed(a, keysOf(site(SPECS))), []);
      assert.equal(a.get("/sitemap.xml"), undefined);
      assert.equal(a.get("/"), undefined);
      assert.ok(typeof a.get("/2014/03/01/old/") === "string");
    });

    test("an old post's body: its page and the lists and feeds that show it, nothing else", () => {
      const a = keysOf(site(SPECS));
      const edited = SPECS.map((s) => (s.title === "Old" ? { ...s, body: "<p>Other words.</p>\n" } : s));
      const b = keysOf(site(edited));
      assert.deepEqual(changed(a, b), [
        "/2014/",
        "/2014/03/",
        "/2014/03/01/",
        "/2014/03/01/old/",
        "/category/uncategorized/",
        "/category/uncategorized/feed.xml",
        "/feed.xml",
        "/on-this-day/03-01/",
        "/tag/rain/",
        "/tag/rain/feed.xml",
      ]);
    });

    test("a setting every page shows (the site's title) changes every key", () => {
      const a = keysOf(site(SPECS));
      const b = keysOf(site(SPECS, { title: "Another title" }));
      const keyed = [...a].filter(([, key]) => key !== undefined).map(([url]) => url);
      assert.deepEqual(changed(a, b), keyed.sort());
    });

    test("a neighbour's title changes the post pages that link to it", () => {
      const a = keysOf(site(SPECS));
      const b = keysOf(site(SPECS.map((s) => (s.title === "Middle" ? { ...s, title: "Centre" } : s))));
      const changes = changed(a, b);
      assert.ok(changes.includes("/2014/03/01/old/"), "the older neighbour links it");
      assert.ok(changes.includes("/2016/09/01/new/"), "the newer neighbour links it");
    });

    test("tags swapped between two posts change a third post's page (its related posts)", () => {
      // Every tag keeps its count (the sidebar's cloud stays as it was); the old post's related post
      // is now the new one.
      const a = keysOf(site(SPECS));
      const swapped = SPECS.map((s) =>
        s.title === "Middle"
          ? { ...s, tags: ["sun", "snow"] }
          : s.title === "New"
            ? { ...s, tags: ["rain"] }
            : s,
      );
      assert.ok(changed(a, keysOf(site(swapped))).includes("/2014/03/01/old/"));
    });

    test("a body that making it final changes: the page changes with what it is made", () => {
      const finished = (words: string) => ({
        finishBody: (html: string, where: { url: string }) =>
          where.url.endsWith("/old/") ? `${html}<p>${words}</p>` : html,
      });
      const a = keysOf(site(SPECS, {}, finished("a link")));
      const b = keysOf(site(SPECS, {}, finished("another link")));
      assert.ok(changed(a, b).includes("/2014/03/01/old/"));
      assert.ok(!changed(a, b).includes("/2015/06/01/middle/"));
    });
  });
