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
import { bodyFinisher } from "../format/bodies.ts";
import { type ContentIssue, sortIssues } from "../issues.ts";
import { assembleSite, type BodyPlace } from "../model/assemble.ts";
import { checkSiteModel, IntegrityError } from "../model/integrity.ts";
import { type Settings, servedAddress } from "../model/settings.ts";
import { buildTheme, THEME_FOLDER } from "../model/theme.ts";
import type { ImageRecord, Page, Post, Site, SourceFile } from "../model/types.ts";
import { annalsCodeHash, type ParseCache, sourceHash } from "./build-cache.ts";
import { parsePages, parsePosts } from "./parse-posts.ts";
import { mark } from "./timings.ts";

export interface ModelBuild {
  /** Undefined when any issue is an error. */
  readonly site: Site | undefined;
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

/** Parses the settings, the posts (only those whose text changed, with a cache) and the pages. */
export function parseContent(folder: ContentFolder, options: ModelOptions = {}): ParsedContent {
  const settings = completeSettings(parseSettings(folder.settings, folder.displayPath), folder, options);
  const zone = settings.settings.timezone;
  const words = bodyWordsOf(settings.settings);
  const cache = options.cache;
  let parsed: ParsedPost[];
  if (cache === undefined) {
    parsed = parsePosts(folder.posts, zone, words, options.highlight);
  } else {
    const key = JSON.stringify([annalsCodeHash(), zone, words]);
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
        hash = sourceHash(s.text, s.comments?.text);
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
    const stale = folder.posts.filter((s) => !current(s));
    const fresh = parsePosts(stale, zone, words, options.highlight);
    stale.forEach((source, i) => {
      cache.entries.set(source.path, {
        hash: hashOf(source),
        text: source.text,
        comments: source.comments?.text,
        result: fresh[i] as ParsedPost,
      });
    });
    const present = new Set(folder.posts.map((s) => s.path));
    const before = cache.entries.size;
    for (const path of cache.entries.keys()) if (!present.has(path)) cache.entries.delete(path);
    if (stale.length > 0 || cache.entries.size !== before) cache.changed = true;
    parsed = folder.posts.map((s) => cache.entries.get(s.path)?.result as ParsedPost);
  }
  const pages = parsePages(folder.pages, zone, words, options.highlight);
  mark("parse posts");
  return { settings, posts: parsed, pages };
}

/** The parsed content with `fill` applied to every rendered body (see src/pipeline/highlight-pool.ts). */
export function fillBodies(content: ParsedContent, fill: (html: string) => string): ParsedContent {
  const maybe = (html: string | undefined) => (html === undefined ? undefined : fill(html));
  return {
    ...content,
    posts: content.posts.map((result) =>
      result.post === undefined
        ? result
        : {
            ...result,
            post: {
              ...result.post,
              bodyHtml: fill(result.post.bodyHtml),
              listBodyHtml: maybe(result.post.listBodyHtml),
              teaserHtml: maybe(result.post.teaserHtml),
            },
          },
    ),
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

/** Assembles the parsed content into the site, checks it, and gathers every issue. */
export function assembleContent(
  folder: ContentFolder,
  content: ParsedContent,
  now: number,
  options: ModelOptions & AssembleInputs = {},
): ModelBuild {
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
    settings: parsedSettings.settings,
    issues: sortIssues(issues),
    files: folder.posts.length + folder.pages.length + folder.issues.length,
  };
}

/** The words a body's own markup needs (src/content/markdown.ts), in the site's language. */
function bodyWordsOf(settings: Settings): BodyWords {
  const { words } = wordsOf(settings.language, settings.labels, "");
  return {
    headingAnchor: words.t("headingAnchor"),
    footnotes: words.t("footnotes"),
    footnoteBack: words.t("footnoteBack"),
  };
}
