// A route in, its file out: each page is rendered by the view its kind names, inside the shell; feeds,
// the sitemap and the other files by their own renderers. What a list page showed is returned with it,
// for the integrity check (src/pipeline/check-output.ts).

import { withBasePath } from "../src/format/absolute-urls.ts";
import { type Html, jsonForScript } from "../src/format/html.ts";
import { buildManifest } from "../src/model/manifest.ts";
import type { RenderedRoute } from "../src/model/routes.ts";
import type { Site, SitePost, Term } from "../src/model/types.ts";
import { absoluteUrl, homeUrlIn, linkPrefixOf } from "../src/model/urls.ts";
import { renderFeed } from "./files/feed.ts";
import { legacyQueryScript, renderHeadersFile, renderRedirectsFile } from "./files/redirects.ts";
import { renderRss } from "./files/rss.ts";
import { renderRobots, renderSitemapFile } from "./files/sitemap.ts";
import { ViewError, type ViewTable } from "./table.ts";
import type { ShellInput, ViewContext } from "./view-types.ts";
import { searchHead } from "./views/search.ts";
import { feedTitleOf, headingOf } from "./words/places.ts";
import type { Words } from "./words/words.ts";

/** What one build renders with: the site, the words of its language, and its views. */
export interface RenderContext {
  readonly site: Site;
  readonly words: Words;
  readonly table: ViewTable;
}

export interface RenderedFile {
  readonly url: string;
  readonly text: string;
  /** For a page of a list: the posts its views showed, in order. */
  readonly shown: readonly SitePost[] | undefined;
}

/** The shell's input but for the body: what a page says about itself in its head. */
type PageMeta = Omit<ShellInput, keyof ViewContext | "body">;

const NO_META: Omit<PageMeta, "title" | "url"> = {
  description: undefined,
  section: undefined,
  feed: undefined,
  article: undefined,
  image: undefined,
  structuredData: undefined,
  extraHead: undefined,
  noindex: false,
};

/**
 * The kinds of route rendered inside the shell, so with the sidebar: a page of any other kind (a feed,
 * a redirect page, the sitemap) holds no sidebar.
 */
export const IN_SHELL: ReadonlySet<RenderedRoute["kind"]> = new Set<RenderedRoute["kind"]>([
  "post",
  "archive",
  "page",
  "archivesIndex",
  "termsIndex",
  "onThisDay",
  "notFound",
  "search",
]);

/**
 * The sidebar as every page in the shell of the context's tree holds it, once: the same text on each
 * (annals' sidebar reads the tree and its words, not the page).
 */
export function sidebarOf(context: RenderContext): string {
  const { site, words, table } = context;
  const { views } = table;
  return linkedIn(site)(views.sidebar({ site, words, views, section: undefined, url: undefined }).value);
}

/**
 * Under a path prefix, every root-relative link of an HTML page gets it (the views and the posts' own
 * links alike); files are still written at the root of the output folder.
 */
function linkedIn(site: Site): (text: string) => string {
  const prefix = linkPrefixOf(site);
  return (text) => (prefix === "" ? text : withBasePath(text, prefix));
}

