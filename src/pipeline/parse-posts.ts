// Parsing every post and page, in order, in one thread, with one markdown-it instance (docs/decisions.md says
// why not in worker threads).

import type { Highlight } from "../content/highlight.ts";
import { type BodyWords, createMarkdown } from "../content/markdown.ts";
import { type ParsedPage, parsePage } from "../content/parse-page.ts";
import { type ParsedPost, parsePost } from "../content/parse-post.ts";
import type { SourceFile } from "../model/types.ts";

export function parsePosts(
  sources: readonly SourceFile[],
  zone: string,
  words: BodyWords,
  highlight?: Highlight,
): ParsedPost[] {
  const md = createMarkdown(words, highlight);
  return sources.map((source) => parsePost(source, { zone, md }));
}

export function parsePages(
  sources: readonly SourceFile[],
  zone: string,
  words: BodyWords,
  highlight?: Highlight,
): ParsedPage[] {
  const md = createMarkdown(words, highlight);
  return sources.map((source) => parsePage(source, { zone, md }));
}
