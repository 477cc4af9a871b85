// Builds a site for real, as a user would: the build command in a child process, into a fresh
// temporary folder. Returns what it printed and a reader for what it wrote.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface BuildRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly output: string;
}

export interface BuildOptions {
  readonly content: string;
  /** The annals command and its options (default `build`); `--content` (and `--output` for a build) follow. */
  readonly command?: readonly string[];
  readonly env?: Record<string, string>;
  readonly args?: readonly string[];
}

/** A fixed build time, so that runs can be compared byte for byte. */
export const FIXED_NOW = "2026-01-01T00:00:00Z";

export function buildSite(options: BuildOptions): BuildRun {
  const output = fs.mkdtempSync(path.join(os.tmpdir(), "annals-test-"));
  const result = spawnSync(
    process.execPath,
    [
      "bin/annals.js",
      ...(options.command ?? ["build"]),
      "--content",
      options.content,
      ...((options.command?.[0] ?? "build") === "build" ? ["--output", output] : []),
      ...(options.args ?? []),
    ],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { ...process.env, ANNALS_NOW: FIXED_NOW, ...options.env },
      timeout: 120_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, output };
}

/** Every file under `root`, as `/`-separated relative paths, sorted. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relative);
      else out.push(relative);
    }
  };
  walk(root, "");
  return out.sort();
}

/**
 * The files of a built site as `listFiles` gives them, but for the search index: Pagefind names its
 * index files after their content, so the folder is one line, `pagefind/ (the search index)`.
 */
export function listSiteFiles(root: string): string[] {
  const files = listFiles(root);
  const site = files.filter((f) => !f.startsWith("pagefind/"));
  return site.length === files.length ? site : [...site, "pagefind/ (the search index)"].sort();
}

export function readPage(root: string, relative: string): string {
  return fs.readFileSync(path.join(root, ...relative.split("/")), "utf8");
}

export function fixturePath(name: string): string {
  return path.join(REPO_ROOT, "test", "fixtures", name);
}
