// The document around every page: head (title, description, canonical link, feeds, Open Graph and
// Twitter card metadata, structured data), then the header, the page's content, the sidebar and the
// footer, each a view of its own.

import { type Html, html, lineOf } from "../../src/format/html.ts";
import { COMMENTS_FEED_FOLDER } from "../../src/model/feeds.ts";
import { alternatesOfPage } from "../../src/model/translations.ts";
import type { MenuLink, RssFeed } from "../../src/model/types.ts";
import {
  absoluteUrl,
  archivesIndexUrlIn,
  homeUrlIn,
  hrefOf,
  searchUrlIn,
  sitePathOf,
  stylesheetPath,
} from "../../src/model/urls.ts";
import type { FrameInput, ShellInput } from "../view-types.ts";
import { feedTitleOf } from "../words/places.ts";

/** The site's icon, when its static folder has one: the first of these it has. */
const ICONS = ["/favicon.svg", "/favicon.png", "/favicon.ico"];

const icons = new WeakMap<ShellInput["site"], string | null>();

/** The site's icon (looked for once per site: a site may copy thousands of files). */
export function iconOf(site: ShellInput["site"]): string | undefined {
  let icon = icons.get(site);
  if (icon === undefined) {
    const urls = new Set(site.files.map((f) => f.url));
    icon = ICONS.find((url) => urls.has(url)) ?? null;
    icons.set(site, icon);
  }
  return icon ?? undefined;
}

/** `en-GB` → `en_GB`, the form Open Graph uses; a bare language has no Open Graph locale. */
function ogLocale(language: string): string | undefined {
  const [lang, region] = language.split("-");
  return region === undefined || !/^[A-Z]{2}$/.test(region) ? undefined : `${lang}_${region}`;
}

/** The folders of a site's RSS feeds, made once per site (every page's head asks). */
const rssFolderSets = new WeakMap<readonly RssFeed[], ReadonlySet<string>>();
function rssFoldersOf(feeds: readonly RssFeed[]): ReadonlySet<string> {
  let folders = rssFolderSets.get(feeds);
  if (folders === undefined) {
    folders = new Set(feeds.map((r) => r.folder));
    rssFolderSets.set(feeds, folders);
  }
  return folders;
}

/**
 * With WordPress's feed addresses kept, the RSS feed (its folder) at the address of an Atom feed
 * (`/tag/x/feed.xml` → `/tag/x/feed/`), when the site has one there. All a page's head reads of the
 * site's RSS feeds is this, for the site's feed and its own, and whether the comments feed is there
 * (`commentsRssOf`).
 */
export function rssOf(site: ShellInput["site"], atom: string): string | undefined {
  const folder = atom.replace(/feed\.xml$/, "feed/");
  return rssFoldersOf(site.rssFeeds).has(folder) ? folder : undefined;
}

/** The site's comments feed (RSS, its folder), when it has one. */
export function commentsRssOf(site: ShellInput["site"]): string | undefined {
  const folder = `${site.tree}${COMMENTS_FEED_FOLDER}`;
  return rssFoldersOf(site.rssFeeds).has(folder) ? folder : undefined;
}

