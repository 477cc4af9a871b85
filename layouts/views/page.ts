// A page (`pages/about.md`): its title and body. Indexed for search like a post.

import { type Html, html, raw } from "../../src/format/html.ts";
import type { PageInput } from "../view-types.ts";

export function renderPage({ page, words }: PageInput): Html {
  return html`<article class="page" data-pagefind-body>
<header class="page-header">
<h1>${page.status === "draft" ? html`<strong class="post-status">${words.t("draft")}</strong> ` : ""}${page.title}</h1>
</header>
<div class="post-body">
${raw(page.bodyHtml)}
</div>
</article>`;
}
