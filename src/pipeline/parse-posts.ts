// Parsing every post and page, in order, in one thread, with one markdown-it instance per language
// (docs/decisions.md says why not in worker threads).

import type { ContentLanguages } from "../content/front-matter-fields.ts";
import type { Highlight } from "../content/highlight.ts";
import { type BodyWords, createMarkdown, type Markdown } from "../content/markdown.ts";
import { type ParsedPage, parsePage } from "../content/parse-page.ts";
import { type ParsedPost, parsePost } from "../content/parse-post.ts";
import type { SourceFile } from "../model/types.ts";
import { languageTreeOf } from "../model/urls.ts";

/** A multilingual site's languages (default first), each with the words its bodies' own markup needs. */
export interface BodyLanguages {
  readonly codes: readonly string[];
  /** `defaultLanguageInFolder`: the default language's tree is under its folder too. */
  readonly inFolder: boolean;
  readonly wordsOf: (code: string) => BodyWords;
}

function contextOf(
  zone: string,
  words: BodyWords,
  highlight: Highlight | undefined,
  languages: BodyLanguages | undefined,
): { zone: string; md: Markdown; languages: ContentLanguages | undefined } {
  const md = createMarkdown(words, highlight);
  if (languages === undefined) return { zone, md, languages: undefined };
  // One renderer per language, made when a body in it first comes.
  const made = new Map<string, Markdown>();
  const markdownOf = (code: string): Markdown => {
    let found = made.get(code);
    if (found === undefined) {
      found = code === languages.codes[0] ? md : createMarkdown(languages.wordsOf(code), highlight);
      made.set(code, found);
    }
    return found;
  };
  const treeOf = (code: string) => languageTreeOf(code, languages.codes, languages.inFolder);
  return { zone, md, languages: { codes: languages.codes, markdownOf, treeOf } };
}

export function parsePosts(
  sources: readonly SourceFile[],
  zone: string,
  words: BodyWords,
  highlight?: Highlight,
  languages?: BodyLanguages,
): ParsedPost[] {
  const ctx = contextOf(zone, words, highlight, languages);
  return sources.map((source) => parsePost(source, ctx));
}

export function parsePages(
  sources: readonly SourceFile[],
  zone: string,
  words: BodyWords,
  highlight?: Highlight,
  languages?: BodyLanguages,
): ParsedPage[] {
  const ctx = contextOf(zone, words, highlight, languages);
  return sources.map((source) => parsePage(source, ctx));
}
