// Assembly: parsed posts and settings in, the whole site model out. Pure: the build time comes in as
// `now`, and nothing here reads the clock, the machine's zone or locale, or the disk.

import { type ContentIssue, compareText, contentWarning, sortIssues } from "../issues.ts";
import { makeArchive } from "./archive.ts";
import { identifyAuthors } from "./authors.ts";
import { buildDateArchives } from "./date-archives.ts";
import { buildFeeds, buildRssFeeds } from "./feeds.ts";
import { resolveMenu } from "./menu.ts";
import { buildOnThisDay, countByMonthDay, onThisDayLink } from "./on-this-day.ts";
import { postAliasRedirects, redirectFrom } from "./post-redirects.ts";
import { isFuture, isPublished, isShown, statusOf } from "./publishing.ts";
import { keepRedirectsOffPages } from "./redirects.ts";
import { buildRelated } from "./related.ts";
import { routesOf } from "./routes.ts";
import type { Settings } from "./settings.ts";
import { buildSidebar } from "./sidebar.ts";
import { type SourceLinkItem, SourceLinks } from "./source-links.ts";
import { buildTaxonomy, describeTerms, type IdentifiedTerms, identifyTerms } from "./taxonomy.ts";
import { NO_THEME } from "./theme.ts";
import type {
  Byline,
  ImageRecord,
  Page,
  Post,
  PostLink,
  PostStatus,
  Site,
  SiteFile,
  SiteLanguage,
  SitePage,
  SitePost,
  TermLink,
  Theme,
} from "./types.ts";
import { checkUrlsAreUnique } from "./url-check.ts";
import { homeUrlIn, postUrl, sitePathOf } from "./urls.ts";

export interface AssembleOptions {
  /** The build time, in milliseconds since the epoch: posts dated after it are held back. */
  readonly now: number;
  /**
   * The folder of this language's tree on a multilingual site (`/ja`; src/model/urls.ts
   * `languageTreeOf`): every URL the site makes starts with it. "" (the default) at the root.
   */
  readonly tree?: string;
  /** A multilingual site's languages (src/model/translations.ts `siteLanguagesOf`); none by default. */
  readonly languages?: readonly SiteLanguage[];
  /** A multilingual site's other trees' posts and pages, for links by source file (`sourceLinkItemsOf`). */
  readonly otherLinks?: readonly SourceLinkItem[];
  /** A preview (the dev server): drafts and future posts are shown too, marked as such. */
  readonly preview?: boolean;
  /** The settings file as the author knows it, for issues about it. */
  readonly settingsFile?: string;
  /** The author's theme files (src/model/theme.ts); none by default. */
  readonly theme?: Theme;
  /** The pages that parsed (`pages/`). */
  readonly pages?: readonly Page[];
  /** Files to copy, by their paths inside the content folder: from `static/`, and beside posts. */
  readonly files?: {
    readonly statics: readonly string[];
    readonly bundled: readonly string[];
    /** How the content folder is named in messages (`content`). */
    readonly displayPath: string;
  };
  /** What the images the bodies show are (src/pipeline/images.ts), by path inside the content folder. */
  readonly images?: ReadonlyMap<string, ImageRecord>;
  /**
   * Makes a rendered body final for its place on the site (given its source folder and its URL):
   * relative links made site paths, images made responsive. The pipeline gives it; by default, bodies
   * stay as they are.
   */
  readonly finishBody?: (html: string, where: BodyPlace) => string;
}

/**
 * Where a body is: the folder of its file inside the content folder (`2015/kim/`), its URL, and the
 * site's posts and pages by their files (for links by source file).
 */
export interface BodyPlace {
  readonly folder: string;
  readonly url: string;
  readonly links?: SourceLinks;
  /** The body links nothing by source (the post's `selfContained`): only its images are made final. */
  readonly selfContained?: boolean;
}

export interface AssembleResult {
  /** Undefined when the content has errors that assembly found (such as two posts with one URL). */
  readonly site: Site | undefined;
  readonly issues: readonly ContentIssue[];
}

/** The category a post is filed under first: its own, else the site's default category. */
function categoriesOf(post: Post, settings: Settings): readonly string[] {
  return post.categories.length > 0 ? post.categories : [settings.defaultCategory];
}

/** Each post's URL (its own `url:`, else the permalink pattern's, in the tree), in order. */
function postUrlsOf(
  published: readonly Post[],
  settings: Settings,
  categoryIds: IdentifiedTerms,
  tree: string,
): string[] {
  return published.map((post) => {
    if (post.url !== undefined) return post.url;
    const firstCategory = categoryIds.termOf(categoriesOf(post, settings)[0] ?? "");
    return `${tree}${postUrl(settings.permalink, {
      date: post.date,
      slug: post.slug,
      categorySlug: firstCategory?.slug ?? "",
    })}`;
  });
}

