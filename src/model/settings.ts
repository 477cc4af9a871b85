// Site settings: what an author sets in `content/site.yaml`. Parsing and checking live in
// `src/content/parse-settings.ts`; this module holds the shape and the defaults.

/** Housekeeping for one taxonomy, from the settings' `tags:` or `categories:` map. */
export interface TermSettings {
  /**
   * By term key of the old name: the name it is merged into (`Jong-un` -> `Kim Jong-un`), chains
   * already resolved. Posts keep their spelling; the site shows the target, and the old term URL
   * redirects to the target's.
   */
  readonly aliases: ReadonlyMap<string, TermAlias>;
  /** By term key: the slug a term keeps whatever its name (`C++` -> `cpp`, WordPress's own slugs). */
  readonly slugs: ReadonlyMap<string, string>;
  /** By term key: what the term is about, shown on its archive and in its feed. */
  readonly descriptions: ReadonlyMap<string, TermDescription>;
}

/** A few lines written in Markdown in the settings: a term's description, an author's bio. */
export interface Described {
  readonly html: string;
  /** The same as plain text, for a page's meta description and a feed's subtitle. */
  readonly text: string;
}

export interface TermDescription {
  /** The term's name as the settings write it. */
  readonly name: string;
  readonly description: Described;
  /** Its line in the settings file. */
  readonly line: number | undefined;
}

/** An author of the blog (`authors:`), whom posts name by key (`author: ana`). */
export interface AuthorProfile {
  /** The key as the settings write it (`ana`): its slug is the author's URL (`/author/ana/`). */
  readonly key: string;
  /** The name pages show (`Ana López`); the key when none is given. */
  readonly name: string;
  readonly bio: Described | undefined;
  /** The author's own page elsewhere: an address. */
  readonly link: string | undefined;
  /** A picture: a path of the site (a file of `static/`) or an address. */
  readonly avatar: string | undefined;
  /** Its line in the settings file. */
  readonly line: number | undefined;
}

export interface TermAlias {
  /** The old name as the settings write it. */
  readonly from: string;
  /** The name it is merged into. */
  readonly to: string;
}

/** A label the settings replace (`labels:`): a text, or a text per plural category. */
export interface LabelOverride {
  readonly value: string | Readonly<Record<string, string>>;
  /** Its line in the settings file. */
  readonly line: number | undefined;
}

export const NO_TERM_SETTINGS: TermSettings = {
  aliases: new Map(),
  slugs: new Map(),
  descriptions: new Map(),
};

export interface Settings {
  /** Site title, shown in the header and in every page's `<title>`. */
  readonly title: string;
  readonly description: string;
  /** Absolute base URL without a trailing slash (`https://example.org`), or "" when unknown. */
  readonly url: string;
  /** BCP 47 language tag for `<html lang>` and date formatting. */
  readonly language: string;
  /** IANA time zone that every date is shown and filed in. */
  readonly timezone: string;
  readonly postsPerPage: number;
  /** Post URL pattern, e.g. `/:year/:month/:day/:slug/`. */
  readonly permalink: string;
  /**
   * The category of a post that names none: the settings' `defaultCategory`, else the word for it in
   * the site's language (given to the model by the pipeline).
   */
  readonly defaultCategory: string;
  /** Who writes the blog: feeds and structured data name them. Empty means the site title. */
  readonly author: string;
  /** How many of the latest posts each feed holds. */
  readonly feedSize: number;
  /** Whole posts in feeds, or only the part before `<!--more-->`. */
  readonly feedContent: "full" | "teaser";
  /** How many of the most used tags the tag cloud shows. */
  readonly tagCloudSize: number;
  /** How many of the latest posts the sidebar lists; 0: none (the widget is left out). */
  readonly recentPosts: number;
  /** Whether the sidebar shows how many posts each category, month, year and tag has. */
  readonly sidebarCounts: boolean;
  /**
   * `hold`: a post dated after the build time waits for a later build (scheduled publishing; the one
   * way the build time changes the output). `publish`: every post is published whatever its date.
   */
  readonly futurePosts: "hold" | "publish";
  /**
   * Full-text search: the build indexes every post with Pagefind and the site gets a search page and
   * a search form in every page's header. `false` leaves all three out.
   */
  readonly search: boolean;
  readonly tags: TermSettings;
  readonly categories: TermSettings;
  /**
   * Redirect the feed URLs WordPress used (`/feed/`, `/tag/<slug>/feed/`, `/category/<slug>/feed/`)
   * to annals' feeds: for a blog moved from WordPress (the importer turns it on).
   */
  readonly feedRedirects: boolean;
  /** Old URL to new URL, both site-relative (`/old/`: `/new/`): redirects the site owes its past. */
  readonly redirects: ReadonlyMap<string, string>;
  /**
   * Labels that replace the language's own, by label key (`tagHeading: "Filed under {name}"`): checked
   * against the labels table by the views (layouts/words/languages.ts).
   */
  readonly labels: ReadonlyMap<string, LabelOverride>;
  /** The navigation (`menu:`), in order; undefined for annals' own (Home, Archives, Tags, …). */
  readonly menu: readonly MenuEntry[] | undefined;
  /** `warn` (the default): a link in a post to no page of the site is a warning; `error`: an error. */
  readonly brokenLinks: "warn" | "error";
  /** The site's image, for pages that have none of their own (`og:image`): as a post's `image:`. */
  readonly image: string | undefined;
  /** Resized images: the widths made, and the modern formats offered before the original's. */
  readonly images: ImageSettings;
  /**
   * `toc:`: a post with at least this many headings gets a table of contents; undefined: only the
   * posts that ask (`toc: true`).
   */
  readonly toc: number | undefined;
  /** Post pages show an estimated reading time. */
  readonly readingTime: boolean;
  /** The blog's authors, by term key of their key (`authors:`). */
  readonly authors: ReadonlyMap<string, AuthorProfile>;
  /**
   * `authorPages:` true or false: author archives or none, whatever the number of authors; undefined:
   * when the posts have two authors or more.
   */
  readonly authorPages: boolean | undefined;
  /**
   * A multilingual site's languages (`languages:`), the first the default (also `language`); empty for
   * a site in one language.
   */
  readonly languages: readonly LanguageSettings[];
  /** A multilingual site's default language under its folder too (`/en/`), the root sending readers there. */
  readonly defaultLanguageInFolder: boolean;
}

