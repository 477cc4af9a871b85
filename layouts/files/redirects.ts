// Redirects beside the redirect pages (layouts/views/redirect.ts): the `_redirects` file that Netlify and
// Cloudflare Pages read to answer with a real 301, and the script that sends old `/?p=123` links on.

import type { Site } from "../../src/model/types.ts";
import { hrefOf } from "../../src/model/urls.ts";

/**
 * One line per redirect: `from to 301!`, the paths as the server sees them (with the site's path).
 * Forced (`!`): a redirect page exists at every old URL, and Netlify applies an unforced rule only
 * where no file is.
 * Old `/?p=123` links first: Netlify matches query parameters (`/ p=:value /p/:value/ 301`), and
 * `/p/123/` then redirects to the post.
 */
export function renderRedirectsFile(site: Site, basePath: string): string {
  const queries = queryNamesOf(site).map(
    (name) => `${basePath}/ ${name}=:value ${basePath}/${name}/:value/ 301!\n`,
  );
  const paths = site.redirects.map((r) => `${basePath}${hrefOf(r.from)} ${basePath}${hrefOf(r.to)} 301!\n`);
  return [...feedRewrites(site, basePath), ...queries, ...paths].join("");
}

/**
 * The depths of the RSS feeds' folders (`/feed/` 0, `/comments/feed/` 1, `/tag/kim/feed/` 2), each
 * as the placeholders of one rule (`/:a/:b`): one rule per depth, whatever the number of tags, keeps
 * within Cloudflare Pages' 100 dynamic rules.
 */
function feedDepths(site: Site): string[] {
  const depths = new Set(site.rssFeeds.map((r) => r.folder.split("/").length - 3));
  return [...depths]
    .sort((a, b) => a - b)
    .map((n) =>
      PLACEHOLDERS.slice(0, n)
        .map((name) => `/:${name}`)
        .join(""),
    );
}

const PLACEHOLDERS = ["a", "b", "c", "d", "e", "f"];

/**
 * Netlify and Cloudflare Pages serve a folder's `index.html` only: each RSS feed's folder address
 * (with and without its slash) is answered with its `index.xml`, a rewrite (200), not a redirect.
 */
function feedRewrites(site: Site, basePath: string): string[] {
  return feedDepths(site).flatMap((prefix) => [
    `${basePath}${prefix}/feed/ ${basePath}${prefix}/feed/index.xml 200\n`,
    `${basePath}${prefix}/feed ${basePath}${prefix}/feed/index.xml 200\n`,
  ]);
}

/** `_headers`: the RSS feeds' type at their folder addresses (Netlify, Cloudflare Pages). */
export function renderHeadersFile(site: Site, basePath: string): string {
  return feedDepths(site)
    .map((prefix) => `${basePath}${prefix}/feed/\n  Content-Type: application/rss+xml; charset=utf-8\n`)
    .join("");
}

/** The query parameters of old links (`p` for `/?p=123`), sorted. */
function queryNamesOf(site: Site): string[] {
  return [...new Set(site.redirects.flatMap((r) => (r.query === undefined ? [] : [r.query.name])))].sort();
}

/**
 * On the home and 404 pages of a site with old `/?p=123` links: a static host serves the home page
 * for `/?p=123` (and the 404 page for `/index.php?p=123`), and this sends the reader on to the
 * redirect page at `/p/123/`. Nothing happens for any other query.
 */
export function legacyQueryScript(site: Site, basePath: string): string {
  const names = queryNamesOf(site);
  if (names.length === 0) return "";
  const pattern = `[?&](${names.join("|")})=([A-Za-z0-9_-]+)`;
  return `<script>(function(){var m=/${pattern}/.exec(location.search);if(m)location.replace(${JSON.stringify(basePath)}+"/"+m[1]+"/"+m[2]+"/");})();</script>\n`;
}
