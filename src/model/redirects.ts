// Old URLs that keep working: each redirect is a small page at the old URL that sends the reader on
// (any static host), plus a line in `/_redirects` (Netlify and Cloudflare Pages answer with a real 301).
// A redirect never replaces a page: when a page of the site holds the old URL, the page wins and a
// warning says so.

import { type ContentIssue, compareText, contentWarning } from "../issues.ts";
import { unsafeUrlReason } from "./integrity.ts";
import { siteOutputs } from "./outputs.ts";
import type { Redirect, Site } from "./types.ts";

export function keepRedirectsOffPages(
  site: Site,
  redirects: readonly Redirect[],
  file: string,
): { kept: Redirect[]; issues: ContentIssue[] } {
  const pages = new Set(siteOutputs(site).map((o) => o.url));
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
      (pages.has(redirect.from) ? "is a page of the site" : undefined) ??
      (pages.has(redirect.to) ? undefined : `would lead to ${redirect.to}, which is no page of the site`) ??
      (first === undefined ? undefined : `already redirects (${first.why})`);
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
    kept.push(redirect);
  }
  return { kept, issues };
}