export function renderRoute(route: RenderedRoute, context: RenderContext): RenderedFile {
  const { site, words, table } = context;
  const ctx: ViewContext = { site, words, views: table.views };
  const { views } = table;
  const prefix = linkPrefixOf(site);
  const linked = linkedIn(site);
  const file = (text: string): RenderedFile => ({ url: route.url, text, shown: undefined });
  const page = (meta: PageMeta, body: () => Html, legacy = false): RenderedFile => {
    table.startPage();
    let text = views.shell({ ...ctx, ...meta, body: body() }).value;
    // Old `/?p=123` links land on the home page (or the 404 page): a line of script sends them on.
    if (legacy) {
      const script = legacyQueryScript(site, prefix);
      if (script !== "") text = text.replace("</head>", `${script}</head>`);
    }
    return {
      url: route.url,
      text: linked(text),
      shown: route.kind === "archive" ? table.shownPosts() : undefined,
    };
  };
  const title = site.settings.title;
  try {
    switch (route.kind) {
      case "post": {
        const { post } = route;
        return page(
          {
            ...NO_META,
            title: post.title,
            url: post.url,
            description: post.excerpt,
            image: post.image,
            article: {
              published: post.date.iso,
              modified: post.updated.iso,
              section: post.categories[0]?.name,
              tags: post.tags.map((t) => t.name),
            },
            structuredData: jsonForScript(blogPosting(post, site, words)),
          },
          () => views.post({ ...ctx, post }),
        );
      }
      case "archive": {
        const { archive, pager } = route;
        const isHome = archive.kind === "home";
        const heading = headingOf(archive.place, words, title);
        const pageTitle = isHome
          ? pager.number > 1
            ? words.t("pageNumber", { number: pager.number })
            : undefined
          : pager.total > 1
            ? words.t("pageOfTotal", { heading, number: pager.number, total: pager.total })
            : heading;
        const feed =
          isHome || archive.feed === undefined
            ? undefined
            : { url: archive.feed, title: feedTitleOf(archive.place, words, title) };
        const about = "description" in archive ? (archive as Term).description : undefined;
        return page(
          {
            ...NO_META,
            title: pageTitle,
            url: pager.url,
            description: pager.number === 1 ? about?.text : undefined,
            section: isHome && pager.number === 1 ? pager.url : undefined,
            feed,
          },
          () => views.archive({ ...ctx, archive, pager }),
          pager.url === homeUrlIn(site.tree),
        );
      }
      case "page": {
        const entry = route.page;
        return page(
          {
            ...NO_META,
            title: entry.title,
            url: entry.url,
            description: entry.excerpt,
            image: entry.image,
            section: entry.url,
          },
          () => views.page({ ...ctx, page: entry }),
        );
      }
      case "archivesIndex":
        return page({ ...NO_META, title: words.t("archivesTitle"), url: route.url, section: route.url }, () =>
          views.archivesIndex(ctx),
        );
      case "termsIndex": {
        const { taxonomy } = route;
        const titles = { tag: "tagsTitle", category: "categoriesTitle", author: "authorsTitle" } as const;
        return page(
          { ...NO_META, title: words.t(titles[taxonomy.kind]), url: route.url, section: route.url },
          () => views.termsIndex({ ...ctx, taxonomy }),
        );
      }
      case "onThisDay": {
        const { day } = route;
        return page({ ...NO_META, title: headingOf(day.place, words, title), url: route.url }, () =>
          views.onThisDay({ ...ctx, day }),
        );
      }
      case "notFound":
        return page(
          { ...NO_META, title: words.t("notFoundTitle"), url: undefined },
          () => views.notFound(ctx),
          true,
        );
      case "search":
        return page(
          {
            ...NO_META,
            title: words.t("searchTitle"),
            url: route.url,
            section: route.url,
            noindex: true,
            extraHead: searchHead(ctx),
          },
          () => views.search(ctx),
        );
      case "redirect":
        return file(linked(views.redirect({ ...ctx, redirect: route.redirect }).value));
      case "feed":
        return file(renderFeed(route.feed, site, words));
      case "sitemap":
        return file(renderSitemapFile(route.sitemap, site));
      case "robots":
        return file(renderRobots(site));
      case "manifest":
        return file(`${JSON.stringify(buildManifest(site))}\n`);
      case "redirectsFile":
        return file(renderRedirectsFile(site, prefix));
      case "rss":
        return file(renderRss(route.rss, site, words));
      case "headersFile":
        return file(renderHeadersFile(site, prefix));
    }
  } catch (error) {
    if (error instanceof ViewError && error.url === undefined) error.url = route.url;
    throw error;
  }
}

/** schema.org BlogPosting: what search engines read about the post. */
function blogPosting(post: SitePost, site: Site, words: Words): unknown {
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
        ? {
            "@type": "Person",
            name: post.author.name,
            ...(post.author.url === undefined || settings.url === ""
              ? {}
              : { url: absoluteUrl(settings.url, post.author.url) }),
          }
        : settings.author === ""
          ? { "@type": "Organization", name: settings.title }
          : { "@type": "Person", name: settings.author },
    publisher: { "@type": "Organization", name: settings.title },
    ...(post.image === undefined || settings.url === ""
      ? {}
      : { image: post.image.startsWith("/") ? absoluteUrl(settings.url, post.image) : post.image }),
    inLanguage: words.language,
    ...(post.excerpt === undefined ? {} : { description: post.excerpt }),
    ...(post.tags.length === 0 ? {} : { keywords: post.tags.map((t) => t.name) }),
    articleSection: post.categories.map((c) => c.name),
  };
}
