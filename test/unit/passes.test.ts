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
