// `annals init`: a new site from options, or from answers on a terminal; never into a folder that is
// not empty; its settings checked before anything is written.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { parse } from "yaml";
import { FIXED_NOW, listFiles, REPO_ROOT } from "../support/site-build.ts";

const BIN = path.join(REPO_ROOT, "bin", "annals.js");

function init(args: readonly string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, "init", ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ANNALS_NOW: FIXED_NOW },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("annals init", () => {
  test("from options: the settings, an example post, the workflow, .gitignore and package.json", () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "annals-init-"));
    const made = init(
      [
        "news-blog",
        "--title",
        "Kim: news",
        "--url",
        "https://kimwatch.org",
        "--language",
        "de",
        "--timezone",
        "Asia/Seoul",
        "--posts-per-page",
        "7",
      ],
      work,
    );
    assert.equal(made.code, 0, made.stderr);
    const site = path.join(work, "news-blog");
    assert.deepEqual(listFiles(site), [
      ".github/workflows/pages.yml",
      ".gitignore",
      "content/2026/2026-01-01-welcome.md",
      "content/site.yaml",
      "package.json",
    ]);
    const settings = parse(fs.readFileSync(path.join(site, "content", "site.yaml"), "utf8")) as Record<
      string,
      unknown
    >;
    assert.deepEqual(settings, {
      title: "Kim: news",
      url: "https://kimwatch.org",
      language: "de",
      timezone: "Asia/Seoul",
      postsPerPage: 7,
    });
    const manifest = JSON.parse(fs.readFileSync(path.join(site, "package.json"), "utf8")) as {
      type: string;
      dependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
    assert.equal(manifest.type, "module");
    assert.equal(manifest.dependencies.annals, `file:${REPO_ROOT}`, "the annals it was run from");
    assert.equal(manifest.scripts.build, "annals build");
    assert.equal(
      fs.readFileSync(path.join(site, ".github/workflows/pages.yml"), "utf8"),
      fs.readFileSync(path.join(REPO_ROOT, ".github/workflows/pages.yml"), "utf8"),
    );
    assert.match(
      fs.readFileSync(path.join(site, "content/2026/2026-01-01-welcome.md"), "utf8"),
      /^date: 2026-01-01 09:00:00 \+09:00$/m,
    );
  });

  test("never into a folder that is not empty; a wrong setting stops it before anything is written", () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "annals-init-"));
    fs.mkdirSync(path.join(work, "taken"));
    fs.writeFileSync(path.join(work, "taken", "notes.txt"), "mine");
    const taken = init(["taken"], work);
    assert.equal(taken.code, 1);
    assert.equal(
      taken.stderr.trim(),
      "taken is not an empty folder: annals init writes only into a new or empty one.",
    );
    assert.deepEqual(fs.readdirSync(path.join(work, "taken")), ["notes.txt"]);

    const wrong = init(["fresh", "--language", "french", "--timezone", "Mars/Olympus"], work);
    assert.equal(wrong.code, 1);
    assert.equal(
      wrong.stderr.trim(),
      [
        '--language: language must be a language tag such as en, en-GB, de or pt-BR, not "french" (did you mean fr?)',
        '--timezone: "Mars/Olympus" is not a time zone (e.g. Europe/Berlin, America/New_York, UTC)',
      ].join("\n"),
    );
    assert.equal(fs.existsSync(path.join(work, "fresh")), false);
    assert.equal(init([], work).code, 2, "no folder named");
  });

  test("on a terminal (script(1) gives it one) it asks for what the options do not give", () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "annals-init-"));
    const answers = "My own blog\n\nja\nAsia/Tokyo\n5\n";
    const result = spawnSync(
      "script",
      ["-qc", `${process.execPath} ${BIN} init asked --from ^0.2.0`, "/dev/null"],
      {
        cwd: work,
        input: answers,
        encoding: "utf8",
        env: { ...process.env, ANNALS_NOW: FIXED_NOW },
        timeout: 60_000,
      },
    );
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.stdout, /Title \(Asked\): /);
    const settings = parse(
      fs.readFileSync(path.join(work, "asked", "content", "site.yaml"), "utf8"),
    ) as Record<string, unknown>;
    assert.deepEqual(settings, {
      title: "My own blog",
      language: "ja",
      timezone: "Asia/Tokyo",
      postsPerPage: 5,
    });
    const manifest = JSON.parse(fs.readFileSync(path.join(work, "asked", "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    assert.equal(manifest.dependencies.annals, "^0.2.0");
  });
});
