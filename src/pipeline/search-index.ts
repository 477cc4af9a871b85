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
// are rendered, so that it indexes while the writer writes (see SearchIndexer).
//
// Pagefind 1.6 cannot update an index, so the index is made in parts (`SearchPart`): the posts of
// consecutive years, each part an index of its own in a folder of its own, which the search page
// searches together (layouts/assets/search.js). A build over the last build indexes again only the
// parts whose pages' documents changed (a new post: the newest part) and keeps the others' files as
// they are (src/pipeline/pipeline.ts; the build cache records each part's documents' hashes and
// files, src/pipeline/build-cache.ts). A part indexed again is handed its kept pages' documents as the
// last build cut them (the build cache's search documents), so kept pages are not rendered for it.

import crypto from "node:crypto";
import fs from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type * as Pagefind from "pagefind";
import type { RenderedRoute } from "../model/routes.ts";
import { hrefOf, outputPathOf, searchIndexUrl } from "../model/urls.ts";
import type { SearchPartRecord } from "./build-cache.ts";
import type { FileState } from "./check-output.ts";

/**
 * Pagefind's Node API, loaded when a build indexes (a build without search never loads it). Its
 * module starts one service process and indexes in it one thing at a time, on one core: service
 * `n` > 0 is another instance of the module (its URL with `?service=n`), with a service of its own.
 */
const pagefindApi = (service = 0): Promise<typeof Pagefind> =>
  service === 0 ? import("pagefind") : import(`${import.meta.resolve("pagefind")}?service=${service}`);

/**
 * How many pages' documents (~5 KB each) Pagefind may be behind the build before `add` waits: enough
 * for it to index the posts while the lists are rendered, few enough that they do not pile up.
 */
export const SEARCH_BACKLOG = 1000;

/**
 * How many Pagefind services a build may run at once: one per core, at most 4 (each holds its own
 * copy of what Pagefind keeps beside its indexes: ~230 MB more for a second at 10,000 posts).
 */
export const searchServices = (): number => Math.min(4, Math.max(1, availableParallelism()));

/** The index folder, relative to the output folder: `pagefind`. */
export const SEARCH_INDEX_FOLDER = searchIndexUrl.slice(1, -1);

/** The files the search page loads from the index folder; Pagefind writes them with the index. */
export const SEARCH_UI_FILES = ["pagefind-ui.js", "pagefind-ui.css", "pagefind.js"] as const;

/**
 * A part of the search index: the posts of one or more consecutive years (the content pages go with
 * the newest part), indexed by Pagefind as an index of its own in `pagefind/<folder>`. The search
 * page searches every part at once (layouts/assets/search.js, Pagefind's `mergeIndex`). A build on
 * the last build indexes again only the parts whose pages changed: a new post is in the newest part,
 * and the older parts' files are kept as they are.
 */
export interface SearchPart {
  /** Inside the index folder: "" for the newest part, else the first year of its posts and "/" ("2015/"). */
  readonly folder: string;
  /** The URLs of its posts and pages, in the order a clean build hands them over. */
  readonly urls: readonly string[];
}

/** The fewest posts a part holds (but the newest): whole years are put together until they reach it. */
export const SEARCH_PART_POSTS = 1000;
/** A site of more posts than this many times the part size has its parts made twice as large (again, as needed). */
const MOST_PARTS = 16;

/**
 * The parts of the index (`SearchPart`), newest first. `documents` are the site's posts (with their
 * year) and pages (none), in the order a clean build hands them over. From the oldest year, years
 * are put in one part until it holds at least `least` posts (`SEARCH_PART_POSTS`, doubled while
 * there would be more than 16 parts); the years after the last full part are the newest part, with
 * the pages. A site whose years before the newest hold fewer posts (all of them in one year, say) has
 * one part, the index folder itself.
 */
