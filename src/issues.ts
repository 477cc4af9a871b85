// Problems found in the author's content. Errors stop the build; warnings build with a documented
// result. Every issue names its file (and line where one is known), one line per problem:
//   content/2015/kim-visit.md:4  date "2015-02-30" is not a calendar date (use YYYY-MM-DD)

export type Severity = "error" | "warning";

/** Warning kinds, each with the label its summary line uses. */
export const WARNING_KINDS = {
  "unknown-key": "unknown front-matter keys (ignored)",
  "tags-as-string": "tags written as one comma-separated string",
  "term-spelling": "tag or category spellings merged into one term",
  "slug-collision": "different names with the same slug (given numbered slugs)",
  "slug-normalised": "slugs rewritten to URL-safe form",
  "date-from-file-name": "posts dated by their file name (no date: key)",
  "date-gap":
    "dates read as written with a caveat (a clock change, a one-digit hour, an offset no zone uses)",
  "more-inline": "<!--more--> not on a line of its own (ignored)",
  "settings-key": "unknown settings keys (ignored)",
  "no-settings": "no settings file (defaults used)",
  "both-category-keys": "posts with both `category` and `categories` (both used)",
  "far-future": "posts dated more than a year ahead (held back until then)",
  "no-url": "no site url (no feeds, sitemap or canonical links)",
  "example-url": "the site url is an example address",
  "alias-unused": "tag or category aliases that redirect nowhere",
  "redirect-shadowed": "redirects from URLs that a page or another redirect holds (left out)",
  "theme-markdown": "Markdown files in the theme folder (copied to /assets/, not posts)",
  "page-key": "post keys on pages (ignored)",
  "broken-link": "links to no page of the site",
  "missing-upload": "files of the old blog's uploads that the site lacks",
  "bad-image": "images that could not be read (published as they are)",
  "stray-file": "files in the content folder that are not copied (not in static/, not beside a post)",
  "no-labels": "a language annals has no labels for (English labels used)",
  "label-key": "unknown labels in the settings (ignored)",
  "views-other": "files in the theme's views folder that are not views (not read)",
  "unknown-author": "authors that are none of the keys of `authors:` (shown as written, on no author page)",
  "description-unused": "tag or category descriptions of terms no post uses (ignored)",
  "missing-avatar": "author avatars that are no file of the static folder",
  "comment-url": "comment addresses that are not http(s) (not linked)",
  "comment-thread": "comments answering no comment of their file (shown at the top)",
  "language-folder": "posts whose language: names another language than their folder (the front matter wins)",
  translations: "translations that could not be linked (two of one language)",
  "language-tag": "posts whose language: is not a language tag (ignored)",
} as const;

export type WarningKind = keyof typeof WARNING_KINDS;

export interface ContentIssue {
  readonly severity: Severity;
  /** Source path as shown to the author, e.g. `content/2015/x.md`. */
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line: number | undefined;
  readonly message: string;
  /** For warnings: which summary line it belongs to. */
  readonly kind: WarningKind | undefined;
}

export function contentError(file: string, line: number | undefined, message: string): ContentIssue {
  return { severity: "error", file, line, message, kind: undefined };
}

export function contentWarning(
  kind: WarningKind,
  file: string,
  line: number | undefined,
  message: string,
): ContentIssue {
  return { severity: "warning", file, line, message, kind };
}

/** Warnings that `--strict` makes errors: keys annals does not know (probably misspelt ones). */
export const STRICT_KINDS: readonly WarningKind[] = ["unknown-key", "settings-key", "label-key"];

/** The issues with unknown keys made errors (`annals check --strict`). */
export function strictly(issues: readonly ContentIssue[]): ContentIssue[] {
  return issues.map((issue) =>
    issue.kind !== undefined && STRICT_KINDS.includes(issue.kind)
      ? { ...issue, severity: "error", kind: undefined }
      : issue,
  );
}

export function locationOf(issue: Pick<ContentIssue, "file" | "line">): string {
  return issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
}

/** `content/x.md:3  title is empty` */
export function formatIssue(issue: ContentIssue): string {
  return `${locationOf(issue)}  ${issue.message}`;
}

/** Issues in a stable order: by file, then line, then message. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) =>
      compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message),
  );
}

/** Code-point order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const EXAMPLES_PER_KIND = 3;

/**
 * One line per kind of warning, with a count and a few locations, so that a blog of thousands of
 * posts does not drown its output: `warning  unknown front-matter keys (ignored): 12 (content/a.md:4, …)`.
 */
export function summariseWarnings(issues: readonly ContentIssue[]): string[] {
  const byKind = new Map<WarningKind, ContentIssue[]>();
  for (const issue of sortIssues(issues)) {
    if (issue.severity !== "warning" || issue.kind === undefined) continue;
    const list = byKind.get(issue.kind) ?? [];
    list.push(issue);
    byKind.set(issue.kind, list);
  }
  const lines: string[] = [];
  for (const kind of Object.keys(WARNING_KINDS) as WarningKind[]) {
    const list = byKind.get(kind);
    if (list === undefined) continue;
    if (list.length === 1 && list[0] !== undefined) {
      lines.push(`warning  ${formatIssue(list[0])}`);
      continue;
    }
    const examples = list.slice(0, EXAMPLES_PER_KIND).map(locationOf);
    const more = list.length > EXAMPLES_PER_KIND ? ", …" : "";
    lines.push(`warning  ${WARNING_KINDS[kind]}: ${list.length} (${examples.join(", ")}${more})`);
  }
  return lines;
}
