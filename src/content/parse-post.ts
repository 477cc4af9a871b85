// One source file in, one `Post` (plus warnings) or every problem with it out. Pure: no I/O.

import { selfContained } from "../format/bodies.ts";
import { type ContentIssue, contentError, contentWarning, sortIssues } from "../issues.ts";
import { slugOf } from "../model/slug.ts";
import type { Post, PostDate, SourceFile } from "../model/types.ts";
import { closest, didYouMean } from "../suggest.ts";
import { splitFrontMatter } from "./front-matter.ts";
import {
  type ContentLanguages,
  IGNORED_KEYS,
  type Report,
  readAliases,
  readBoolean,
  readCategories,
  readDate,
  readDraft,
  readExcerpt,
  readImage,
  readLanguage,
  readNames,
  readSitePath,
  readText,
  readTitle,
  withSynonyms,
} from "./front-matter-fields.ts";
import { replaceJekyllLinks } from "./jekyll-links.ts";
import { type Markdown, renderBody } from "./markdown.ts";
import { parseComments } from "./parse-comments.ts";
import { parsePostDate } from "./parse-date.ts";
import { describeValue, type YamlMapping } from "./yaml.ts";

export interface ParseContext {
  readonly zone: string;
  /** The renderer for bodies (of the default language, on a multilingual site). */
  readonly md: Markdown;
  /** A multilingual site's languages; undefined for a site in one language. */
  readonly languages?: ContentLanguages;
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
  "url",
  "draft",
  "published",
  "excerpt",
  "updated",
  "sticky",
  "author",
  "aliases",
  "image",
  "toc",
  "commentsClosed",
  "language",
  "translationKey",
] as const;
const KNOWN_KEYS = new Set<string>(POST_KEYS);

/** Other generators' names for our keys, read as ours (Jekyll, Hugo, Eleventy). */
export const POST_SYNONYMS: Readonly<Record<string, string>> = {
  permalink: "url",
  description: "excerpt",
  summary: "excerpt",
  last_modified_at: "updated",
  lastmod: "updated",
  redirect_from: "aliases",
  lang: "language",
};

/** What other generators call our front-matter keys, for "did you mean" (Hugo, Jekyll, WordPress). */
const OTHER_GENERATORS_KEYS: Readonly<Record<string, string>> = {
  tag: "tags",
  modified: "updated",
  alias: "aliases",
  pinned: "sticky",
  url_slug: "slug",
};

/** `2015-01-28-kim.md`: a Jekyll post's date, from its file name. */
const DATED_FILE_NAME = /(?:^|\/)(\d{4}-\d{2}-\d{2})-[^/]*$/;

export function parsePost(source: SourceFile, ctx: ParseContext): ParsedPost {
  const file = source.path;
  const split = splitFrontMatter(file, source.text);
  if (Array.isArray(split)) return { post: undefined, issues: split };
  const issues: ContentIssue[] = [];
  const front = withSynonyms(split.front, POST_SYNONYMS, (line, message) =>
    issues.push(contentWarning("unknown-key", file, line, message)),
  );
  const line = (key: string): number | undefined => front.lines.get(key);
  const error = (key: string | undefined, message: string): void => {
    issues.push(contentError(file, key === undefined ? 1 : (line(key) ?? 1), message));
  };

  for (const key of front.values.keys()) {
    if (!KNOWN_KEYS.has(key) && !IGNORED_KEYS.has(key)) {
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
  const dateWarning = (key: string) => (message: string) =>
    issues.push(contentWarning("date-gap", file, line(key), message));
  // A Jekyll post without `date:` takes the day its file name starts with.
  const fileDate = front.values.has("date") ? undefined : DATED_FILE_NAME.exec(source.relative)?.[1];
  let date: PostDate | undefined;
  if (fileDate !== undefined) {
    const result = parsePostDate(fileDate, ctx.zone);
    if (result.ok) {
      date = result.date;
      issues.push(
        contentWarning(
          "date-from-file-name",
          file,
          undefined,
          `has no date: dated ${fileDate} from its file name`,
        ),
      );
    } else error(undefined, `the file name's date: ${result.error}`);
  } else date = readDate(front, "date", ctx.zone, error, dateWarning("date"));
  const updated = front.values.has("updated")
    ? readDate(front, "updated", ctx.zone, error, dateWarning("updated"))
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
  const url = readSitePath(front, "url", error);
  const image = readImage(front, error);
  const toc = readBoolean(front, "toc", error);
  const commentsClosed = readBoolean(front, "commentsClosed", error) ?? false;
  const language = readLanguage(front, source.relative, ctx.languages, error, (kind, message) =>
    issues.push(contentWarning(kind, file, line("language"), message)),
  );
  const translationKey = readText(front, "translationKey", error);
  const thread = source.comments === undefined ? undefined : parseComments(source.comments, ctx.zone);
  if (thread !== undefined) issues.push(...thread.issues);
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

  const linked = replaceJekyllLinks(split.body, split.bodyLine);
  const md =
    language !== undefined && ctx.languages !== undefined ? ctx.languages.markdownOf(language) : ctx.md;
  const body = renderBody(md, linked.body);
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
    url,
    tags,
    categories,
    draft,
    sticky,
    excerpt,
    author,
    aliases,
    image,
    language,
    translationKey,
    bodyHtml: body.html,
    linkTags: linked.tags,
    listBodyHtml: body.listHtml,
    teaserHtml: body.teaserHtml,
    selfContained: selfContained([body.html, body.listHtml, body.teaserHtml]),
    moreLabel: body.moreLabel,
    headings: body.headings,
    toc,
    comments: thread?.comments ?? [],
    commentsClosed,
    wordCount: body.wordCount,
  };
  return { post, issues: sortIssues(issues) };
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
