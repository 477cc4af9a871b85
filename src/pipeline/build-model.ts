// The pipeline in one place: a content folder in (as read), the site model and every issue out.
//   SourceFile ──parsePost──▶ Post | issues ──assembleSite──▶ Site
// Pure: `readContentFolder` did the I/O, and the build time comes in as `now`.

import { wordsOf } from "../../layouts/words/languages.ts";
import type { Highlight } from "../content/highlight.ts";
import type { BodyWords } from "../content/markdown.ts";
import type { ParsedPage } from "../content/parse-page.ts";
import type { ParsedPost } from "../content/parse-post.ts";
import {
  addressWarnings,
  type ParsedSettings,
  parseSettings,
  SETTINGS_FILE_NAME,
} from "../content/parse-settings.ts";
import type { ContentFolder } from "../content/read-sources.ts";
import { bodyFinisher, selfContained } from "../format/bodies.ts";
import { type ContentIssue, contentError, sortIssues } from "../issues.ts";
import { type AssembleOptions, assembleSite, type BodyPlace, sourceLinkItemsOf } from "../model/assemble.ts";
import { checkSiteModel, checkWholeSite, IntegrityError } from "../model/integrity.ts";
import { resolveMenu } from "../model/menu.ts";
import { redirectFrom } from "../model/post-redirects.ts";
import { keepRedirectsOffPages } from "../model/redirects.ts";
import { multilingualRoutes, routesOf, type WholeSite } from "../model/routes.ts";
import { NO_TERM_SETTINGS, type Settings, servedAddress } from "../model/settings.ts";
import { buildTheme, THEME_FOLDER } from "../model/theme.ts";
import { linkTranslations, siteLanguagesOf } from "../model/translations.ts";
import type { ImageRecord, Page, Post, Redirect, Site, SiteLanguage, SourceFile } from "../model/types.ts";
import { checkRoutesAreUnique } from "../model/url-check.ts";
import { homeUrl } from "../model/urls.ts";
import { annalsCodeHash, type ParseCache, sourceHash } from "./build-cache.ts";
import { type BodyLanguages, parsePages, parsePosts } from "./parse-posts.ts";
import { mark } from "./timings.ts";

export interface ModelBuild {
  /** Undefined when any issue is an error; on a multilingual site, the default language's tree. */
  readonly site: Site | undefined;
  /** Every tree of the site, the default language's first (one for a site in one language); empty when any issue is an error. */
  readonly sites: readonly Site[];
  /** A multilingual site's routes, each with the tree that renders it; undefined for one language (`routesOf(site)`). */
  readonly whole: WholeSite | undefined;
  /** The settings as read (the defaults where the file has errors). */
  readonly settings: Settings;
  /** Sorted by file and line. */
  readonly issues: readonly ContentIssue[];
  /** How many post files were found. */
  readonly files: number;
}

export interface ModelOptions {
  readonly cache?: ParseCache;
  /** Run the integrity check (always, but for the dev server's quick rebuilds after an edit). */
  readonly check?: boolean;
  /** A preview (the dev server): drafts and future posts are shown, marked. */
  readonly preview?: boolean;
  /** Where the host serves the site (`--base-url`): see `servedAddress`. */
  readonly servedAt?: string;
  /** How fenced code is highlighted (src/content/highlight.ts unless given). */
  readonly highlight?: Highlight;
}

/** The content as parsed: the settings, and each post and page with its issues. */
export interface ParsedContent {
  readonly settings: ParsedSettings;
  readonly posts: readonly ParsedPost[];
  readonly pages: readonly ParsedPage[];
}

/** What assembling adds to the parsed content: the images the bodies show, and how bodies are made final. */
export interface AssembleInputs {
  readonly images?: ReadonlyMap<string, ImageRecord>;
  readonly finishBody?: (html: string, where: BodyPlace) => string;
}

/** Reads the content folder's posts, pages and settings, and assembles the site (images as they are). */
export function buildModel(folder: ContentFolder, now: number, options: ModelOptions = {}): ModelBuild {
  return assembleContent(folder, parseContent(folder, options), now, options);
}

/**
 * Why a post known by its stamp is not what the stamp recorded (`hash`), read now: it changed, or
 * cannot be read, since the content folder was read; undefined when it is the same.
 */