function linkItemsOf(
  published: readonly Post[],
  urls: readonly string[],
  pages: readonly Page[],
): SourceLinkItem[] {
  return [
    ...published.map((post, i) => ({ source: post.source, url: urls[i] as string, post: true })),
    ...pages.map((page) => ({ source: page.source, url: page.url, post: false })),
  ];
}

/**
 * What links by source find of a multilingual site's tree before it is assembled (so that another
 * language's posts can link to it): its shown posts and pages with their URLs, as `assembleSite`
 * makes them.
 */
export function sourceLinkItemsOf(
  posts: readonly Post[],
  settings: Settings,
  options: Pick<AssembleOptions, "now" | "preview" | "tree" | "pages">,
): SourceLinkItem[] {
  const preview = options.preview ?? false;
  const published = posts.filter((p) => isShown(p, settings, options.now, preview)).sort(comparePosts);
  const categoryIds = identifyTerms(
    "category",
    published,
    (post) => categoriesOf(post, settings),
    settings.categories,
    "",
    options.tree ?? "",
  );
  const pages = (options.pages ?? []).filter((page) => preview || !page.draft);
  return linkItemsOf(published, postUrlsOf(published, settings, categoryIds, options.tree ?? ""), pages);
}

/** Newest first; posts with the same instant in code-point order of their file paths. */
export function comparePosts(a: Post, b: Post): number {
  return b.date.epochMs - a.date.epochMs || compareText(a.file, b.file);
}

