// One page (a Markdown file under `pages/`) in, one `Page` (plus warnings) or every problem with it out.
// A page has a title and no date: the About page, a contact page, a colophon. Pure: no I/O.

import { type ContentIssue, contentError, contentWarning, sortIssues } from "../issues.ts";
import { slugOf } from "../model/slug.ts";
import { languageFolderOf } from "../model/translations.ts";
import type { Page, SourceFile } from "../model/types.ts";
import { closest, didYouMean } from "../suggest.ts";
import { splitFrontMatter } from "./front-matter.ts";
import {
  type ContentLanguages,
  IGNORED_KEYS,
  readAliases,
  readBoolean,
  readDate,
  readDraft,
  readExcerpt,
  readImage,
  readLanguage,
  readSitePath,
  readText,
  readTitle,
  withSynonyms,
} from "./front-matter-fields.ts";
import { replaceJekyllLinks } from "./jekyll-links.ts";
import type { Markdown } from "./markdown.ts";
import { renderBody } from "./markdown.ts";

export interface ParsedPage {
  readonly page: Page | undefined;
  readonly issues: readonly ContentIssue[];
}

export const PAGE_KEYS = [
  "title",
  "url",
  "excerpt",
  "updated",
  "draft",
  "published",
  "image",
  "aliases",
  "toc",
  "language",
  "translationKey",
] as const;
const KNOWN = new Set<string>(PAGE_KEYS);
/** Keys of posts that a page has no use for: said once per page, with what to do. */
const POST_ONLY = new Set(["date", "tags", "category", "categories", "sticky", "slug"]);

const SYNONYMS: Readonly<Record<string, string>> = {
  permalink: "url",
  description: "excerpt",
  summary: "excerpt",
  last_modified_at: "updated",
  lastmod: "updated",
  redirect_from: "aliases",
  lang: "language",
};

/**
 * The URL a page's file gives it: `pages/about.md` → `/about/`, `pages/about/team.md` →
 * `/about/team/`, `pages/about/index.md` → `/about/`; each folder and name made URL-safe like a slug.
 */
export function pageUrlOf(relative: string): string {
  const parts = relative.split("/").slice(1);
  const last = (parts.pop() ?? "").replace(/\.(md|markdown)$/i, "");
  if (last.toLowerCase() !== "index") parts.push(last);
  const segments = parts.map((p) => slugOf(p)).filter((p) => p !== "");
  return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}

/**
 * A page's URL from its file, on a multilingual site in its language's tree: `pages/ja/about.md` and
 * `pages/about.md` with `language: ja` are both `/ja/about/`; the default language's are at the root.
 */
function pageUrlIn(
  relative: string,
  language: string | undefined,
  languages: ContentLanguages | undefined,
): string {
  if (languages === undefined || language === undefined) return pageUrlOf(relative);
  const inFolder = languageFolderOf(relative, languages.codes);
  const url = pageUrlOf(inFolder === undefined ? relative : inFolder.rest);
  return `${languages.treeOf(language)}${url}`;
}

export function parsePage(
  source: SourceFile,
  ctx: { readonly zone: string; readonly md: Markdown; readonly languages?: ContentLanguages },
): ParsedPage {
  const file = source.path;
  const split = splitFrontMatter(file, source.text);
  if (Array.isArray(split)) return { page: undefined, issues: split };
  const issues: ContentIssue[] = [];
  const front = withSynonyms(split.front, SYNONYMS, (line, message) =>
    issues.push(contentWarning("unknown-key", file, line, message)),
  );
  const line = (key: string): number | undefined => front.lines.get(key);
  const error = (key: string | undefined, message: string): void => {
    issues.push(contentError(file, key === undefined ? 1 : (line(key) ?? 1), message));
  };
  for (const key of front.values.keys()) {
    if (KNOWN.has(key) || IGNORED_KEYS.has(key)) continue;
    if (POST_ONLY.has(key)) {
      issues.push(
        contentWarning(
          "page-key",
          file,
          line(key),
          `a page has no ${key} (ignored): pages are in no archive or feed; to make it a post, move it out of pages/`,
        ),
      );
      continue;
    }
    issues.push(
      contentWarning(
        "unknown-key",
        file,
        line(key),
        `unknown front-matter key "${key}" (ignored${didYouMean(closest(key, PAGE_KEYS))})`,
      ),
    );
  }
  const title = readTitle(front, error);
  const updated = front.values.has("updated")
    ? readDate(front, "updated", ctx.zone, error, (message) =>
        issues.push(contentWarning("date-gap", file, line("updated"), message)),
      )
    : undefined;
  const draft = readDraft(front, error);
  const excerpt = readExcerpt(front, error);
  const image = readImage(front, error);
  const aliases = readAliases(front, error);
  const given = readSitePath(front, "url", error);
  const toc = readBoolean(front, "toc", error);
  const language = readLanguage(front, source.relative, ctx.languages, error, (kind, message) =>
    issues.push(contentWarning(kind, file, line("language"), message)),
  );
  const translationKey = readText(front, "translationKey", error);
  if (issues.some((i) => i.severity === "error") || title === undefined) {
    return { page: undefined, issues: sortIssues(issues) };
  }
  const linked = replaceJekyllLinks(split.body, split.bodyLine);
  const md =
    language !== undefined && ctx.languages !== undefined ? ctx.languages.markdownOf(language) : ctx.md;
  const body = renderBody(md, linked.body);
  const page: Page = {
    file,
    source: source.relative,
    title,
    url: given ?? pageUrlIn(source.relative, language, ctx.languages),
    draft,
    excerpt,
    updated,
    image,
    aliases,
    language,
    translationKey,
    bodyHtml: body.html,
    linkTags: linked.tags,
    headings: body.headings,
    toc,
  };
  return { page, issues: sortIssues(issues) };
}
