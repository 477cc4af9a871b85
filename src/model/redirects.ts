// Old URLs that keep working: each redirect is a small page at the old URL that sends the reader on
// (any static host), plus a line in `/_redirects` (Netlify and Cloudflare Pages answer with a real 301).
// A redirect never replaces a page: when a page of the site holds the old URL, the page wins and a
// warning says so.

import { type ContentIssue, contentWarning } from "../issues.ts";
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
  const seen = new Set<string>();
  for (const redirect of redirects) {
    const unsafe = unsafeUrlReason(redirect.from);
    if (pages.has(redirect.from) || seen.has(redirect.from) || unsafe !== undefined) {
      issues.push(
        contentWarning(
          "redirect-shadowed",
          file,
          undefined,
          `${redirect.why}, but ${redirect.from} ${unsafe === undefined ? "is a page of the site" : unsafe}: no redirect from it`,
        ),
      );
      continue;
    }
    seen.add(redirect.from);
    kept.push(redirect);
  }
  return { kept, issues };
}
