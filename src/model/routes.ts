// The route table: every file a build writes, by URL, with what it shows. It is the one enumeration
// of a site's outputs: the renderer, the passes, the dev server's lookup, the URL-clash check, the
// integrity checks, the sitemap and the manifest all read it, so that they cannot disagree about what
// a site is.

import { compareText } from "../issues.ts";
import { latestUpdate } from "./archive.ts";
import { type Alternate, alternatesOfPage } from "./translations.ts";
import type {
  Archive,
  Feed,
  OnThisDay,
  Pager,
  Redirect,
  RssFeed,
  Site,
  SitePage,
  SitePost,
  Taxonomy,
} from "./types.ts";
import {
  archivesIndexUrlIn,
  headersFilePath,
  manifestPath,
  manifestPathIn,
  notFoundPath,
  notFoundPathIn,
  redirectsFilePath,
  robotsPath,
  searchScriptPath,
  searchUrlIn,
  sitemapPartPath,
  sitemapPath,
  stylesheetPath,
} from "./urls.ts";

interface RouteBase {
  /** Where the file is served: `/2015/01/28/kim/`, `/feed.xml`. */
  readonly url: string;
  /** What the file is, for messages: `content/x.md`, `the tags index`, … */
  readonly what: string;
}

/**
 * A page of content (an HTML page the sitemap lists): a post, a page of a list, an index. `lastmod` is
 * when its content last changed (from the posts, never the build time).
 */
interface ContentPage extends RouteBase {
  readonly listed: true;
  readonly lastmod: string | undefined;
}

interface OtherFile extends RouteBase {
  readonly listed: false;
}

export type Route =
  | (ContentPage & { readonly kind: "post"; readonly post: SitePost })
  | (ContentPage & { readonly kind: "archive"; readonly archive: Archive; readonly pager: Pager<SitePost> })
  | (ContentPage & { readonly kind: "archivesIndex" })
  | (ContentPage & { readonly kind: "termsIndex"; readonly taxonomy: Taxonomy })
  | (ContentPage & { readonly kind: "onThisDay"; readonly day: OnThisDay })
  | (OtherFile & { readonly kind: "notFound" })
  | (OtherFile & { readonly kind: "search" })
  | (OtherFile & { readonly kind: "redirect"; readonly redirect: Redirect })
  | (OtherFile & { readonly kind: "feed"; readonly feed: Feed })
  /** An RSS 2.0 feed at a WordPress feed address (`/feed/index.xml`, served at `/feed/`). */
  | (OtherFile & { readonly kind: "rss"; readonly rss: RssFeed })
  | (OtherFile & { readonly kind: "sitemap"; readonly sitemap: SitemapFile })
  | (OtherFile & { readonly kind: "robots" })
  | (OtherFile & { readonly kind: "manifest" })
  | (OtherFile & { readonly kind: "redirectsFile" })
  /** `_headers` (Netlify, Cloudflare Pages): the RSS feeds' content type at their folder addresses. */
  | (OtherFile & { readonly kind: "headersFile" })
  /** A file of annals' own (its stylesheet, the search page's script), copied as it is. */
  | (OtherFile & { readonly kind: "asset"; readonly name: string })
  | (ContentPage & { readonly kind: "page"; readonly page: SitePage })
  /**
   * A file of the author's, copied as it is from `from`, inside the content folder: a theme file, a
   * static file, a file beside a post. `source` is who asked for it, for messages about its URL.
   */
  | (OtherFile & { readonly kind: "file"; readonly from: string; readonly source: string })
  /** A resized image, copied from the image cache (src/pipeline/images.ts). */
  | (OtherFile & { readonly kind: "variant"; readonly key: string; readonly name: string });

export type RouteKind = Route["kind"];

/** Routes whose file is copied as it is (the rest are rendered from the model). */
export type CopiedRoute = Extract<Route, { kind: "asset" | "file" | "variant" }>;

/** Routes whose file is rendered from the model. */
export type RenderedRoute = Exclude<Route, CopiedRoute>;

export function isRendered(route: Route): route is RenderedRoute {
  return route.kind !== "asset" && route.kind !== "file" && route.kind !== "variant";
}

/** The content file that asked for a route's URL (a post, a page, a file), when an author's. */
export function sourceOf(route: Route): string | undefined {
  switch (route.kind) {
    case "post":
      return route.post.file;
    case "page":
      return route.page.file;
    case "file":
      return route.source;
    case "redirect":
      // A post's old URL (`aliases:`); undefined for the settings' and the terms' redirects.
      return route.redirect.source;
    default:
      return undefined;
  }
}

export interface SitemapEntry {
  readonly url: string;
  readonly lastmod: string | undefined;
  /** The page in every language it is written in (itself too), and `x-default`; empty when none. */
  readonly alternates?: readonly Alternate[];
}

/** A sitemap file: a list of pages, or (when `parts` is not empty) an index of other sitemap files. */
export interface SitemapFile {
  readonly entries: readonly SitemapEntry[];
  readonly parts: readonly SitemapEntry[];
}

/** A sitemap file holds at most 50,000 URLs; a bigger site gets numbered parts and an index. */
export const SITEMAP_LIMIT = 50_000;

