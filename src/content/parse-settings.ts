// The settings file (`content/site.yaml`), checked key by key with the same error format as posts.

import { IANAZone } from "luxon";
import { type ContentIssue, contentError, contentWarning } from "../issues.ts";
import { normaliseOldUrl } from "../model/post-redirects.ts";
import {
  DEFAULT_SETTINGS,
  type ImageSettings,
  isExampleAddress,
  type LabelOverride,
  type LanguageSettings,
  type MenuEntry,
  type Settings,
} from "../model/settings.ts";
import type { SourceFile } from "../model/types.ts";
import { PERMALINK_TOKENS } from "../model/urls.ts";
import { closest, didYouMean } from "../suggest.ts";
import { normaliseNewlines } from "./front-matter.ts";
import { type Checked, checkLanguage } from "./language-tag.ts";
import { createMarkdown, type Markdown } from "./markdown.ts";
import { readAuthors } from "./parse-authors.ts";
import { readTermSettings } from "./parse-term-settings.ts";
import { describeValue, isWholeNumber, parseYamlMapping } from "./yaml.ts";

export const SETTINGS_FILE_NAME = "site.yaml";

/** The keys of the settings file. */
export const SETTINGS_KEYS = [
  "title",
  "description",
  "url",
  "language",
  "timezone",
  "postsPerPage",
  "permalink",
  "defaultCategory",
  "author",
  "feedSize",
  "feedContent",
  "tagCloudSize",
  "recentPosts",
  "sidebarCounts",
  "futurePosts",
  "search",
  "tags",
  "categories",
  "feedRedirects",
  "redirects",
  "labels",
  "menu",
  "brokenLinks",
  "image",
  "images",
  "toc",
  "readingTime",
  "authors",
  "authorPages",
  "languages",
  "defaultLanguageInFolder",
] as const;

/** What other generators call our settings (Hugo, Jekyll, Eleventy, WordPress). */
const OTHER_GENERATORS_SETTINGS: Readonly<Record<string, string>> = {
  baseURL: "url",
  base_url: "url",
  siteUrl: "url",
  languageCode: "language",
  lang: "language",
  locale: "language",
  timeZone: "timezone",
  tz: "timezone",
  paginate: "postsPerPage",
  navigation: "menu",
  nav: "menu",
  perPage: "postsPerPage",
  name: "title",
  tagline: "description",
  permalinks: "permalink",
};

