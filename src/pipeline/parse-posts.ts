// Parsing every post, in order, with one markdown-it instance.
//
// (Parsing across worker threads was measured on this project's two-core machine: no faster. A
// worker starts cold, loading the TypeScript sources and warming the JIT for half a second, and two
// threads that allocate as much as YAML and Markdown parsing do compete for the garbage collector.)

import { createMarkdown } from "../content/markdown.ts";
import { type ParsedPost, parsePost } from "../content/parse-post.ts";
import type { SourceFile } from "../model/types.ts";

export function parsePosts(sources: readonly SourceFile[], zone: string): ParsedPost[] {
  const md = createMarkdown();
  return sources.map((source) => parsePost(source, { zone, md }));
}