const tables = new WeakMap<Site, readonly Route[]>();

/** The site's routes, made once per site model. */
export function routesOf(site: Site): readonly Route[] {
  let routes = tables.get(site);
  if (routes === undefined) {
    routes = makeRoutes(site);
    tables.set(site, routes);
  }
  return routes;
}

function makeRoutes(site: Site): Route[] {
  const routes: Route[] = [];
  const siteLastmod = latestUpdate(site.posts);
  for (const archive of site.archives) {
    for (const pager of archive.pages) {
      routes.push({
        kind: "archive",
        url: pager.url,
        what: describeArchive(archive, pager.number),
        listed: true,
        lastmod: archive.lastmod,
        archive,
        pager,
      });
    }
  }
  const { tree } = site;
  // A multilingual site's trees share the files of the whole site: the default language's tree has
  // them (and `multilingualRoutes` makes the sitemap and the redirects files over every tree).
  const multilingual = site.languages.length > 0;
  const atRoot = !multilingual || site.languages[0]?.code === site.settings.language;
  routes.push({
    kind: "archivesIndex",
    url: archivesIndexUrlIn(tree),
    what: "the archives index",
    listed: true,
    lastmod: siteLastmod,
  });
  for (const taxonomy of [
    site.tags,
    site.categories,
    ...(site.authors === undefined ? [] : [site.authors]),
  ]) {
    routes.push({
      kind: "termsIndex",
      url: taxonomy.url,
      what: `the ${taxonomy.kind === "tag" ? "tags" : taxonomy.kind === "category" ? "categories" : "authors"} index`,
      listed: true,
      lastmod: siteLastmod,
      taxonomy,
    });
  }
  for (const day of site.onThisDay) {
    routes.push({
      kind: "onThisDay",
      url: day.url,
      what: `the "on this day" page of ${day.url.slice(-6, -1)}`,
      listed: true,
      lastmod: day.lastmod,
      day,
    });
  }
  for (const post of site.posts)
    routes.push({
      kind: "post",
      url: post.url,
      what: post.file,
      listed: true,
      lastmod: post.updated.iso,
      post,
    });
  for (const page of site.pages) {
    const lastmod = page.updated?.iso;
    routes.push({ kind: "page", url: page.url, what: page.file, listed: true, lastmod, page });
  }
  // The 404 page and the manifest of the default language's tree are the site's, at the root.
  routes.push({
    kind: "notFound",
    url: atRoot ? notFoundPath : notFoundPathIn(tree),
    what: "the 404 page",
    listed: false,
  });
  // The search page; Pagefind's index (/pagefind/) is written after the site and its checks, so it is
  // not a route (see src/pipeline/search-index.ts).
  if (site.settings.search)
    routes.push({ kind: "search", url: searchUrlIn(tree), what: "the search page", listed: false });
  for (const feed of site.feeds)
    routes.push({ kind: "feed", url: feed.url, what: `the feed of ${feed.pageUrl}`, listed: false, feed });
  for (const rss of site.rssFeeds)
    routes.push({ kind: "rss", url: rss.url, what: `the RSS feed at ${rss.folder}`, listed: false, rss });
  for (const redirect of site.redirects) {
    routes.push({
      kind: "redirect",
      url: redirect.from,
      what: `a redirect (${redirect.why})`,
      listed: false,
      redirect,
    });
  }
  if (!multilingual) routes.push(...siteFileRoutes(site, routes));
  routes.push({
    kind: "manifest",
    url: atRoot ? manifestPath : manifestPathIn(tree),
    what: "the manifest",
    listed: false,
  });
  if (atRoot)
    routes.push(
      { kind: "robots", url: robotsPath, what: "robots.txt", listed: false },
      { kind: "asset", url: stylesheetPath, what: "the stylesheet", listed: false, name: "annals.css" },
      // Copied whether or not the site has a search page: a theme may use it.
      {
        kind: "asset",
        url: searchScriptPath,
        what: "the search page's script",
        listed: false,
        name: "search.js",
      },
    );
  for (const file of atRoot ? site.theme.files : []) {
    const what = `the theme file ${file.source}`;
    routes.push({ kind: "file", url: file.url, what, listed: false, from: file.from, source: file.source });
  }
  for (const file of site.files) {
    const what = file.owner === undefined ? `the static file ${file.file}` : `the file ${file.file}`;
    routes.push({ kind: "file", url: file.url, what, listed: false, from: file.from, source: file.file });
  }
  // The same picture under two names in one folder makes the same variants: each written once.
  const variants = new Set<string>();
  for (const record of site.images.values()) {
    for (const variant of record.variants) {
      if (variants.has(variant.url)) continue;
      variants.add(variant.url);
      routes.push({
        kind: "variant",
        url: variant.url,
        what: `a resized image (${variant.name})`,
        listed: false,
        key: record.key,
        name: variant.name,
      });
    }
  }
  return routes;
}

/**
 * The files about the whole site's pages: the redirects file and the headers file (when it has
 * redirects or WordPress feed addresses), and the sitemap of `routes` (when the site has an address).
 */
