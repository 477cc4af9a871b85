// Links that never break: every link and image in posts and pages that points inside the site must
// lead to a file of the site (a route: a page, a feed, a copied file). A missing target is a warning
// (an error with `brokenLinks: error`) naming the source file, the line it is written on, and the URL;
// a missing `/wp-content/…` file, which the old blog had, says where to copy it.

import { urlsIn } from "../format/absolute-urls.ts";
import { markdownFileOf } from "../format/bodies.ts";
import { type ContentIssue, contentError, contentWarning } from "../issues.ts";
import { folderOf } from "../model/assemble.ts";
import type { Route } from "../model/routes.ts";
import type { Site, SourceFile } from "../model/types.ts";
import { sitePathOf } from "../model/urls.ts";

/** A post or page as written: its file, its text, and its body as rendered before it was made final. */
export interface WrittenBody {
  readonly file: string;
  readonly source: SourceFile | undefined;
  readonly bodyHtml: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The path a link leads to, decoded, without its query and fragment; undefined for one elsewhere. */
function targetOf(resolved: string): string | undefined {
  if (!resolved.startsWith("/") || resolved.startsWith("//")) return undefined;
  const path = resolved.replace(/[?#].*$/, "");
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The line of a file's text that first holds `written` (as written, or decoded), when one does. */
function lineOf(text: string | undefined, written: string): number | undefined {
  if (text === undefined) return undefined;
  const candidates = [written, written.replace(/&amp;/g, "&")];
  try {
    candidates.push(decodeURI(written));
  } catch {
    // keep the others
  }
  for (const candidate of candidates) {
    const at = text.indexOf(candidate);
    if (at !== -1) return text.slice(0, at).split("\n").length;
  }
  return undefined;
}

/**
 * `sites` are the site's trees (one for a site in one language), `routes` every file of all of them;
 * `staticFolder` is the static folder as the author knows it (`content/static`).
 */
export function checkLinks(
  sites: readonly Site[],
  routes: readonly Route[],
  bodies: readonly WrittenBody[],
  staticFolder: string,
): ContentIssue[] {
  const files = new Set(routes.map((r) => r.url));
  const items = sites.flatMap((site) => [...site.posts, ...site.pages]);
  const leadsSomewhere = (path: string): boolean =>
    files.has(path) ||
    files.has(`${path}/`) ||
    (path.endsWith("/index.html") && files.has(path.slice(0, -"index.html".length)));
  const urlOf = new Map<string, string>();
  for (const item of items) urlOf.set(item.file, item.url);
  // A link to a shown post's or page's file (`../2015-01-28-name.md`) leads to its page.
  const sources = new Set(items.map((item) => item.source));
  const sourceOf = new Map(items.map((item) => [item.file, item.source]));
  const asError = sites[0]?.settings.brokenLinks === "error";
  const issues: ContentIssue[] = [];
  for (const body of bodies) {
    const url = urlOf.get(body.file);
    if (url === undefined) continue;
    const seen = new Set<string>();
    const folder = folderOf(sourceOf.get(body.file) ?? "");
    for (const written of urlsIn(body.bodyHtml)) {
      if (SCHEME.test(written.trim()) || seen.has(written)) continue;
      seen.add(written);
      const file = markdownFileOf(written, folder);
      if (file !== undefined && sources.has(file)) continue;
      const target = targetOf(sitePathOf(written, url));
      if (target === undefined || leadsSomewhere(target)) continue;
      const line = lineOf(body.source?.text, written);
      const message = target.startsWith("/wp-content/")
        ? `${target} is not in the site: the old blog's file (copy it to ${staticFolder}${target})`
        : `link to ${target} leads to no page`;
      issues.push(
        asError
          ? contentError(body.file, line, message)
          : contentWarning(
              target.startsWith("/wp-content/") ? "missing-upload" : "broken-link",
              body.file,
              line,
              message,
            ),
      );
    }
  }
  return issues;
}
