// The domain of annals, named once. Parsing produces `Post`s; assembly turns them into a `Site`.
// Everything here is plain data and holds no display text: the views name places and dates in the
// reader's language (layouts/words/), and never sort, filter or group.

import type { AuthorProfile, Described, Settings } from "./settings.ts";

/** A Markdown file as read from disk. */
export interface SourceFile {
  /** What messages show, e.g. `content/2015/x.md`. */
  readonly path: string;
  /** The path inside the content folder, e.g. `2015/x.md`. */
  readonly relative: string;
  readonly text: string;
  /**
   * Read from disk: a post's stamp (its file's and its comments file's size, times and inode), when
   * they were written long enough before they were read to be trusted (src/content/read-sources.ts).
   */
  readonly stamp?: string;
  /** The post's content hash, when it was known by its stamp: the file is then read only if parsed. */
  readonly hash?: string;
  /** A post's comments file (`x.comments.yaml` beside `x.md`), when it has one. */
  readonly comments?: SourceFile;
}

/** A Jekyll link tag in a body (src/content/jekyll-links.ts): what it names, and its file line. */
export interface LinkTag {
  readonly kind: "post_url" | "link";
  /** As written: `2015-01-28-name` (post_url), `_posts/2015-01-28-name.md` (link). */
  readonly target: string;
  readonly line: number;
}

export type CommentKind = "comment" | "pingback" | "trackback";

/** A comment kept from the old blog (src/content/parse-comments.ts): read-only, shown under its post. */
export interface Comment {
  readonly id: string;
  /** The comment it answers; undefined at the top of a thread. */
  readonly replyTo: string | undefined;
  /** As written ("" when anonymous). */
  readonly author: string;
  /** The author's http(s) address. */
  readonly url: string | undefined;
  readonly date: PostDate;
  readonly kind: CommentKind;
  /** Sanitised HTML (src/format/untrusted-html.ts). */
  readonly html: string;
  /** 0 at the top of a thread, 1 for a reply, and so on; comments come in thread order. */
  readonly depth: number;
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
  /** The source path, as shown in messages (relative to the working directory). */
  readonly file: string;
  /** The path inside the content folder, e.g. `2015/kim-visit.md`: the same wherever the folder is. */
  readonly source: string;
  readonly title: string;
  readonly date: PostDate;
  /** When the post last changed (`updated:`); the date when not given. */
  readonly updated: PostDate;
  readonly slug: string;
  /** The post's exact URL (`url:`, Jekyll's `permalink:`), instead of the permalink pattern's. */
  readonly url: string | undefined;
  /** Tag names as written (trimmed, de-duplicated within the post). */
  readonly tags: readonly string[];
  /** Category names as written; empty means the site's default category. */
  readonly categories: readonly string[];
  readonly draft: boolean;
  /** Kept at the top of the first home page. */
  readonly sticky: boolean;
  /** Plain-text summary from front matter, if any. */
  readonly excerpt: string | undefined;
  /** Who wrote it (`author:`); undefined means the site's author. */
  readonly author: string | undefined;
  /**
   * Old URLs of the post (`aliases:`), each redirecting to it: site-relative paths (`/old/path/`) or
   * one query parameter on the home path (`/?p=123`, WordPress's default links).
   */
  readonly aliases: readonly string[];
  /**
   * The post's image (`image:`): as written, a file beside the post, a path of the site, or an address;
   * on a site post, a path of the site (resolved against the post's URL) or an address.
   */
  readonly image: string | undefined;
  /** The whole body, rendered once, for the post's own page. */
  readonly bodyHtml: string;
  /**
   * The whole body as lists and feeds show it, when `bodyHtml` has markup for its own page only
   * (heading anchors, linked footnotes); undefined when `bodyHtml` serves both.
   */
  readonly listBodyHtml: string | undefined;
  /** The part before `<!--more-->`, rendered as lists show it; undefined when the body has no such line. */
  readonly teaserHtml: string | undefined;
  /**
   * True when none of the bodies links anything by source (no relative URL, no Jekyll link tag:
   * src/format/bodies.ts's `linksBySource`): making them final then only touches their images.
   */
  readonly selfContained: boolean;
  /** Link text for "continue reading", from `<!--more Custom text-->`; undefined means the default. */
  readonly moreLabel: string | undefined;
  /** The body's top-level `h2`–`h4` headings, each with the id its page gives it. */
  readonly headings: readonly Heading[];
  /** `toc:`: true or false asks for a table of contents or none; undefined leaves it to the settings. */
  readonly toc: boolean | undefined;
  /** Jekyll link tags in the body, resolved when the site is assembled. */
  readonly linkTags: readonly LinkTag[];
  /** The post's comments, in thread order (empty when it has none). */
  readonly comments: readonly Comment[];
  /** `commentsClosed: true`: the old blog took no comments on it ("Comments Off"). */
  readonly commentsClosed: boolean;
  /**
   * The language it is written in: on a multilingual site, one of `languages:` (from `language:`/`lang:`
   * or its folder, else the default); on a site of one language, a `language:` given for its page only.
   */
  readonly language: string | undefined;
  /** `translationKey:`: posts (or pages) sharing one are translations of each other. */
  readonly translationKey: string | undefined;
  /** How many words the body has (a Chinese or Japanese character counts half): for the reading time. */
  readonly wordCount: number;
}

