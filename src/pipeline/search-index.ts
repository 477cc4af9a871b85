// Full-text search: once the site is written and checked, Pagefind reads its post pages (the part
// marked `data-pagefind-body`, with their tag, category and year filters) and writes its index and UI
// into `/pagefind/`. Pagefind runs offline and needs no server: the index is static files, fetched in
// pieces by the search page as the reader types.
//
// The index is written after the output-folder check (which proves the folder holds exactly the files
// of the model), so it is not part of the model; `checkSearchIndex` then proves that indexing only
// added files under `/pagefind/`, left every other file as it was, and indexed each post exactly once.
//
// Pagefind is handed the post pages, not the whole folder (it would parse every list page only to skip
// it, and a site without posts would have every page indexed instead of none), pass by pass as they
// are rendered, so that it indexes while the writer writes (see SearchIndexer). On a build over the
// last build, the pages kept without rendering are handed over as the documents the last build cut
// from them (the build cache's search documents, src/pipeline/build-cache.ts): Pagefind 1.6 cannot
// update an index, so every build indexes every page, but only changed pages are rendered for it.

import fs from "node:fs";
import path from "node:path";
import type * as Pagefind from "pagefind";
import { hrefOf, searchIndexUrl } from "../model/urls.ts";
import type { FileState } from "./check-output.ts";

/** Pagefind's Node API, loaded when a build indexes (a build without search never loads it). */
const pagefindApi = (): Promise<typeof Pagefind> => import("pagefind");

/** The index folder, relative to the output folder: `pagefind`. */
export const SEARCH_INDEX_FOLDER = searchIndexUrl.slice(1, -1);

/** The files the search page loads from the index folder; Pagefind writes them with the index. */
export const SEARCH_UI_FILES = ["pagefind-ui.js", "pagefind-ui.css", "pagefind.js"] as const;

/**
 * Pagefind's index, fed as the build goes: each pass's post pages are handed over as they are
 * rendered (the same text the writer writes), so Pagefind's service, a process of its own, indexes on
 * the second core while the next pass is rendered and written. The index files
 * are written at the end, after the output-folder check.
 */
export class SearchIndexer {
  readonly #index: Pagefind.PagefindIndex;
  #pending: Promise<void> = Promise.resolve();

  private constructor(index: Pagefind.PagefindIndex) {
    this.#index = index;
  }

  static async start(): Promise<SearchIndexer> {
    const pagefind = await pagefindApi();
    const created = await pagefind.createIndex({});
    if (created.index === undefined) {
      await pagefind.close();
      throw new Error(`Pagefind did not start: ${created.errors.join("; ")}`);
    }
    return new SearchIndexer(created.index);
  }

  /**
   * Hands over what Pagefind reads of post pages and pages (`searchDocumentOf`), each under its URL;
   * resolves once Pagefind has them (call `finish` to wait for all).
   */
  add(documents: readonly SearchDocument[]): Promise<void> {
    const adding = Promise.all(
      // The URL as every link of the site writes it (percent-encoded), which results link to.
      documents.map((d) => this.#index.addHTMLFile({ url: hrefOf(d.url), content: d.document })),
    ).then((added) => {
      const errors = added.flatMap((a) => a.errors);
      if (errors.length > 0) throw new Error(`Pagefind could not index the site: ${errors.join("; ")}`);
    });
    this.#pending = this.#pending.then(() => adding);
    // Awaited by the build and by `finish`; a build that fails first (a write refused) abandons them.
    adding.catch(() => {});
    this.#pending.catch(() => {});
    return adding;
  }

  /** Writes the index into `<outputDir>/pagefind/`; resolves to the number of pages in it. */
  async finish(outputDir: string): Promise<number> {
    const folder = path.resolve(outputDir, SEARCH_INDEX_FOLDER);
    try {
      await this.#pending;
      const written = await this.#index.writeFiles({ outputPath: folder });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
    } finally {
      // Pagefind runs as a service in a child process; without this the build would not exit.
      await (await pagefindApi()).close();
    }
    return pagesInIndex(fs.readFileSync(path.join(folder, "pagefind-entry.json"), "utf8"));
  }

  /** Stops Pagefind's service without writing (the build failed). */
  static async abandon(): Promise<void> {
    await (await pagefindApi()).close();
  }
}

/** What the index reads of a page: its URL, and its document (`searchDocumentOf`). */
export interface SearchDocument {
  readonly url: string;
  readonly document: string;
}

const ARTICLE_START = "<article";
const BODY_MARK = "data-pagefind-body";
const ARTICLE_END = "</article>";

/**
 * What Pagefind reads of a post page: the document's opening (`<html lang>`, for the language) and the
 * article marked `data-pagefind-body` (title, body, tag, category and year filters), which is all it
 * indexes of the page anyway. Parsing a few kilobytes instead of the whole page (header, sidebar,
 * navigation) is what makes indexing fast. A page without the mark is handed over whole.
 */
export function searchDocumentOf(html: string): string {
  const mark = html.indexOf(BODY_MARK);
  const start = mark === -1 ? -1 : html.lastIndexOf(ARTICLE_START, mark);
  const end = start === -1 ? -1 : html.indexOf(ARTICLE_END, start);
  const htmlTag = html.indexOf("<html");
  const headEnd = html.indexOf(">", htmlTag);
  if (start === -1 || end === -1 || htmlTag === -1 || headEnd === -1) return html;
  return `${html.slice(0, headEnd + 1)}<body>${html.slice(start, end + ARTICLE_END.length)}</body></html>`;
}

/** The pages of an index, from its entry file: `{"languages": {"en": {"page_count": 23, …}}}`. */
export function pagesInIndex(entryJson: string): number {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: unknown }> };
  let pages = 0;
  for (const language of Object.values(entry.languages ?? {})) {
    if (typeof language.page_count === "number") pages += language.page_count;
  }
  return pages;
}

/**
 * After indexing: only files under `pagefind/` were added, every other file is unchanged and still
 * there, the UI files the search page loads exist, and the index holds one page per post.
 */
export function checkSearchIndex(
  before: readonly FileState[],
  after: readonly FileState[],
  posts: number,
  pagesIndexed: number,
): string[] {
  const v: string[] = [];
  const prefix = `${SEARCH_INDEX_FOLDER}/`;
  const was = new Map(before.map((f) => [f.path, f.stamp]));
  const is = new Map(after.map((f) => [f.path, f.stamp]));
  for (const [file, stamp] of was) {
    const now = is.get(file);
    if (now === undefined) v.push(`${file} was removed by the search indexer`);
    else if (now !== stamp) v.push(`${file} was changed by the search indexer`);
  }
  for (const file of is.keys()) {
    if (!was.has(file) && !file.startsWith(prefix))
      v.push(`${file} was written by the search indexer outside ${prefix}`);
  }
  for (const ui of SEARCH_UI_FILES) if (!is.has(prefix + ui)) v.push(`${prefix}${ui} is missing`);
  if (pagesIndexed !== posts)
    v.push(`the search index holds ${pagesIndexed} pages, not the ${posts} posts and pages of the site`);
  return v;
}
