// The sidebar: recent posts, categories, the monthly archive and the tag cloud. The same on every
// page, so it is rendered once per build and reused.

import { flatten } from "../../src/format/flat.ts";
import { type Html, html, raw } from "../../src/format/html.ts";
import type { CountedLink, Site } from "../../src/model/types.ts";
import { archivesIndexUrl, hrefOf } from "../../src/model/urls.ts";

const rendered = new WeakMap<Site, Html>();

const counted = (link: CountedLink) =>
  html`<li><a href="${hrefOf(link.url)}">${link.name}</a> <span class="count">(${link.count})</span></li>`;

export function renderSidebar(site: Site): Html {
  let out = rendered.get(site);
  if (out !== undefined) return out;
  const { sidebar } = site;
  out = raw(
    flatten(
      html`<aside class="sidebar" aria-label="More from this site">
${
  sidebar.recent.length === 0
    ? ""
    : html`<section class="widget">
<h2>Recent posts</h2>
<ul>
${sidebar.recent.map((p) => html`<li><a href="${hrefOf(p.url)}">${p.title}</a></li>`)}
</ul>
</section>`
}
${
  sidebar.categories.length === 0
    ? ""
    : html`<section class="widget">
<h2>Categories</h2>
<ul>
${sidebar.categories.map(counted)}
</ul>
${sidebar.moreCategories ? html`<p><a href="${hrefOf(site.categories.url)}">All categories</a></p>` : ""}
</section>`
}
${
  sidebar.months.length === 0
    ? ""
    : html`<section class="widget">
<h2>Archives</h2>
<ul>
${sidebar.months.map(counted)}
${sidebar.earlierYears.map(counted)}
</ul>
<p><a href="${hrefOf(archivesIndexUrl)}">Every month</a></p>
</section>`
}
${
  sidebar.tagCloud.length === 0
    ? ""
    : html`<section class="widget">
<h2>Tags</h2>
<ul class="tag-cloud">
${sidebar.tagCloud.map(
  (t) =>
    html`<li class="s${t.size}"><a href="${hrefOf(t.url)}">${t.name}</a> <span class="count">(${t.count})</span></li>`,
)}
</ul>
<p><a href="${hrefOf(site.tags.url)}">All tags</a></p>
</section>`
}
</aside>`.value,
    ),
  );
  rendered.set(site, out);
  return out;
}
