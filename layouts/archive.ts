// A page of a post list: the home page, a tag, a category, a year, a month or a day. Each post shows
// as in the classic WordPress theme: linked title, date, body or teaser, tags, category.

import { flatten } from "../src/format/flat.ts";
import { type Html, html, raw } from "../src/format/html.ts";
import type { Archive, ArchivePage, DateArchive, Pager, Site, SitePost } from "../src/model/types.ts";
import { hrefOf } from "../src/model/urls.ts";
import { postDate, postTerms } from "./parts/post-parts.ts";
import { renderShell, type Section } from "./parts/shell.ts";
import { renderTrail } from "./parts/trail.ts";

function isDateArchive(archive: Archive): archive is DateArchive {
  return archive.kind === "year" || archive.kind === "month" || archive.kind === "day";
}

/** « December 2014 · February 2015 »: the neighbouring months (or years, or days) with posts. */
function neighbours(archive: DateArchive): Html {
  if (archive.older === undefined && archive.newer === undefined) return html``;
  return html`<nav class="archive-neighbours" aria-label="Neighbouring archives">
${archive.older === undefined ? "" : html`<a class="archive-older" href="${hrefOf(archive.older.url)}">« ${archive.older.name}</a>`}
${archive.newer === undefined ? "" : html`<a class="archive-newer" href="${hrefOf(archive.newer.url)}">${archive.newer.name} »</a>`}
</nav>`;
}

// A post's summary is the same on every list that shows it (about nine per post: home, tags,
// category, year, month, day): its markup is rendered once per post and build, and joined to the
// body at each use, so that the body is kept once, not copied into the cache.
interface SummaryParts {
  readonly before: string;
  readonly after: string;
}
const summaries = new WeakMap<SitePost, SummaryParts>();

function postSummary(post: SitePost): Html {
  let parts = summaries.get(post);
  if (parts === undefined) {
    parts = summaryParts(post);
    summaries.set(post, parts);
  }
  return raw(parts.before + (post.teaserHtml ?? post.bodyHtml) + parts.after);
}

function summaryParts(post: SitePost): SummaryParts {
  const teaser = post.teaserHtml;
  const before = html`<article class="post-summary">
<h2 class="post-title"><a href="${hrefOf(post.url)}">${post.title}</a></h2>
<p class="post-date">${postDate(post)}</p>
<div class="post-body">
`;
  const after = html`
</div>
${
  teaser === undefined
    ? ""
    : html`<p class="more-link"><a href="${hrefOf(post.url)}#more">${post.moreLabel ?? "Continue reading"}<span class="visually-hidden"> “${post.title}”</span> →</a></p>`
}
${postTerms(post)}
</article>`;
  return { before: flatten(before.value), after: flatten(after.value) };
}

function pagination(pager: Pager<SitePost>): Html {
  if (pager.total === 1) return html``;
  return html`<nav class="pagination" aria-label="Pages">
${pager.next === undefined ? "" : html`<a class="pagination-older" rel="next" href="${hrefOf(pager.next.url)}">« Older posts</a>`}
<ol class="pagination-pages">
${pager.window.map((link) =>
  link === null
    ? html`<li class="pagination-gap" aria-hidden="true">…</li>`
    : link.number === pager.number
      ? html`<li><a href="${hrefOf(link.url)}" aria-current="page"><span class="visually-hidden">Page </span>${link.number}</a></li>`
      : html`<li><a href="${hrefOf(link.url)}"><span class="visually-hidden">Page </span>${link.number}</a></li>`,
)}
</ol>
${pager.prev === undefined ? "" : html`<a class="pagination-newer" rel="prev" href="${hrefOf(pager.prev.url)}">Newer posts »</a>`}
</nav>`;
}

export function renderArchivePage({ archive, pager }: ArchivePage, site: Site): string {
  const isHome = archive.kind === "home";
  const pageNote = pager.total > 1 ? ` (page ${pager.number} of ${pager.total})` : "";
  const heading = isHome
    ? html`<h1 class="visually-hidden">Latest posts${pageNote}</h1>`
    : html`<h1 class="archive-title">${archive.heading}${pager.number > 1 ? html`<span class="archive-page"> — page ${pager.number}</span>` : ""}</h1>`;
  const list =
    pager.items.length === 0
      ? html`<p class="empty">No posts yet.</p>`
      : pager.items.map((post) => postSummary(post));
  const body = html`${isHome ? "" : renderTrail(archive.trail, pager.number)}
<header class="archive-header">${heading}
${isDateArchive(archive) ? neighbours(archive) : ""}
</header>
${list}
${pagination(pager)}`;
  const title = isHome
    ? pager.number > 1
      ? `Page ${pager.number}`
      : undefined
    : `${archive.heading}${pageNote}`;
  const section: Section = isHome && pager.number === 1 ? "home" : undefined;
  return renderShell({
    site,
    title,
    url: pager.url,
    section,
    feed: isHome ? undefined : archive.feed,
    body,
  });
}