function changedSince(source: SourceFile, hash: string): string | undefined {
  try {
    return sourceHash(source) === hash
      ? undefined
      : "changed while the build read the content folder (build again)";
  } catch (error) {
    return `${(error as Error).message} after the build read the content folder (build again)`;
  }
}

/** Parses the settings, the posts (only those whose text changed, with a cache) and the pages. */
export function parseContent(folder: ContentFolder, options: ModelOptions = {}): ParsedContent {
  const settings = completeSettings(parseSettings(folder.settings, folder.displayPath), folder, options);
  const zone = settings.settings.timezone;
  const words = bodyWordsOf(settings.settings.language, settings.settings.labels);
  const languages = bodyLanguagesOf(settings.settings);
  const cache = options.cache;
  let parsed: ParsedPost[];
  if (cache === undefined) {
    parsed = parsePosts(folder.posts, zone, words, options.highlight, languages);
  } else {
    const key = JSON.stringify([
      annalsCodeHash(),
      zone,
      words,
      languages?.codes.map((code) => [code, languages.wordsOf(code)]),
    ]);
    if (cache.key !== key) {
      cache.entries.clear();
      cache.changed = true;
    }
    cache.key = key;
    // Each post's hash, computed at most once here.
    const hashes = new Map<string, string>();
    const hashOf = (s: SourceFile): string => {
      let hash = hashes.get(s.path);
      if (hash === undefined) {
        hash = s.hash ?? sourceHash(s);
        hashes.set(s.path, hash);
      }
      return hash;
    };
    // An entry is current when its texts are the post's (the dev server's case: compared as strings),
    // or, read from disk, when the hash of the post's text and comments is its hash.
    const current = (s: SourceFile): boolean => {
      const entry = cache.entries.get(s.path);
      if (entry === undefined) return false;
      if (entry.text !== undefined) return entry.text === s.text && entry.comments === s.comments?.text;
      return entry.hash === hashOf(s);
    };
    // A post known by its stamp but parsed again (its entry of another key) is read now: it must still
    // be what its stamp recorded, or it changed while the build ran (an error; nothing cached).
    const changed = new Map<string, ParsedPost>();
    const stale = folder.posts.filter((s) => {
      if (current(s)) return false;
      const why = s.hash === undefined ? undefined : changedSince(s, s.hash);
      if (why !== undefined)
        changed.set(s.path, {
          post: undefined,
          issues: [contentError(s.path, undefined, `the file ${why}`)],
        });
      return why === undefined;
    });
    const fresh = parsePosts(stale, zone, words, options.highlight, languages);
    // The texts are kept only in a preview (the dev server compares them); a build compares hashes.
    const keepTexts = options.preview === true;
    stale.forEach((source, i) => {
      cache.entries.set(source.path, {
        hash: hashOf(source),
        text: keepTexts ? source.text : undefined,
        comments: keepTexts ? source.comments?.text : undefined,
        result: fresh[i] as ParsedPost,
      });
    });
    const present = new Set(folder.posts.map((s) => s.path));
    const before = cache.entries.size;
    for (const path of cache.entries.keys()) if (!present.has(path)) cache.entries.delete(path);
    if (stale.length > 0 || cache.entries.size !== before) cache.changed = true;
    parsed = folder.posts.map(
      (s) => changed.get(s.path) ?? (cache.entries.get(s.path)?.result as ParsedPost),
    );
    // Each post's stamp (when its files are settled) with its hash, for the next build's reading.
    const stamps = cache.stamps;
    if (stamps !== undefined) {
      const forget = (file: string) => {
        if (stamps.delete(file)) cache.stampsChanged = true;
      };
      for (const s of folder.posts) {
        const known = stamps.get(s.path);
        if (s.stamp === undefined || changed.has(s.path)) forget(s.path);
        else if (known?.stamp !== s.stamp || known.hash !== hashOf(s)) {
          stamps.set(s.path, { stamp: s.stamp, hash: hashOf(s) });
          cache.stampsChanged = true;
        }
      }
      for (const file of stamps.keys()) if (!present.has(file)) forget(file);
    }
  }
  const pages = parsePages(folder.pages, zone, words, options.highlight, languages);
  mark("parse posts");
  return { settings, posts: parsed, pages };
}