export interface ParsedSettings {
  readonly settings: Settings;
  readonly issues: readonly ContentIssue[];
  /** The keys the settings file gives (the rest are defaults). */
  readonly given: ReadonlySet<string>;
  /** The line of each key given, for messages about it made later (the site's address, its language). */
  readonly lines: ReadonlyMap<string, number>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `source` is undefined when the content folder has no settings file: defaults, with a warning. */
export function parseSettings(source: SourceFile | undefined, contentPath: string): ParsedSettings {
  if (source === undefined) {
    const where = `${contentPath}/${SETTINGS_FILE_NAME}`;
    return {
      settings: DEFAULT_SETTINGS,
      issues: [contentWarning("no-settings", where, undefined, "no settings file; using the defaults")],
      given: new Set(),
      lines: new Map(),
    };
  }
  const file = source.path;
  const parsed = parseYamlMapping(normaliseNewlines(source.text), 1);
  if (Array.isArray(parsed)) {
    return {
      settings: DEFAULT_SETTINGS,
      issues: parsed.map((p) => contentError(file, p.line, p.message)),
      given: new Set(),
      lines: new Map(),
    };
  }
  const issues: ContentIssue[] = [];
  const settings: Mutable<Settings> = { ...DEFAULT_SETTINGS };
  const error = (key: string, message: string): void => {
    issues.push(contentError(file, parsed.lines.get(key), message));
  };
  // Descriptions and bios are Markdown: the renderer is made when the settings have one.
  let md: Markdown | undefined;
  const markdown = (): Markdown => {
    md ??= createMarkdown();
    return md;
  };
  const nestedError = (key: string) => (message: string, nested?: string) =>
    issues.push(contentError(file, nestedLine(source.text, parsed.lines.get(key), nested), message));

  for (const [key, value] of parsed.values) {
    if (value === null || value === undefined) continue;
    switch (key) {
      case "title":
      case "description":
      case "author":
      case "defaultCategory": {
        if (typeof value !== "string" && typeof value !== "number") {
          error(key, `${key} must be text, not ${describeValue(value)}`);
          break;
        }
        const text = String(value).replace(/\s+/g, " ").trim();
        if (text === "" && key !== "description" && key !== "author") error(key, `${key} is empty`);
        else settings[key] = text;
        break;
      }
      case "url": {
        const url = checkBaseUrl(value);
        if (typeof url === "string") settings.url = url;
        else error(key, url.error);
        break;
      }
      case "language": {
        const language = checkLanguage(value);
        if (typeof language === "string") settings.language = language;
        else error(key, language.error);
        break;
      }
      case "timezone": {
        if (typeof value !== "string" || !IANAZone.isValidZone(value)) {
          error(
            key,
            `timezone ${describeValue(value)} is not an IANA time zone (e.g. Europe/Berlin, America/New_York, UTC)`,
          );
        } else settings.timezone = value;
        break;
      }
      case "postsPerPage":
      case "feedSize":
      case "tagCloudSize": {
        if (!isWholeNumber(value, 1, 1000)) {
          error(key, `${key} must be a whole number from 1 to 1000, not ${describeValue(value)}`);
        } else settings[key] = value;
        break;
      }
      case "redirects": {
        settings.redirects = readRedirects(value, (message, nested) =>
          issues.push(contentError(file, nestedLine(source.text, parsed.lines.get(key), nested), message)),
        );
        break;
      }
      case "labels": {
        settings.labels = readLabels(
          value,
          (message, nested) =>
            issues.push(contentError(file, nestedLine(source.text, parsed.lines.get(key), nested), message)),
          (nested) => nestedLine(source.text, parsed.lines.get(key), nested),
        );
        break;
      }
      case "menu": {
        settings.menu = readMenu(value, parsed.lines.get(key), source.text, (message, line) =>
          issues.push(contentError(file, line, message)),
        );
        break;
      }
      case "brokenLinks": {
        if (value !== "warn" && value !== "error")
          error(key, `brokenLinks must be warn or error, not ${describeValue(value)}`);
        else settings.brokenLinks = value;
        break;
      }
      case "image": {
        if (typeof value !== "string" || value.trim() === "")
          error(key, `image must be a file or an address, not ${describeValue(value)}`);
        else settings.image = value.trim();
        break;
      }
      case "images": {
        const images = readImageSettings(value, (message) => error(key, message));
        if (images !== undefined) settings.images = images;
        break;
      }
      case "futurePosts": {
        if (value !== "hold" && value !== "publish")
          error(key, `futurePosts must be hold or publish, not ${describeValue(value)}`);
        else settings.futurePosts = value;
        break;
      }
      case "feedContent": {
        if (value !== "full" && value !== "teaser")
          error(key, `feedContent must be full or teaser, not ${describeValue(value)}`);
        else settings.feedContent = value;
        break;
      }
      case "tags":
      case "categories": {
        settings[key] = readTermSettings(value, key, nestedError(key), markdown, (nested) =>
          nestedLine(source.text, parsed.lines.get(key), nested),
        );
        break;
      }
      case "authors": {
        settings.authors = readAuthors(value, nestedError(key), markdown, (nested) =>
          nestedLine(source.text, parsed.lines.get(key), nested),
        );
        break;
      }
      case "toc": {
        if (value === false) settings.toc = undefined;
        else if (isWholeNumber(value, 1, 100)) settings.toc = value;
        else
          error(
            key,
            `toc must be false or how many headings a post needs for a table of contents (such as 4), not ${describeValue(value)}`,
          );
        break;
      }
      case "recentPosts": {
        if (!isWholeNumber(value, 0, 100)) {
          error(
            key,
            `recentPosts must be a whole number from 0 (no recent posts) to 100, not ${describeValue(value)}`,
          );
        } else settings.recentPosts = value;
        break;
      }
      case "feedRedirects":
      case "search":
      case "sidebarCounts":
      case "readingTime":
      case "authorPages":
      case "defaultLanguageInFolder": {
        if (typeof value !== "boolean")
          error(key, `${key} must be true or false, not ${describeValue(value)}`);
        else settings[key] = value;
        break;
      }
      case "languages": {
        settings.languages = readLanguages(
          value,
          source.text,
          parsed.lines.get(key),
          (message, line) => issues.push(contentError(file, line, message)),
          (message, line) => issues.push(contentWarning("settings-key", file, line, message)),
          markdown,
        );
        break;
      }
      case "permalink": {
        const pattern = checkPermalink(value);
        if (typeof pattern === "string") settings.permalink = pattern;
        else error(key, pattern.error);
        break;
      }
      default:
        issues.push(
          contentWarning(
            "settings-key",
            file,
            parsed.lines.get(key),
            `unknown settings key "${key}" (ignored${didYouMean(closest(key, SETTINGS_KEYS, OTHER_GENERATORS_SETTINGS))})`,
          ),
        );
    }
  }
  const [first] = settings.languages;
  if (first === undefined && settings.defaultLanguageInFolder)
    issues.push(
      contentWarning(
        "settings-key",
        file,
        parsed.lines.get("defaultLanguageInFolder"),
        "defaultLanguageInFolder is for a blog in several languages (languages:); this one has one, so it is ignored",
      ),
    );
  if (first !== undefined) {
    if (parsed.values.get("language") != null && settings.language !== first.code)
      error(
        "language",
        `language is ${settings.language}, but the first of languages (the site's default language) is ${first.code}: leave language out, or list ${settings.language} first`,
      );
    settings.language = first.code;
  }
  return {
    settings,
    issues,
    given: new Set([...parsed.values.keys()].filter((k) => parsed.values.get(k) != null)),
    lines: parsed.lines,
  };
}

/** The line of a key nested under the top-level key on line `top`: the first indented line that names it. */
function nestedLine(text: string, top: number | undefined, key: string | undefined): number | undefined {
  if (top === undefined || key === undefined) return top;
  const lines = normaliseNewlines(text).split("\n");
  for (let i = top; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line !== "" && !/^\s/.test(line) && !line.startsWith("#")) break;
    const trimmed = line.trim().replace(/^["']/, "");
    if (trimmed.startsWith(key)) return i + 1;
  }
  return top;
}

/** `redirects:` maps old site paths to new ones: `/old-page/: /2015/01/28/new-page/`. */
function readRedirects(
  value: unknown,
  error: (message: string, nested?: string) => void,
): Map<string, string> {
  const redirects = new Map<string, string>();
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    error(`redirects must map old paths to new ones (/old/: /new/), not ${describeValue(value)}`);
    return redirects;
  }
  for (const [from, to] of Object.entries(value as Record<string, unknown>)) {
    const source = normaliseOldUrl(from);
    const target = typeof to === "string" ? normaliseOldUrl(to) : { error: "has no path to go to" };
    const problem = typeof source === "string" ? target : source;
    if (typeof source !== "string" || typeof target !== "string" || target.includes("?")) {
      const why = typeof problem === "string" ? "must lead to a page, not a query" : problem.error;
      error(`redirects: "${from}" -> ${describeValue(to)}: ${why}`, from);
      continue;
    }
    redirects.set(source, target);
  }
  return redirects;
}

/**
 * `labels:` maps label keys to texts (`tagHeading: "Filed under {name}"`), or to a text per plural
 * category (`comments: { one: "{count} reply", other: "{count} replies" }`). Which keys and
 * placeholders a label has is the views' to check.
 */
function readLabels(
  value: unknown,
  error: (message: string, nested?: string) => void,
  lineOf: (nested: string) => number | undefined,
): Map<string, LabelOverride> {
  const labels = new Map<string, LabelOverride>();
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    error(
      `labels must map label names to texts (tagHeading: "Filed under {name}"), not ${describeValue(value)}`,
    );
    return labels;
  }
  for (const [key, text] of Object.entries(value as Record<string, unknown>)) {
    if (typeof text === "string" || typeof text === "number") {
      labels.set(key, { value: String(text), line: lineOf(key) });
      continue;
    }
    if (typeof text === "object" && text !== null && !Array.isArray(text)) {
      const entries = Object.entries(text as Record<string, unknown>);
      const bad = entries.find(([, v]) => typeof v !== "string" && typeof v !== "number");
      if (bad === undefined) {
        labels.set(key, {
          value: Object.fromEntries(entries.map(([k, v]) => [k, String(v)])),
          line: lineOf(key),
        });
        continue;
      }
    }
    error(
      `labels: ${key} must be a text, or a text per count (one: …, other: …), not ${describeValue(text)}`,
      key,
    );
  }
  return labels;
}

