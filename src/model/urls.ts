// Every URL shape of the site lives here. A page's permalink and every link to it come from the same
// function, so they cannot disagree. URLs are site-relative paths that start and end with `/` (the
// folder holds `index.html`); slugs may hold Unicode letters, so `hrefOf` percent-encodes for HTML.

import { basePathOf } from "./settings.ts";
import type { PostDate, Site, TaxonomyKind } from "./types.ts";

const pad2 = (n: number): string => String(n).padStart(2, "0");

export const homeUrl = "/";
export const archivesIndexUrl = "/archives/";
export const notFoundPath = "/404.html";
export const robotsPath = "/robots.txt";
export const sitemapPath = "/sitemap.xml";
/** The machine-readable model of the site: every page with its posts. */
export const manifestPath = "/archive.json";
/** The redirects file that Netlify and Cloudflare Pages read (see redirects.ts). */
export const redirectsFilePath = "/_redirects";
export const headersFilePath = "/_headers";
/** The theme's stylesheet (copied from `layouts/assets/`). */
export const stylesheetPath = "/assets/annals.css";
/** Where the author's theme files (the content folder's `theme/`) are served: `/assets/custom.css`. */
export const assetsUrl = "/assets/";
/** The search page: Pagefind's UI over the index below. The header's form sends `?q=` to it. */
export const searchUrl = "/search/";
/** The folder Pagefind writes its index and UI into, after the site (src/pipeline/search-index.ts). */
export const searchIndexUrl = "/pagefind/";
/** The search page's script: starts Pagefind's UI and runs the search in `?q=` (layouts/assets/). */
export const searchScriptPath = "/assets/search.js";

/**
 * The folder of a language's tree on a multilingual site: `/ja`, `/zh-hans`; "" for the default language
 * (the first of `codes`), whose pages are at the root, unless `inFolder` (`defaultLanguageInFolder`).
 * Every URL of a tree's own pages starts with its folder; the files of the whole site (assets, search
 * index, robots.txt, `_redirects`, the static folder, the 404 page and the default language's manifest)
 * are at the root.
 */
export function languageTreeOf(code: string, codes: readonly string[], inFolder = false): string {
  return code === codes[0] && !inFolder ? "" : `/${code.toLowerCase()}`;
}

/** A tree's home page: `/`, `/ja/`. */
export function homeUrlIn(tree: string): string {
  return `${tree}${homeUrl}`;
}

/** A tree's `/archives/` page. */
export function archivesIndexUrlIn(tree: string): string {
  return `${tree}${archivesIndexUrl}`;
}

/** A tree's search page. */
export function searchUrlIn(tree: string): string {
  return `${tree}${searchUrl}`;
}

/** A language's 404 page (the default language's is the site's, at the root). */
export function notFoundPathIn(tree: string): string {
  return `${tree}${notFoundPath}`;
}

/** A language's manifest (the default language's is the site's, at the root). */
export function manifestPathIn(tree: string): string {
  return `${tree}${manifestPath}`;
}

/** Part N (1-based) of a sitemap too large for one file; `sitemap.xml` is then their index. */
export function sitemapPartPath(n: number): string {
  return `/sitemap-${n}.xml`;
}

/**
 * The Atom feed of a list: `/feed.xml`, `/tag/jongun/feed.xml`. A file with an `.xml` extension,
 * so that every static host serves it with an XML content type (WordPress's `/feed/` folders come
 * back as text/html from a static host).
 */
export function feedUrlOf(listUrl: string): string {
  return `${listUrl}feed.xml`;
}

/** The tokens a post permalink pattern may use. */
export const PERMALINK_TOKENS = ["year", "month", "day", "slug", "category"] as const;
export type PermalinkToken = (typeof PERMALINK_TOKENS)[number];

export interface PermalinkValues {
  readonly date: PostDate;
  readonly slug: string;
  /** Slug of the post's first category. */
  readonly categorySlug: string;
}

/** Fills a pattern such as `/:year/:month/:day/:slug/` (checked when settings are parsed). */
export function postUrl(pattern: string, values: PermalinkValues): string {
  const { date } = values;
  const filled = pattern.replace(/:([a-z]+)/g, (whole, token: string) => {
    switch (token as PermalinkToken) {
      case "year":
        return String(date.year);
      case "month":
        return pad2(date.month);
      case "day":
        return pad2(date.day);
      case "slug":
        return values.slug;
      case "category":
        return values.categorySlug;
      default:
        return whole;
    }
  });
  return normaliseFolderUrl(filled);
}

// The URLs of a tree's pages below take the tree's folder (`languageTreeOf`): "" at the root.

export function taxonomyIndexUrl(kind: TaxonomyKind, tree = ""): string {
  return `${tree}${kind === "tag" ? "/tags/" : kind === "category" ? "/categories/" : "/authors/"}`;
}

export function termUrl(kind: TaxonomyKind, slug: string, tree = ""): string {
  return `${tree}/${kind}/${slug}/`;
}

/** `/on-this-day/01-28/`: the posts of a calendar day in every year. */
export function onThisDayUrl(month: number, day: number, tree = ""): string {
  return `${tree}/on-this-day/${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}/`;
}

export function yearUrl(year: number, tree = ""): string {
  return `${tree}/${year}/`;
}

export function monthUrl(year: number, month: number, tree = ""): string {
  return `${tree}/${year}/${pad2(month)}/`;
}

export function dayUrl(year: number, month: number, day: number, tree = ""): string {
  return `${tree}/${year}/${pad2(month)}/${pad2(day)}/`;
}

/** Page 1 of a list is its base URL; later pages are `<base>page/N/`. */
export function pageUrl(baseUrl: string, number: number): string {
  return number <= 1 ? baseUrl : `${baseUrl}page/${number}/`;
}

/** The file written for a URL, relative to the output folder: a folder URL is its `index.html`. */
export function outputPathOf(url: string): string {
  return url.endsWith("/") ? `${url}index.html` : url;
}

/** A URL as it goes into an `href`: non-ASCII percent-encoded, the same file on every server. */
export function hrefOf(url: string): string {
  return encodeURI(url);
}

/** The absolute address of a page: the site's `url` setting (which may hold a path) plus its path. */
export function absoluteUrl(siteUrl: string, url: string): string {
  return `${siteUrl}${encodeURI(url)}`;
}

function normaliseFolderUrl(url: string): string {
  const trimmed = url.replace(/\/{2,}/g, "/");
  const leading = trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
  return leading.endsWith("/") ? leading : `${leading}/`;
}

/**
 * What every root-relative link of a page starts with: the path of the `url` setting (`/blog`), so
 * that the site works served under a path. Empty in a preview: the dev server serves at the root.
 */
export function linkPrefixOf(site: Pick<Site, "settings" | "preview">): string {
  return site.preview ? "" : basePathOf(site.settings);
}

/** A URL written in a body, as a path of the site when it is relative (against the body's URL). */
export function sitePathOf(value: string, baseUrl: string): string {
  const text = value.trim();
  if (
    text === "" ||
    /^[a-z][a-z0-9+.-]*:/i.test(text) ||
    text.startsWith("/") ||
    text.startsWith("#") ||
    text.startsWith("?")
  )
    return value;
  try {
    const resolved = new URL(text, `https://site.invalid${encodeURI(baseUrl)}`);
    return `${resolved.pathname}${resolved.search}${resolved.hash}`;
  } catch {
    return value;
  }
}
