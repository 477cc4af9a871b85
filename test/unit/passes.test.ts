import assert from "node:assert/strict";
import { test } from "node:test";
import type { RenderedRoute } from "../../src/model/routes.ts";
import { planPasses } from "../../src/pipeline/passes.ts";

test("routes are planned in passes of at most the given number of files, in order", () => {
  const routes = Array.from({ length: 7 }, (_, i) => ({ url: `/${i}/` }) as unknown as RenderedRoute);
  const passes = planPasses(routes, 3);
  assert.deepEqual(
    passes.map((pass) => pass.map((route) => route.url)),
    [["/0/", "/1/", "/2/"], ["/3/", "/4/", "/5/"], ["/6/"]],
  );
  assert.deepEqual(planPasses([], 3), []);
});

test("the pages the search index reads are planned first, each kind in its order", () => {
  const route = (kind: string, url: string) => ({ kind, url }) as unknown as RenderedRoute;
  const routes = [
    route("archive", "/a1/"),
    route("post", "/p1/"),
    route("archive", "/a2/"),
    route("page", "/about/"),
    route("feed", "/feed/"),
    route("post", "/p2/"),
  ];
  assert.deepEqual(
    planPasses(routes, 4).map((pass) => pass.map((r) => r.url)),
    [
      ["/p1/", "/about/", "/p2/", "/a1/"],
      ["/a2/", "/feed/"],
    ],
  );
});
