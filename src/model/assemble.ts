// Assembly: parsed posts and settings in, the whole site model out. Pure: the build time comes in as
// `now`, and nothing here reads the clock, the machine's zone or locale, or the disk.

import { dayParts, formatDay, formatMonth } from "../format/dates.ts";
import { archiveHeading } from "../format/headings.ts";
import { type ContentIssue, compareText, contentError, sortIssues } from "../issues.ts";
import { paginate } from "./paginate.ts";
import type { Settings } from "./settings.ts";
import { identifyTerms, type TermIdentity } from "./taxonomy.ts";
import { termKey } from "./term-name.ts";
import type {
  Archive,
  ArchivePage,
  DateArchive,
  DateLink,
  Post,
  Site,
  SitePost,
  Taxonomy,
  TaxonomyKind,
  Term,
  TermLink,
  YearSummary,
} from "./types.ts";
import {
  archivesIndexUrl,
  dayUrl,
  homeUrl,
  monthUrl,
  notFoundPath,
  postUrl,
  taxonomyIndexUrl,
  yearUrl,
} from "./urls.ts";

export interface AssembleOptions {
  /** The build time, in milliseconds since the epoch: posts dated after it are held back. */
  readonly now: number;
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
  const drafts = posts.filter((p) => p.draft).length;
  const future = posts.filter((p) => !p.draft && p.date.epochMs > options.now).length;
  const published = posts.filter((p) => !p.draft && p.date.epochMs <= options.now).sort(comparePosts);

  const categoriesOf = (post: Post): readonly string[] =>
    post.categories.length > 0 ? post.categories : [settings.defaultCategory];
  const tagIds = identifyTerms("tag", published, (p) => p.tags);
  const categoryIds = identifyTerms("category", published, categoriesOf);
  const issues: ContentIssue[] = [...tagIds.issues, ...categoryIds.issues];

  // One link per term, even if a post names a term twice in different spellings.
  const linksOf = (ids: ReadonlyMap<string, TermIdentity>, names: readonly string[]): TermLink[] => {
    const links = new Set<TermLink>();
    for (const name of names) {
      const id = ids.get(termKey(name));
      if (id === undefined) throw new Error(`internal error: no term for "${name}"`);
      links.add(id.link);
    }
    return [...links];
  };

  // Posts share days: the displayed date of each day is made once.
  const days = new Map<string, { text: string; links: DateLink[] }>();
  const dayOf = (p: Post): { text: string; links: DateLink[] } => {
    const { year, month, day } = p.date;
    const key = `${year}-${month}-${day}`;
    let shown = days.get(key);
    if (shown === undefined) {
      const parts = dayParts({ year, month, day }, settings.language);
      const monthName = formatMonth({ year, month }, settings.language);
      const text = parts.map((part) => part.text).join("");
      const links = parts.map((part): DateLink => {
        switch (part.type) {
          case "day":
            return { text: part.text, url: dayUrl(year, month, day), label: archiveHeading("day", text, "") };
          case "month":
            return {
              text: part.text,
              url: monthUrl(year, month),
              label: archiveHeading("month", monthName, ""),
            };
          case "year":
            return { text: part.text, url: yearUrl(year), label: archiveHeading("year", String(year), "") };
          default:
            return { text: part.text, url: undefined, label: undefined };
        }
      });
      shown = { text, links };
      days.set(key, shown);
    }
    return shown;
  };

  const sitePosts: SitePost[] = published.map((post) => {
    const categories = linksOf(categoryIds.byKey, categoriesOf(post));
    const firstCategory = categoryIds.byKey.get(termKey(categoriesOf(post)[0] ?? ""));
    return {
      ...post,
      url: postUrl(settings.permalink, {
        date: post.date,
        slug: post.slug,
        categorySlug: firstCategory?.slug ?? "",
      }),
      dateText: dayOf(post).text,
      dateLinks: dayOf(post).links,
      tags: linksOf(tagIds.byKey, post.tags),
      categories,
      older: undefined,
      newer: undefined,
    };
  });
  const linked = sitePosts.map((post, i) => {
    const newer = sitePosts[i - 1];
    const older = sitePosts[i + 1];
    return {
      ...post,
      newer: newer && { title: newer.title, url: newer.url },
      older: older && { title: older.title, url: older.url },
    };
  });

  const perPage = settings.postsPerPage;
  const archive = <K extends Archive["kind"]>(
    kind: K,
    name: string,
    url: string,
    list: readonly SitePost[],
  ) => ({
    kind,
    name,
    heading: archiveHeading(kind, name, settings.title),
    url,
    posts: list,
    pages: paginate(list, perPage, url),
  });

  const home: Archive = archive("home", settings.title, homeUrl, linked);
  const tags = buildTaxonomy("tag", tagIds.byKey, linked, (p) => p.tags, settings.language, archive);
  const categories = buildTaxonomy(
    "category",
    categoryIds.byKey,
    linked,
    (p) => p.categories,
    settings.language,
    archive,
  );
  const { years, dateArchives } = buildDateArchives(linked, settings.language, archive);

  const archivePages: ArchivePage[] = [];
  for (const a of [home, ...tags.terms, ...categories.terms, ...dateArchives]) {
    for (const pager of a.pages) archivePages.push({ archive: a, pager });
  }

  const site: Site = {
    settings,
    posts: linked,
    home,
    tags,
    categories,
    years,
    dateArchives,
    archivePages,
    held: { drafts, future },
  };
  const urlIssues = checkUrlsAreUnique(site);
  if (urlIssues.length > 0) return { site: undefined, issues: sortIssues([...issues, ...urlIssues]) };
  return { site, issues: sortIssues(issues) };
}

