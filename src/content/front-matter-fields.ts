// Reading front-matter fields, for posts and pages alike: each reader takes the parsed mapping and a
// way to report an error on the key's line, and returns the value or undefined.

import { normaliseOldUrl } from "../model/post-redirects.ts";
import { cleanName, termKey } from "../model/term-name.ts";
import { languageFolderOf } from "../model/translations.ts";
import type { PostDate } from "../model/types.ts";
import { checkLanguage } from "./language-tag.ts";
import type { Markdown } from "./markdown.ts";
import { parsePostDate } from "./parse-date.ts";
import { describeValue, type YamlMapping } from "./yaml.ts";

export type Report = (key: string | undefined, message: string) => void;

export function readTitle(front: YamlMapping, error: Report): string | undefined {
  if (!front.values.has("title")) {
    error(undefined, "title is missing (add a line `title: …` to the front matter)");
    return undefined;
  }
  const value = front.values.get("title");
  if (typeof value !== "string" && typeof value !== "number") {
    error("title", `title must be text, not ${describeValue(value)}`);
    return undefined;
  }
  const title = cleanName(String(value));
  if (title === "") {
    error("title", "title is empty");
    return undefined;
  }
  return title;
}

export function readDate(
  front: YamlMapping,
  key: "date" | "updated",
  zone: string,
  error: Report,
  warn: (message: string) => void,
): PostDate | undefined {
  if (!front.values.has(key)) {
    error(undefined, `${key} is missing (add a line \`${key}: YYYY-MM-DD\` to the front matter)`);
    return undefined;
  }
  const value = front.values.get(key);
  if (typeof value !== "string") {
    error(key, `${key} must be written YYYY-MM-DD (optionally with a time), not ${describeValue(value)}`);
    return undefined;
  }
  const result = parsePostDate(value, zone);
  if (!result.ok) {
    error(key, key === "date" ? result.error : result.error.replace(/^date /, "updated "));
    return undefined;
  }
  if (result.warning !== undefined) warn(result.warning);
  return result.date;
}

/**
 * Tags (or categories): a list of names. A single string is read as a comma-separated list when it has
 * a comma; without one, as Jekyll reads it: names separated by spaces (`categories: news updates`).
 * `category` (one category) is never split. Numbers count as text. Spellings of one term within a post
 * are kept once.
 */
export function readNames(
  front: YamlMapping,
  key: string,
  error: Report,
  warnString: (message: string) => void,
): string[] {
  const value = front.values.get(key);
  if (value === undefined || value === null) return [];
  let items: unknown[];
  if (typeof value === "string") {
    if (value.includes(",")) {
      items = value.split(",");
      warnString(
        `${key} is one string "${value}"; read as a comma-separated list (write a YAML list to be explicit)`,
      );
    } else if (key !== "category" && /\S\s+\S/.test(value.trim())) {
      items = value.trim().split(/\s+/);
      warnString(
        `${key} is one string "${value}"; read as Jekyll does, as names separated by spaces: ${items.join(", ")} (write a YAML list to be explicit)`,
      );
    } else items = [value];
  } else if (typeof value === "number") {
    items = [value];
  } else if (Array.isArray(value)) {
    items = value;
  } else {
    error(key, `${key} must be a list of names, not ${describeValue(value)}`);
    return [];
  }
  const names: string[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (typeof item !== "string" && typeof item !== "number") {
      error(key, `${key} item ${index + 1} must be a name, not ${describeValue(item)}`);
      return;
    }
    const name = cleanName(String(item));
    if (name === "") {
      if (Array.isArray(value)) error(key, `${key} item ${index + 1} is empty`);
      return;
    }
    const k = termKey(name);
    if (seen.has(k)) return;
    seen.add(k);
    names.push(name);
  });
  return names;
}

