// Render keys: a post is plain data (so that its JSON is all of it), and a key changes with what the
// file's views read, and only then.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { assembleSite } from "../../src/model/assemble.ts";
import { isRendered, type RenderedRoute, routesOf } from "../../src/model/routes.ts";
import type { Settings } from "../../src/model/settings.ts";
import type { Site } from "../../src/model/types.ts";
import { RenderKeys } from "../../src/pipeline/render-keys.ts";
import { LATER, type PostSpec, post, settings } from "../support/builders.ts";

function site(specs: readonly PostSpec[], overrides: Partial<Settings> = {}): Site {
  const result = assembleSite(
    specs.map((spec) => post(spec)),
    settings({ url: "https://example.org", ...overrides }),
    { now: LATER },
  );
  if (result.site === undefined) throw new Error("no site");
  return result.site;
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
function keysOf(s: Site): Map<string, string | undefined> {
  const keys = new RenderKeys([s], "code");
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

describe("render keys", () => {
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
    for (const p of site(SPECS, { authorPages: true }).posts) walk(p, p.source);
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
});
