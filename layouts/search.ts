// The search page (`/search/`): Pagefind's own UI over the index the build writes after the site
// (src/build/search-index.ts), with its filters by tag, category and year. The header's search form
// sends `?q=…` here; layouts/assets/search.js starts the UI and runs that search. In a preview (the dev
// server) there is no index, and the page says so.

import { type Html, html } from "../src/format/html.ts";
import type { Site } from "../src/model/types.ts";
import {
  archivesIndexUrl,
  hrefOf,
  linkPrefixOf,
  searchIndexUrl,
  searchScriptPath,
  searchUrl,
} from "../src/model/urls.ts";
import { renderShell } from "./parts/shell.ts";

export function renderSearchPage(site: Site): string {
  const browse = html`browse <a href="${hrefOf(archivesIndexUrl)}">every month</a>,
<a href="${hrefOf(site.tags.url)}">every tag</a> or <a href="${hrefOf(site.categories.url)}">every category</a>`;
  const page = (extraHead: Html | undefined, body: Html): string =>
    renderShell({ site, title: "Search", url: searchUrl, section: "search", noindex: true, extraHead, body });
  if (site.preview) {
    return page(
      undefined,
      html`<h1>Search</h1>
<p class="search-note">Search is not available in the preview: its index is made by
<code>npm run build</code>, and the preview builds no index. Meanwhile, ${browse}.</p>`,
    );
  }
  // Root-relative links in the page get the site's path prefix by themselves (layouts/pages.ts); the
  // UI's settings are data attributes, which are not rewritten, so they carry it here.
  const prefix = linkPrefixOf(site);
  const bundle = hrefOf(searchIndexUrl);
  return page(
    html`<link rel="stylesheet" href="${bundle}pagefind-ui.css">
`,
    html`<h1>Search</h1>
<div id="search" class="search-ui" data-bundle="${prefix}${bundle}" data-base="${prefix}/"></div>
<noscript><p class="search-note">Search runs in your browser and needs JavaScript. Without it, ${browse}.</p></noscript>
<script src="${bundle}pagefind-ui.js"></script>
<script src="${hrefOf(searchScriptPath)}"></script>`,
  );
}
