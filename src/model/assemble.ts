// Assembly: parsed posts and settings in, the whole site model out. Pure: the build time comes in as
// `now`, and nothing here reads the clock, the machine's zone or locale, or the disk.

import { type ContentIssue, compareText, contentWarning, sortIssues } from "../issues.ts";
import { makeArchive } from "./archive.ts";
import { buildDateArchives } from "./date-archives.ts";
import { buildFeeds } from "./feeds.ts";
import { feedRedirects, postAliasRedirects, redirectFrom } from "./post-redirects.ts";
import { isFuture, isPublished, isShown, statusOf } from "./publishing.ts";
import { keepRedirectsOffPages } from "./redirects.ts";
import { buildRelated } from "./related.ts";
import type { Settings } from "./settings.ts";
import { buildSidebar } from "./sidebar.ts";
import { buildTaxonomy, type IdentifiedTerms, identifyTerms } from "./taxonomy.ts";
import { NO_THEME } from "./theme.ts";
import type { Post, PostLink, PostStatus, Site, SitePost, TermLink, Theme } from "./types.ts";
import { checkUrlsAreUnique } from "./url-check.ts";
import { homeUrl, postUrl } from "./urls.ts";

export interface AssembleOptions {
  /** The build time, in milliseconds since the epoch: posts dated after it are held back. */
  readonly now: number;
  /** A preview (the dev server): drafts and future posts are shown too, marked as such. */
  readonly preview?: boolean;
  /** The settings file as the author knows it, for issues about it. */
  readonly settingsFile?: string;
  /** The author's theme files (src/model/theme.ts); none by default. */
  readonly theme?: Theme;
}

export interface AssembleResult {
  /** Undefined when the content has errors that assembly found (such as two posts with one URL). */
  readonly site: Site | undefined;
  readonly issues: readonly ContentIssue[];
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
  const drafts = posts.filter((p) => p.draft).length;
  const future = posts.filter((p) => !p.draft && isFuture(p, settings, options.now)).length;
  const published = posts.filter((p) => isShown(p, settings, options.now, preview)).sort(comparePosts);

  const categoriesOf = (post: Post): readonly string[] =>
    post.categories.length > 0 ? post.categories : [settings.defaultCategory];
  const settingsFile = options.settingsFile ?? "site.yaml";
  const tagIds = identifyTerms("tag", published, (p) => p.tags, settings.tags, settingsFile);
  const categoryIds = identifyTerms("category", published, categoriesOf, settings.categories, settingsFile);
  const issues: ContentIssue[] = [
    ...tagIds.issues,
    ...categoryIds.issues,
    ...farFuture(posts, settings, options.now),
  ];

  const status = (post: Post) => statusOf(post, settings, options.now);
  const sitePosts = buildSitePosts(published, settings, tagIds, categoryIds, categoriesOf, status);

  // Sticky posts open the first home page; every post is still on exactly one home page.
  const homeOrder = [...sitePosts.filter((p) => p.sticky), ...sitePosts.filter((p) => !p.sticky)];
  const home = makeArchive(
    { kind: "home", place: { kind: "home" }, url: homeUrl, posts: homeOrder, via: [], hasFeed: true },
    settings,
  );
  const tags = buildTaxonomy("tag", tagIds.byKey, sitePosts, settings);
  const categories = buildTaxonomy("category", categoryIds.byKey, sitePosts, settings);
  const dates = buildDateArchives(sitePosts, settings);

  // The site feed follows the posts by date, whatever is sticky.
  const siteFeedList = { ...home, posts: sitePosts };
  const feeds = buildFeeds([siteFeedList, ...tags.terms, ...categories.terms], settings.feedSize);

  let site: Site = {
    settings,
    posts: sitePosts,
    home,
    tags,
    categories,
    years: dates.years,
    dateArchives: dates.all,
    archives: [home, ...tags.terms, ...categories.terms, ...dates.all],
    feeds,
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
  };
  const redirects = keepRedirectsOffPages(
    site,
    [
      ...tagIds.redirects,
      ...categoryIds.redirects,
      ...postAliasRedirects(sitePosts),
      ...(settings.feedRedirects ? feedRedirects(feeds) : []),
      ...[...settings.redirects].map(([from, to]) => redirectFrom(from, to, `the settings redirect ${from}`)),
    ],
    settingsFile,
  );
  issues.push(...redirects.issues);
  site = { ...site, redirects: redirects.kept };

  const urlIssues = checkUrlsAreUnique(site);
  if (urlIssues.length > 0) return { site: undefined, issues: sortIssues([...issues, ...urlIssues]) };
  return { site, issues: sortIssues(issues) };
}

/** Posts as the site shows them: URL, displayed date, term links, neighbours, related posts. */
function buildSitePosts(
  published: readonly Post[],
  settings: Settings,
  tagIds: IdentifiedTerms,
  categoryIds: IdentifiedTerms,
  categoriesOf: (post: Post) => readonly string[],
  statusOf: (post: Post) => PostStatus,
): SitePost[] {
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
  const urls = published.map((post) => {
    const firstCategory = categoryIds.termOf(categoriesOf(post)[0] ?? "");
    return postUrl(settings.permalink, {
      date: post.date,
      slug: post.slug,
      categorySlug: firstCategory?.slug ?? "",
    });
  });
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
    return {
      ...post,
      url: urls[i] as string,
      status: statusOf(post),
      tags: tagLinks[i] as TermLink[],
      categories: linksOf(categoryIds, categoriesOf(post)),
      newer: links[i - 1],
      older: links[i + 1],
      related: related[i] ?? [],
    };
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
