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

/** One line per redirect: `from to 301`, the paths as the server sees them (with the site's path). */
export function renderRedirectsFile(site: Site, basePath: string): string {
  return site.redirects.map((r) => `${basePath}${hrefOf(r.from)} ${basePath}${hrefOf(r.to)} 301\n`).join("");
}
