// The search page (`/search/`): Pagefind's own UI over the index the build writes after the site
// (src/pipeline/search-index.ts), with its filters by tag, category and year. The header's search form
// sends `?q=…` here; layouts/assets/search.js starts the UI and runs that search. In a preview (the dev
// server) there is no index, and the page says so.

import { type Html, html } from "../../src/format/html.ts";
import {
  archivesIndexUrlIn,
  hrefOf,
  linkPrefixOf,
  searchIndexUrl,
  searchScriptPath,
} from "../../src/model/urls.ts";
import type { ViewContext } from "../view-types.ts";

/** The head of the search page: Pagefind's stylesheet (the page's own part of the shell's head). */
export function searchHead({ site }: ViewContext): Html | undefined {
  return site.preview
    ? undefined
    : html`<link rel="stylesheet" href="${hrefOf(searchIndexUrl)}pagefind-ui.css">\n`;
}

export function renderSearch({ site, words }: ViewContext): Html {
  const browse = words.h("searchBrowse", {
    months: html`<a href="${hrefOf(archivesIndexUrlIn(site.tree))}">${words.t("searchBrowseMonths")}</a>`,
    tags: html`<a href="${hrefOf(site.tags.url)}">${words.t("searchBrowseTags")}</a>`,
    categories: html`<a href="${hrefOf(site.categories.url)}">${words.t("searchBrowseCategories")}</a>`,
  });
  if (site.preview) {
    return html`<h1>${words.t("searchTitle")}</h1>
<p class="search-note">${words.h("searchInPreview", { browse })}</p>`;
  }
  // Root-relative links in the page get the site's path prefix when it is rendered (layouts/render.ts);
  // the UI's settings are data attributes, which are not rewritten, so they carry it here.
  const prefix = linkPrefixOf(site);
  const bundle = hrefOf(searchIndexUrl);
  return html`<h1>${words.t("searchTitle")}</h1>
<div id="search" class="search-ui" data-bundle="${prefix}${bundle}" data-base="${prefix}/"></div>
<noscript><p class="search-note">${words.h("searchNeedsScript", { browse })}</p></noscript>
<script src="${bundle}pagefind-ui.js"></script>
<script src="${hrefOf(searchScriptPath)}"></script>`;
}