/**
 * What the site's address means for the build: none (no feeds, sitemap or canonical links), or an
 * example address that canonical links, feeds and the sitemap would point to.
 */
export function addressWarnings(url: string, file: string, line: number | undefined): ContentIssue[] {
  if (url === "") {
    return [
      contentWarning(
        "no-url",
        file,
        line,
        "no `url` setting: feeds, the sitemap and canonical links need the site's address, so they are left out",
      ),
    ];
  }
  if (isExampleAddress(url)) {
    return [
      contentWarning(
        "example-url",
        file,
        line,
        `url ${url} is an example address: canonical links, feeds and the sitemap point there (set the site's own address, or build with --base-url)`,
      ),
    ];
  }
  return [];
}

function checkBaseUrl(value: unknown): Checked {
  const hint =
    "url must be the site's absolute address, e.g. https://example.org or https://example.org/blog";
  if (typeof value !== "string") return { error: `${hint}, not ${describeValue(value)}` };
  let parsed: URL;
  try {
    parsed = new URL(value.trim());
  } catch {
    return { error: `${hint}, not "${value}"` };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    return { error: `${hint}, not "${value}"` };
  if (parsed.search !== "" || parsed.hash !== "")
    return { error: `url "${value}" must not have a query or a #fragment` };
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, "");
}

