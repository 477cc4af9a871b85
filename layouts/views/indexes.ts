// The index pages (every year and month at `/archives/`, every tag at `/tags/`, every category, every
// author) and the 404 page.

import { type Html, html } from "../../src/format/html.ts";
import { homeLinkOf } from "../../src/model/archive.ts";
import { archivesIndexUrlIn, homeUrlIn, hrefOf } from "../../src/model/urls.ts";
import type { TermsIndexInput, ViewContext } from "../view-types.ts";
import { nameOf } from "../words/places.ts";

export function renderArchivesIndex(input: ViewContext): Html {
  const { site, words, views } = input;
  const name = (place: Parameters<typeof nameOf>[0]) => nameOf(place, words, site.settings.title);
  const count = (n: number) => words.t("count", { count: n });
  return html`${views.breadcrumbs({ ...input, trail: [homeLinkOf(site.tree), { place: { kind: "archives" }, url: archivesIndexUrlIn(site.tree) }], pageNumber: 1 })}
<h1>${words.t("archivesTitle")}</h1>
${site.years.length === 0 ? html`<p class="empty">${words.t("noPosts")}</p>` : ""}
${site.years.map(
  ({ year, months }) => html`<section class="archive-year">
<h2><a href="${hrefOf(year.url)}">${name(year.place)}</a> <span class="count">${count(year.posts.length)}</span></h2>
<ul>
${months.map((m) => html`<li><a href="${hrefOf(m.url)}">${name(m.place)}</a> <span class="count">${count(m.posts.length)}</span></li>`)}
</ul>
</section>`,
)}`;
}

export function renderTermsIndex(input: TermsIndexInput): Html {
  const { taxonomy, words, views } = input;
  const place = {
    kind: taxonomy.kind === "tag" ? "tags" : taxonomy.kind === "category" ? "categories" : "authors",
  } as const;
  const title = nameOf(place, words, input.site.settings.title);
  return html`${views.breadcrumbs({ ...input, trail: [homeLinkOf(input.site.tree), { place, url: taxonomy.url }], pageNumber: 1 })}
<h1>${title}</h1>
${taxonomy.terms.length === 0 ? html`<p class="empty">${words.t("noTerms")}</p>` : ""}
<ul class="term-index">
${taxonomy.terms.map(
  (term) =>
    html`<li><a href="${hrefOf(term.url)}">${term.name}</a> <span class="count">${words.t("count", { count: term.posts.length })}</span></li>`,
)}
</ul>`;
}

export function renderNotFound({ site, words }: ViewContext): Html {
  return html`<h1>${words.t("notFoundTitle")}</h1>
<p>${words.t("notFoundText")}</p>
<ul>
<li><a href="${hrefOf(homeUrlIn(site.tree))}">${words.t("notFoundLatest")}</a></li>
<li><a href="${hrefOf(archivesIndexUrlIn(site.tree))}">${words.t("notFoundMonths")}</a></li>
<li><a href="${hrefOf(site.tags.url)}">${words.t("notFoundTags")}</a></li>
</ul>`;
}