export function readCategories(
  front: YamlMapping,
  error: Report,
  warnBoth: (message: string) => void,
): string[] {
  const noWarning = (): void => {};
  const single = readNames(front, "category", error, noWarning);
  const many = readNames(front, "categories", error, noWarning);
  if (single.length > 0 && many.length > 0) {
    warnBoth("both `category` and `categories` are given; the post is filed under all of them");
  }
  const seen = new Set<string>();
  return [...single, ...many].filter((name) => {
    const k = termKey(name);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function readBoolean(front: YamlMapping, key: string, error: Report): boolean | undefined {
  const value = front.values.get(key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") {
    error(key, `${key} must be true or false, not ${describeValue(value)}`);
    return undefined;
  }
  return value;
}

export function readDraft(front: YamlMapping, error: Report): boolean {
  const draft = readBoolean(front, "draft", error) ?? false;
  const published = readBoolean(front, "published", error) ?? true;
  return draft || !published;
}

export function readExcerpt(front: YamlMapping, error: Report): string | undefined {
  return readText(front, "excerpt", error);
}

/** One line of text, white space collapsed; undefined when absent or empty. */
export function readText(front: YamlMapping, key: string, error: Report): string | undefined {
  const value = front.values.get(key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string" && typeof value !== "number") {
    error(key, `${key} must be text, not ${describeValue(value)}`);
    return undefined;
  }
  const text = String(value).replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}

/**
 * Old URLs of the post: site-relative paths, or `/?name=value` (WordPress's `/?p=123`). A path
 * whose last segment has no extension is a folder (`/old/post` is `/old/post/`, served from its
 * index.html). Percent-encoding is decoded, so that `/2015/%ea%b9%80/` and `/2015/김/` are one URL.
 */
export function readAliases(front: YamlMapping, error: Report): string[] {
  const value = front.values.get("aliases");
  if (value === undefined || value === null) return [];
  const items = typeof value === "string" ? [value] : value;
  if (!Array.isArray(items)) {
    error(
      "aliases",
      `aliases must be a list of old URLs such as /2015/01/28/old-slug/, not ${describeValue(value)}`,
    );
    return [];
  }
  const aliases: string[] = [];
  items.forEach((item, index) => {
    if (typeof item !== "string") {
      error("aliases", `aliases item ${index + 1} must be a URL path, not ${describeValue(item)}`);
      return;
    }
    const alias = normaliseOldUrl(item);
    if (typeof alias === "string") {
      if (!aliases.includes(alias)) aliases.push(alias);
    } else error("aliases", `aliases item ${index + 1} "${item}" ${alias.error}`);
  });
  return aliases;
}

/**
 * A path of the site (`url:` on a page, Jekyll's `permalink:` on a post): a folder (`/about-us/`) or an
 * `.html` page, the same forms an old URL may have.
 */
export function readSitePath(front: YamlMapping, key: string, error: Report): string | undefined {
  const value = front.values.get(key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    error(key, `${key} must be a path of the site such as /about-us/, not ${describeValue(value)}`);
    return undefined;
  }
  const path = normaliseOldUrl(value);
  if (typeof path !== "string" || path.includes("?")) {
    error(key, `${key} "${value}" ${typeof path === "string" ? "must be a path, not a query" : path.error}`);
    return undefined;
  }
  return path;
}

/** An image: a file beside the post (`photo.jpg`), a path of the site, or an address elsewhere. */
export function readImage(front: YamlMapping, error: Report): string | undefined {
  const value = front.values.get("image");
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string" || value.trim() === "" || /\s/.test(value.trim())) {
    error(
      "image",
      `image must be a file or an address such as photo.jpg or /images/cover.png, not ${describeValue(value)}`,
    );
    return undefined;
  }
  return value.trim();
}

/**
 * Other generators' names for our keys, read as ours (the line is the one the author wrote): Jekyll's
 * `permalink` and `redirect_from`, Hugo's `lastmod` and `summary`, `description`. When both are given,
 * ours wins, with a warning.
 */
export function withSynonyms(
  front: YamlMapping,
  synonyms: Readonly<Record<string, string>>,
  warn: (line: number | undefined, message: string) => void,
): YamlMapping {
  const values = new Map(front.values);
  const lines = new Map(front.lines);
  for (const [other, ours] of Object.entries(synonyms)) {
    if (!front.values.has(other)) continue;
    values.delete(other);
    lines.delete(other);
    if (front.values.has(ours)) {
      warn(front.lines.get(other), `both "${other}" and "${ours}" are given; "${other}" is ignored`);
      continue;
    }
    values.set(ours, front.values.get(other));
    const line = front.lines.get(other);
    if (line !== undefined) lines.set(ours, line);
  }
  return { values, lines };
}

/** Keys of other generators that annals reads no meaning from, and ignores without a word. */
export const IGNORED_KEYS = new Set([
  "layout",
  "comments",
  "excerpt_separator",
  "sitemap",
  "hidden",
  "share",
  "header",
  "classes",
  "output",
  "render_with_liquid",
  "sidebar",
  "mathjax",
  "math",
  "type",
  "id",
  "guid",
  "weight",
]);

/** A multilingual site's languages as parsing needs them: the tags (default first), and each one's Markdown. */
export interface ContentLanguages {
  readonly codes: readonly string[];
  /** The renderer for bodies in a language (its words for footnotes and heading anchors). */
  readonly markdownOf: (code: string) => Markdown;
  /** The folder of a language's tree (src/model/urls.ts `languageTreeOf`). */
  readonly treeOf: (code: string) => string;
}

/**
 * The language of a post or page. On a multilingual site: `language:` (or Jekyll's `lang:`) when given,
 * which must be one of the site's languages; else the language its first folder names; else the
 * default. A folder naming another language than `language:` is a warning (the front matter wins). On a
 * site of one language: `language:` as given (a tag Intl knows; any other value a warning, and
 * ignored), or undefined.
 */
export function readLanguage(
  front: YamlMapping,
  relative: string,
  languages: ContentLanguages | undefined,
  error: Report,
  warn: (kind: "language-folder" | "language-tag", message: string) => void,
): string | undefined {
  const value = front.values.get("language");
  let given: string | undefined;
  if (value !== undefined && value !== null) {
    const checked = checkLanguage(value);
    if (typeof checked !== "string") {
      if (languages === undefined) warn("language-tag", `${checked.error} (ignored)`);
      else error("language", checked.error);
      return undefined;
    }
    given = checked;
  }
  if (languages === undefined) return given;
  const folder = languageFolderOf(relative, languages.codes)?.code;
  if (given === undefined) return folder ?? languages.codes[0];
  const code = languages.codes.find((c) => c.toLowerCase() === given.toLowerCase());
  if (code === undefined) {
    error(
      "language",
      `language ${given} is not one of the site's languages (${languages.codes.join(", ")}): add it to languages in the settings, or write the post in one of them`,
    );
    return undefined;
  }
  if (folder !== undefined && folder !== code)
    warn(
      "language-folder",
      `language is ${code}, but the file is in the folder of ${folder}: the front matter wins`,
    );
  return code;
}