/** The parsed content with `fill` applied to every rendered body (see src/pipeline/highlight-pool.ts). */
export function fillBodies(content: ParsedContent, fill: (html: string) => string): ParsedContent {
  const maybe = (html: string | undefined) => (html === undefined ? undefined : fill(html));
  return {
    ...content,
    posts: content.posts.map((result) => {
      const post = result.post;
      if (post === undefined) return result;
      const bodies = [fill(post.bodyHtml), maybe(post.listBodyHtml), maybe(post.teaserHtml)] as const;
      const filled =
        bodies[0] !== post.bodyHtml || bodies[1] !== post.listBodyHtml || bodies[2] !== post.teaserHtml;
      return {
        ...result,
        post: {
          ...post,
          bodyHtml: bodies[0],
          listBodyHtml: bodies[1],
          teaserHtml: bodies[2],
          // Code filled in may hold a link tag (Jekyll's tags are made addresses in code too).
          selfContained: filled ? selfContained(bodies) : post.selfContained,
        },
      };
    }),
    pages: content.pages.map((result) =>
      result.page === undefined
        ? result
        : { ...result, page: { ...result.page, bodyHtml: fill(result.page.bodyHtml) } },
    ),
  };
}

/**
 * The settings as the build uses them: the site's address where the host serves it (`servedAt`), and
 * the default category's name in the site's language unless the file names one; with the warnings
 * about a missing or example address.
 */
function completeSettings(
  parsed: ParsedSettings,
  folder: ContentFolder,
  options: ModelOptions,
): ParsedSettings {
  const given = parsed.settings;
  const url = servedAddress(given.url, options.servedAt);
  const defaultCategory = parsed.given.has("defaultCategory")
    ? given.defaultCategory
    : wordsOf(given.language, given.labels, "").words.t("defaultCategory");
  const file = folder.settings?.path ?? `${folder.displayPath}/${SETTINGS_FILE_NAME}`;
  const failed = parsed.issues.some((i) => i.severity === "error");
  return {
    ...parsed,
    settings: { ...given, url, defaultCategory },
    issues: [...parsed.issues, ...(failed ? [] : addressWarnings(url, file, parsed.lines.get("url")))],
  };
}

/**
 * Assembles the parsed content into the site, checks it, and gathers every issue. A multilingual site
 * is one tree per language (`assembleLanguages`).
 */
export function assembleContent(
  folder: ContentFolder,
  content: ParsedContent,
  now: number,
  options: ModelOptions & AssembleInputs = {},
): ModelBuild {
  if (content.settings.settings.languages.length > 0) return assembleLanguages(folder, content, now, options);
  const one = assembleTree(folder, content, now, options);
  return { ...one, sites: one.site === undefined ? [] : [one.site], whole: undefined };
}

/**
 * A multilingual site: each language's posts and pages assembled into its own tree (`/ja/…`), with
 * the settings as that language has them (its title, description, labels, term housekeeping, default
 * category); the files of the whole site (static files, theme files) in the default language's tree.
 * Then what leads across trees (menus, redirects) resolved against every tree, the translations
 * linked, every route of every tree checked against the others, and the whole site checked: every
 * post on exactly its own language's lists.
 */
