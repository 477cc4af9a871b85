// The document around every page: head, site header with navigation to the index pages, footer.

import { type Html, html } from "../../src/format/html.ts";
import type { Site } from "../../src/model/types.ts";
import { archivesIndexUrl, homeUrl, hrefOf } from "../../src/model/urls.ts";

export type Section = "home" | "archives" | "tags" | "categories" | undefined;

export interface ShellInput {
  readonly site: Site;
  /** The page's own title; undefined on the home page (the site title alone). */
  readonly title: string | undefined;
  readonly description?: string | undefined;
  readonly section?: Section;
  readonly body: Html;
}

export const STYLESHEET_URL = "/assets/annals.css";

export function renderShell(input: ShellInput): string {
  const { site, title, section } = input;
  const { settings } = site;
  const fullTitle = title === undefined ? settings.title : `${title} – ${settings.title}`;
  const description = input.description ?? settings.description;
  const navItem = (url: string, label: string, key: Section) =>
    html`<li><a href="${hrefOf(url)}"${section === key ? html` aria-current="page"` : ""}>${label}</a></li>`;
  return html`<!doctype html>
<html lang="${settings.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
${description === "" ? "" : html`<meta name="description" content="${description}">`}
<link rel="stylesheet" href="${STYLESHEET_URL}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<p class="site-title"><a href="${hrefOf(homeUrl)}">${settings.title}</a></p>
${settings.description === "" ? "" : html`<p class="site-description">${settings.description}</p>`}
<nav class="site-nav" aria-label="Site">
<ul>
${navItem(homeUrl, "Home", "home")}
${navItem(archivesIndexUrl, "Archives", "archives")}
${navItem(site.tags.url, "Tags", "tags")}
${navItem(site.categories.url, "Categories", "categories")}
</ul>
</nav>
</header>
<main id="main">
${input.body}
</main>
<footer class="site-footer">
<p>${settings.title} · <a href="${hrefOf(archivesIndexUrl)}">All posts by date</a></p>
</footer>
</body>
</html>
`.value;
}
