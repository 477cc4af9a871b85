// Pieces of a post shared by the post page and list pages: its date, and its tags and categories.

import { type Html, html } from "../../src/format/html.ts";
import type { SitePost, TermLink } from "../../src/model/types.ts";
import { hrefOf } from "../../src/model/urls.ts";

/** The date, each part linked to its archive: January → the month, 28th → the day, 2015 → the year. */
export function postDate(post: SitePost): Html {
  return html`${postStatus(post)}<time datetime="${post.date.machine}">${post.dateLinks.map((part) =>
    part.url === undefined
      ? part.text
      : html`<a href="${hrefOf(part.url)}" aria-label="${part.label}">${part.text}</a>`,
  )}</time>`;
}

/** Only in a preview (the dev server): drafts and scheduled posts say so, before the date. */
function postStatus(post: SitePost): Html | string {
  if (post.status === "draft") return html`<strong class="post-status">Draft, not published</strong> `;
  if (post.status === "scheduled")
    return html`<strong class="post-status">Scheduled: published by the first build after</strong> `;
  return "";
}

function termList(links: readonly TermLink[], rel: string | undefined, filter: string | undefined): Html[] {
  const filterAttribute = filter === undefined ? "" : html` data-pagefind-filter="${filter}"`;
  return links.map(
    (link, i) =>
      html`${i > 0 ? ", " : ""}<a href="${hrefOf(link.url)}"${rel === undefined ? "" : html` rel="${rel}"`}${filterAttribute}>${link.name}</a>`,
  );
}

/**
 * `Tags: a, b` and `Posted in X`, as in the classic WordPress theme. On a post's own page (`filters`),
 * each name is also a value of the search index's `tag` or `category` filter: Pagefind reads the text
 * of elements marked `data-pagefind-filter`.
 */
export function postTerms(post: SitePost, filters = false): Html {
  return html`<footer class="post-terms">
${post.tags.length === 0 ? "" : html`<p class="post-tags">Tags: ${termList(post.tags, "tag", filters ? "tag" : undefined)}</p>`}
<p class="post-categories">Posted in ${termList(post.categories, undefined, filters ? "category" : undefined)}</p>
</footer>`;
}