function assembleLanguages(
  folder: ContentFolder,
  content: ParsedContent,
  now: number,
  options: ModelOptions & AssembleInputs,
): ModelBuild {
  const base = content.settings.settings;
  const codes = base.languages.map((l) => l.code);
  const languages = siteLanguagesOf(codes, base.defaultLanguageInFolder);
  const given = content.settings.given;
  // Each tree's settings and content, then what links by source find of each (so that a post may link
  // a post of another language), then each tree assembled.
  const parts = base.languages.map((language, i) => {
    const first = i === 0;
    const code = language.code;
    const labels = labelsOfLanguage(base, i);
    // The menus and the settings' redirects may lead into any tree: they are resolved once every tree
    // is assembled (`acrossTrees`), not by each tree.
    const settings: Settings = {
      ...base,
      language: code,
      title: language.title ?? base.title,
      description: language.description ?? base.description,
      labels,
      menu: undefined,
      // Term housekeeping is a language's own (the top-level one the default language's).
      tags: language.tags ?? (first ? base.tags : NO_TERM_SETTINGS),
      categories: language.categories ?? (first ? base.categories : NO_TERM_SETTINGS),
      redirects: new Map(),
      defaultCategory: given.has("defaultCategory")
        ? base.defaultCategory
        : wordsOf(code, labels, "").words.t("defaultCategory"),
    };
    // A post or page that did not parse has no language: its issues are the default tree's.
    const mine = (item: { readonly language: string | undefined } | undefined) =>
      item === undefined ? first : item.language === code;
    const tree: ParsedContent = {
      settings: { ...content.settings, settings, issues: first ? content.settings.issues : [] },
      posts: content.posts.filter((p) => mine(p.post)),
      pages: content.pages.filter((p) => mine(p.page)),
    };
    const treeFolder = first ? folder : { ...folder, statics: [], issues: [] };
    const where = { now, preview: options.preview, tree: languages[i]?.tree ?? "" };
    const posts = tree.posts.flatMap((p) => (p.post === undefined ? [] : [p.post]));
    const pages = tree.pages.flatMap((p) => (p.page === undefined ? [] : [p.page]));
    return { tree, treeFolder, where, links: sourceLinkItemsOf(posts, settings, { ...where, pages }) };
  });
  const builds = parts.map((part, i) =>
    assembleTree(part.treeFolder, part.tree, now, {
      ...options,
      tree: part.where.tree,
      languages,
      otherLinks: parts.flatMap((other, j) => (j === i ? [] : other.links)),
    }),
  );
  const issues = builds.flatMap((b) => b.issues);
  // The trees are linked and checked against each other even when files have errors (so that a clash
  // between trees is reported in the same run), but for URL clashes inside a tree.
  const assembled = builds.flatMap((b) => (b.assembled === undefined ? [] : [b.assembled]));
  let sites: Site[] = [];
  let whole: WholeSite | undefined;
  if (assembled.length === builds.length) {
    const across = acrossTrees(assembled, base, languages, settingsFileOf(folder));
    issues.push(...across.issues);
    const linked = linkTranslations(across.trees);
    issues.push(...linked.issues);
    sites = linked.sites;
    whole = multilingualRoutes(sites);
    issues.push(...checkRoutesAreUnique(whole.routes));
    mark("link the languages");
  }
  const failed = issues.some((i) => i.severity === "error");
  if ((options.check ?? true) && !failed && whole !== undefined) {
    const parsed = content.posts.flatMap((p) => (p.post === undefined ? [] : [p.post]));
    const violations = checkWholeSite(sites, whole, parsed, now);
    if (violations.length > 0) throw new IntegrityError("after assembling the languages", violations);
    mark("check the whole site");
  }
  return {
    site: failed ? undefined : sites[0],
    sites: failed ? [] : sites,
    whole: failed ? undefined : whole,
    settings: base,
    issues: sortIssues(uniqueIssues(issues)),
    files: builds[0]?.files ?? 0,
  };
}

/**
 * What may lead from one tree into another, resolved once every tree is assembled: each language's
 * menu (its own; the top-level one the default language's), and the redirects: the settings' (with
 * `defaultLanguageInFolder`, the root to the default language's home) and each tree's own, checked
 * against every tree's files as one tree's are against its own (a redirect that would take a file of
 * another tree, or an old URL another tree's redirect has taken, is left out with a warning).
 */
