// Tiny builders for tests: `post({ date: "2015-01-28", tags: ["Jongun"] })`.

import { parsePostDate } from "../../src/content/parse-date.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../src/model/settings.ts";
import type { Post, SourceFile } from "../../src/model/types.ts";

export interface PostSpec {
  title?: string;
  date?: string;
  zone?: string;
  slug?: string;
  tags?: string[];
  categories?: string[];
  draft?: boolean;
  sticky?: boolean;
  updated?: string;
  file?: string;
  body?: string;
  aliases?: string[];
  url?: string;
  image?: string;
  author?: string;
  language?: string;
  translationKey?: string;
}

let counter = 0;

/** A parsed post, without going through YAML or Markdown. */
export function post(spec: PostSpec = {}): Post {
  counter++;
  const date = parsePostDate(spec.date ?? "2015-01-28", spec.zone ?? "UTC");
  if (!date.ok) throw new Error(date.error);
  const slug = spec.slug ?? `post-${counter}`;
  const updated = spec.updated === undefined ? date : parsePostDate(spec.updated, spec.zone ?? "UTC");
  if (!updated.ok) throw new Error(updated.error);
  return {
    file: spec.file ?? `content/${slug}.md`,
    source: (spec.file ?? `content/${slug}.md`).replace(/^content\//, ""),
    title: spec.title ?? `Post ${counter}`,
    date: date.date,
    updated: updated.date,
    slug,
    url: spec.url,
    tags: spec.tags ?? [],
    categories: spec.categories ?? [],
    draft: spec.draft ?? false,
    sticky: spec.sticky ?? false,
    excerpt: undefined,
    author: spec.author,
    aliases: spec.aliases ?? [],
    image: spec.image,
    language: spec.language,
    translationKey: spec.translationKey,
    bodyHtml: spec.body ?? `<p>Body ${counter}</p>\n`,
    listBodyHtml: undefined,
    linkTags: [],
    comments: [],
    commentsClosed: false,
    teaserHtml: undefined,
    // Not known to be self-contained: made final in full.
    selfContained: false,
    moreLabel: undefined,
    headings: [],
    toc: undefined,
    wordCount: 100,
  };
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

/** A source file with front matter lines and a body. */
export function source(frontMatter: string, body = "Body.\n", relative = "2015/x.md"): SourceFile {
  return { path: `content/${relative}`, relative, text: `---\n${frontMatter}\n---\n${body}` };
}

/** Far in the future: nothing is held back as future-dated. */
export const LATER = Date.parse("2100-01-01T00:00:00Z");
