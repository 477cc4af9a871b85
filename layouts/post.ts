// A post's own page: title, date, body, tags and categories, and its neighbours in time.

import { html, raw } from "../src/format/html.ts";
import type { Site, SitePost } from "../src/model/types.ts";
import { hrefOf } from "../src/model/urls.ts";
import { postDate, postTerms } from "./parts/post-parts.ts";
import { renderShell } from "./parts/shell.ts";

export function renderPostPage(post: SitePost, site: Site): string {
  const body = html`<article class="post">
<header class="post-header">
<h1>${post.title}</h1>
<p class="post-date">${postDate(post)}</p>
</header>
<div class="post-body">
${raw(post.bodyHtml)}
</div>
${postTerms(post)}
</article>
${
  post.older === undefined && post.newer === undefined
    ? ""
    : html`<nav class="post-nav" aria-label="Older and newer posts">
${post.older === undefined ? "" : html`<a class="post-nav-older" rel="prev" href="${hrefOf(post.older.url)}"><span>Older post</span> ${post.older.title}</a>`}
${post.newer === undefined ? "" : html`<a class="post-nav-newer" rel="next" href="${hrefOf(post.newer.url)}"><span>Newer post</span> ${post.newer.title}</a>`}
</nav>`
}`;
  return renderShell({ site, title: post.title, description: post.excerpt, body });
}
