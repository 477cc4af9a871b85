// One source file in, one `Post` (plus warnings) or every problem with it out. Pure: no I/O.

import { type ContentIssue, contentError, contentWarning, sortIssues } from "../issues.ts";
import { normaliseOldUrl } from "../model/post-redirects.ts";
import { slugOf } from "../model/slug.ts";
import { cleanName, termKey } from "../model/term-name.ts";
import type { Post, SourceFile } from "../model/types.ts";
import { closest, didYouMean } from "../suggest.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { type Markdown, renderBody } from "./markdown.ts";
import { parsePostDate } from "./parse-date.ts";
import { describeValue, type YamlMapping } from "./yaml.ts";

export interface ParseContext {
  readonly zone: string;
  readonly md: Markdown;
}

export interface ParsedPost {
  /** Undefined when the file has errors; `issues` says why. */
  readonly post: Post | undefined;
  readonly issues: readonly ContentIssue[];
}

/** Front-matter keys annals reads. Anything else is reported once per file and ignored. */
export const POST_KEYS = [
  "title",
  "date",
  "tags",
  "category",
  "categories",
  "slug",
  "draft",
  "published",
  "excerpt",
  "updated",
  "sticky",
  "author",
  "aliases",
] as const;
const KNOWN_KEYS = new Set<string>(POST_KEYS);

/** What other generators call our front-matter keys (Hugo, Jekyll, Eleventy, WordPress). */
const OTHER_GENERATORS_KEYS: Readonly<Record<string, string>> = {
  tag: "tags",
  summary: "excerpt",
  description: "excerpt",
  lastmod: "updated",
  last_modified_at: "updated",
  modified: "updated",
  alias: "aliases",
  redirect_from: "aliases",
  pinned: "sticky",
  url_slug: "slug",
};

export function parsePost(source: SourceFile, ctx: ParseContext): ParsedPost {
  const file = source.path;
  const split = splitFrontMatter(file, source.text);
  if (Array.isArray(split)) return { post: undefined, issues: split };
  const { front } = split;
  const issues: ContentIssue[] = [];
  const line = (key: string): number | undefined => front.lines.get(key);
  const error = (key: string | undefined, message: string): void => {
    issues.push(contentError(file, key === undefined ? 1 : (line(key) ?? 1), message));
  };

  for (const key of front.values.keys()) {
    if (!KNOWN_KEYS.has(key)) {
      issues.push(
        contentWarning(
          "unknown-key",
          file,
          line(key),
          `unknown front-matter key "${key}" (ignored${didYouMean(closest(key, POST_KEYS, OTHER_GENERATORS_KEYS))})`,
        ),
      );
    }
  }

  const title = readTitle(front, error);
  const date = readDate(front, "date", ctx.zone, error, (message) =>
    issues.push(contentWarning("date-gap", file, line("date"), message)),
  );
  const updated = front.values.has("updated")
    ? readDate(front, "updated", ctx.zone, error, (message) =>
        issues.push(contentWarning("date-gap", file, line("updated"), message)),
      )
    : date;
  if (updated !== undefined && date !== undefined && updated.epochMs < date.epochMs) {
    error("updated", `updated "${updated.iso}" is before the post's date "${date.iso}"`);
  }
  const sticky = readBoolean(front, "sticky", error) ?? false;
  const tags = readNames(front, "tags", error, (message) =>
    issues.push(contentWarning("tags-as-string", file, line("tags"), message)),
  );
  const categories = readCategories(front, error, (message) =>
    issues.push(contentWarning("both-category-keys", file, line("categories"), message)),
  );
  const draft = readDraft(front, error);
  const excerpt = readExcerpt(front, error);
  const author = readText(front, "author", error);
  const aliases = readAliases(front, error);
  const slug = readSlug(front, source.relative, title, error, (message) =>
    issues.push(contentWarning("slug-normalised", file, line("slug"), message)),
  );

  if (
    issues.some((i) => i.severity === "error") ||
    title === undefined ||
    date === undefined ||
    updated === undefined ||
    slug === undefined
  ) {
    return { post: undefined, issues: sortIssues(issues) };
  }

  const body = renderBody(ctx.md, split.body);
  for (const bodyLine of body.misplacedMoreLines) {
    issues.push(
      contentWarning(
        "more-inline",
        file,
        split.bodyLine + bodyLine,
        "<!--more--> is not on a line of its own at the top level of the body, so it does not split the post (ignored)",
      ),
    );
  }
  const post: Post = {
    file,
    source: source.relative,
    title,
    date,
    updated,
    slug,
    tags,
    categories,
    draft,
    sticky,
    excerpt,
    author,
    aliases,
    bodyHtml: body.html,
    teaserHtml: body.teaserHtml,
    moreLabel: body.moreLabel,
  };
  return { post, issues: sortIssues(issues) };
}

