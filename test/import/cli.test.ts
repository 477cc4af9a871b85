import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { TINY_EXPORT, temporaryFolder } from "./helpers.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["bin/annals.js", "import", "wordpress", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One line on standard error, and no stack trace. */
function assertOneLine(stderr: string, expected: string | RegExp): void {
  assert.equal(stderr.split("\n").filter((l) => l !== "").length, 1, stderr);
  if (typeof expected === "string") assert.equal(stderr, `${expected}\n`);
  else assert.match(stderr, expected);
  assert.doesNotMatch(stderr, /\n\s+at /);
}

describe("import:wordpress (the command)", () => {
  it("--help prints the usage", () => {
    const { code, stdout } = cli("--help");
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: annals import wordpress <export\.xml> \[--into <folder>\] \[--force\]/);
  });

  it("imports, prints the report, and refuses an edited file on the next run", (t) => {
    const into = path.join(temporaryFolder(t), "content");
    const first = cli(TINY_EXPORT, "--into", into);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stderr, "");
    assert.match(first.stdout, /\n5 post files, 1 pages, 1 comments files and 0 uploads: written 7\.\n$/);

    const file = path.join(into, "2015", "2015-01-28-will-kim-go.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("Here is mine.", "Here is mine, edited."));
    const second = cli(TINY_EXPORT, "--into", into);
    assert.equal(second.code, 1);
    assertOneLine(
      second.stderr,
      "import:wordpress: 1 file edited since the import (listed above): nothing written; --force overwrites them",
    );
    assert.match(second.stdout, /\n- refused: .*2015-01-28-will-kim-go\.md\n/);

    const forced = cli(TINY_EXPORT, "--into", into, "--force");
    assert.equal(forced.code, 0);
    assert.match(forced.stdout, /\n- overwritten: .*2015-01-28-will-kim-go\.md\n/);
  });

  it("bad input: one line naming the file, exit code 1", (t) => {
    const folder = temporaryFolder(t);
    const missing = path.join(folder, "missing.xml");
    const r1 = cli(missing);
    assert.equal(r1.code, 1);
    assertOneLine(r1.stderr, `import:wordpress: ${missing}: no such file`);

    const malformed = path.join(folder, "malformed.xml");
    writeFileSync(malformed, "<rss>\n<channel>\n<item></channel>\n</rss>\n");
    const r2 = cli(malformed, "--into", folder);
    assert.equal(r2.code, 1);
    assertOneLine(
      r2.stderr,
      new RegExp(`^import:wordpress: ${malformed.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:\\d+: `),
    );

    const notWxr = path.join(folder, "feed.xml");
    writeFileSync(notWxr, "<rss><channel><title>Just a feed</title></channel></rss>");
    const r3 = cli(notWxr, "--into", folder);
    assert.equal(r3.code, 1);
    assertOneLine(r3.stderr, /^import:wordpress: .*feed\.xml: not a WordPress export \(WXR\)/);
    assert.equal(r3.stdout, "");
  });

  it("a wrong option or no export file: the usage, exit code 2", () => {
    const unknown = cli(TINY_EXPORT, "--frobnicate");
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^import:wordpress: Unknown option '--frobnicate'/);
    const none = cli();
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^import:wordpress: name the export file\n\nUsage:/);
  });
});
