// Redirects a site owes its past: each post's old URLs (front matter `aliases:`, which the WordPress
// importer fills with `/?p=<id>` and the old permalink), and with the `feedRedirects` setting the
// feed URLs WordPress used (`/feed/`, `/tag/<slug>/feed/`) to annals' feeds.
//
// A path alias becomes a redirect page at that path. A query alias (`/?p=123`) cannot be a file: a
// static host serves the home page for `/?p=123`, so it becomes a redirect page at `/p/123/`, a line
// `/ p=123 <post> 301` in `_redirects` (Netlify reads query parameters), and the home and 404 pages
// carry a one-line script that sends `?p=123` on to `/p/123/`.

import type { Feed, Redirect, SitePost } from "./types.ts";

export function postAliasRedirects(posts: readonly SitePost[]): Redirect[] {
  const redirects: Redirect[] = [];
  for (const post of posts) {
    for (const alias of post.aliases) {
      const query = QUERY_ALIAS.exec(alias);
      if (query !== null) {
        const [, name = "", value = ""] = query;
        redirects.push({
          from: queryPagePath(name, value),
          to: post.url,
          why: `${post.file} was at ${alias}`,
          source: post.file,
          query: { name, value },
        });
      } else if (alias !== post.url) {
        redirects.push({ from: alias, to: post.url, why: `${post.file} was at ${alias}`, source: post.file });
      }
    }
  }
  return redirects;
}

/** `/?p=123`: one query parameter on the home path, as WordPress's default links are. */
export const QUERY_ALIAS = /^\/\?([a-z_]+)=([A-Za-z0-9_-]+)$/;

/** Where a query alias's redirect page lives: `/?p=123` at `/p/123/`. */
export function queryPagePath(name: string, value: string): string {
  return `/${name}/${value}/`;
}

/** WordPress's feed URLs, to the feeds: `/feed/` to `/feed.xml`, `/tag/x/feed/` to `/tag/x/feed.xml`. */
export function feedRedirects(feeds: readonly Feed[]): Redirect[] {
  return feeds.map((feed) => ({
    from: `${feed.pageUrl}feed/`,
    to: feed.url,
    why: `WordPress served the feed of ${feed.pageUrl} at ${feed.pageUrl}feed/`,
  }));
}