type Report = (key: string | undefined, message: string) => void;

function readTitle(front: YamlMapping, error: Report): string | undefined {
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

function readDate(
  front: YamlMapping,
  key: "date" | "updated",
  zone: string,
  error: Report,
  warn: (message: string) => void,
): Post["date"] | undefined {
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
 * Tags (or categories): a list of names; a single string is read as a comma-separated list. Numbers
 * count as text. Spellings of one term within a post are kept once.
 */
function readNames(
  front: YamlMapping,
  key: string,
  error: Report,
  warnString: (message: string) => void,
): string[] {
  const value = front.values.get(key);
  if (value === undefined || value === null) return [];
  let items: unknown[];
  if (typeof value === "string") {
    items = value.split(",");
    if (items.length > 1) {
      warnString(
        `${key} is one string "${value}"; read as a comma-separated list (write a YAML list to be explicit)`,
      );
    }
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

function readCategories(front: YamlMapping, error: Report, warnBoth: (message: string) => void): string[] {
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

function readBoolean(front: YamlMapping, key: string, error: Report): boolean | undefined {
  const value = front.values.get(key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") {
    error(key, `${key} must be true or false, not ${describeValue(value)}`);
    return undefined;
  }
  return value;
}

function readDraft(front: YamlMapping, error: Report): boolean {
  const draft = readBoolean(front, "draft", error) ?? false;
  const published = readBoolean(front, "published", error) ?? true;
  return draft || !published;
}

function readExcerpt(front: YamlMapping, error: Report): string | undefined {
  return readText(front, "excerpt", error);
}

/** One line of text, white space collapsed; undefined when absent or empty. */
function readText(front: YamlMapping, key: string, error: Report): string | undefined {
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
function readAliases(front: YamlMapping, error: Report): string[] {
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

/** `slug:` if given; else the file name without a leading `YYYY-MM-DD-`; else the title. */
function readSlug(
  front: YamlMapping,
  relative: string,
  title: string | undefined,
  error: Report,
  warn: (message: string) => void,
): string | undefined {
  const value = front.values.get("slug");
  if (value !== undefined && value !== null) {
    if (typeof value !== "string" && typeof value !== "number") {
      error("slug", `slug must be text, not ${describeValue(value)}`);
      return undefined;
    }
    const written = String(value).trim();
    if (written === "") {
      error("slug", "slug is empty (remove the line to use the file name)");
      return undefined;
    }
    const slug = slugOf(written);
    if (slug !== written) warn(`slug "${written}" is not URL-safe; using "${slug}"`);
    return slug;
  }
  const fromFile = fileSlugSource(relative);
  if (fromFile !== "") return slugOf(fromFile);
  return title === undefined ? undefined : slugOf(title);
}

/** `2015/2015-01-28-kim-visit.md` gives `kim-visit`; `kim-visit/index.md` gives `kim-visit`. */
export function fileSlugSource(relative: string): string {
  const parts = relative.split("/");
  let stem = (parts.at(-1) ?? "").replace(/\.(md|markdown)$/i, "");
  if (stem.toLowerCase() === "index" && parts.length > 1) stem = parts.at(-2) ?? "";
  return stem.replace(/^\d{4}-\d{2}-\d{2}(?:-|$)/, "");
}
