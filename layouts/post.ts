// A post's own page: title, date, body, tags and categories, its neighbours in time and related posts,
// with BlogPosting structured data.

import { html, jsonForScript, raw } from "../src/format/html.ts";
import type { Site, SitePost } from "../src/model/types.ts";
import { absoluteUrl, hrefOf } from "../src/model/urls.ts";
import { postDate, postTerms } from "./parts/post-parts.ts";
import { renderShell } from "./parts/shell.ts";

/** schema.org BlogPosting: what search engines read about the post. */
function blogPosting(post: SitePost, site: Site): unknown {
  const { settings } = site;
  const url = settings.url === "" ? undefined : absoluteUrl(settings.url, post.url);
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    datePublished: post.date.iso,
    dateModified: post.updated.iso,
    ...(url === undefined ? {} : { url, mainEntityOfPage: url }),
    author:
      post.author !== undefined
        ? { "@type": "Person", name: post.author }
        : settings.author === ""
          ? { "@type": "Organization", name: settings.title }
          : { "@type": "Person", name: settings.author },
    publisher: { "@type": "Organization", name: settings.title },
    inLanguage: settings.language,
    ...(post.excerpt === undefined ? {} : { description: post.excerpt }),
    ...(post.tags.length === 0 ? {} : { keywords: post.tags.map((t) => t.name) }),
    articleSection: post.categories.map((c) => c.name),
  };
}

export function renderPostPage(post: SitePost, site: Site): string {
  // The article is what the search index holds of the page (`data-pagefind-body`: pages without it,
  // the lists, are not indexed), filed under its year, tags and categories.
  const body = html`<article class="post" data-pagefind-body data-pagefind-filter="year:${String(post.date.year)}">
<header class="post-header">
<h1>${post.title}</h1>
<p class="post-date">${postDate(post)}${post.author === undefined ? "" : html` <span class="post-author">by ${post.author}</span>`}</p>
</header>
<div class="post-body">
${raw(post.bodyHtml)}
</div>
${postTerms(post, true)}
</article>
${
  post.older === undefined && post.newer === undefined
    ? ""
    : html`<nav class="post-nav" aria-label="Older and newer posts">
${post.older === undefined ? "" : html`<a class="post-nav-older" rel="prev" href="${hrefOf(post.older.url)}"><span>Older post</span> ${post.older.title}</a>`}
${post.newer === undefined ? "" : html`<a class="post-nav-newer" rel="next" href="${hrefOf(post.newer.url)}"><span>Newer post</span> ${post.newer.title}</a>`}
</nav>`
}
${
  post.related.length === 0
    ? ""
    : html`<section class="related" aria-labelledby="related-title">
<h2 id="related-title">Related posts</h2>
<ul>
${post.related.map((r) => html`<li><a href="${hrefOf(r.url)}">${r.title}</a></li>`)}
</ul>
</section>`
}`;
  return renderShell({
    site,
    title: post.title,
    url: post.url,
    description: post.excerpt,
    article: {
      published: post.date.iso,
      modified: post.updated.iso,
      section: post.categories[0]?.name,
      tags: post.tags.map((t) => t.name),
    },
    structuredData: jsonForScript(blogPosting(post, site)),
    body,
  });
}
