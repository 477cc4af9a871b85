// The command line runs compiled (bin/compiled.js): the compiled code writes the same site, byte for
// byte, as the TypeScript sources run through tsx, with a site's own views (which the compiled code
// loads through tsx) and code blocks (highlighted in worker threads).

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { buildSite, listFiles, REPO_ROOT, readPage } from "../support/site-build.ts";
import { SITES } from "../support/site-fixtures.ts";

describe("the compiled command line", () => {
  for (const fixture of ["views", "blog"]) {
    test(`writes the ${fixture} site as the sources do`, () => {
      const content = path.join(SITES, fixture, "content");
      const compiled = buildSite({ content, env: { ANNALS_COMPILED: "1" } });
      const sources = buildSite({ content, env: { ANNALS_COMPILED: "0" } });
      assert.equal(compiled.code, 0, compiled.stderr);
      assert.equal(sources.code, 0, sources.stderr);
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
      assert.equal(summary(compiled.stdout), summary(sources.stdout));
      assert.match(compiled.stdout, /posts/);
    });
  }

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