export function assembleSite(
  posts: readonly Post[],
  settings: Settings,
  options: AssembleOptions,
): AssembleResult {
  const preview = options.preview ?? false;
  const tree = options.tree ?? "";
  const drafts = posts.filter((p) => p.draft).length;
  const future = posts.filter((p) => !p.draft && isFuture(p, settings, options.now)).length;
  const published = posts.filter((p) => isShown(p, settings, options.now, preview)).sort(comparePosts);

  const categoriesOfPost = (post: Post): readonly string[] => categoriesOf(post, settings);
  const settingsFile = options.settingsFile ?? "site.yaml";
  const tagIds = identifyTerms("tag", published, (p) => p.tags, settings.tags, settingsFile, tree);
  const categoryIds = identifyTerms(
    "category",
    published,
    categoriesOfPost,
    settings.categories,
    settingsFile,
    tree,
  );
  const issues: ContentIssue[] = [
    ...tagIds.issues,
    ...categoryIds.issues,
    ...farFuture(posts, settings, options.now),
  ];

  const statics = new Set(options.files?.statics ?? []);
  const authorIds = identifyAuthors(published, settings, settingsFile, tree, (path) => {
    try {
      return statics.has(`static${decodeURI(path)}`);
    } catch {
      return false;
    }
  });
  issues.push(...authorIds.issues);

  const status = (post: Post) => statusOf(post, settings, options.now);
  const finish = options.finishBody ?? ((html: string) => html);
  const urls = postUrlsOf(published, settings, categoryIds, tree);
  const shownPages = (options.pages ?? []).filter((page) => preview || !page.draft);
  // Links by source file (Jekyll's tags, Markdown links to .md files) lead to shown posts and pages
  // (on a multilingual site, of this language first, then of the others).
  const links = new SourceLinks(
    linkItemsOf(published, urls, shownPages),
    options.otherLinks === undefined ? undefined : new SourceLinks(options.otherLinks),
  );
  for (const item of [...published, ...shownPages]) issues.push(...links.check(item.file, item.linkTags));
  const sitePosts = buildSitePosts(published, {
    tagIds,
    categoryIds,
    categoriesOf: categoriesOfPost,
    statusOf: status,
    finish,
    bylineOf: authorIds.bylineOf,
    urls,
    links,
    tree,
  });
  const sitePages = shownPages
    .map(
      (page): SitePage => ({
        ...page,
        status: page.draft ? "draft" : "published",
        image: imagePathOf(page.image, page.url),
        bodyHtml: finish(page.bodyHtml, { folder: folderOf(page.source), url: page.url, links }),
      }),
    )
    .sort((a, b) => compareText(a.url, b.url));
  const files = siteFiles(options.files, [...sitePosts, ...sitePages]);
  const copied = new Set(files.map((f) => f.from));

  // Sticky posts open the first home page; every post is still on exactly one home page.
  const homeOrder = [...sitePosts.filter((p) => p.sticky), ...sitePosts.filter((p) => !p.sticky)];
  const home = makeArchive(
    {
      kind: "home",
      place: { kind: "home" },
      url: homeUrlIn(tree),
      posts: homeOrder,
      via: [],
      hasFeed: true,
    },
    settings,
    tree,
  );
  const tagExtras = describeTerms(tagIds, "tag", settings.tags, settingsFile);
  const categoryExtras = describeTerms(categoryIds, "category", settings.categories, settingsFile);
  issues.push(...tagExtras.issues, ...categoryExtras.issues);
  const tags = buildTaxonomy("tag", tagIds.byKey, sitePosts, settings, tagExtras.extrasOf, tree);
  const categories = buildTaxonomy(
    "category",
    categoryIds.byKey,
    sitePosts,
    settings,
    categoryExtras.extrasOf,
    tree,
  );
  const authors = authorIds.pages
    ? buildTaxonomy("author", authorIds.terms.byKey, sitePosts, settings, authorIds.extrasOf, tree)
    : undefined;
  const authorTerms = authors?.terms ?? [];
  const dates = buildDateArchives(sitePosts, settings, tree);

  // The site feed follows the posts by date, whatever is sticky.
  const siteFeedList = { ...home, posts: sitePosts };
  const feeds = buildFeeds(
    [siteFeedList, ...tags.terms, ...categories.terms, ...authorTerms],
    settings.feedSize,
  );

  let site: Site = {
    settings,
    posts: sitePosts,
    home,
    tags,
    categories,
    authors,
    onThisDay: buildOnThisDay(sitePosts, tree),
    years: dates.years,
    dateArchives: dates.all,
    archives: [home, ...tags.terms, ...categories.terms, ...authorTerms, ...dates.all],
    feeds,
    rssFeeds: settings.feedRedirects ? buildRssFeeds(feeds, sitePosts, settings.feedSize, tree) : [],
    sidebar: buildSidebar(sitePosts, tags, categories, dates.years, settings),
    held: {
      drafts,
      future,
      posts: posts
        .filter((p) => !isPublished(p, settings, options.now))
        .sort((a, b) => a.date.epochMs - b.date.epochMs || compareText(a.file, b.file))
        .map((p) => ({ file: p.file, date: p.date, status: p.draft ? "draft" : "scheduled" })),
    },
    redirects: [],
    preview,
    theme: options.theme ?? NO_THEME,
    pages: sitePages,
    files,
    // Images of posts not published (their files are not) are left out with them.
    images: new Map([...(options.images ?? new Map())].filter(([file]) => copied.has(file))),
    menu: undefined,
    tree,
    languages: options.languages ?? [],
    translations: new Map(),
  };
  const redirects = keepRedirectsOffPages(
    routesOf(site),
    [
      ...tagIds.redirects,
      ...categoryIds.redirects,
      ...postAliasRedirects([...sitePosts, ...sitePages]),
      ...[...settings.redirects].map(([from, to]) => redirectFrom(from, to, `the settings redirect ${from}`)),
    ],
    settingsFile,
  );
  issues.push(...redirects.issues);
  site = { ...site, redirects: redirects.kept };
  if (settings.menu !== undefined) {
    const menu = resolveMenu([site], settings.menu, settingsFile);
    issues.push(...menu.issues);
    site = { ...site, menu: menu.links };
  }

  const urlIssues = checkUrlsAreUnique(site);
  if (urlIssues.length > 0) return { site: undefined, issues: sortIssues([...issues, ...urlIssues]) };
  return { site, issues: sortIssues(issues) };
}