function head(input: ShellInput): Html {
  const { site, title, url, words } = input;
  const { settings } = site;
  const fullTitle =
    title === undefined ? settings.title : words.t("pageTitle", { title, site: settings.title });
  const description = input.description ?? settings.description;
  const hasUrl = settings.url !== "";
  const absolute = hasUrl && url !== undefined ? absoluteUrl(settings.url, url) : undefined;
  const siteFeed =
    site.home.feed === undefined
      ? undefined
      : { url: site.home.feed, title: feedTitleOf(site.home.place, words, settings.title) };
  const feeds = [siteFeed, input.feed].filter((f) => f !== undefined);
  // With WordPress's feed addresses kept, each feed is advertised there too (RSS, first: the address
  // subscribers have), and the comments feed where the site has one.
  const commentsRss = commentsRssOf(site);
  const feedLinks = [
    ...feeds.flatMap((f) => {
      const rss = rssOf(site, f.url);
      return [
        ...(rss === undefined ? [] : [{ type: "application/rss+xml", title: f.title, url: rss }]),
        { type: "application/atom+xml", title: f.title, url: f.url },
      ];
    }),
    ...(commentsRss === undefined
      ? []
      : [
          {
            type: "application/rss+xml",
            title: words.t("commentsFeedTitle", { site: settings.title }),
            url: commentsRss,
          },
        ]),
  ];
  const locale = ogLocale(words.language);
  const article = input.article;
  // Open Graph wants an absolute address: the page's image, else the site's.
  const imagePath =
    input.image ?? (settings.image === undefined ? undefined : sitePathOf(settings.image, "/"));
  const image =
    imagePath === undefined || (!hasUrl && imagePath.startsWith("/"))
      ? undefined
      : imagePath.startsWith("/")
        ? absoluteUrl(settings.url, imagePath)
        : imagePath;
  const icon = iconOf(site);
  // The page in every language it is written in (a multilingual site): absolute, as search engines want.
  const alternates = (url === undefined ? [] : alternatesOfPage(site, url)).map((a) => ({
    hreflang: a.hreflang,
    href: hasUrl ? absoluteUrl(settings.url, a.url) : hrefOf(a.url),
  }));
  return html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
${input.noindex ? html`<meta name="robots" content="noindex">\n` : ""}${description === "" ? "" : html`<meta name="description" content="${description}">\n`}${absolute === undefined ? "" : html`<link rel="canonical" href="${absolute}">\n`}${alternates.map(
  (a) => html`<link rel="alternate" hreflang="${a.hreflang}" href="${a.href}">\n`,
)}${feedLinks.map(
  (f) => html`<link rel="alternate" type="${f.type}" title="${f.title}" href="${hrefOf(f.url)}">\n`,
)}${icon === undefined ? "" : html`<link rel="icon" href="${hrefOf(icon)}">\n`}<link rel="stylesheet" href="${hrefOf(stylesheetPath)}">
${site.theme.stylesheet === undefined ? "" : html`<link rel="stylesheet" href="${hrefOf(site.theme.stylesheet)}">\n`}${input.extraHead ?? ""}<meta property="og:site_name" content="${settings.title}">
<meta property="og:title" content="${title ?? settings.title}">
<meta property="og:type" content="${article === undefined ? "website" : "article"}">
${absolute === undefined ? "" : html`<meta property="og:url" content="${absolute}">\n`}${image === undefined ? "" : html`<meta property="og:image" content="${image}">\n`}${description === "" ? "" : html`<meta property="og:description" content="${description}">\n`}${locale === undefined ? "" : html`<meta property="og:locale" content="${locale}">\n`}${
  article === undefined
    ? ""
    : html`<meta property="article:published_time" content="${article.published}">
<meta property="article:modified_time" content="${article.modified}">
${article.section === undefined ? "" : html`<meta property="article:section" content="${article.section}">\n`}${article.tags.map((t) => html`<meta property="article:tag" content="${t}">\n`)}`
}<meta name="twitter:card" content="${image === undefined ? "summary" : "summary_large_image"}">
${image === undefined ? "" : html`<meta name="twitter:image" content="${image}">\n`}<meta name="twitter:title" content="${title ?? settings.title}">
${description === "" ? "" : html`<meta name="twitter:description" content="${description}">\n`}${
  input.structuredData === undefined
    ? ""
    : html`<script type="application/ld+json">${input.structuredData}</script>\n`
}`;
}

export function renderShell(input: ShellInput): Html {
  const { views, words } = input;
  const frame = { site: input.site, words, views, section: input.section, url: input.url };
  return html`<!DOCTYPE html>
<html lang="${words.language}"${words.dir === "rtl" ? html` dir="rtl"` : ""}>
<head>
${head(input)}</head>
<body>
<a class="skip-link" href="#main">${words.t("skipLink")}</a>
${views.header(frame)}
<div class="site-body">
<main id="main">
${input.body}
</main>
${views.sidebar(frame)}
</div>
${views.footer(frame)}
</body>
</html>
`;
}

export function renderHeader(input: FrameInput): Html {
  const { site, words, section, views } = input;
  const { settings } = site;
  // The search form sends `?q=` to the search page, which runs the search (a GET form: it works, and
  // can be bookmarked, without any script on this page). Not on the search page, which has its own box.
  const searchForm =
    settings.search && section !== searchUrlIn(site.tree)
      ? html`<form class="site-search" role="search" action="${hrefOf(searchUrlIn(site.tree))}" method="get">
<label class="visually-hidden" for="site-search-q">${words.t("searchFormLabel")}</label>
<input type="search" id="site-search-q" name="q" placeholder="${words.t("searchPlaceholder")}">
<button type="submit">${words.t("searchButton")}</button>
</form>`
      : "";
  return html`<header class="site-header">
<div class="site-masthead">
<div class="site-branding">
<p class="site-title"><a href="${hrefOf(homeUrlIn(site.tree))}">${settings.title}</a></p>
${settings.description === "" ? "" : html`<p class="site-description">${settings.description}</p>`}
</div>
${searchForm}
</div>
${lineOf(views.languages(input))}<nav class="site-nav" aria-label="${words.t("siteNavigation")}">
<ul>
${navigationOf(site, words).map(
  (link) =>
    html`<li><a href="${link.external ? link.url : hrefOf(link.url)}"${section === link.url && !link.external ? html` aria-current="page"` : ""}>${link.label}</a></li>
`,
)}</ul>
</nav>
</header>`;
}

/** The site's menu (`menu:`), or annals' own: Home, Archives, Tags, Categories, Authors (when the site has author pages), Search. */
export function navigationOf(site: FrameInput["site"], words: FrameInput["words"]): readonly MenuLink[] {
  if (site.menu !== undefined) return site.menu;
  const link = (url: string, label: string): MenuLink => ({ url, label, external: false });
  return [
    link(homeUrlIn(site.tree), words.t("navHome")),
    link(archivesIndexUrlIn(site.tree), words.t("navArchives")),
    link(site.tags.url, words.t("navTags")),
    link(site.categories.url, words.t("navCategories")),
    ...(site.authors === undefined ? [] : [link(site.authors.url, words.t("navAuthors"))]),
    ...(site.settings.search ? [link(searchUrlIn(site.tree), words.t("navSearch"))] : []),
  ];
}

export function renderFooter({ site, words }: FrameInput): Html {
  const { settings } = site;
  return html`<footer class="site-footer">
<p>${settings.title} · <a href="${hrefOf(archivesIndexUrlIn(site.tree))}">${words.t("footerAllPosts")}</a>${
    site.home.feed === undefined
      ? ""
      : html` · <a href="${hrefOf(site.home.feed)}">${words.t("footerSubscribe")}</a>`
  }</p>
</footer>`;
}
