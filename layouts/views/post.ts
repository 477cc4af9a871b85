// A post's own page (title, date, body, tags and categories, its neighbours in time, related posts),
// and the parts of a post that lists show too: its date line and its terms.

import { escapeHtml, type Html, html, lineOf, raw } from "../../src/format/html.ts";
import type { Place, SitePost, TermLink } from "../../src/model/types.ts";
import { dayUrl, hrefOf, monthUrl, yearUrl } from "../../src/model/urls.ts";
import type { PostInput, PostPartInput, TocInput } from "../view-types.ts";
import { headingOf } from "../words/places.ts";
import type { Words } from "../words/words.ts";
import { ownLanguageOf } from "./languages.ts";

export function renderPost(input: PostInput): Html {
  const { post, views, words, site } = input;
  const part = { ...input, onPostPage: true };
  const toc = post.toc ?? (site.settings.toc !== undefined && post.headings.length >= site.settings.toc);
  const otherYears = post.onThisDay.count > 1;
  // The article is what the search index holds of the page (`data-pagefind-body`: pages without it,
  // the lists, are not indexed), filed under its year, tags and categories.
  return html`<article class="post"${ownLanguageOf(post, site)} data-pagefind-body data-pagefind-filter="year:${String(post.date.year)}">
<header class="post-header">
<h1>${post.title}</h1>
<p class="post-date">${views.postDate(part)}</p>
${postMeta(input)}
${lineOf(views.translations({ ...input, url: post.url }))}</header>
${toc && post.headings.length > 0 ? views.toc({ ...input, headings: post.headings }) : ""}
<div class="post-body">
${raw(post.bodyHtml)}
</div>
${views.postTerms(part)}
${
  otherYears
    ? html`<p class="on-this-day-link" data-pagefind-ignore><a href="${hrefOf(post.onThisDay.url)}">${words.t("onThisDayLink", { day: words.dates.monthDay(post.date.month, post.date.day) })}</a></p>`
    : ""
}
</article>
${views.comments(input)}
${
  post.older === undefined && post.newer === undefined
    ? ""
    : html`<nav class="post-nav" aria-label="${words.t("postNavigation")}">
${post.older === undefined ? "" : html`<a class="post-nav-older" rel="prev" href="${hrefOf(post.older.url)}"><span>${words.t("olderPost")}</span> ${post.older.title}</a>`}
${post.newer === undefined ? "" : html`<a class="post-nav-newer" rel="next" href="${hrefOf(post.newer.url)}"><span>${words.t("newerPost")}</span> ${post.newer.title}</a>`}
</nav>`
}
${
  post.related.length === 0
    ? ""
    : html`<section class="related" aria-labelledby="related-title">
<h2 id="related-title">${words.t("relatedPosts")}</h2>
<ul>
${post.related.map((r) => html`<li><a href="${hrefOf(r.url)}">${r.title}</a></li>`)}
</ul>
</section>`
}`;
}

/** "Updated March 3rd, 2016 · 4 minutes read": when the post changed on a later day, and how long it reads. */
function postMeta({ post, words, site }: PostInput): Html | string {
  const updated =
    post.updated.iso.slice(0, 10) !== post.date.iso.slice(0, 10)
      ? html`<span class="post-updated">${words.h("updatedOn", { date: html`<time datetime="${post.updated.machine}">${words.dates.day(post.updated)}</time>` })}</span>`
      : undefined;
  const reading = site.settings.readingTime
    ? html`<span class="reading-time">${words.n("readingTime", readingMinutes(post.wordCount))}</span>`
    : undefined;
  if (updated === undefined && reading === undefined) return "";
  return html`<p class="post-meta">${updated ?? ""}${updated !== undefined && reading !== undefined ? " · " : ""}${reading ?? ""}</p>`;
}

/** Minutes to read so many words, at 230 words a minute; at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/** The table of contents: the post's headings, nested by level, each linked to its place. */
export function renderToc({ headings, words }: TocInput): Html {
  // Nested lists: a deeper heading opens a list inside the item before it.
  let out = "";
  const open: number[] = [];
  for (const heading of headings) {
    const item = html`<a href="#${encodeURIComponent(heading.id)}">${heading.text}</a>`.value;
    const top = open.at(-1);
    if (top === undefined || heading.level > top) {
      out += `${top === undefined ? "" : "\n"}<ol>\n<li>${item}`;
      open.push(heading.level);
      continue;
    }
    while (
      open.length > 1 &&
      heading.level < (open.at(-1) as number) &&
      heading.level <= (open.at(-2) as number)
    ) {
      out += "</li>\n</ol>";
      open.pop();
    }
    out += `</li>\n<li>${item}`;
  }
  out += "</li>\n</ol>".repeat(open.length);
  return html`<nav class="toc" aria-labelledby="toc-title" data-pagefind-ignore>
<h2 id="toc-title">${words.t("tableOfContents")}</h2>
${raw(out)}
</nav>`;
}

/**
 * The date, each part linked to its archive (January → the month, 28th → the day, 2015 → the year);
 * in a preview, a draft's or scheduled post's status before it; on the post's page, its author after.
 */