export function planSearchParts(
  documents: readonly { readonly url: string; readonly year: number | undefined }[],
  least: number = SEARCH_PART_POSTS,
): SearchPart[] {
  const perYear = new Map<number, number>();
  for (const { year } of documents) if (year !== undefined) perYear.set(year, (perYear.get(year) ?? 0) + 1);
  let dated = 0;
  for (const count of perYear.values()) dated += count;
  let size = Math.max(1, least);
  while (dated > size * MOST_PARTS) size *= 2;
  // The first year of each part, oldest first; the part of each year.
  const firsts: number[] = [];
  const partOfYear = new Map<number, number>();
  let held = size;
  for (const year of [...perYear.keys()].sort((a, b) => a - b)) {
    if (held >= size) {
      firsts.push(year);
      held = 0;
    }
    held += perYear.get(year) ?? 0;
    partOfYear.set(year, firsts.length - 1);
  }
  if (firsts.length === 0) firsts.push(0);
  const urls: string[][] = firsts.map(() => []);
  for (const { url, year } of documents) {
    const part = year === undefined ? firsts.length - 1 : (partOfYear.get(year) as number);
    urls[part]?.push(url);
  }
  return firsts
    .map((first, i) => ({ folder: i === firsts.length - 1 ? "" : `${first}/`, urls: urls[i] ?? [] }))
    .reverse();
}

/** The pages Pagefind indexes: posts and content pages. */
export function isSearchable(
  route: RenderedRoute,
): route is Extract<RenderedRoute, { kind: "post" | "page" }> {
  return route.kind === "post" || route.kind === "page";
}

/**
 * Each page of a part with a hash of its document (by output path in `documents`), in the part's
 * order; a page without a document has the hash "".
 */
export function documentHashes(part: SearchPart, documents: ReadonlyMap<string, Buffer>): [string, string][] {
  return part.urls.map((url) => {
    const document = documents.get(outputPathOf(url));
    return [url, document === undefined ? "" : crypto.hash("sha1", document, "base64")];
  });
}

/**
 * What the next build needs to know of each part of the index (`SearchPartRecord`): its pages with
 * their documents' hashes (`documentHashes`, by folder in `hashesOf`), and its files among `states`
 * (the output folder's files with their stamps, as read once the index was written): those of its
 * folder but the other parts' and the list of parts. A part with a page whose document is not at
 * hand is left out (indexed again by the next build).
 */
export function searchPartRecords(
  parts: readonly SearchPart[],
  hashesOf: ReadonlyMap<string, readonly [string, string][]>,
  states: readonly FileState[],
): SearchPartRecord[] {
  const prefix = `${SEARCH_INDEX_FOLDER}/`;
  const inner = parts.filter((p) => p.folder !== "").map((p) => `${prefix}${p.folder}`);
  const records: SearchPartRecord[] = [];
  for (const part of parts) {
    const hashes = hashesOf.get(part.folder);
    if (hashes === undefined || hashes.some(([, hash]) => hash === "")) continue;
    const own = `${prefix}${part.folder}`;
    const held: [string, string][] = [];
    for (const { path: file, stamp } of states) {
      if (!file.startsWith(own) || file === `${prefix}${SEARCH_PARTS_FILE}`) continue;
      if (inner.some((folder) => folder !== own && file.startsWith(folder))) continue;
      held.push([file, stamp]);
    }
    records.push({ folder: part.folder, documents: hashes, files: held });
  }
  return records;
}

/** The list of the index's parts the search page reads, in the index folder: `parts.json`. */
export const SEARCH_PARTS_FILE = "parts.json";

/**
 * Pagefind's index, fed as the build goes: each pass's post pages are handed over as they are
 * rendered (the same text the writer writes; the build renders them first, src/pipeline/passes.ts),
 * so Pagefind's services, processes of their own, index them while the rest of the site is rendered
 * and written. Each part marked to be indexed in this build (`SearchPart`, `index`) is an index of
 * its own, made in one of up to `services` Pagefind services (the one holding the fewest pages so
 * far), so that parts are indexed and written side by side. The index files are written at the end,
 * after the output-folder check; the other parts' files are the last build's.
 */