/** One language of a multilingual site: its tag, and what the settings give it of its own. */
export interface LanguageSettings {
  /** A language tag, canonicalised (`ja`, `zh-Hans`, `pt-BR`). */
  readonly code: string;
  /** The site's title in this language; the site's `title` when none. */
  readonly title: string | undefined;
  readonly description: string | undefined;
  /** Labels for this language; the default language takes the top-level `labels:`. */
  readonly labels: ReadonlyMap<string, LabelOverride>;
  /** This language's menu; the default language takes the top-level `menu:`. */
  readonly menu: readonly MenuEntry[] | undefined;
  /** This language's term housekeeping (aliases, slugs, descriptions); the default language takes the top-level ones. */
  readonly tags: TermSettings | undefined;
  readonly categories: TermSettings | undefined;
  /** Its line in the settings file. */
  readonly line: number | undefined;
}

export interface ImageSettings {
  /** False: images are published as they are, with their width and height. */
  readonly resize: boolean;
  readonly widths: readonly number[];
  readonly formats: readonly ("webp" | "avif")[];
}

/** An entry of `menu:` as written: its label (when given) and what it points at, with its line. */
export interface MenuEntry {
  readonly label: string | undefined;
  /** A page's or post's file (`pages/about.md`), a path of the site (`/archives/`), or an address. */
  readonly target: string;
  readonly line: number | undefined;
}

/**
 * The path the site is served under, from the `url` setting: "" for `https://example.org`, `/blog`
 * for `https://example.org/blog` (a GitHub project site is served at `/<repo>/`). Pages are written
 * at the root of the output folder; every link in them carries the prefix.
 */
export function basePathOf(settings: Pick<Settings, "url">): string {
  if (settings.url === "") return "";
  return new URL(settings.url).pathname.replace(/\/+$/, "");
}

export const DEFAULT_SETTINGS: Settings = {
  title: "My annals",
  description: "",
  url: "",
  language: "en",
  timezone: "UTC",
  postsPerPage: 10,
  permalink: "/:year/:month/:day/:slug/",
  defaultCategory: "Uncategorized",
  author: "",
  feedSize: 10,
  feedContent: "full",
  tagCloudSize: 45,
  recentPosts: 5,
  sidebarCounts: true,
  futurePosts: "hold",
  search: true,
  tags: NO_TERM_SETTINGS,
  categories: NO_TERM_SETTINGS,
  feedRedirects: false,
  redirects: new Map(),
  labels: new Map(),
  menu: undefined,
  brokenLinks: "warn",
  image: undefined,
  images: { resize: true, widths: [480, 960, 1600], formats: ["webp"] },
  toc: undefined,
  readingTime: true,
  authors: new Map(),
  authorPages: undefined,
  languages: [],
  defaultLanguageInFolder: false,
};

/** An address reserved for examples (RFC 2606, RFC 6761): `example.org`, `*.example`, `localhost`, … */
export function isExampleAddress(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return (
    /(^|\.)example\.(com|net|org)$/.test(host) ||
    /\.(example|test|invalid|localhost)$/.test(host) ||
    host === "localhost" ||
    host === "127.0.0.1" ||
    host === "[::1]"
  );
}

/**
 * The site's address when the host says where it serves it (`--base-url`, from GitHub Pages): the
 * host's address, unless the settings give one on another host (a custom domain), which wins.
 */
export function servedAddress(settingsUrl: string, servedAt: string | undefined): string {
  if (servedAt === undefined || servedAt === "") return settingsUrl;
  if (settingsUrl === "" || isExampleAddress(settingsUrl)) return servedAt;
  return new URL(settingsUrl).host === new URL(servedAt).host ? servedAt : settingsUrl;
}
