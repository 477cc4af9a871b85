// The GitHub Pages workflow's own commands, run as the workflow runs them: its build step, given a Pages
// address with a path, makes a site whose every link, canonical URL, feed and sitemap entry carry the
// path; a custom domain in the settings wins; and its "due" step publishes an hourly run only when the
// site changed.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import * as cheerio from "cheerio";
import { parse } from "yaml";
import { FIXED_NOW, listFiles, REPO_ROOT, readPage } from "../support/site-build.ts";

interface Step {
  readonly id?: string;
  readonly run?: string;
  readonly env?: Record<string, string>;
}

const workflow = parse(fs.readFileSync(path.join(REPO_ROOT, ".github/workflows/pages.yml"), "utf8")) as {
  jobs: { build: { steps: Step[] } };
};
const steps = workflow.jobs.build.steps;
const buildStep = steps.find((s) => s.run?.includes("npm run build"));
const dueStep = steps.find((s) => s.id === "due");

/** A site folder as `annals init` makes one, with its `npm run build` running this repository's annals. */
function siteFolder(settings: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annals-deploy-"));
  fs.cpSync(path.join(REPO_ROOT, "test/fixtures/sites/blog/content"), path.join(dir, "content"), {
    recursive: true,
  });
  const file = path.join(dir, "content", "site.yaml");
  fs.writeFileSync(file, settings(fs.readFileSync(file, "utf8")));
  const bin = path.join(REPO_ROOT, "bin", "annals.js");
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ type: "module", scripts: { build: `node ${bin} build`, check: `node ${bin} check` } }),
  );
  return dir;
}

/** Runs a workflow step's script with bash in `cwd`, `${{ … }}` expressions filled from `values`. */
function runStep(
  step: Step | undefined,
  cwd: string,
  values: Record<string, string>,
  env: Record<string, string> = {},
) {
  assert.ok(step?.run, "the workflow has the step");
  const fill = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, key: string) => values[key] ?? "");
  const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, fill(v)]));
  return spawnSync("bash", ["-e", "-c", fill(step.run)], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ANNALS_NOW: FIXED_NOW, ...stepEnv, ...env },
    timeout: 120_000,
  });
}

/** The same as runStep, without blocking: for a step that talks to a server of this process. */
function runStepAsync(
  step: Step | undefined,
  cwd: string,
  values: Record<string, string>,
  env: Record<string, string>,
): Promise<number | null> {
  assert.ok(step?.run, "the workflow has the step");
  const fill = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, key: string) => values[key] ?? "");
  const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, fill(v)]));
  const child = spawn("bash", ["-e", "-c", fill(step.run)], {
    cwd,
    env: { ...process.env, ...stepEnv, ...env },
    stdio: "ignore",
  });
  return new Promise((resolve) => child.on("exit", resolve));
}

function linksOf(output: string): { page: string; value: string }[] {
  const found: { page: string; value: string }[] = [];
  for (const page of listFiles(output).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"))) {
    const $ = cheerio.load(readPage(output, page));
    $("[href], [src]").each((_, element) => {
      found.push({ page, value: $(element).attr("href") ?? $(element).attr("src") ?? "" });
    });
  }
  return found;
}

describe("the Pages workflow's build step", () => {
  test("given a project site's address, every link, canonical URL, feed and sitemap entry carries its path", () => {
    const dir = siteFolder((s) => s);
    const run = runStep(buildStep, dir, { "steps.pages.outputs.base_url": "https://owner.github.io/blog" });
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /example/, "no example address left");
    const output = path.join(dir, "_site");
    const links = linksOf(output);
    assert.ok(links.length > 1000);
    for (const { page, value } of links) {
      if (/^(#|mailto:)/.test(value)) continue;
      if (/^https?:/.test(value)) {
        if (value.includes("github.io"))
          assert.match(value, /^https:\/\/owner\.github\.io\/blog\//, `${page}: ${value}`);
        continue;
      }
      assert.match(value, /^\/blog\//, `${page} links ${value}, outside /blog/`);
      const target = decodeURI(value.replace(/^\/blog/, "").replace(/[#?].*$/, ""));
      const file = path.join(output, target, target.endsWith("/") ? "index.html" : "");
      assert.ok(fs.existsSync(file), `${page} links ${value}, which is no file`);
    }
    const home = cheerio.load(readPage(output, "index.html"));
    assert.equal(home('link[rel="canonical"]').attr("href"), "https://owner.github.io/blog/");
    assert.match(
      readPage(output, "feed.xml"),
      /<link rel="alternate" type="text\/html" href="https:\/\/owner\.github\.io\/blog\/"\/>/,
    );
    const locs = [...readPage(output, "sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
    assert.ok(locs.length > 50 && locs.every((l) => l.startsWith("https://owner.github.io/blog/")));
  });

  test("a url on another host in the settings (a custom domain) wins", () => {
    const dir = siteFolder((s) => s.replace("url: https://example.org", "url: https://news.example.net.au"));
    const run = runStep(buildStep, dir, { "steps.pages.outputs.base_url": "https://owner.github.io/blog" });
    assert.equal(run.status, 0, run.stderr);
    const home = cheerio.load(readPage(path.join(dir, "_site"), "index.html"));
    assert.equal(home('link[rel="canonical"]').attr("href"), "https://news.example.net.au/");
    assert.equal(home('link[rel="stylesheet"]').first().attr("href"), "/assets/annals.css");
  });
});

describe("the Pages workflow's due step", () => {
  test("an hourly run publishes only when the built site differs from the live one; a push always does", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annals-due-"));
    fs.mkdirSync(path.join(dir, "_site"));
    fs.writeFileSync(path.join(dir, "_site", "archive.json"), '{"posts":[1]}\n');
    let live = '{"posts":[1]}\n';
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(live);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const decide = async (event: string, url = base): Promise<string> => {
      const output = path.join(dir, "github-output");
      fs.writeFileSync(output, "");
      const code = await runStepAsync(
        dueStep,
        dir,
        { "github.event_name": event, "steps.pages.outputs.base_url": url },
        { GITHUB_OUTPUT: output },
      );
      assert.equal(code, 0);
      return fs.readFileSync(output, "utf8").trim();
    };
    try {
      assert.equal(await decide("schedule"), "publish=false", "unchanged: nothing to publish");
      assert.equal(await decide("push"), "publish=true");
      live = '{"posts":[]}\n';
      assert.equal(await decide("schedule"), "publish=true", "a post came due");
      // The live site unreachable (the first deploy): publish.
      assert.equal(await decide("schedule", "http://127.0.0.1:9"), "publish=true");
    } finally {
      server.close();
    }
  });
});
