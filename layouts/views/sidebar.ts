// The sidebar: recent posts, categories, the monthly archive and the tag cloud.

import { type Html, html } from "../../src/format/html.ts";
import type { CountedLink } from "../../src/model/types.ts";
import { archivesIndexUrlIn, hrefOf } from "../../src/model/urls.ts";
import type { FrameInput } from "../view-types.ts";
import { nameOf } from "../words/places.ts";

export function renderSidebar({ site, words }: FrameInput): Html {
  const { sidebar } = site;
  const name = (link: CountedLink) => nameOf(link.place, words, site.settings.title);
  const count = (n: number) =>
    sidebar.counts ? html` <span class="count">${words.t("count", { count: n })}</span>` : "";
  const counted = (link: CountedLink) =>
    html`<li><a href="${hrefOf(link.url)}">${name(link)}</a>${count(link.count)}</li>`;
  return html`<aside class="sidebar" aria-label="${words.t("sidebarLabel")}">
${
  sidebar.recent.length === 0
    ? ""
    : html`<section class="widget">
<h2>${words.t("recentPosts")}</h2>
<ul>
${sidebar.recent.map((p) => html`<li><a href="${hrefOf(p.url)}">${p.title}</a></li>`)}
</ul>
</section>`
}
${
  sidebar.categories.length === 0
    ? ""
    : html`<section class="widget">
<h2>${words.t("sidebarCategories")}</h2>
<ul>
${sidebar.categories.map(counted)}
</ul>
${sidebar.moreCategories ? html`<p><a href="${hrefOf(site.categories.url)}">${words.t("allCategories")}</a></p>` : ""}
</section>`
}
${
  sidebar.months.length === 0
    ? ""
    : html`<section class="widget">
<h2>${words.t("sidebarArchives")}</h2>
<ul>
${sidebar.months.map(counted)}
${sidebar.earlierYears.map(counted)}
</ul>
<p><a href="${hrefOf(archivesIndexUrlIn(site.tree))}">${words.t("everyMonth")}</a></p>
</section>`
}
${
  sidebar.tagCloud.length === 0
    ? ""
    : html`<section class="widget">
<h2>${words.t("sidebarTags")}</h2>
<ul class="tag-cloud">
${sidebar.tagCloud.map(
  (t) => html`<li class="s${t.size}"><a href="${hrefOf(t.url)}">${name(t)}</a>${count(t.count)}</li>`,
)}
</ul>
<p><a href="${hrefOf(site.tags.url)}">${words.t("allTags")}</a></p>
</section>`
}
</aside>`;
}