export class SearchIndexer {
  readonly #parts: readonly SearchPart[];
  readonly #services: number;
  /** By URL, the folder of its part. */
  readonly #partOf = new Map<string, string>();
  /** By folder, its part. */
  readonly #byFolder: ReadonlyMap<string, SearchPart>;
  /** The parts indexed in this build, by folder: each one's index and service, made when first needed. */
  readonly #indexes = new Map<string, Made | undefined>();
  /** The services started, by number: each one's API and the pages of the parts given to it. */
  readonly #started = new Map<number, { readonly api: Promise<typeof Pagefind>; pages: number }>();
  /** Settles once Pagefind has every page handed over (rejected where it failed to index one). */
  #pending: Promise<void> = Promise.resolve();
  /** The hand-overs Pagefind may not have yet, oldest first, and how many pages they hold. */
  readonly #backlog: { readonly pages: number; readonly adding: Promise<void> }[] = [];
  #behind = 0;

  private constructor(parts: readonly SearchPart[], services: number) {
    this.#parts = parts;
    this.#services = Math.max(1, services);
    this.#byFolder = new Map(parts.map((part) => [part.folder, part]));
    for (const part of parts) for (const url of part.urls) this.#partOf.set(url, part.folder);
  }

  /**
   * An indexer of `parts` (none of them marked to be indexed yet), with Pagefind's API loaded; its
   * parts shared among at most `services` Pagefind services (`searchServices()`).
   */
  static async start(parts: readonly SearchPart[], services = searchServices()): Promise<SearchIndexer> {
    await pagefindApi();
    return new SearchIndexer(parts, services);
  }

