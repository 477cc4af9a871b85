// The views' types: what each named view is given, and what a view and a site's override of it are.
// The default views (layouts/views/) and a site's overrides (content/theme/views/) are typed by these;
// the table that puts them together is layouts/table.ts.

import type { Html } from "../src/format/html.ts";
import type {
  Archive,
  DateArchive,
  Heading,
  OnThisDay,
  Pager,
  Redirect,
  Site,
  SitePage,
  SitePost,
  Taxonomy,
  Term,
} from "../src/model/types.ts";
import type { Words } from "./words/words.ts";

/** What every view is given: the site, the words of the page's language, and the views to call. */
export interface ViewContext {
  readonly site: Site;
  readonly words: Words;
  /** The views in effect (the site's overrides included): call other views through these. */
  readonly views: Views;
}

/**
 * The entry of the navigation a page is (its URL: `/`, `/archives/`, `/about/`), marked there as the
 * current page; undefined for a page that is none.
 */
export type Section = string | undefined;

export interface ArticleMeta {
  readonly published: string;
  readonly modified: string;
  readonly section: string | undefined;
  readonly tags: readonly string[];
}

/** The document around a page's content: head, header, sidebar and footer. */
export interface ShellInput extends ViewContext {
  /** The page's own title; undefined on the first home page (the site title alone). */
  readonly title: string | undefined;
  /** The page's URL, for its canonical link and Open Graph; undefined for the 404 page. */
  readonly url: string | undefined;
  readonly description: string | undefined;
  readonly section: Section;
  /** This page's own feed (a tag's, a category's), linked beside the site feed. */
  readonly feed: { readonly url: string; readonly title: string } | undefined;
  readonly article: ArticleMeta | undefined;
  /** The page's image (a post's `image:`, else the site's), a path of the site or an address. */
  readonly image: string | undefined;
  /** JSON-LD for the page, already made safe for a script element. */
  readonly structuredData: Html | undefined;
  /** More of the head, after the stylesheets (the search page's). */
  readonly extraHead: Html | undefined;
  /** Asks search engines to leave the page out (the search page: it has no content of its own). */
  readonly noindex: boolean;
  /** The page's content: what goes into `<main>`. */
  readonly body: Html;
}

/** The header, the footer and the sidebar: the same on every page of a section (made once each). */
export interface FrameInput extends ViewContext {
  readonly section: Section;
  /** The page's URL; undefined for the 404 page. */
  readonly url: string | undefined;
}

/** A page's language links: `url` is the page's (undefined for the 404 page). */
export interface LanguagesInput extends ViewContext {
  readonly url: string | undefined;
}

export interface PostInput extends ViewContext {
  readonly post: SitePost;
}

export interface PageInput extends ViewContext {
  readonly page: SitePage;
}

/** A post in a list: the list and its page are given, but the default summary does not vary by them. */
export interface SummaryInput extends PostInput {
  readonly archive: Archive;
  readonly pager: Pager<SitePost>;
  /** Its place on the page, from 0: only the first post's images may be on the first screen. */
  readonly position: number;
}

export interface ArchiveInput extends ViewContext {
  readonly archive: Archive;
  readonly pager: Pager<SitePost>;
}

export interface BreadcrumbsInput extends ViewContext {
  /** Home first, the page itself last. */
  readonly trail: Archive["trail"];
  /** The page of a list (from 1): on page 2 and later the list itself is a link. */
  readonly pageNumber: number;
}

export interface PaginationInput extends ViewContext {
  readonly pager: Pager<SitePost>;
}

export interface PostPartInput extends PostInput {
  /** On the post's own page (true) or in a list (false). */
  readonly onPostPage: boolean;
}

export interface TermsIndexInput extends ViewContext {
  readonly taxonomy: Taxonomy;
}

export interface RedirectInput extends ViewContext {
  readonly redirect: Redirect;
}

export interface TocInput extends ViewContext {
  /** The headings of a post or page, in order. */
  readonly headings: readonly Heading[];
}

export interface CalendarInput extends ViewContext {
  /** A month's archive: its days with posts, its neighbouring months. */
  readonly archive: DateArchive;
}

export interface OnThisDayInput extends ViewContext {
  readonly day: OnThisDay;
}

export interface TermInput extends ViewContext {
  readonly term: Term;
}

/** Every view by name, with its input. */
export interface ViewInputs {
  /** The whole document around a page's content. */
  shell: ShellInput;
  /** The site header: title, description, search form, navigation. */
  header: FrameInput;
  /** The site footer. */
  footer: FrameInput;
  /** Recent posts, categories, months and tags beside the content. */
  sidebar: FrameInput;
  /** A post's own page (its content, inside the shell). */
  post: PostInput;
  /** A page (`pages/about.md`; its content, inside the shell). */
  page: PageInput;
  /** A post in a list. */
  summary: SummaryInput;
  /** A page of a list: the home page, a tag, a category, a year, a month, a day. */
  archive: ArchiveInput;
  /** The `/archives/` page: every year and month. */
  archivesIndex: ViewContext;
  /** The `/tags/`, `/categories/` and `/authors/` pages. */
  termsIndex: TermsIndexInput;
  /** A tag's or category's description, an author's profile: atop the first page of its archive. */
  termDescription: TermInput;
  /** A month's calendar, atop its archive: each day with posts linked. */
  calendar: CalendarInput;
  /** The posts of one calendar day in every year (`/on-this-day/01-28/`). */
  onThisDay: OnThisDayInput;
  /** A post's or page's table of contents. */
  toc: TocInput;
  /** A post's comments kept from the old blog, under it; or "Comments Off". */
  comments: PostInput;
  /**
   * A multilingual site's languages, in the header: each by its own name, leading to the page's
   * translation, else to the language's home page. Empty on a site of one language.
   */
  languages: LanguagesInput;
  /** A post's or page's translations, under its title; empty when it has none. */
  translations: LanguagesInput;
  /** The 404 page. */
  notFound: ViewContext;
  /** The search page. */
  search: ViewContext;
  /** The page at an old URL that sends readers on (a whole document: no shell). */
  redirect: RedirectInput;
  /** Where a list sits: Home › Archives › 2015 › January 2015. */
  breadcrumbs: BreadcrumbsInput;
  /** « Older posts · 1 2 3 · Newer posts ». */
  pagination: PaginationInput;
  /** A post's date (each part linked to its archive), its status in a preview, its author. */
  postDate: PostPartInput;
  /** A post's tags and categories. */
  postTerms: PostPartInput;
}

export type ViewName = keyof ViewInputs;

/** A view in effect: its input in, HTML out. */
export type View<N extends ViewName> = (input: ViewInputs[N]) => Html;

export type Views = { readonly [N in ViewName]: View<N> };

/** What a view override may return: HTML, text (taken as HTML), or anything whose `String()` is HTML. */
export type HtmlLike = Html | string | { toString(): string };

/** A site's view: the input and the view it replaces in, HTML out. */
export type Override<N extends ViewName> = (input: ViewInputs[N], base: View<N>) => HtmlLike;
