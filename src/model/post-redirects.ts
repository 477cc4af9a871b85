// Redirects a site owes its past: each post's and page's old URLs (front matter `aliases:`, which the
// WordPress importer fills with `/?p=<id>`, the old permalink and its attachments' pages). WordPress's
// feed addresses are feeds of their own, not redirects (src/model/feeds.ts, `buildRssFeeds`).
//
// A path alias becomes a redirect page at that path. A query alias (`/?p=123`) cannot be a file: a
// static host serves the home page for `/?p=123`, so it becomes a redirect page at `/p/123/`, a line
// `/ p=123 <post> 301` in `_redirects` (Netlify reads query parameters), and the home and 404 pages
// carry a one-line script that sends `?p=123` on to `/p/123/`.

import { unsafeUrlReason } from "./integrity.ts";
import type { Redirect } from "./types.ts";

export function postAliasRedirects(
  posts: readonly { readonly aliases: readonly string[]; readonly url: string; readonly file: string }[],
): Redirect[] {
  const redirects: Redirect[] = [];
  for (const post of posts) {
    for (const alias of post.aliases) {
      if (alias !== post.url)
        redirects.push(redirectFrom(alias, post.url, `${post.file} was at ${alias}`, post.file));
    }
  }
  return redirects;
}

/** A redirect from an old URL (normalised): a query alias gets its page at `/p/123/`. */
export function redirectFrom(oldUrl: string, to: string, why: string, source?: string): Redirect {
  const query = QUERY_ALIAS.exec(oldUrl);
  if (query === null) return { from: oldUrl, to, why, source };
  const [, name = "", value = ""] = query;
  return { from: queryPagePath(name, value), to, why, source, query: { name, value } };
}

/**
 * An old URL as the author or the importer wrote it, made into the one form a redirect can have: a
 * query alias (`/?p=123`) as written, or a decoded path (`/2015/%ea%b9%80/` and `/2015/김/` are one
 * URL) that is a folder (`/old/post` and `/old/post/index.html` are `/old/post/`) or an `.html` file.
 */
export function normaliseOldUrl(raw: string): string | { readonly error: string } {
  const text = raw.trim();
  if (!text.startsWith("/") || text.startsWith("//"))
    return { error: "must be a path on this site, starting with one /" };
  if (text.includes("?")) {
    return QUERY_ALIAS.test(text)
      ? text
      : { error: "may only carry one query parameter on the home path, like /?p=123" };
  }
  let path: string;
  try {
    path = decodeURI(text);
  } catch {
    return { error: "has broken percent-encoding" };
  }
  path = path.replace(/\/index\.html?$/i, "/");
  const last = path.split("/").at(-1) ?? "";
  if (last !== "" && !last.includes(".")) path = `${path}/`;
  else if (last !== "" && !/\.html$/i.test(last))
    return {
      error: "must be a folder (/old/post/) or an .html page: a static host serves other files as downloads",
    };
  const unsafe = unsafeUrlReason(path);
  return unsafe === undefined ? path : { error: unsafe };
}

/** `/?p=123`: one query parameter on the home path, as WordPress's default links are. */
export const QUERY_ALIAS = /^\/\?([a-z_]+)=([A-Za-z0-9_-]+)$/;

/** Where a query alias's redirect page lives: `/?p=123` at `/p/123/`. */
export function queryPagePath(name: string, value: string): string {
  return `/${name}/${value}/`;
}