/** Posts as the site shows them: URL, displayed date, term links, neighbours, related posts. */
function buildSitePosts(
  published: readonly Post[],
  how: {
    readonly tagIds: IdentifiedTerms;
    readonly categoryIds: IdentifiedTerms;
    readonly categoriesOf: (post: Post) => readonly string[];
    readonly statusOf: (post: Post) => PostStatus;
    readonly finish: (html: string, where: BodyPlace) => string;
    readonly bylineOf: (post: Post) => Byline | undefined;
    /** Each post's URL, in the order of `published`. */
    readonly urls: readonly string[];
    readonly links: SourceLinks;
    readonly tree: string;
  },
): SitePost[] {
  const { tagIds, categoryIds, categoriesOf, statusOf, finish } = how;
  const perMonthDay = countByMonthDay(published.map((p) => p.date));
  // One link per term, even if a post names a term twice in different spellings.
  const linksOf = (ids: IdentifiedTerms, names: readonly string[]): TermLink[] => {
    const links = new Set<TermLink>();
    for (const name of names) {
      const id = ids.termOf(name);
      if (id === undefined) throw new Error(`internal error: no term for "${name}"`);
      links.add(id.link);
    }
    return [...links];
  };
  const { urls } = how;
  const tagLinks = published.map((post) => linksOf(tagIds, post.tags));
  const links = published.map((post, i): PostLink => ({ title: post.title, url: urls[i] as string }));
  const related = buildRelated(
    published.map((post, i) => ({
      file: post.file,
      date: post.date,
      tags: tagLinks[i] as TermLink[],
      link: links[i] as PostLink,
    })),
  );
  // Each site post is made once, from the parsed post and what was computed above.
  return published.map((post, i) => {
    const url = urls[i] as string;
    const where = { folder: folderOf(post.source), url, links: how.links, selfContained: post.selfContained };
    const bodyHtml = finish(post.bodyHtml, where);
    // Every field named, in one order (no spread): all site posts then share one shape, which keeps
    // reading their fields fast wherever many posts are read (a spread copies each parsed post's own
    // layout, and thousands of layouts make every such read a slow lookup).
    const sitePost: SitePost = {
      file: post.file,
      source: post.source,
      title: post.title,
      date: post.date,
      updated: post.updated,
      slug: post.slug,
      url,
      tags: tagLinks[i] as TermLink[],
      categories: linksOf(categoryIds, categoriesOf(post)),
      draft: post.draft,
      sticky: post.sticky,
      excerpt: post.excerpt,
      author: how.bylineOf(post),
      aliases: post.aliases,
      image: imagePathOf(post.image, url),
      language: post.language,
      translationKey: post.translationKey,
      bodyHtml,
      linkTags: post.linkTags,
      listBodyHtml: post.listBodyHtml === undefined ? bodyHtml : finish(post.listBodyHtml, where),
      teaserHtml: post.teaserHtml === undefined ? undefined : finish(post.teaserHtml, where),
      moreLabel: post.moreLabel,
      headings: post.headings,
      toc: post.toc,
      comments: post.comments,
      commentsClosed: post.commentsClosed,
      wordCount: post.wordCount,
      status: statusOf(post),
      onThisDay: onThisDayLink(post.date, perMonthDay, how.tree),
      newer: links[i - 1],
      older: links[i + 1],
      related: related[i] ?? [],
    };
    return sitePost;
  });
}

/** A year, in milliseconds: a post dated further ahead than this is more likely a typo than a plan. */
const YEAR_MS = 366 * 24 * 3600 * 1000;

/** Posts held back for more than a year: each a warning naming its file and the day it comes out. */
function farFuture(posts: readonly Post[], settings: Settings, now: number): ContentIssue[] {
  return posts
    .filter((p) => !p.draft && isFuture(p, settings, now) && p.date.epochMs - now > YEAR_MS)
    .map((p) =>
      contentWarning(
        "far-future",
        p.file,
        undefined,
        `is dated more than a year ahead: held back until ${p.date.iso.slice(0, 10)} (is the year right?)`,
      ),
    );
}

/** `2015/kim/index.md` → `2015/kim/`; `a.md` → `` (the content folder itself). */
export function folderOf(source: string): string {
  return source.slice(0, source.lastIndexOf("/") + 1);
}

/**
 * The files copied as they are: every file of `static/` at the site's root (`static/favicon.ico` →
 * `/favicon.ico`), and each file beside a post or page written as a folder next to its page
 * (`2015/kim/photo.jpg` beside `2015/kim/index.md` → `<the post's URL>photo.jpg`). The files of posts
 * not published (drafts, scheduled) are not.
 */
function siteFiles(
  given: AssembleOptions["files"],
  owners: readonly { readonly source: string; readonly url: string; readonly file: string }[],
): SiteFile[] {
  if (given === undefined) return [];
  const shown = (from: string) => `${given.displayPath}/${from}`;
  const files: SiteFile[] = given.statics.map((from) => ({
    url: `/${from.slice(from.indexOf("/") + 1)}`,
    from,
    file: shown(from),
    owner: undefined,
  }));
  const bundles = new Map<string, { url: string; file: string }>();
  for (const owner of owners) {
    if (/(^|\/)index\.(md|markdown)$/i.test(owner.source)) bundles.set(folderOf(owner.source), owner);
  }
  for (const from of given.bundled) {
    // The nearest folder with a published index.md holds the file.
    for (let at = from.lastIndexOf("/"); at > 0; at = from.lastIndexOf("/", at - 1)) {
      const owner = bundles.get(from.slice(0, at + 1));
      if (owner === undefined) continue;
      if (owner.url.endsWith("/"))
        files.push({ url: owner.url + from.slice(at + 1), from, file: shown(from), owner: owner.file });
      break;
    }
  }
  return files.sort((a, b) => compareText(a.url, b.url));
}

/** A post's or page's image as a path of the site (like every URL of the model, not percent-encoded) or an address. */
function imagePathOf(image: string | undefined, url: string): string | undefined {
  if (image === undefined) return undefined;
  const path = sitePathOf(image, url);
  try {
    return path.startsWith("/") ? decodeURI(path) : path;
  } catch {
    return path;
  }
}