/** A permalink is `/`-separated segments of tokens (`:year`, `:slug`, …) and URL-safe text. */
export function checkPermalink(value: unknown): Checked {
  const tokens = PERMALINK_TOKENS.map((t) => `:${t}`).join(", ");
  if (typeof value !== "string")
    return { error: `permalink must be a pattern such as /:year/:month/:day/:slug/` };
  const pattern = `/${value.trim().replace(/^\/+|\/+$/g, "")}/`;
  const unknown = [...pattern.matchAll(/:([a-z]*)/gi)]
    .map((m) => m[1] ?? "")
    .filter((t) => !(PERMALINK_TOKENS as readonly string[]).includes(t));
  if (unknown.length > 0)
    return { error: `permalink "${value}" uses unknown :${unknown[0]} (known: ${tokens})` };
  if (!pattern.includes(":slug"))
    return { error: `permalink "${value}" must contain :slug, or posts would share URLs` };
  const literal = pattern.replace(/:[a-z]+/g, "x");
  if (!/^[A-Za-z0-9/_~.-]+$/.test(literal)) {
    return { error: `permalink "${value}" may only hold letters, digits, - _ . ~ and / besides its tokens` };
  }
  if (literal.includes("..") || literal.split("/").some((segment) => segment.startsWith("."))) {
    return {
      error: `permalink "${value}" must not have a segment starting with "." (hidden or parent folders)`,
    };
  }
  return pattern;
}

/**
 * `menu:` is a list: each entry `Label: target`, or a target alone (a page's or post's file, whose title
 * is the label). Targets are checked against the site when it is assembled (src/model/menu.ts).
 */
function readMenu(
  value: unknown,
  top: number | undefined,
  text: string,
  error: (message: string, line: number | undefined) => void,
): MenuEntry[] | undefined {
  if (!Array.isArray(value)) {
    error(
      `menu must be a list of entries such as "- About: pages/about.md", not ${describeValue(value)}`,
      top,
    );
    return undefined;
  }
  // The line of each list item: the n-th "- " line after the key.
  const lines = normaliseNewlines(text).split("\n");
  const itemLines: number[] = [];
  for (let i = top ?? lines.length; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line !== "" && !/^\s/.test(line) && !line.startsWith("-") && !line.startsWith("#")) break;
    if (/^\s*-\s/.test(line)) itemLines.push(i + 1);
  }
  const entries: MenuEntry[] = [];
  value.forEach((item: unknown, index) => {
    const line = itemLines[index] ?? top;
    if (typeof item === "string" && item.trim() !== "") {
      entries.push({ label: undefined, target: item.trim(), line });
      return;
    }
    if (typeof item === "object" && item !== null && !Array.isArray(item)) {
      const pairs = Object.entries(item as Record<string, unknown>);
      const [pair] = pairs;
      if (pairs.length === 1 && pair !== undefined && typeof pair[1] === "string" && pair[1].trim() !== "") {
        entries.push({ label: pair[0].trim(), target: pair[1].trim(), line });
        return;
      }
    }
    error(
      `menu item ${index + 1} must be "Label: target" or a page's file, not ${describeValue(item)}`,
      line,
    );
  });
  return entries;
}

/** What a language of `languages:` may give of its own. */
const LANGUAGE_KEYS = ["title", "description", "labels", "menu", "tags", "categories"] as const;

/**
 * `languages:` lists the site's language tags, the default first: `[en, ja, ar]`, or a mapping from
 * tag to what that language has of its own (`ja: { title: 年代記, labels: {…}, menu: […], tags: {…} }`).
 */
