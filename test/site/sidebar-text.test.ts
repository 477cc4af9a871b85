// What a build on the last build relies on to give a page its new sidebar without rendering it
// (src/pipeline/pipeline.ts): every page in the shell holds its tree's sidebar (the pipeline's
// `sidebarOf`, from layouts/render.ts's) as one run of text, exactly once, and no other file holds it. Checked on every file of
// the sample blog, of the multilingual fixture, and of the sample under a path prefix (where every
// link of a page gets the prefix).

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { IN_SHELL } from "../../layouts/render.ts";
import { isRendered } from "../../src/model/routes.ts";
import { Pipeline } from "../../src/pipeline/pipeline.ts";
import { REPO_ROOT } from "../support/site-build.ts";
import { copyContent } from "../support/site-copy.ts";
import { siteContent } from "../support/site-fixtures.ts";

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) n++;
  return n;
}

async function checkSidebars(contentDir: string): Promise<{ inShell: number; sidebars: Set<string> }> {
  const pipeline = new Pipeline({
    contentDir,
    outputDir: path.join(contentDir, "..", "unused"),
    now: Date.now(),
  });
  const loaded = await pipeline.load({ images: false });
  assert.ok(loaded.site !== undefined, JSON.stringify(loaded.issues));
  let inShell = 0;
  const sidebars = new Set<string>();
  for (const route of loaded.routes) {
    if (!isRendered(route)) continue;
    const sidebar = pipeline.sidebarOf(route);
    assert.match(sidebar, /^<aside class="sidebar"/);
    sidebars.add(sidebar);
    const { text } = pipeline.render(route);
    const expected = IN_SHELL.has(route.kind) ? 1 : 0;
    assert.equal(occurrences(text, sidebar), expected, `${route.kind} ${route.url}`);
    if (expected === 1) inShell++;
  }
  return { inShell, sidebars };
}

describe("the sidebar as pages hold it", () => {
  test("the sample blog: each page in the shell holds its sidebar once, no other file holds it", async () => {
    const { inShell, sidebars } = await checkSidebars(path.join(REPO_ROOT, "content"));
    assert.ok(inShell > 50, `${inShell} pages in the shell`);
    assert.equal(sidebars.size, 1);
  });

  test("a multilingual site: each tree's pages hold that tree's sidebar", async () => {
    const { inShell, sidebars } = await checkSidebars(path.join(REPO_ROOT, siteContent("multilingual")));
    assert.ok(inShell > 10, `${inShell} pages in the shell`);
    assert.equal(sidebars.size, 3, "one sidebar for each language's tree");
  });

  test("under a path prefix: the sidebar with the prefix in its links, as the pages hold it", async (t) => {
    const dir = copyContent(path.join(REPO_ROOT, "content"), (text) =>
      text.replace("url: https://example.org", "url: https://example.org/blog/"),
    );
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const { inShell, sidebars } = await checkSidebars(dir);
    assert.ok(inShell > 50, `${inShell} pages in the shell`);
    for (const sidebar of sidebars) assert.match(sidebar, /href="\/blog\/tag\//);
  });
});