export function renderPostDate({ post, words, site, onPostPage }: PostPartInput): Html {
  const author = post.author;
  return html`${postStatus(post, words)}<time datetime="${post.date.machine}">${dateLinks(post.date, words, site)}</time>${
    onPostPage && author !== undefined
      ? html` <span class="post-author">${words.h("byAuthor", {
          name:
            author.url === undefined
              ? author.name
              : html`<a href="${hrefOf(author.url)}" rel="author">${author.name}</a>`,
        })}</span>`
      : ""
  }`;
}

/** The value of `key` in `store`, made (and kept) the first time it is asked for. */
function madeOnce<K, V>(
  store: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V,
): V {
  let value = store.get(key);
  if (value === undefined) {
    value = make();
    store.set(key, value);
  }
  return value;
}

/** A date's words, each part linking its list (day, month, year): made once per day, words and site. */
const dateLinksMade = new WeakMap<Words, WeakMap<PostPartInput["site"], Map<number, Html>>>();

function dateLinks(date: SitePost["date"], words: Words, site: PostPartInput["site"]): Html {
  const { year, month, day } = date;
  const bySite = madeOnce(dateLinksMade, words, () => new WeakMap());
  const made = madeOnce(bySite, site, () => new Map());
  return madeOnce(made, (year * 100 + month) * 100 + day, () => makeDateLinks(date, words, site));
}

/** `dateLinks` as it is first made for a day. */
function makeDateLinks(date: SitePost["date"], words: Words, site: PostPartInput["site"]): Html {
  const { year, month, day } = date;
  const linkOf = (type: "day" | "month" | "year"): { url: string; place: Place } => {
    switch (type) {
      case "day":
        return { url: dayUrl(year, month, day, site.tree), place: { kind: "day", year, month, day } };
      case "month":
        return { url: monthUrl(year, month, site.tree), place: { kind: "month", year, month } };
      default:
        return { url: yearUrl(year, site.tree), place: { kind: "year", year } };
    }
  };
  return html`${words.dates.dayParts(date).map((part) => {
    if (part.type === "literal") return part.text;
    const link = linkOf(part.type);
    return html`<a href="${hrefOf(link.url)}" aria-label="${headingOf(link.place, words, site.settings.title)}">${part.text}</a>`;
  })}`;
}

/** Only in a preview (the dev server): drafts and scheduled posts say so, before the date. */
function postStatus(post: SitePost, words: PostInput["words"]): Html | string {
  if (post.status === "draft") return html`<strong class="post-status">${words.t("draft")}</strong> `;
  if (post.status === "scheduled") return html`<strong class="post-status">${words.t("scheduled")}</strong> `;
  return "";
}

function termList(links: readonly TermLink[], rel: string | undefined, filter: string | undefined): Html[] {
  return links.map((link, i) => html`${i > 0 ? ", " : ""}${termLink(link, rel, filter)}`);
}

/** Terms' links as lists show them (no search filter), by `rel`: made once per term. */
const listTermLinks = new Map<string | undefined, WeakMap<TermLink, Html>>();

function termLink(link: TermLink, rel: string | undefined, filter: string | undefined): Html {
  const make = () =>
    html`<a href="${hrefOf(link.url)}"${rel === undefined ? "" : html` rel="${rel}"`}${filter === undefined ? "" : filterAttributes(filter, link.name)}>${link.name}</a>`;
  if (filter !== undefined) return make();
  return madeOnce(
    madeOnce(listTermLinks, rel, () => new WeakMap()),
    link,
    make,
  );
}

/**
 * Makes a term name a value of the search index's `tag` or `category` filter, taken from an attribute
 * (`[data-filter]`) so that the link's own text stays the name. Pagefind's UI shows filter values as
 * HTML (innerHTML), so the index must hold the name escaped for HTML (`&lt;script&gt;`), which the UI
 * then shows as the name itself; a name made of markup would otherwise run in the search page. Pagefind
 * decodes character references in the attribute twice (measured with 1.6: the parser, then its own
 * normalising), hence the name escaped twice here and once more by `html`. The browser test of hostile
 * names in the search page checks the result.
 */
function filterAttributes(filter: string, name: string): Html {
  return html` data-pagefind-filter="${filter}[data-filter]" data-filter="${escapeHtml(escapeHtml(name))}"`;
}

/**
 * `Tags: a, b` and `Posted in X`, as in the classic WordPress theme. On a post's own page, each name
 * is also a value of the search index's `tag` or `category` filter.
 */
export function renderPostTerms({ post, words, onPostPage }: PostPartInput): Html {
  return html`<footer class="post-terms">
${post.tags.length === 0 ? "" : html`<p class="post-tags">${words.t("tagsLine")} ${termList(post.tags, "tag", onPostPage ? "tag" : undefined)}</p>`}
<p class="post-categories">${words.t("postedIn")} ${termList(post.categories, undefined, onPostPage ? "category" : undefined)}</p>
</footer>`;
}
