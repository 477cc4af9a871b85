// annals as a tool installed in a blog's own folder: this repository packed (`npm pack`), `annals init`
// run from the tarball into an empty folder, the site's dependencies installed, and `annals new`,
// `annals check` and `annals build` run there. The site holds its example post and the new one, and
// nothing of this repository's sample.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { FIXED_NOW, listFiles, REPO_ROOT, readPage } from "../support/site-build.ts";

function run(command: string, args: readonly string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ANNALS_NOW: FIXED_NOW, npm_config_update_notifier: "false" },
    timeout: 300_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const npm = (args: readonly string[], cwd: string) =>
  run("npm", [...args, "--no-audit", "--no-fund", "--prefer-offline"], cwd);

describe("annals installed in a site of its own", () => {
  test("pack, init from the tarball, install, then new, check and build in the site", () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "annals-package-"));
    const packed = run("npm", ["pack", "--pack-destination", work], REPO_ROOT);
    assert.equal(packed.code, 0, packed.stderr);
    const tarball = path.join(work, packed.stdout.trim().split("\n").at(-1) ?? "");
    assert.ok(fs.existsSync(tarball), `npm pack made ${tarball}`);

    const tool = path.join(work, "tool");
    fs.mkdirSync(tool);
    const installed = npm(["install", tarball], tool);
    assert.equal(installed.code, 0, installed.stderr);
    const annals = path.join(tool, "node_modules", ".bin", "annals");

    const site = path.join(work, "my-blog");
    fs.mkdirSync(site);
    const args = [
      "--title",
      "Kim watch",
      "--url",
      "https://kimwatch.org",
      "--timezone",
      "Asia/Seoul",
      "--from",
      tarball,
    ];
    const made = run(annals, ["init", site, ...args], work);
    assert.equal(made.code, 0, made.stderr);
    assert.match(made.stdout, /Next:\n {2}cd .*my-blog\n {2}npm install\n {2}npm start$/m);
    assert.deepEqual(listFiles(site), [
      ".github/workflows/pages.yml",
      ".gitignore",
      "content/2026/2026-01-01-welcome.md",
      "content/site.yaml",
      "package.json",
    ]);
    assert.equal(run(annals, ["init", site, ...args], work).code, 1, "never into a folder that is not empty");

    assert.equal(npm(["install"], site).code, 0);
    const bin = path.join(site, "node_modules", ".bin", "annals");
    const post = run(bin, ["new", "Will he go?", "--publish"], site);
    assert.equal(post.code, 0, post.stderr);
    const checked = run(bin, ["check"], site);
    assert.equal(checked.code, 0, checked.stderr);
    assert.match(checked.stdout, /2 posts to publish/);
    const built = run(bin, ["build"], site);
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stdout, /^annals: 2 posts, .* 0 warnings/m);

    const manifest = JSON.parse(readPage(path.join(site, "_site"), "archive.json")) as {
      site: { title: string };
      posts: { title: string; url: string }[];
    };
    assert.equal(manifest.site.title, "Kim watch");
    // Both dated at the same instant (the fixed build time): in file order.
    assert.deepEqual(
      manifest.posts.map((p) => p.title),
      ["Welcome", "Will he go?"],
    );
    const home = readPage(path.join(site, "_site"), "index.html");
    assert.doesNotMatch(home, /The Long View|Anniversaries/, "nothing of annals' sample");
    assert.equal(
      fs.existsSync(path.join(site, "node_modules", "annals", "content")),
      false,
      "the sample is not in the package",
    );
  });
});
