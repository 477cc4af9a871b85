// The command line runs compiled (bin/compiled.js): the compiled code writes the same site, byte for
// byte, as the TypeScript sources run through tsx, with a site's own views (which the compiled code
// loads through tsx), as ES modules and as CommonJS. (Code blocks are highlighted in worker threads
// only past thousands of lines; the worker loads its sources through tsx either way.)

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { type BuildRun, buildSite, listFiles, REPO_ROOT, readPage } from "../support/site-build.ts";
import { SITES } from "../support/site-fixtures.ts";

/** Builds `content` clean (no parse cache shared between the two) compiled and from the sources. */
function bothWays(content: string): { compiled: BuildRun; sources: BuildRun } {
  const compiled = buildSite({ content, args: ["--clean"], env: { ANNALS_COMPILED: "1" } });
  const sources = buildSite({ content, args: ["--clean"], env: { ANNALS_COMPILED: "0" } });
  assert.equal(compiled.code, 0, compiled.stderr);
  assert.equal(sources.code, 0, sources.stderr);
  return { compiled, sources };
}

function assertSameSite({ compiled, sources }: { compiled: BuildRun; sources: BuildRun }): string[] {
  const files = listFiles(compiled.output).filter((f) => !f.startsWith("pagefind/"));
  assert.ok(files.length > 20);
  assert.deepEqual(
    files,
    listFiles(sources.output).filter((f) => !f.startsWith("pagefind/")),
  );
  for (const file of files)
    assert.equal(readPage(compiled.output, file), readPage(sources.output, file), file);
  // The summary line but for its time.
  const summary = (stdout: string) => stdout.replace(/, [\d.]+ s\s*$/, "");
  assert.match(compiled.stdout, /posts/);
  assert.equal(summary(compiled.stdout), summary(sources.stdout));
  return files;
}

describe("the compiled command line", () => {
  for (const fixture of ["views", "blog"]) {
    test(`writes the ${fixture} site as the sources do`, () => {
      assertSameSite(bothWays(path.join(SITES, fixture, "content")));
    });
  }

  test("loads a view written in TypeScript in a folder that Node takes for CommonJS, as the sources do", (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annals-compiled-"));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const content = path.join(dir, "content");
    fs.cpSync(path.join(SITES, "reference", "content"), content, { recursive: true });
    fs.mkdirSync(path.join(content, "theme", "views"), { recursive: true });
    fs.writeFileSync(
      path.join(content, "theme", "views", "footer.ts"),
      `import { html } from ${JSON.stringify(path.join(REPO_ROOT, "src/format/html.ts"))};\n` +
        "type Base = (input: unknown) => unknown;\n" +
        // (\x24 is the dollar sign.)
        'export default (input: unknown, base: Base) => html`\x24{base(input)}<p class="colophon">Typed.</p>`;\n',
    );
    const built = bothWays(content);
    assertSameSite(built);
    assert.match(readPage(built.compiled.output, "index.html"), /<p class="colophon">Typed\.<\/p>/);
  });

  test("is kept under node_modules/.cache/annals/cli/, one version at a time", () => {
    const run = buildSite({
      content: path.join(SITES, "reference", "content"),
      env: { ANNALS_COMPILED: "1" },
    });
    assert.equal(run.code, 0, run.stderr);
    const versions = fs.readdirSync(path.join(REPO_ROOT, "node_modules", ".cache", "annals", "cli"));
    assert.equal(versions.filter((v) => !v.endsWith(".partial")).length, 1);
  });
});