  /** Marks the parts in `folders` to be indexed in this build. */
  index(folders: Iterable<string>): void {
    for (const folder of folders) if (!this.#indexes.has(folder)) this.#indexes.set(folder, undefined);
  }

  /** True when the page at `url` is in a part indexed in this build. */
  indexes(url: string): boolean {
    const folder = this.#partOf.get(url);
    return folder !== undefined && this.#indexes.has(folder);
  }

  /**
   * The index of a part marked to be indexed and its service, made at the first call in the service
   * holding the fewest pages (a service not started yet holds none; the lowest number among equals).
   */
  #made(folder: string): Made {
    const made = this.#indexes.get(folder);
    if (made !== undefined) return made;
    let service = 0;
    for (let n = 1; n < this.#services; n++)
      if ((this.#started.get(n)?.pages ?? 0) < (this.#started.get(service)?.pages ?? 0)) service = n;
    const started = this.#started.get(service) ?? { api: pagefindApi(service), pages: 0 };
    started.pages += this.#byFolder.get(folder)?.urls.length ?? 0;
    this.#started.set(service, started);
    const index = started.api.then(async (pagefind) => {
      const created = await pagefind.createIndex({});
      if (created.index === undefined)
        throw new Error(`Pagefind did not start: ${created.errors.join("; ")}`);
      return created.index;
    });
    // Awaited by whoever hands the part pages or writes it; a build that fails first closes it.
    index.catch(() => {});
    const making = { index, service };
    this.#indexes.set(folder, making);
    return making;
  }

  /**
   * Hands over what Pagefind reads of post pages and pages (`searchDocumentOf`), each under its URL,
   * to its part's index (a part marked to be indexed); resolves once Pagefind is at most
   * `SEARCH_BACKLOG` pages behind. A page Pagefind failed to index rejects the first call that waits
   * for it, or else `finish`.
   */
  add(documents: readonly SearchDocument[]): Promise<void> {
    const adding = Promise.all(
      documents.map(async (d) => {
        const folder = this.#partOf.get(d.url);
        if (folder === undefined || !this.#indexes.has(folder))
          throw new Error(`internal error: ${d.url} is in no part indexed`);
        // The URL as every link of the site writes it (percent-encoded), which results link to.
        return (await this.#made(folder).index).addHTMLFile({ url: hrefOf(d.url), content: d.document });
      }),
    ).then((added) => {
      const errors = added.flatMap((a) => a.errors);
      if (errors.length > 0) throw new Error(`Pagefind could not index the site: ${errors.join("; ")}`);
    });
    this.#pending = this.#pending.then(() => adding);
    this.#backlog.push({ pages: documents.length, adding });
    this.#behind += documents.length;
    const caughtUp = this.#caughtUp();
    // Awaited by the build (the hand-over), by `finish` and `close` (every one); a build that fails
    // first may leave the hand-over unawaited.
    for (const promise of [adding, this.#pending, caughtUp]) promise.catch(() => {});
    return caughtUp;
  }

  /** Waits for the oldest hand-overs until Pagefind is at most `SEARCH_BACKLOG` pages behind. */
  async #caughtUp(): Promise<void> {
    while (this.#behind > SEARCH_BACKLOG) {
      const oldest = this.#backlog.shift();
      if (oldest === undefined) break;
      this.#behind -= oldest.pages;
      await oldest.adding;
    }
  }

  /**
   * Writes each part marked to be indexed (an empty index for one that was handed nothing) into
   * `<outputDir>/pagefind/<folder>`, each service its parts one after the other and the services side
   * by side, then the list of every part (`parts.json`: each part's folder and languages, newest
   * first); resolves to the number of pages in all the parts, the ones kept included.
   */
  async finish(outputDir: string): Promise<number> {
    const folder = path.resolve(outputDir, SEARCH_INDEX_FOLDER);
    try {
      await this.#pending;
      const byService = new Map<number, string[]>();
      for (const part of this.#indexes.keys()) {
        const { service } = this.#made(part);
        const parts = byService.get(service) ?? [];
        parts.push(part);
        byService.set(service, parts);
      }
      await Promise.all(
        [...byService.values()].map(async (parts) => {
          for (const part of parts) {
            const index = await this.#made(part).index;
            const written = await index.writeFiles({ outputPath: path.join(folder, part) });
            if (written.errors.length > 0)
              throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
          }
        }),
      );
    } finally {
      await this.close();
    }
    let pages = 0;
    const listed = this.#parts.map((part) => {
      const entry = readEntry(fs.readFileSync(path.join(folder, part.folder, "pagefind-entry.json"), "utf8"));
      pages += entry.pages;
      return { path: part.folder, languages: entry.languages };
    });
    fs.writeFileSync(path.join(folder, SEARCH_PARTS_FILE), `${JSON.stringify({ parts: listed })}\n`);
    return pages;
  }

  /**
   * Stops Pagefind's services (each a child process: without this the build would not exit), once
   * they have the pages handed over (at most `SEARCH_BACKLOG` are still on their way: a service
   * stopped while it reads them prints its own errors); without writing, where the build failed.
   * Never rejects: the build's own error is the one to report.
   */
  async close(): Promise<void> {
    await this.#pending.catch(() => {});
    await Promise.allSettled([...this.#started.values()].map(async ({ api }) => (await api).close()));
  }
}

/** A part's index in the making, and the Pagefind service that makes it. */
interface Made {
  readonly index: Promise<Pagefind.PagefindIndex>;
  readonly service: number;
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

/**
 * The pages and languages of an index, from its entry file:
 * `{"languages": {"en": {"page_count": 23, …}}}`.
 */
export function readEntry(entryJson: string): { pages: number; languages: string[] } {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: unknown }> };
  let pages = 0;
  for (const language of Object.values(entry.languages ?? {})) {
    if (typeof language.page_count === "number") pages += language.page_count;
  }
  return { pages, languages: Object.keys(entry.languages ?? {}) };
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