/** A heading of a body: its level (2–4), its id on the page, its text. */
export interface Heading {
  readonly level: number;
  readonly id: string;
  readonly text: string;
}

/** A page (`pages/about.md`): a title and a body, no date; in no archive or feed. */
export interface Page {
  readonly file: string;
  /** The path inside the content folder: `pages/about.md`. */
  readonly source: string;
  readonly title: string;
  /** From `url:`, or from the file's place under `pages/`. */
  readonly url: string;
  readonly draft: boolean;
  readonly excerpt: string | undefined;
  readonly updated: PostDate | undefined;
  readonly image: string | undefined;
  readonly aliases: readonly string[];
  /**
   * The language it is written in: on a multilingual site, one of `languages:` (from `language:`/`lang:`
   * or its folder, else the default); on a site of one language, a `language:` given for its page only.
   */
  readonly language: string | undefined;
  /** `translationKey:`: posts (or pages) sharing one are translations of each other. */
  readonly translationKey: string | undefined;
  readonly bodyHtml: string;
  /** Jekyll link tags in the body, as a post's. */
  readonly linkTags: readonly LinkTag[];
  readonly headings: readonly Heading[];
  /** `toc:`, as a post's. */
  readonly toc: boolean | undefined;
}

/** A page as the site shows it; a draft only in a preview. */
export interface SitePage extends Page {
  readonly status: "published" | "draft";
}

/** A file copied to the site as it is: from `static/`, or beside a post or page written as a folder. */
export interface SiteFile {
  readonly url: string;
  /** Its path inside the content folder. */
  readonly from: string;
  /** As the author knows it: `content/static/favicon.ico`. */
  readonly file: string;
  /** The post or page it is beside (as messages show it); undefined for a static file. */
  readonly owner: string | undefined;
}

/** What annals made of an image file (src/pipeline/images.ts): its size and its resized variants. */
export interface ImageRecord {
  /** The cache's name for the image's content. */
  readonly key: string;
  /** `resized`: variants were made; `as-is`: the file is published untouched (`reason` says why). */
  readonly status: "resized" | "as-is";
  readonly reason?: string | undefined;
  /** The displayed size (EXIF orientation applied), when known. */
  readonly width?: number | undefined;
  readonly height?: number | undefined;
  readonly variants: readonly ImageVariant[];
}

export interface ImageVariant {
  readonly format: "jpeg" | "png" | "gif" | "webp" | "avif";
  readonly width: number;
  readonly height: number;
  /** Its file in the cache folder of the image. */
  readonly name: string;
  /** Where it is served: `/assets/annals/img/photo-063d2ee8-960.webp`. */
  readonly url: string;
}

/** A link to a term: what a post needs to show its tags and categories. */
export interface TermLink {
  /** The term's name, as the site shows it. */
  readonly name: string;
  readonly url: string;
}

/**
 * What a page or a list is, as data: the views name it in the reader's language (`Posts Tagged
 * ‘Jongun’`, `January 2015`, `Archives`).
 */
