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
  /** Each post as parsed, changed (a list body, a teaser). */
  parsedAs: (p: Post) => Post = (p) => p,
): Built {
  const posts = specs.map((spec) => parsedAs(post(spec)));
  const result = assembleSite(posts, settings({ url: "https://example.org", ...overrides }), {
    now: LATER,
    ...options,
  });
  if (result.site === undefined) throw new Error("no site");
  // Each post's source: its file's path, and a hash of its text (the spec but for the file).
  const parsed = new Map<string, { path: string; hash: string; post: Post }>();
  specs.forEach((spec, i) => {
    const p = posts[i] as Post;
    parsed.set(p.file, { path: p.file, hash: JSON.stringify({ ...spec, file: undefined }), post: p });
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

    test("a post's file renamed, its text and address the same: its page changes (the time is the file's)", () => {
      // A post whose time comes from its file's name (as a Jekyll post's date does): the same text in
      // another file is a post of another hour, at the same address, with the same neighbours and day.
      const keysWith = (file: string, date: string) => {
        const built = site(SPECS.map((s) => (s.title === "Old" ? { ...s, file, date } : s)));
        const posts = new Map(
          [...built.origins.posts].map(([f, o]) => [f, o.post.title === "Old" ? { ...o, hash: "text" } : o]),
        );
        return keysOf({ ...built, origins: { ...built.origins, posts } });
      };
      const a = keysWith("2014-03-01-1000-old.md", "2014-03-01 10:00");
      const b = keysWith("2014-03-01-1100-old.md", "2014-03-01 11:00");
      assert.ok(changed(a, b).includes("/2014/03/01/old/"), changed(a, b).join(" "));
    });

    test("a list body or a teaser alone that making it final changes: the page changes with it", () => {
      const withParts = (p: Post): Post =>
        p.title === "Old" ? { ...p, listBodyHtml: "<p>List.</p>", teaserHtml: "<p>Teaser.</p>" } : p;
      for (const part of ["List.", "Teaser."]) {
        const finished = (words: string) => ({
          finishBody: (html: string) => (html.includes(part) ? `${html}<p>${words}</p>` : html),
        });
        const a = keysOf(site(SPECS, {}, finished("a link"), withParts));
        const b = keysOf(site(SPECS, {}, finished("another link"), withParts));
        assert.ok(changed(a, b).includes("/2014/03/01/old/"), part);
      }
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

    test("a field the site post has undefined where the parse has a value: the key changes", () => {
      const built = site(SPECS);
      const route = routesOf(built.site).find(
        (r): r is Extract<RenderedRoute, { kind: "post" }> => r.kind === "post" && r.post.title === "Old",
      );
      assert.ok(route !== undefined);
      const keyOf = (r: RenderedRoute) =>
        new RenderKeys([built.site], "code", withOrigins ? built.origins : undefined).keyOf(r, built.site);
      const untitled = { ...route, post: { ...route.post, title: undefined as unknown as string } };
      assert.notEqual(keyOf(untitled), keyOf(route));
    });
  });
