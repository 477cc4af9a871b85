// Pieces of a post shared by the post page and list pages: its date, and its tags and categories.

import { escapeHtml, type Html, html } from "../../src/format/html.ts";
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
  return links.map(
    (link, i) =>
      html`${i > 0 ? ", " : ""}<a href="${hrefOf(link.url)}"${rel === undefined ? "" : html` rel="${rel}"`}${filter === undefined ? "" : filterAttributes(filter, link.name)}>${link.name}</a>`,
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
 * `Tags: a, b` and `Posted in X`, as in the classic WordPress theme. On a post's own page (`filters`),
 * each name is also a value of the search index's `tag` or `category` filter.
 */
export function postTerms(post: SitePost, filters = false): Html {
  return html`<footer class="post-terms">
${post.tags.length === 0 ? "" : html`<p class="post-tags">Tags: ${termList(post.tags, "tag", filters ? "tag" : undefined)}</p>`}
<p class="post-categories">Posted in ${termList(post.categories, undefined, filters ? "category" : undefined)}</p>
</footer>`;
}
