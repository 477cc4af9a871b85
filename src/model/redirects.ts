// Old URLs that keep working: each redirect is a small page at the old URL that sends the reader on
// (any static host), plus a line in `/_redirects` (Netlify and Cloudflare Pages answer with a real 301).
// A redirect never replaces a page: when a page of the site holds the old URL, the page wins and a
// warning says so.

import { type ContentIssue, compareText, contentWarning } from "../issues.ts";
import { unsafeUrlReason } from "./integrity.ts";
import type { Route } from "./routes.ts";
import type { Redirect } from "./types.ts";
import { outputPathOf, redirectsFilePath } from "./urls.ts";

/** Folders of files written after the pages (the theme's assets, the search index). */
const RESERVED = ["/assets/", "/pagefind/"];

/** `/a/b/index.html` is in the folders `/a` and `/a/b`. */
function ancestorsOf(file: string): string[] {
  const parts = file.split("/").slice(1, -1);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join("/")}`);
}

/**
 * The redirects that take no file of the site and lead to a page of it (`outputs`: every file of the
 * site; on a multilingual site, of every tree); a warning for each of the others.
 */
export function keepRedirectsOffPages(
  outputs: readonly Route[],
  redirects: readonly Redirect[],
  file: string,
): { kept: Redirect[]; issues: ContentIssue[] } {
  if (redirects.length === 0) return { kept: [], issues: [] };
  const pages = new Set(outputs.map((o) => o.url));
  // What is written where: a redirect may not take a file of the site, or need one to be a folder.
  const files = new Set(outputs.map((o) => outputPathOf(o.url)));
  const folders = new Set([...files].flatMap((file) => ancestorsOf(file)));
  const collision = (from: string): string | undefined => {
    const file = outputPathOf(from);
    if (RESERVED.some((prefix) => from.startsWith(prefix)) || from === redirectsFilePath)
      return "is kept for annals' own files";
    if (files.has(file)) return "is a page of the site";
    if (folders.has(file)) return "is a folder of the site's pages";
    if (ancestorsOf(file).some((folder) => files.has(folder)))
      return "would need a file of the site to be a folder";
    return undefined;
  };
  const issues: ContentIssue[] = [];
  const kept: Redirect[] = [];
  const seen = new Map<string, Redirect>();
  // Sorted by the old URL, so that which of two claims to one URL wins does not depend on file order.
  const sorted = [...redirects].sort((a, b) => compareText(a.from, b.from) || compareText(a.why, b.why));
  for (const redirect of sorted) {
    const unsafe = unsafeUrlReason(redirect.from);
    const first = seen.get(redirect.from);
    const problem =
      unsafe ??
      (first === undefined ? undefined : `already redirects (${first.why})`) ??
      collision(redirect.from) ??
      (pages.has(redirect.to) ? undefined : `would lead to ${redirect.to}, which is no page of the site`);
    if (problem !== undefined) {
      issues.push(
        contentWarning(
          "redirect-shadowed",
          redirect.source ?? file,
          undefined,
          `${redirect.why}, but ${redirect.from} ${problem}: no redirect from it`,
        ),
      );
      continue;
    }
    seen.set(redirect.from, redirect);
    files.add(outputPathOf(redirect.from));
    for (const folder of ancestorsOf(outputPathOf(redirect.from))) folders.add(folder);
    kept.push(redirect);
  }
  return { kept, issues };
}