type ArchiveFactory = <K extends Archive["kind"]>(
  kind: K,
  name: string,
  url: string,
  list: readonly SitePost[],
) => Archive & { kind: K };

function buildTaxonomy(
  kind: TaxonomyKind,
  ids: ReadonlyMap<string, TermIdentity>,
  posts: readonly SitePost[],
  linksOf: (post: SitePost) => readonly TermLink[],
  language: string,
  archive: ArchiveFactory,
): Taxonomy {
  const postsByUrl = new Map<string, SitePost[]>();
  for (const post of posts) {
    for (const link of linksOf(post)) {
      const list = postsByUrl.get(link.url);
      if (list === undefined) postsByUrl.set(link.url, [post]);
      else list.push(post);
    }
  }
  const collator = new Intl.Collator(language, { sensitivity: "base", numeric: true });
  const terms: Term[] = [...ids.values()]
    .sort((a, b) => collator.compare(a.name, b.name) || compareText(a.name, b.name))
    .map((id) => ({
      ...archive(kind, id.name, id.url, postsByUrl.get(id.url) ?? []),
      slug: id.slug,
      spellings: id.spellings,
    }));
  return { kind, terms, url: taxonomyIndexUrl(kind) };
}

function buildDateArchives(
  posts: readonly SitePost[],
  language: string,
  archive: ArchiveFactory,
): { years: YearSummary[]; dateArchives: DateArchive[] } {
  // Posts are newest first, so insertion order is newest first too.
  const years = new Map<number, SitePost[]>();
  const months = new Map<string, SitePost[]>();
  const days = new Map<string, SitePost[]>();
  const push = <K>(map: Map<K, SitePost[]>, key: K, post: SitePost): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [post]);
    else list.push(post);
  };
  for (const post of posts) {
    const { year, month, day } = post.date;
    push(years, year, post);
    push(months, `${year}-${month}`, post);
    push(days, `${year}-${month}-${day}`, post);
  }
  const dateArchive = (
    kind: DateArchive["kind"],
    year: number,
    month: number | undefined,
    day: number | undefined,
    list: readonly SitePost[],
  ): DateArchive => {
    const name =
      month === undefined
        ? String(year)
        : day === undefined
          ? formatMonth({ year, month }, language)
          : formatDay({ year, month, day }, language);
    const url =
      month === undefined
        ? yearUrl(year)
        : day === undefined
          ? monthUrl(year, month)
          : dayUrl(year, month, day);
    return { ...archive(kind, name, url, list), year, month, day };
  };

  const summaries: YearSummary[] = [];
  const all: DateArchive[] = [];
  const monthArchives = new Map<string, DateArchive>();
  for (const [key, list] of months) {
    const first = list[0];
    if (first === undefined) continue;
    monthArchives.set(key, dateArchive("month", first.date.year, first.date.month, undefined, list));
  }
  for (const [year, list] of years) {
    const yearArchive = dateArchive("year", year, undefined, undefined, list);
    const ofYear = [...monthArchives.values()].filter((m) => m.year === year);
    summaries.push({ year: yearArchive, months: ofYear });
    all.push(yearArchive, ...ofYear);
  }
  for (const list of days.values()) {
    const first = list[0];
    if (first === undefined) continue;
    all.push(dateArchive("day", first.date.year, first.date.month, first.date.day, list));
  }
  return { years: summaries, dateArchives: all };
}

/**
 * No two pages may share a URL: two posts with one slug on one day, or a post whose permalink lands
 * on an archive or index page. Each clash is an error on the posts' files.
 */
function checkUrlsAreUnique(site: Site): ContentIssue[] {
  const owners = new Map<string, string[]>();
  const claim = (url: string, owner: string): void => {
    const list = owners.get(url);
    if (list === undefined) owners.set(url, [owner]);
    else list.push(owner);
  };
  const fixed: [string, string][] = [
    [archivesIndexUrl, "the archives index"],
    [site.tags.url, "the tags index"],
    [site.categories.url, "the categories index"],
    [notFoundPath, "the 404 page"],
  ];
  for (const [url, what] of fixed) claim(url, what);
  for (const page of site.archivePages)
    claim(page.pager.url, describeArchive(page.archive, page.pager.number));
  const postFiles = new Set<string>();
  for (const post of site.posts) {
    claim(post.url, post.file);
    postFiles.add(post.file);
  }

  const issues: ContentIssue[] = [];
  for (const [url, list] of owners) {
    if (list.length < 2) continue;
    const files = list.filter((o) => postFiles.has(o));
    if (files.length === 0) throw new Error(`internal error: pages share the URL ${url}: ${list.join(", ")}`);
    for (const file of files) {
      const others = list.filter((o) => o !== file);
      issues.push(
        contentError(
          file,
          undefined,
          `has the URL ${url}, the same as ${others.join(" and ")} (give it another \`slug:\` or change the permalink setting)`,
        ),
      );
    }
  }
  return issues;
}

function describeArchive(archive: Archive, page: number): string {
  const suffix = page > 1 ? ` (page ${page})` : "";
  switch (archive.kind) {
    case "home":
      return `the home page${suffix}`;
    case "tag":
    case "category":
      return `the ${archive.kind} archive “${archive.name}”${suffix}`;
    default:
      return `the archive for ${archive.name}${suffix}`;
  }
}