function readLanguages(
  value: unknown,
  text: string,
  top: number | undefined,
  error: (message: string, line: number | undefined) => void,
  warn: (message: string, line: number | undefined) => void,
  markdown: () => Markdown,
): LanguageSettings[] {
  const hint =
    "languages must list the site's language tags, the default first ([en, ja, ar]), or map each tag to its own title, description, labels and menu";
  let entries: [string, unknown][];
  if (Array.isArray(value)) entries = value.map((v) => [typeof v === "string" ? v : JSON.stringify(v), null]);
  else if (typeof value === "object" && value !== null)
    entries = Object.entries(value as Record<string, unknown>);
  else {
    error(`${hint}, not ${describeValue(value)}`, top);
    return [];
  }
  const languages: LanguageSettings[] = [];
  for (const [written, own] of entries) {
    const line = nestedLine(text, top, written) ?? top;
    const code = checkLanguage(written);
    if (typeof code !== "string") {
      error(`languages: ${code.error.replace(/^language must be/, "each must be")}`, line);
      continue;
    }
    if (languages.some((l) => l.code.toLowerCase() === code.toLowerCase())) {
      error(`languages: ${code} is listed twice`, line);
      continue;
    }
    // An old tag (`iw`) is today's (`he`): its folder and its pages' folder are today's.
    if (written.trim().replaceAll("_", "-").toLowerCase() !== code.toLowerCase())
      warn(
        `languages: ${written} is written ${code} today: its posts' folder is ${code.toLowerCase()}/ and its pages are under /${code.toLowerCase()}/`,
        line,
      );
    const entry: Mutable<LanguageSettings> = {
      code,
      title: undefined,
      description: undefined,
      labels: new Map(),
      menu: undefined,
      tags: undefined,
      categories: undefined,
      line,
    };
    if (own !== null && own !== undefined) {
      if (typeof own !== "object" || Array.isArray(own)) {
        error(
          `languages: ${code} must map to its own title, description, labels or menu, not ${describeValue(own)}`,
          line,
        );
        continue;
      }
      for (const [key, v] of Object.entries(own as Record<string, unknown>)) {
        const at = nestedLine(text, line, key) ?? line;
        if (key === "title" || key === "description") {
          if (typeof v !== "string" && typeof v !== "number")
            error(`languages: ${code}: ${key} must be text, not ${describeValue(v)}`, at);
          else entry[key] = String(v).replace(/\s+/g, " ").trim();
        } else if (key === "labels") {
          entry.labels = readLabels(
            v,
            (message, nested) => error(`languages: ${code}: ${message}`, nestedLine(text, at, nested) ?? at),
            (nested) => nestedLine(text, at, nested),
          );
        } else if (key === "menu") {
          entry.menu = readMenu(v, at, text, (message, l) => error(`languages: ${code}: ${message}`, l));
        } else if (key === "tags" || key === "categories") {
          entry[key] = readTermSettings(
            v,
            key,
            (message, nested) => error(`languages: ${code}: ${message}`, nestedLine(text, at, nested) ?? at),
            markdown,
            (nested) => nestedLine(text, at, nested),
          );
        } else {
          warn(
            `languages: ${code}: unknown key "${key}" (ignored; a language may give ${LANGUAGE_KEYS.join(", ")}${didYouMean(closest(key, LANGUAGE_KEYS))})`,
            at,
          );
        }
      }
    }
    languages.push(entry);
  }
  return languages;
}

/** `images: { resize: true, widths: [480, 960, 1600], formats: [webp] }`: any key may be left out. */
function readImageSettings(value: unknown, error: (message: string) => void): ImageSettings | undefined {
  if (value === false) return { ...DEFAULT_SETTINGS.images, resize: false };
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    error(`images must be false, or a mapping of resize, widths and formats, not ${describeValue(value)}`);
    return undefined;
  }
  const given = value as Record<string, unknown>;
  let result: ImageSettings = DEFAULT_SETTINGS.images;
  for (const [key, v] of Object.entries(given)) {
    if (key === "resize" && typeof v === "boolean") result = { ...result, resize: v };
    else if (
      key === "widths" &&
      Array.isArray(v) &&
      v.length > 0 &&
      v.every((w) => isWholeNumber(w, 16, 8000))
    )
      result = { ...result, widths: [...new Set(v as number[])].sort((a, b) => a - b) };
    else if (key === "formats" && Array.isArray(v) && v.every((f) => f === "webp" || f === "avif"))
      result = { ...result, formats: [...new Set(v as ("webp" | "avif")[])] };
    else {
      error(
        key === "widths"
          ? "images: widths must be a list of whole numbers of pixels (16 to 8000)"
          : key === "formats"
            ? "images: formats must be a list of webp and avif (the original's format is always made)"
            : key === "resize"
              ? "images: resize must be true or false"
              : `images: unknown key "${key}" (resize, widths, formats)`,
      );
      return undefined;
    }
  }
  return result;
}
