// What the build tells the author: every error on its own line, warnings one line per kind, and a
// one-line summary at the end.

import { type ContentIssue, formatIssue, summariseWarnings } from "../issues.ts";
import { isExampleAddress } from "../model/settings.ts";
import type { Site } from "../model/types.ts";

/** Thrown when content has errors: the message is the report itself, and no stack is shown. */
export class ContentErrors extends Error {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    super(formatErrorReport(issues).join("\n"));
    this.name = "ContentErrors";
    this.issues = issues;
  }
}

export function errorsOf(issues: readonly ContentIssue[]): ContentIssue[] {
  return issues.filter((i) => i.severity === "error");
}

/**
 * Every error, then how many and what to do. `partly` when the errors were found while writing (a view
 * override that failed on a page): the output folder then holds part of the site.
 */
export function formatErrorReport(issues: readonly ContentIssue[], partly = false): string[] {
  const errors = errorsOf(issues);
  const files = new Set(errors.map((e) => e.file)).size;
  const outcome = partly
    ? "the build stopped, and the output folder holds only part of the site"
    : "nothing was built";
  return [
    ...errors.map(formatIssue),
    `${errors.length} ${plural(errors.length, "error")} in ${files} ${plural(files, "file")}: ${outcome}. Fix ${errors.length === 1 ? "it" : "them"} and build again.`,
  ];
}

/** Warnings, summarised per kind; with `verbose`, every one. */
export function formatWarnings(issues: readonly ContentIssue[], verbose: boolean): string[] {
  if (verbose) return issues.filter((i) => i.severity === "warning").map((i) => `warning  ${formatIssue(i)}`);
  return summariseWarnings(issues);
}

export interface BuildSummary {
  /** The site's trees, the default language's first (one for a site in one language). */
  readonly sites: readonly Site[];
  /** HTML pages written. */
  readonly pagesWritten: number;
  readonly feedsWritten: number;
  /** Redirect pages written (old URLs). */
  readonly redirects: number;
  /** Pages in the search index; undefined when search is off. */
  readonly searchIndexed: number | undefined;
  /** The search index's parts: how many were indexed in this build, of how many. */
  readonly searchParts?: { readonly indexed: number; readonly all: number };
  readonly warnings: number;
  readonly seconds: number;
  /** On the last build's folder: how many files were already as this build made them. */
  readonly unchanged?: number;
  /** Of those, how many were not even rendered (their render keys unchanged). */
  readonly kept?: number;
  /** Pages given the new sidebar in place (their render keys unchanged, their sidebar not). */
  readonly patched?: number;
}

/**
 * `annals: 24 posts, 31 tags, 5 categories, 112 pages and 37 feeds written, search index: 24 posts,
 * 2 held back (1 draft, 1 future), 0 warnings, 1.23 s` (`search off` when the setting turns it off;
 * `search index: 9000 posts in 9 parts, 8 of them kept` for an index in parts, some not made again;
 * `2 authors` after the categories when the site has author pages). A multilingual site's figures are
 * of all its trees, the posts also by language: `11 posts in 3 languages (en 4, ja 5, ar 2)`.
 */
export function formatSummary(summary: BuildSummary): string {
  const { sites } = summary;
  const [site] = sites;
  if (site === undefined) throw new Error("internal error: a summary of no site");
  const sum = (of: (s: Site) => number) => sites.reduce((n, s) => n + of(s), 0);
  const posts = sum((s) => s.posts.length);
  const pages = sum((s) => s.pages.length);
  const drafts = sum((s) => s.held.drafts);
  const future = sum((s) => s.held.future);
  const authors = sites.some((s) => s.authors !== undefined)
    ? sum((s) => s.authors?.terms.length ?? 0)
    : undefined;
  const byLanguage =
    site.languages.length === 0
      ? ""
      : ` in ${count(sites.length, "language")} (${sites.map((s) => `${s.settings.language} ${s.posts.length}`).join(", ")})`;
  const parts = [
    `${count(posts, "post")}${byLanguage}`,
    count(
      sum((s) => s.tags.terms.length),
      "tag",
    ),
    count(
      sum((s) => s.categories.terms.length),
      "category",
      "categories",
    ),
    ...(authors === undefined ? [] : [count(authors, "author")]),
    `${count(summary.pagesWritten, "page")} and ${count(summary.feedsWritten, "feed")} written`,
    summary.searchIndexed === undefined
      ? "search off"
      : `search index: ${count(summary.searchIndexed - pages, "post")}${pages === 0 ? "" : ` and ${count(pages, "page")}`}${partsOf(summary.searchParts)}`,
    `${drafts + future} held back (${count(drafts, "draft")}, ${future} future)`,
    ...(summary.redirects > 0 ? [count(summary.redirects, "redirect")] : []),
    ...addressNote(site.settings.url),
    count(summary.warnings, "warning"),
    ...(summary.unchanged === undefined
      ? []
      : [
          `built on the last build: ${count(summary.unchanged, "file")} unchanged${summary.kept === undefined || summary.kept === 0 ? "" : ` (${summary.kept} not rendered again)`}${summary.patched === undefined || summary.patched === 0 ? "" : `, ${count(summary.patched, "page")} given the new sidebar without rendering`}`,
        ]),
    `${summary.seconds.toFixed(2)} s`,
  ];
  return `annals: ${parts.join(", ")}`;
}

/** ` in 10 parts, 9 of them kept`: an index in more than one part, and the parts not indexed again. */
function partsOf(parts: BuildSummary["searchParts"]): string {
  if (parts === undefined || parts.all < 2) return "";
  const kept = parts.all - parts.indexed;
  return ` in ${parts.all} parts${kept === 0 ? "" : `, ${kept} of them kept`}`;
}

/** Said every time: a site built without its own address is not ready to publish. */
function addressNote(url: string): string[] {
  if (url === "") return ["no url, so no feeds, sitemap or canonical links"];
  if (isExampleAddress(url)) return [`url ${url} is an example address`];
  return [];
}

function plural(n: number, word: string, many = `${word}s`): string {
  return n === 1 ? word : many;
}

function count(n: number, word: string, many = `${word}s`): string {
  return `${n} ${plural(n, word, many)}`;
}
