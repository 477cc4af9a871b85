// A page (`pages/about.md`): its title, its table of contents when it asks for one, and its body.
// Indexed for search like a post.

import { type Html, html, lineOf, raw } from "../../src/format/html.ts";
import type { PageInput } from "../view-types.ts";
import { ownLanguageOf } from "./languages.ts";

export function renderPage(input: PageInput): Html {
  const { page, words, site, views } = input;
  const toc = page.toc ?? (site.settings.toc !== undefined && page.headings.length >= site.settings.toc);
  return html`<article class="page"${ownLanguageOf(page, site)} data-pagefind-body>
<header class="page-header">
<h1>${page.status === "draft" ? html`<strong class="post-status">${words.t("draft")}</strong> ` : ""}${page.title}</h1>
${lineOf(views.translations({ ...input, url: page.url }))}</header>
${toc && page.headings.length > 0 ? views.toc({ ...input, headings: page.headings }) : ""}
<div class="post-body">
${raw(page.bodyHtml)}
</div>
</article>`;
}
