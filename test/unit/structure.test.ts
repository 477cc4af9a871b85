// The folders show the data flow, and the imports follow it: no import cycles, the model imports no
// views and no formatting, the views import no pipeline, and nothing below the commands imports them.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { REPO_ROOT } from "../support/site-build.ts";

/** Every TypeScript module of annals (not the tests), by path from the repository root. */
function modules(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
        const text = fs.readFileSync(path.join(REPO_ROOT, relative), "utf8");
        const imports = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gms)].map((m) =>
          path.posix.normalize(path.posix.join(path.posix.dirname(relative), m[1] ?? "")),
        );
        out.set(relative, imports);
      }
    }
  };
  walk("src");
  walk("layouts");
  return out;
}

describe("the structure of the code", () => {
  const graph = modules();

  test("the import graph has modules to check", () => {
    assert.ok(graph.size > 60);
    assert.ok(graph.get("src/pipeline/pipeline.ts")?.includes("layouts/render.ts"));
  });

  test("no import cycles", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, stack: string[]): void => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push([...stack.slice(stack.indexOf(file)), file].join(" → "));
        return;
      }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...stack, file]);
      state.set(file, "done");
    };
    for (const file of graph.keys()) visit(file, []);
    assert.deepEqual(cycles, []);
  });

  const rules: [string, RegExp, string][] = [
    [
      "src/model/",
      /^(layouts|src\/(format|content|pipeline|eleventy|cli|import|bench))\//,
      "the model holds data: no views, words, formatting, reading or writing",
    ],
    [
      "src/content/",
      /^(layouts|src\/(pipeline|eleventy|cli|import|bench))\//,
      "reading content knows no views and no pipeline",
    ],
    [
      "layouts/",
      /^src\/(content|pipeline|eleventy|cli|import|bench)\//,
      "the views read the model and know nothing of how it is made or written",
    ],
    [
      "src/format/",
      /^(layouts|src\/(content|pipeline|eleventy|cli|import|bench))\//,
      "formatting knows the model's shapes and nothing else",
    ],
    [
      "src/pipeline/",
      /^src\/(eleventy|cli|import|bench)\//,
      "the pipeline knows nothing of Eleventy or the commands",
    ],
  ];
  for (const [folder, forbidden, why] of rules) {
    test(`${folder}: ${why}`, () => {
      const wrong: string[] = [];
      for (const [file, imports] of graph)
        if (file.startsWith(folder))
          for (const i of imports) if (forbidden.test(i)) wrong.push(`${file} imports ${i}`);
      assert.deepEqual(wrong, []);
    });
  }
});
