// The document around every page: head (title, description, canonical link, feeds, Open Graph and
// Twitter card metadata, structured data), the site header with navigation, the sidebar and footer.

import { flatten } from "../../src/format/flat.ts";
import { escapeHtml, type Html, html } from "../../src/format/html.ts";
import type { FeedLink, Site } from "../../src/model/types.ts";
import {
  absoluteUrl,
  archivesIndexUrl,
  homeUrl,
  hrefOf,
  searchUrl,
  stylesheetPath,
} from "../../src/model/urls.ts";
import { renderSidebar } from "./sidebar.ts";

export type Section = "home" | "archives" | "tags" | "categories" | "search" | undefined;

export interface ArticleMeta {
  readonly published: string;
  readonly modified: string;
  readonly section: string | undefined;
  readonly tags: readonly string[];
}

export interface ShellInput {
  readonly site: Site;
  /** The page's own title; undefined on the home page (the site title alone). */
  readonly title: string | undefined;
  /** The page's URL, for its canonical link and Open Graph; undefined for the 404 page. */
  readonly url: string | undefined;
  readonly description?: string | undefined;
  readonly section?: Section;
  /** This page's own feed (a tag's, a category's), linked beside the site feed. */
  readonly feed?: FeedLink | undefined;
  readonly article?: ArticleMeta | undefined;
  /** JSON-LD for the page, already made safe for a script element. */
  readonly structuredData?: Html | undefined;
  /** More of the head, after the stylesheets (the search page's). */
  readonly extraHead?: Html | undefined;
  /** Asks search engines to leave the page out (the search page: it has no content of its own). */
  readonly noindex?: boolean;
  readonly body: Html;
}

/** `en-GB` → `en_GB`, the form Open Graph uses; a bare language has no Open Graph locale. */
function ogLocale(language: string): string | undefined {
  const [lang, region] = language.split("-");
  return region === undefined || !/^[A-Z]{2}$/.test(region) ? undefined : `${lang}_${region}`;
}

function head(input: ShellInput): Html {
  const { site, title, url } = input;
  const { settings } = site;
  const fullTitle = title === undefined ? settings.title : `${title} – ${settings.title}`;
  const description = input.description ?? settings.description;
  const hasUrl = settings.url !== "";
  const absolute = hasUrl && url !== undefined ? absoluteUrl(settings.url, url) : undefined;
  const siteFeed = site.home.feed;
  const feeds = [siteFeed, input.feed].filter((f): f is FeedLink => f !== undefined && f !== null);
  const locale = ogLocale(settings.language);
  const article = input.article;
  return html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
${input.noindex === true ? html`<meta name="robots" content="noindex">\n` : ""}${description === "" ? "" : html`<meta name="description" content="${description}">\n`}${absolute === undefined ? "" : html`<link rel="canonical" href="${absolute}">\n`}${feeds.map(
  (f) =>
    html`<link rel="alternate" type="application/atom+xml" title="${f.title}" href="${hrefOf(f.url)}">\n`,
)}<link rel="stylesheet" href="${hrefOf(stylesheetPath)}">
${site.theme.stylesheet === undefined ? "" : html`<link rel="stylesheet" href="${hrefOf(site.theme.stylesheet)}">\n`}${input.extraHead ?? ""}<meta property="og:site_name" content="${settings.title}">
<meta property="og:title" content="${title ?? settings.title}">
<meta property="og:type" content="${article === undefined ? "website" : "article"}">
${absolute === undefined ? "" : html`<meta property="og:url" content="${absolute}">\n`}${description === "" ? "" : html`<meta property="og:description" content="${description}">\n`}${locale === undefined ? "" : html`<meta property="og:locale" content="${locale}">\n`}${
  article === undefined
    ? ""
    : html`<meta property="article:published_time" content="${article.published}">
<meta property="article:modified_time" content="${article.modified}">
${article.section === undefined ? "" : html`<meta property="article:section" content="${article.section}">\n`}${article.tags.map((t) => html`<meta property="article:tag" content="${t}">\n`)}`
}<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${title ?? settings.title}">
${description === "" ? "" : html`<meta name="twitter:description" content="${description}">\n`}${
  input.structuredData === undefined
    ? ""
    : html`<script type="application/ld+json">${input.structuredData}</script>\n`
}`;
}

export function renderShell(input: ShellInput): string {
  const { site } = input;
  const { top, bottom } = frame(site, input.section);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(site.settings.language)}">
<head>
${head(input).value}</head>
${top}${input.body.value}${bottom}`;
}

interface Frame {
  /** From `<body>` to the opening of `<main>`: the site header and navigation. */
  readonly top: string;
  /** From the closing of `<main>`: the sidebar and the footer. */
  readonly bottom: string;
}

// The frame around every page's content is the same on every page of a section: made once per
// build and section, then reused.
const frames = new WeakMap<Site, Map<Section, Frame>>();

function frame(site: Site, section: Section): Frame {
  let bySection = frames.get(site);
  if (bySection === undefined) {
    bySection = new Map();
    frames.set(site, bySection);
  }
  let made = bySection.get(section);
  if (made === undefined) {
    made = makeFrame(site, section);
    bySection.set(section, made);
  }
  return made;
}

function makeFrame(site: Site, section: Section): Frame {
  const { settings } = site;
  const navItem = (url: string, label: string, key: Section) =>
    html`<li><a href="${hrefOf(url)}"${section === key ? html` aria-current="page"` : ""}>${label}</a></li>`;
  // The search form sends `?q=` to the search page, which runs the search (a GET form: it works, and
  // can be bookmarked, without any script on this page). Not on the search page, which has its own box.
  const searchForm =
    settings.search && section !== "search"
      ? html`<form class="site-search" role="search" action="${hrefOf(searchUrl)}" method="get">
<label class="visually-hidden" for="site-search-q">Search the posts</label>
<input type="search" id="site-search-q" name="q" placeholder="Search posts">
<button type="submit">Search</button>
</form>`
      : "";
  const top = html`<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="site-masthead">
<div class="site-branding">
<p class="site-title"><a href="${hrefOf(homeUrl)}">${settings.title}</a></p>
${settings.description === "" ? "" : html`<p class="site-description">${settings.description}</p>`}
</div>
${searchForm}
</div>
<nav class="site-nav" aria-label="Site">
<ul>
${navItem(homeUrl, "Home", "home")}
${navItem(archivesIndexUrl, "Archives", "archives")}
${navItem(site.tags.url, "Tags", "tags")}
${navItem(site.categories.url, "Categories", "categories")}
${settings.search ? navItem(searchUrl, "Search", "search") : ""}
</ul>
</nav>
</header>
<div class="site-body">
<main id="main">
`;
  const bottom = html`
</main>
${renderSidebar(site)}
</div>
<footer class="site-footer">
<p>${settings.title} · <a href="${hrefOf(archivesIndexUrl)}">All posts by date</a>${
    site.home.feed === undefined
      ? ""
      : html` · <a href="${hrefOf(site.home.feed.url)}">Subscribe (Atom feed)</a>`
  }</p>
</footer>
</body>
</html>
`;
  return { top: flatten(top.value), bottom: flatten(bottom.value) };
}
