// Parsing every post, in order, in one thread, with one markdown-it instance (docs/decisions.md says
// why not in worker threads).

import { createMarkdown } from "../content/markdown.ts";
import { type ParsedPost, parsePost } from "../content/parse-post.ts";
import type { SourceFile } from "../model/types.ts";

export function parsePosts(sources: readonly SourceFile[], zone: string): ParsedPost[] {
  const md = createMarkdown();
  return sources.map((source) => parsePost(source, { zone, md }));
}
