// The domain of annals, named once. Parsing produces `Post`s; assembly turns them into a `Site`.
// Everything here is plain data: layouts read these fields and never compute their own.

import type { Settings } from "./settings.ts";

/** A Markdown file as read from disk. */
export interface SourceFile {
  /** What messages show, e.g. `content/2015/x.md`. */
  readonly path: string;
  /** The path inside the content folder, e.g. `2015/x.md`. */
  readonly relative: string;
  readonly text: string;
}

/** A post's date, normalised once in the site's time zone. */
export interface PostDate {
  /** ISO 8601 with the site zone's offset, e.g. `2015-01-28T00:00:00+09:00`. */
  readonly iso: string;
  readonly epochMs: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** True when the front matter gave a calendar day only (no time). */
  readonly dateOnly: boolean;
  /** For `<time datetime>`: `2015-01-28` for a date-only post, else the ISO date-time. */
  readonly machine: string;
}

/** A post as parsed from one source file, before the site is assembled. */
export interface Post {
  /** The source path, as shown in messages. */
  readonly file: string;
  readonly title: string;
  readonly date: PostDate;
  readonly slug: string;
  /** Tag names as written (trimmed, de-duplicated within the post). */
  readonly tags: readonly string[];
  /** Category names as written; empty means the site's default category. */
  readonly categories: readonly string[];
  readonly draft: boolean;
  /** Plain-text summary from front matter, if any. */
  readonly excerpt: string | undefined;
  /** The whole body, rendered once. */
  readonly bodyHtml: string;
  /** The part before `<!--more-->`, rendered; undefined when the body has no such line. */
  readonly teaserHtml: string | undefined;
  /** Link text for "continue reading", from `<!--more Custom text-->`; undefined means the default. */
  readonly moreLabel: string | undefined;
}

/** A link to a term: what a post needs to show its tags and categories. */
export interface TermLink {
  readonly name: string;
  readonly url: string;
}

/** Part of a displayed date; `url` and `label` are set for the day, month and year. */
export interface DateLink {
  readonly text: string;
  readonly url: string | undefined;
  /** Accessible name for the link, e.g. `Archive for January 2015`. */
  readonly label: string | undefined;
}

export interface PostLink {
  readonly title: string;
  readonly url: string;
}

/** A published post in the assembled site. */
export interface SitePost extends Omit<Post, "tags" | "categories"> {
  readonly url: string;
  /** The date as readers see it, e.g. `January 28th, 2015`. */
  readonly dateText: string;
  /** The same date in parts, each linked to its archive: `January` → `/2015/01/`, `28th` → … */
  readonly dateLinks: readonly DateLink[];
  readonly tags: readonly TermLink[];
  readonly categories: readonly TermLink[];
  /** The next post back in time, and the next one forward. */
  readonly older: PostLink | undefined;
  readonly newer: PostLink | undefined;
}

export interface PageLink {
  readonly number: number;
  readonly url: string;
}

/** One page of a paginated list. Numbers are 1-based; page 1 is the list's base URL. */
export interface Pager<T> {
  readonly number: number;
  readonly total: number;
  readonly url: string;
  readonly items: readonly T[];
  /** Page number - 1 (newer posts in a newest-first list). */
  readonly prev: PageLink | undefined;
  /** Page number + 1 (older posts). */
  readonly next: PageLink | undefined;
  /** Links to show as numbered navigation: the first, the last and the neighbours; `null` marks a gap. */
  readonly window: readonly (PageLink | null)[];
}

export type ArchiveKind = "home" | "tag" | "category" | "year" | "month" | "day";

/** A paginated, newest-first list of posts with a heading: the home page, a term, a date. */
export interface Archive {
  readonly kind: ArchiveKind;
  /** What the list page says it is, e.g. `Posts Tagged ‘Jongun’`. */
  readonly heading: string;
  /** Short name for titles and breadcrumbs, e.g. `Jongun`, `January 2015`. */
  readonly name: string;
  readonly url: string;
  readonly posts: readonly SitePost[];
  readonly pages: readonly Pager<SitePost>[];
}

export type TaxonomyKind = "tag" | "category";

export interface Term extends Archive {
  readonly kind: TaxonomyKind;
  readonly slug: string;
  /** Every spelling the posts used for this term (the display name first). */
  readonly spellings: readonly string[];
}

export interface Taxonomy {
  readonly kind: TaxonomyKind;
  /** Sorted by display name for the index page. */
  readonly terms: readonly Term[];
  /** The index page listing every term. */
  readonly url: string;
}

export interface DateArchive extends Archive {
  readonly kind: "year" | "month" | "day";
  readonly year: number;
  readonly month: number | undefined;
  readonly day: number | undefined;
}

/** A year on the `/archives/` index with its months. */
export interface YearSummary {
  readonly year: DateArchive;
  readonly months: readonly DateArchive[];
}

/** One page Eleventy writes for a list: the archive it belongs to and its slice of posts. */
export interface ArchivePage {
  readonly archive: Archive;
  readonly pager: Pager<SitePost>;
}

/** The whole site model: what Eleventy's routes paginate over and what the layouts read. */
export interface Site {
  readonly settings: Settings;
  /** Published posts, newest first. */
  readonly posts: readonly SitePost[];
  readonly home: Archive;
  readonly tags: Taxonomy;
  readonly categories: Taxonomy;
  /** Years newest first, each with its months newest first: the `/archives/` index. */
  readonly years: readonly YearSummary[];
  /** Every year, month and day archive. */
  readonly dateArchives: readonly DateArchive[];
  /** Every page of every list: home, terms, dates. */
  readonly archivePages: readonly ArchivePage[];
  /** Posts not published by this build. */
  readonly held: { readonly drafts: number; readonly future: number };
}
