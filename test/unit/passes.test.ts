import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
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

// In a Node started without --expose-gc (as `annals build` is), the build still collects garbage on
// its budget: the collector frees what is no longer reachable.
test("the garbage collector works in a Node started without --expose-gc", () => {
  const script = `
    import { garbageCollector } from ${JSON.stringify(new URL("../../src/pipeline/passes.ts", import.meta.url).href)};
    if (typeof globalThis.gc === "function") throw new Error("started with gc exposed");
    const collect = garbageCollector();
    let garbage = Array.from({ length: 500000 }, (_, i) => ({ i, text: "x" + i }));
    collect();
    const held = process.memoryUsage().heapUsed;
    garbage = undefined;
    collect();
    const after = process.memoryUsage().heapUsed;
    console.log(JSON.stringify({ same: garbageCollector() === collect, freedMb: (held - after) / 1048576 }));
  `;
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  assert.equal(run.status, 0, run.stderr);
  const { same, freedMb } = JSON.parse(run.stdout) as { same: boolean; freedMb: number };
  assert.equal(same, true, "the collector is made once");
  assert.ok(freedMb > 20, `${freedMb.toFixed(1)} MB freed`);
});