function siteFileRoutes(
  site: Site,
  routes: readonly Route[],
  alternatesOf?: (url: string) => readonly Alternate[],
): Route[] {
  const files: Route[] = [];
  if (site.redirects.length > 0 || site.rssFeeds.length > 0)
    files.push({ kind: "redirectsFile", url: redirectsFilePath, what: "the redirects file", listed: false });
  if (site.rssFeeds.length > 0)
    files.push({ kind: "headersFile", url: headersFilePath, what: "the headers file", listed: false });
  if (site.settings.url !== "") files.push(...sitemapRoutes(routes, SITEMAP_LIMIT, alternatesOf));
  return files;
}

/** A multilingual site's routes (every language's tree, then the files of the whole site), each with the site that renders it. */
export interface WholeSite {
  readonly routes: readonly Route[];
  readonly siteOf: ReadonlyMap<Route, Site>;
}

/**
 * A multilingual site's routes: each tree's (the default language's first), and the files of the whole
 * site: one sitemap of every tree's pages with their alternates, the redirects and headers files of
 * every tree's redirects and feeds (rendered by the root tree's site with all of them). An image two
 * trees show is one resized file, routed once.
 */
export function multilingualRoutes(sites: readonly Site[]): WholeSite {
  const [root] = sites;
  if (root === undefined) throw new Error("internal error: a multilingual site without a tree");
  const routes: Route[] = [];
  const siteOf = new Map<Route, Site>();
  const variants = new Set<string>();
  for (const site of sites) {
    for (const route of routesOf(site)) {
      if (route.kind === "variant") {
        if (variants.has(route.url)) continue;
        variants.add(route.url);
      }
      routes.push(route);
      siteOf.set(route, site);
    }
  }
  const whole: Site = {
    ...root,
    redirects: sites.flatMap((s) => s.redirects).sort((a, b) => compareText(a.from, b.from)),
    rssFeeds: sites.flatMap((s) => s.rssFeeds),
  };
  const byUrl = new Map<string, Site>();
  for (const site of sites) for (const route of routesOf(site)) if (route.listed) byUrl.set(route.url, site);
  const alternatesOf = (url: string): readonly Alternate[] => {
    const site = byUrl.get(url);
    return site === undefined ? [] : alternatesOfPage(site, url);
  };
  for (const route of siteFileRoutes(whole, routes, alternatesOf)) {
    routes.push(route);
    siteOf.set(route, whole);
  }
  return { routes, siteOf };
}

/** The sitemap: every page of content, each once, in route order; parts when there are many. */
export function sitemapRoutes(
  routes: readonly Route[],
  limit = SITEMAP_LIMIT,
  alternatesOf?: (url: string) => readonly Alternate[],
): Route[] {
  const entries: SitemapEntry[] = [];
  for (const route of routes) {
    if (!route.listed) continue;
    const alternates = alternatesOf?.(route.url);
    entries.push(
      alternates === undefined || alternates.length === 0
        ? { url: route.url, lastmod: route.lastmod }
        : { url: route.url, lastmod: route.lastmod, alternates },
    );
  }
  const route = (url: string, sitemap: SitemapFile): Route => ({
    kind: "sitemap",
    url,
    what: "the sitemap",
    listed: false,
    sitemap,
  });
  if (entries.length <= limit) return [route(sitemapPath, { entries, parts: [] })];
  const parts: Route[] = [];
  for (let i = 0; i * limit < entries.length; i++) {
    parts.push(
      route(sitemapPartPath(i + 1), { entries: entries.slice(i * limit, (i + 1) * limit), parts: [] }),
    );
  }
  const index = parts.map((part) => ({
    url: part.url,
    lastmod: part.kind === "sitemap" ? latestOf(part.sitemap.entries) : undefined,
  }));
  return [route(sitemapPath, { entries: [], parts: index }), ...parts];
}

function latestOf(entries: readonly SitemapEntry[]): string | undefined {
  let found: string | undefined;
  let foundMs = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    if (e.lastmod === undefined) continue;
    const ms = Date.parse(e.lastmod);
    if (ms > foundMs) {
      foundMs = ms;
      found = e.lastmod;
    }
  }
  return found;
}

function describeArchive(archive: Archive, page: number): string {
  const suffix = page > 1 ? ` (page ${page})` : "";
  const { place } = archive;
  switch (place.kind) {
    case "home":
      return `the home page${suffix}`;
    case "tag":
    case "category":
    case "author":
      return `the ${place.kind} archive “${place.name}”${suffix}`;
    case "year":
      return `the archive for ${place.year}${suffix}`;
    case "month":
      return `the archive for ${place.year}-${String(place.month).padStart(2, "0")}${suffix}`;
    case "day":
      return `the archive for ${place.year}-${String(place.month).padStart(2, "0")}-${String(place.day).padStart(2, "0")}${suffix}`;
    default:
      return `the archive ${archive.url}${suffix}`;
  }
}

/** The routes sorted by URL: for messages and the manifest. */
export function routeUrls(site: Site): string[] {
  return routesOf(site)
    .map((r) => r.url)
    .sort(compareText);
}
