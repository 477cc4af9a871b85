// The index pages: every year and month (`/archives/`), every tag (`/tags/`), every category.

import { html } from "../src/format/html.ts";
import type { Site, Taxonomy } from "../src/model/types.ts";
import { archivesIndexUrl, homeUrl, hrefOf } from "../src/model/urls.ts";
import { renderShell } from "./parts/shell.ts";
import { renderTrail } from "./parts/trail.ts";

const home = { name: "Home", url: homeUrl };

export function renderArchivesIndex(site: Site): string {
  const body = html`${renderTrail([home, { name: "Archives", url: archivesIndexUrl }])}
<h1>Archives</h1>
${site.years.length === 0 ? html`<p class="empty">No posts yet.</p>` : ""}
${site.years.map(
  ({ year, months }) => html`<section class="archive-year">
<h2><a href="${hrefOf(year.url)}">${year.name}</a> <span class="count">(${year.posts.length})</span></h2>
<ul>
${months.map((m) => html`<li><a href="${hrefOf(m.url)}">${m.name}</a> <span class="count">(${m.posts.length})</span></li>`)}
</ul>
</section>`,
)}`;
  return renderShell({ site, title: "Archives", url: archivesIndexUrl, section: "archives", body });
}

export function renderTaxonomyIndex(taxonomy: Taxonomy, site: Site): string {
  const title = taxonomy.kind === "tag" ? "Tags" : "Categories";
  const body = html`${renderTrail([home, { name: title, url: taxonomy.url }])}
<h1>${title}</h1>
${taxonomy.terms.length === 0 ? html`<p class="empty">None yet.</p>` : ""}
<ul class="term-index">
${taxonomy.terms.map(
  (term) =>
    html`<li><a href="${hrefOf(term.url)}">${term.name}</a> <span class="count">(${term.posts.length})</span></li>`,
)}
</ul>`;
  return renderShell({
    site,
    title,
    url: taxonomy.url,
    section: taxonomy.kind === "tag" ? "tags" : "categories",
    body,
  });
}

export function renderNotFound(site: Site): string {
  const body = html`<h1>Page not found</h1>
<p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
<ul>
<li><a href="${hrefOf(homeUrl)}">The latest posts</a></li>
<li><a href="${hrefOf(archivesIndexUrl)}">Every post by month</a></li>
<li><a href="${hrefOf(site.tags.url)}">Every tag</a></li>
</ul>`;
  return renderShell({ site, title: "Page not found", url: undefined, body });
}
