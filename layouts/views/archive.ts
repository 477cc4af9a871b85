// A page of a post list (the home page, a tag, a category, a year, a month or a day), and its parts:
// each post's summary as in the classic WordPress theme (linked title, date, body or teaser, tags,
// category), the breadcrumb trail and the pagination.

import { lazyImages } from "../../src/format/bodies.ts";
import { type Html, html, raw } from "../../src/format/html.ts";
import type { Archive, DateArchive, Term } from "../../src/model/types.ts";
import { hrefOf } from "../../src/model/urls.ts";
import type {
  ArchiveInput,
  BreadcrumbsInput,
  PaginationInput,
  SummaryInput,
  TermInput,
  ViewContext,
} from "../view-types.ts";
import { headingOf, nameOf } from "../words/places.ts";
import { ownLanguageOf } from "./languages.ts";

function isDateArchive(archive: Archive): archive is DateArchive {
  return archive.kind === "year" || archive.kind === "month" || archive.kind === "day";
}

function isTerm(archive: Archive): archive is Term {
  return archive.kind === "tag" || archive.kind === "category" || archive.kind === "author";
}

/** What a term is about, atop the first page of its archive: its description; an author's picture, bio and link. */
export function renderTermDescription({ term }: TermInput): Html {
  const profile = term.profile;
  const avatar = profile?.avatar;
  const link = profile?.link;
  if (term.description === undefined && avatar === undefined && link === undefined) return html``;
  return html`<div class="term-description${profile === undefined ? "" : " author-profile"}">
${avatar === undefined ? "" : html`<img class="avatar" src="${avatar.startsWith("/") ? hrefOf(avatar) : avatar}" alt="" width="96" height="96" loading="lazy" decoding="async">`}
${term.description === undefined ? "" : raw(term.description.html)}
${link === undefined ? "" : html`<p class="author-link"><a href="${link}" rel="me">${link.replace(/^https?:\/\//i, "").replace(/\/$/, "")}</a></p>`}
</div>`;
}

/** « December 2014 · February 2015 »: the neighbouring months (or years, or days) with posts. */
function neighbours(archive: DateArchive, { words, site }: ViewContext): Html {
  if (archive.older === undefined && archive.newer === undefined) return html``;
  const name = (place: DateArchive["place"]) => nameOf(place, words, site.settings.title);
  return html`<nav class="archive-neighbours" aria-label="${words.t("neighbouringArchives")}">
${archive.older === undefined ? "" : html`<a class="archive-older" href="${hrefOf(archive.older.url)}">${words.t("olderArchive", { name: name(archive.older.place) })}</a>`}
${archive.newer === undefined ? "" : html`<a class="archive-newer" href="${hrefOf(archive.newer.url)}">${words.t("newerArchive", { name: name(archive.newer.place) })}</a>`}
</nav>`;
}

export function renderSummary(input: SummaryInput): Html {
  const { post, views, words, site } = input;
  const part = { ...input, onPostPage: false };
  const teaser = post.teaserHtml;
  const body = teaser ?? post.listBodyHtml;
  return html`<article class="post-summary"${ownLanguageOf(post, site)}>
<h2 class="post-title"><a href="${hrefOf(post.url)}">${post.title}</a></h2>
<p class="post-date">${views.postDate(part)}</p>
<div class="post-body">
${raw(input.position === 0 ? body : lazyImages(body))}
</div>
${
  teaser === undefined
    ? ""
    : html`<p class="more-link"><a href="${hrefOf(post.url)}#more">${post.moreLabel ?? words.t("continueReading")}<span class="visually-hidden">${words.t("continueReadingTitle", { title: post.title })}</span> ${words.dir === "rtl" ? "←" : "→"}</a></p>`
}
${views.postTerms(part)}
</article>`;
}

export function renderPagination({ pager, words }: PaginationInput): Html {
  if (pager.total === 1) return html``;
  const hidden = html`<span class="visually-hidden">${words.t("paginationPage")}</span>`;
  return html`<nav class="pagination" aria-label="${words.t("pagination")}">
${pager.next === undefined ? "" : html`<a class="pagination-older" rel="next" href="${hrefOf(pager.next.url)}">${words.t("olderPosts")}</a>`}
<ol class="pagination-pages">
${pager.window.map((link) =>
  link === null
    ? html`<li class="pagination-gap" aria-hidden="true">…</li>`
    : link.number === pager.number
      ? html`<li><a href="${hrefOf(link.url)}" aria-current="page">${hidden}${words.number(link.number)}</a></li>`
      : html`<li><a href="${hrefOf(link.url)}">${hidden}${words.number(link.number)}</a></li>`,
)}
</ol>
${pager.prev === undefined ? "" : html`<a class="pagination-newer" rel="prev" href="${hrefOf(pager.prev.url)}">${words.t("newerPosts")}</a>`}
</nav>`;
}

/** Where a list sits (Home › Archives › 2015 › January 2015): the current page is marked, not linked. */
export function renderBreadcrumbs({ trail, pageNumber, words, site }: BreadcrumbsInput): Html {
  if (trail.length < 2) return html``;
  const steps = trail.map((step, i) => {
    const name = nameOf(step.place, words, site.settings.title);
    if (i === trail.length - 1 && pageNumber === 1)
      return html`<li><span aria-current="page">${name}</span></li>`;
    return html`<li><a href="${hrefOf(step.url)}">${name}</a></li>`;
  });
  const page =
    pageNumber > 1
      ? html`<li><span aria-current="page">${words.t("pageNumber", { number: pageNumber })}</span></li>`
      : "";
  return html`<nav class="breadcrumbs" aria-label="${words.t("breadcrumbs")}"><ol>${steps}${page}</ol></nav>`;
}

export function renderArchive(input: ArchiveInput): Html {
  const { archive, pager, views, words, site } = input;
  const isHome = archive.kind === "home";
  const heading = headingOf(archive.place, words, site.settings.title);
  const h1 = isHome
    ? html`<h1 class="visually-hidden">${
        pager.total > 1
          ? words.t("pageOfTotal", {
              heading: words.t("latestPosts"),
              number: pager.number,
              total: pager.total,
            })
          : words.t("latestPosts")
      }</h1>`
    : html`<h1 class="archive-title">${heading}${pager.number > 1 ? html`<span class="archive-page">${words.t("headingPage", { number: pager.number })}</span>` : ""}</h1>`;
  const list =
    pager.items.length === 0
      ? html`<p class="empty">${words.t("noPosts")}</p>`
      : pager.items.map((post, position) => views.summary({ ...input, post, position }));
  const dated = isDateArchive(archive) ? archive : undefined;
  const otherYears =
    dated?.onThisDay !== undefined && dated.onThisDay.count > archive.posts.length
      ? dated.onThisDay
      : undefined;
  return html`${isHome ? "" : views.breadcrumbs({ ...input, trail: archive.trail, pageNumber: pager.number })}
<header class="archive-header">${h1}
${isTerm(archive) && pager.number === 1 ? views.termDescription({ ...input, term: archive }) : ""}
${dated?.kind === "month" ? views.calendar({ ...input, archive: dated }) : ""}
${dated === undefined ? "" : neighbours(dated, input)}
${
  otherYears === undefined
    ? ""
    : html`<p class="on-this-day-link"><a href="${hrefOf(otherYears.url)}">${words.t("onThisDayLink", { day: nameOf(otherYears.place, words, site.settings.title) })}</a></p>`
}
</header>
${list}
${views.pagination(input)}`;
}
