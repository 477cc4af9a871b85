// Hugo beside annals (`npm run bench -- --hugo`, issue 17): a Hugo site that builds a benchmark corpus
// into the page set annals writes for it, so that both builds can be timed in one run.
//
// src/bench/hugo/ holds the site's config and layouts. Hugo has no date archives, so
// prepareHugoSite (not timed) copies the corpus into the site's content/posts with four taxonomy fields
// added to each post's front matter, from its date: `archives: "2015"`, `months: "2015/01"`,
// `days: "2015/01/28"` and `on-this-day: "01-28"`, which the config's permalinks place at /2015/,
// /2015/01/, /2015/01/28/ and /on-this-day/01-28/. The corpus's `category` (a string) becomes
// `categories`, Hugo's taxonomy field. The posts' Markdown is unchanged and goes through Goldmark.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The committed Hugo site: config.yaml, layouts/, content/ (the taxonomies' own pages); biome.json
 * only keeps Biome off the Go templates. */
const SITE_FILES = path.join(path.dirname(fileURLToPath(import.meta.url)), "hugo");

/** annals' stylesheet and script, copied as the Hugo site's static files (annals writes both). */
const ASSETS = path.resolve(SITE_FILES, "../../../layouts/assets");

/** `hugo version`'s first line, or undefined when no `hugo` is on the PATH. */
export function hugoVersion(): string | undefined {
  try {
    return execFileSync("hugo", ["version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
      .split("\n")[0]
      ?.trim();
  } catch {
    return undefined;
  }
}

/**
 * The front matter of a corpus post with the date taxonomies added and `category` renamed to
 * `categories`; the text unchanged otherwise. Throws on a post without a `date:` line.
 */
function withTaxonomies(file: string, text: string): string {
  const end = text.indexOf("\n---", 4);
  if (!text.startsWith("---\n") || end < 0) throw new Error(`${file}: no front matter`);
  const front = text.slice(4, end + 1);
  // The date's calendar day as written (date-only, or UTC times), which is the day annals files it under.
  const m = /^date:\s*["']?(\d{4})-(\d{2})-(\d{2})/m.exec(front);
  if (m === null) throw new Error(`${file}: no date`);
  const [, y, mo, d] = m;
  const added = `archives: "${y}"\nmonths: "${y}/${mo}"\ndays: "${y}/${mo}/${d}"\non-this-day: "${mo}-${d}"\n`;
  return `---\n${front.replace(/^category:/m, "categories:")}${added}${text.slice(end + 1)}`;
}

/**
 * The committed config.yaml for a corpus of `posts` posts: baseURL https://example.org (as the
 * benchmark's site.yaml), and the related-content index leaving out tags on more than about 100 posts
 * (`cardinalityThreshold`, a whole percentage of the posts, at least 1; see the config's comment).
 */
function config(posts: number): string {
  const text = fs.readFileSync(path.join(SITE_FILES, "config.yaml"), "utf8");
  const percent = Math.max(1, Math.min(100, Math.round((100 * 100) / Math.max(posts, 1))));
  return text
    .replace(/^baseURL: .*$/m, "baseURL: https://example.org/")
    .replace(/^(\s+cardinalityThreshold:) \d+$/m, `$1 ${percent}`);
}

/**
 * Writes the Hugo site for a corpus into `siteDir` (emptied first): the committed layouts/ and the
 * taxonomies' _index.md pages under content/, config.yaml (see `config`), annals' assets as static/assets, and
 * every post of the corpus (its .md files; site.yaml is annals' settings) in content/posts with the
 * taxonomy fields added. Returns the number of posts.
 */
export function prepareHugoSite(corpusDir: string, siteDir: string): number {
  fs.rmSync(siteDir, { recursive: true, force: true });
  fs.cpSync(SITE_FILES, siteDir, { recursive: true, filter: (from) => !from.endsWith("biome.json") });
  fs.cpSync(ASSETS, path.join(siteDir, "static/assets"), { recursive: true });
  const posts = path.join(siteDir, "content/posts");
  const files = fs
    .readdirSync(corpusDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"));
  for (const file of files) {
    const target = path.join(posts, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, withTaxonomies(file, fs.readFileSync(path.join(corpusDir, file), "utf8")));
  }
  fs.writeFileSync(path.join(siteDir, "config.yaml"), config(files.length));
  return files.length;
}

/**
 * The command that builds the prepared site into `outDir`: a plain `hugo` build, no minifying, no
 * `--gc`, no render-to-memory; `--quiet` keeps its summary off the output, as annals' is in the bench.
 */
export function hugoCommand(siteDir: string, outDir: string): { command: string; args: string[] } {
  return { command: "hugo", args: ["--quiet", "--source", siteDir, "--destination", outDir] };
}
