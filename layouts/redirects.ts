// Redirects: a page at each old URL that sends readers (and search engines: a canonical link and a
// zero-second refresh) to the new one, and the `_redirects` file that Netlify and Cloudflare Pages
// read to answer with a real 301.

import { html } from "../src/format/html.ts";
import type { Redirect, Site } from "../src/model/types.ts";
import { absoluteUrl, hrefOf } from "../src/model/urls.ts";

export function renderRedirectPage(redirect: Redirect, site: Site): string {
  const { settings } = site;
  const to = hrefOf(redirect.to);
  const canonical = settings.url === "" ? undefined : absoluteUrl(settings.url, redirect.to);
  return html`<!DOCTYPE html>
<html lang="${settings.language}">
<head>
<meta charset="utf-8">
<title>Moved – ${settings.title}</title>
<meta name="robots" content="noindex">
${canonical === undefined ? "" : html`<link rel="canonical" href="${canonical}">\n`}<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>It is now at <a href="${to}">${canonical ?? redirect.to}</a>.</p>
</main>
</body>
</html>
`.value;
}

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
  return [...queries, ...paths].join("");
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