function acrossTrees(
  trees: readonly Site[],
  base: Settings,
  languages: readonly SiteLanguage[],
  settingsFile: string,
): { trees: Site[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const withMenus = trees.map((tree, i) => {
    const entries = base.languages[i]?.menu ?? (i === 0 ? base.menu : undefined);
    if (entries === undefined) return tree;
    const menu = resolveMenu(trees, entries, settingsFile);
    issues.push(...menu.issues);
    return { ...tree, menu: menu.links };
  });
  const fromSettings = [
    ...(base.defaultLanguageInFolder ? [[homeUrl, languages[0]?.home ?? homeUrl] as const] : []),
    ...base.redirects,
  ].map(([from, to]) => redirectFrom(from, to, `the settings redirect ${from}`));
  const treeOf = new Map<Redirect, number>();
  trees.forEach((tree, i) => {
    for (const redirect of tree.redirects) treeOf.set(redirect, i);
  });
  for (const redirect of fromSettings) treeOf.set(redirect, 0);
  const files = trees.flatMap((tree) => routesOf(tree).filter((r) => r.kind !== "redirect"));
  const kept = keepRedirectsOffPages(files, [...treeOf.keys()], settingsFile);
  issues.push(...kept.issues);
  const redirectsOf = trees.map((): Redirect[] => []);
  for (const redirect of kept.kept) redirectsOf[treeOf.get(redirect) ?? 0]?.push(redirect);
  return {
    trees: withMenus.map((tree, i) => ({ ...tree, redirects: redirectsOf[i] ?? [] })),
    issues,
  };
}

/** The settings file as the author knows it. */
function settingsFileOf(folder: ContentFolder): string {
  return folder.settings?.path ?? `${folder.displayPath}/${SETTINGS_FILE_NAME}`;
}

/**
 * The labels of a multilingual site's language (by its place in `languages:`): its own; the default
 * language's over the top-level `labels:`.
 */
function labelsOfLanguage(settings: Settings, index: number): Settings["labels"] {
  const own = settings.languages[index]?.labels ?? new Map();
  return index === 0 ? new Map([...settings.labels, ...own]) : own;
}

/** Issues once each: the trees of a multilingual site may each find one about a file they share. */
function uniqueIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify([i.severity, i.file, i.line, i.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Assembles one tree of the site (the whole site, when it has one language), and checks it. */
function assembleTree(
  folder: ContentFolder,
  content: ParsedContent,
  now: number,
  options: ModelOptions & AssembleInputs & Pick<AssembleOptions, "tree" | "languages" | "otherLinks">,
): Omit<ModelBuild, "sites" | "whole"> & {
  /** The tree as assembled even when other files have errors (undefined only when its URLs clash). */
  readonly assembled: Site | undefined;
} {
  const parsedSettings = content.settings;
  const parsed = content.posts;
  const { settings } = parsedSettings;
  const theme = buildTheme(folder.theme, `${folder.displayPath}/${THEME_FOLDER}`);
  const issues: ContentIssue[] = [...folder.issues, ...parsedSettings.issues, ...theme.issues];
  const posts: Post[] = [];
  for (const result of parsed) {
    issues.push(...result.issues);
    if (result.post !== undefined) posts.push(result.post);
  }
  const pages: Page[] = [];
  for (const result of content.pages) {
    issues.push(...result.issues);
    if (result.page !== undefined) pages.push(result.page);
  }
  // Assemble what parsed, even when other files have errors: clashes between good posts are reported
  // in the same run.
  const assembled = assembleSite(posts, settings, {
    now,
    preview: options.preview ?? false,
    theme: theme.theme,
    settingsFile: folder.settings?.path ?? `${folder.displayPath}/${SETTINGS_FILE_NAME}`,
    pages,
    files: { statics: folder.statics, bundled: folder.bundled, displayPath: folder.displayPath },
    images: options.images,
    finishBody: options.finishBody ?? bodyFinisher(options.images ?? new Map()),
    tree: options.tree,
    languages: options.languages,
    otherLinks: options.otherLinks,
  });
  mark("assemble site");
  issues.push(...assembled.issues);
  const failed = issues.some((i) => i.severity === "error");
  if ((options.check ?? true) && !failed && assembled.site !== undefined) {
    const violations = checkSiteModel({ site: assembled.site, parsed: posts, now });
    if (violations.length > 0) throw new IntegrityError("after assembling the site", violations);
    mark("check the model");
  }
  return {
    site: failed ? undefined : assembled.site,
    assembled: assembled.site,
    settings: parsedSettings.settings,
    issues: sortIssues(issues),
    files: folder.posts.length + folder.pages.length + folder.issues.length,
  };
}

/** A multilingual site's languages, each with its bodies' words; undefined for a site in one language. */
function bodyLanguagesOf(settings: Settings): BodyLanguages | undefined {
  if (settings.languages.length === 0) return undefined;
  const labelsOf = new Map(settings.languages.map((l, i) => [l.code, labelsOfLanguage(settings, i)]));
  return {
    codes: settings.languages.map((l) => l.code),
    inFolder: settings.defaultLanguageInFolder,
    wordsOf: (code) => bodyWordsOf(code, labelsOf.get(code) ?? new Map()),
  };
}

/** The words a body's own markup needs (src/content/markdown.ts), in a language. */
function bodyWordsOf(language: string, labels: Settings["labels"]): BodyWords {
  const { words } = wordsOf(language, labels, "");
  return {
    headingAnchor: words.t("headingAnchor"),
    footnotes: words.t("footnotes"),
    footnoteBack: words.t("footnoteBack"),
  };
}