export type Place =
  | { readonly kind: "home" }
  | { readonly kind: "archives" }
  | { readonly kind: "tags" }
  | { readonly kind: "categories" }
  | { readonly kind: "authors" }
  | { readonly kind: "tag" | "category" | "author"; readonly name: string }
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "month"; readonly year: number; readonly month: number }
  | { readonly kind: "day"; readonly year: number; readonly month: number; readonly day: number }
  | { readonly kind: "onThisDay"; readonly month: number; readonly day: number };

/** A link to a place: a step of a breadcrumb trail, a neighbouring archive. */
export interface PlaceLink {
  readonly place: Place;
  readonly url: string;
}

/** An author as a post names them: linked to their archive when the site has author pages. */
export interface Byline {
  readonly name: string;
  readonly url: string | undefined;
}

export interface PostLink {
  readonly title: string;
  readonly url: string;
}

/** A published post in the assembled site. */
/** `draft` and `scheduled` posts are only on a preview's pages (the dev server), marked as such. */
export type PostStatus = "published" | "draft" | "scheduled";

export interface SitePost
  extends Omit<Post, "tags" | "categories" | "author" | "listBodyHtml" | "selfContained"> {
  readonly url: string;
  readonly status: PostStatus;
  readonly tags: readonly TermLink[];
  readonly categories: readonly TermLink[];
  /**
   * The whole body as lists and feeds show it, where many bodies share a page: without heading ids
   * and links, the footnote numbers unlinked (`bodyHtml` itself when it has none).
   */
  readonly listBodyHtml: string;
  /** Who wrote it: the post's `author:`, else the site's `author` when the site has author pages. */
  readonly author: Byline | undefined;
  /** The "on this day" page of the post's calendar day, with how many posts it holds. */
  readonly onThisDay: CountedLink;
  /** The next post back in time, and the next one forward. */
  readonly older: PostLink | undefined;
  readonly newer: PostLink | undefined;
  /** Up to five posts sharing the most tags with this one. */
  readonly related: readonly PostLink[];
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

export type ArchiveKind = "home" | "tag" | "category" | "author" | "year" | "month" | "day";

/** A paginated, newest-first list of posts with a heading: the home page, a term, a date. */
export interface Archive {
  readonly kind: ArchiveKind;
  /** What the list is: the views name it (`Posts Tagged ‘Jongun’`, `January 2015`). */
  readonly place: Place;
  readonly url: string;
  readonly posts: readonly SitePost[];
  readonly pages: readonly Pager<SitePost>[];
  /** Where this list sits: Home › Archives › 2015 › January 2015 (the last step is the list itself). */
  readonly trail: readonly PlaceLink[];
  /** The URL of this list's feed (the site, a tag, a category), when the site has feeds. */
  readonly feed: string | undefined;
  /** When the list's content last changed: the latest `updated` of its posts. */
  readonly lastmod: string | undefined;
}

/** A feed: the latest posts of the site or of one term. */
export interface Feed {
  readonly url: string;
  /** The list the feed follows: its page and what it is. */
  readonly pageUrl: string;
  readonly place: Place;
  readonly posts: readonly SitePost[];
  /** The latest `updated` among its posts (never the build time). */
  readonly updated: string;
  /** What the list is about (a term's description, an author's bio), as plain text: its subtitle. */
  readonly description: string | undefined;
}

/**
 * An RSS 2.0 feed at a WordPress feed address: a copy of a feed (`feed`), or the latest comments of
 * the site (`comments`). The file is the folder's `index.xml`, which GitHub Pages serves for the
 * folder's address; `_redirects` and `_headers` do the same on Netlify and Cloudflare Pages.
 */
export interface RssFeed {
  /** The file: `/feed/index.xml`, `/tag/kim/feed/index.xml`, `/comments/feed/index.xml`. */
  readonly url: string;
  /** The address subscribers have: `/feed/`. */
  readonly folder: string;
  /** The feed it copies; undefined for the comments feed. */
  readonly feed: Feed | undefined;
  /** The comments feed's comments, newest first, each with its post. */
  readonly comments: readonly { readonly post: SitePost; readonly comment: Comment }[];
}

export type TaxonomyKind = "tag" | "category" | "author";

export interface Term extends Archive {
  readonly kind: TaxonomyKind;
  readonly name: string;
  readonly slug: string;
  /** Every spelling the posts used for this term (the display name first). */
  readonly spellings: readonly string[];
  /** What the term is about (the settings' description of a tag or category, an author's bio). */
  readonly description: Described | undefined;
  /** An author's profile (`authors:`); undefined for tags, categories and authors the settings do not describe. */
  readonly profile: AuthorProfile | undefined;
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
  /** The nearest archive of the same kind with posts, back and forward in time. */
  readonly older: PlaceLink | undefined;
  readonly newer: PlaceLink | undefined;
  /** A month's days with posts, in order (for its calendar); empty for a year or a day. */
  readonly days: readonly CountedDay[];
  /** A day's "on this day" page, with how many posts it holds; undefined for a year or a month. */
  readonly onThisDay: CountedLink | undefined;
}

/** A day of a month with posts: its number, its archive, how many. */
export interface CountedDay {
  readonly day: number;
  readonly url: string;
  readonly count: number;
}

/** The posts of one calendar day (January 28th) in every year: `/on-this-day/01-28/`. */
export interface OnThisDay {
  readonly month: number;
  readonly day: number;
  readonly place: Place;
  readonly url: string;
  /** The years with posts on the day, newest first, each with its posts (newest first). */
  readonly years: readonly { readonly year: number; readonly posts: readonly SitePost[] }[];
  /** Every post of the page, in the order it shows them. */
  readonly posts: readonly SitePost[];
  /** The latest `updated` of its posts. */
  readonly lastmod: string | undefined;
}

/** A year on the `/archives/` index with its months. */
export interface YearSummary {
  readonly year: DateArchive;
  readonly months: readonly DateArchive[];
}

/** A count shown beside a link: a category, a month, a year. */
export interface CountedLink extends PlaceLink {
  readonly count: number;
}

/** A tag in the cloud; `size` runs from 1 (least used) to 9 (most used). */
export interface CloudTag extends CountedLink {
  readonly size: number;
}

/** The sidebar every page shows, the same on every page. */
export interface Sidebar {
  /** The latest posts (`recentPosts` of them). */
  readonly recent: readonly PostLink[];
  /**
   * Whether pages show the counts (`sidebarCounts`). The links carry them either way (the integrity
   * check proves them, the tag cloud's sizes come from them); without them on the pages, a new post
   * changes the sidebar only when it changes what the sidebar lists.
   */
  readonly counts: boolean;
  readonly categories: readonly CountedLink[];
  /** True when `categories` lists only the most used ones. */
  readonly moreCategories: boolean;
  /** The latest months with posts, then the years before them. */
  readonly months: readonly CountedLink[];
  readonly earlierYears: readonly CountedLink[];
  /** The most used tags, in name order. */
  readonly tagCloud: readonly CloudTag[];
}

export interface SitemapEntry {
  readonly url: string;
  readonly lastmod: string | undefined;
}

/** A sitemap file: a list of pages, or (when `parts` is not empty) an index of other sitemap files. */
export interface SitemapFile {
  readonly path: string;
  readonly entries: readonly SitemapEntry[];
  readonly parts: readonly SitemapEntry[];
}

/** An old URL that now lives elsewhere: a redirect page at `from` and a line in `_redirects`. */
export interface Redirect {
  /** Site-relative, like every URL of the model. */
  readonly from: string;
  readonly to: string;
  /** Why, for the manifest and messages: `tag "Jong-un" is now "Kim Jong-un"`. */
  readonly why: string;
  /** The file that asked for it (a post with `aliases:`); the settings file when undefined. */
  readonly source?: string | undefined;
  /** For an old `/?p=123` link: the query it answers (its page is at `from`, `/p/123/`). */
  readonly query?: { readonly name: string; readonly value: string } | undefined;
}

/** A file of the author's theme (the content folder's `theme/`), served under `/assets/`. */
export interface ThemeFile {
  /** As the author knows it: `content/theme/custom.css`. */
  readonly source: string;
  /** Its path inside the content folder: `theme/custom.css`. */
  readonly from: string;
  /** Where it is served: `/assets/custom.css`, `/assets/fonts/serif.woff2`. */
  readonly url: string;
}

/** The author's additions to the default theme (see src/model/theme.ts). */
export interface Theme {
  readonly files: readonly ThemeFile[];
  /** `/assets/custom.css` when the theme has one: every page links it after annals' stylesheet. */
  readonly stylesheet: string | undefined;
}

/** A post this build does not publish: a draft, or one dated after the build time. */
export interface HeldPost {
  readonly file: string;
  readonly date: PostDate;
  readonly status: "draft" | "scheduled";
}

/** The whole site model: what the route table lists and the views read. */
export interface Site {
  readonly settings: Settings;
  /** Published posts, newest first. */
  readonly posts: readonly SitePost[];
  readonly home: Archive;
  readonly tags: Taxonomy;
  readonly categories: Taxonomy;
  /** The authors and their archives; undefined when the site has no author pages. */
  readonly authors: Taxonomy | undefined;
  /** A page per calendar day with posts, in calendar order (January 1st first). */
  readonly onThisDay: readonly OnThisDay[];
  /** Years newest first, each with its months newest first: the `/archives/` index. */
  readonly years: readonly YearSummary[];
  /** Every year, month and day archive. */
  readonly dateArchives: readonly DateArchive[];
  /** Every list: the home page, the terms (tags, categories, authors), the dates (each paginated). */
  readonly archives: readonly Archive[];
  /** The site feed first, then one per tag and per category; empty when the site has no `url`. */
  readonly feeds: readonly Feed[];
  /**
   * With `feedRedirects`, WordPress's feed addresses (`/feed/`, `/tag/<slug>/feed/`, …, and
   * `/comments/feed/` when posts have comments), each an RSS 2.0 document of its own.
   */
  readonly rssFeeds: readonly RssFeed[];
  readonly sidebar: Sidebar;
  /** Posts not published by this build: how many, and which (file, date, why), oldest first. */
  readonly held: {
    readonly drafts: number;
    readonly future: number;
    readonly posts: readonly HeldPost[];
  };
  /** Old URLs and where they went, sorted by `from`. */
  readonly redirects: readonly Redirect[];
  /** A preview (the dev server): drafts and future posts are in, marked as such. */
  readonly preview: boolean;
  readonly theme: Theme;
  /** Published pages (drafts too in a preview), by URL. */
  readonly pages: readonly SitePage[];
  /** Files copied as they are: static files, and the files beside posts and pages. */
  readonly files: readonly SiteFile[];
  /** Every image the posts and pages show, by its path inside the content folder. */
  readonly images: ReadonlyMap<string, ImageRecord>;
  /** The navigation (`menu:`); undefined for annals' own. */
  readonly menu: readonly MenuLink[] | undefined;
  /**
   * The folder of this site's language tree on a multilingual site (`/ja`): every URL of its pages
   * starts with it. "" for the default language and for a site in one language.
   */
  readonly tree: string;
  /** A multilingual site's languages, this one included, in the settings' order; empty for one language. */
  readonly languages: readonly SiteLanguage[];
  /** By the URL of a post or page of this tree: the same post or page in other languages, in their order. */
  readonly translations: ReadonlyMap<string, readonly Translation[]>;
}

/** A language of a multilingual site: its tag, its tree's folder, and its home page. */
export interface SiteLanguage {
  /** The language tag (`ja`), as `languages:` gives it. */
  readonly code: string;
  /** `/ja`, or "" for the default language. */
  readonly tree: string;
  /** Its home page: `/ja/`. */
  readonly home: string;
  /** Its tree's manifest: `/ja/archive.json`; the default language's is at the root, `/archive.json`. */
  readonly manifest: string;
  /** How many posts its tree publishes (counted when the trees are linked; 0 before). */
  readonly posts: number;
}

/** A post or page in another language. */
export interface Translation {
  /** The language tag. */
  readonly language: string;
  readonly url: string;
  readonly title: string;
}

/** An entry of the site's menu: a label and where it leads (a page of the site, or elsewhere). */
export interface MenuLink {
  readonly label: string;
  readonly url: string;
  /** True for an address on another site. */
  readonly external: boolean;
}
