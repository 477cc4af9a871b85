// Full-text search: once the site is written and checked, Pagefind reads its post pages (the part
// marked `data-pagefind-body`, with their tag, category and year filters) and writes its index and UI
// into `/pagefind/`. Pagefind runs offline and needs no server: the index is static files, fetched in
// pieces by the search page as the reader types.
//
// The index is written after the output-folder check (which proves the folder holds exactly the files
// of the model), so it is not part of the model; `checkSearchIndex` then proves that indexing only
// added files under `/pagefind/`, left every other file as it was, and indexed each post exactly once.
//
// Pagefind is handed the post pages one by one, as written, rather than the whole folder: it would
// parse every list page only to skip it (measured at 10,000 posts on two cores: 105 s for the folder,
// 43 s for the posts alone), and a site without posts would have every page indexed instead of none.

import fs from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { hrefOf, outputPathOf, searchIndexUrl } from "../model/urls.ts";

/** The index folder, relative to the output folder: `pagefind`. */
export const SEARCH_INDEX_FOLDER = searchIndexUrl.slice(1, -1);

/** The files the search page loads from the index folder; Pagefind writes them with the index. */
export const SEARCH_UI_FILES = ["pagefind-ui.js", "pagefind-ui.css", "pagefind.js"] as const;

/** Pages handed to Pagefind at once: its service works on them while the next are read. */
const PAGES_AT_ONCE = 100;

/**
 * Indexes the post pages (`postUrls`) written in `outputDir`; resolves to the number of pages in the
 * index, as its entry file says.
 */
export async function writeSearchIndex(outputDir: string, postUrls: readonly string[]): Promise<number> {
  const created = await pagefind.createIndex({});
  const index = created.index;
  const folder = path.resolve(outputDir, SEARCH_INDEX_FOLDER);
  try {
    if (index === undefined) throw new Error(`Pagefind did not start: ${created.errors.join("; ")}`);
    for (let start = 0; start < postUrls.length; start += PAGES_AT_ONCE) {
      const added = await Promise.all(
        postUrls.slice(start, start + PAGES_AT_ONCE).map((url) =>
          index.addHTMLFile({
            // The URL as every link of the site writes it (percent-encoded), which results link to.
            url: hrefOf(url),
            content: fs.readFileSync(path.join(outputDir, ...outputPathOf(url).split("/")), "utf8"),
          }),
        ),
      );
      const errors = added.flatMap((a) => a.errors);
      if (errors.length > 0) throw new Error(`Pagefind could not index the site: ${errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
  } finally {
    // Pagefind runs as a service in a child process; without this the build would not exit.
    await pagefind.close();
  }
  return pagesInIndex(fs.readFileSync(path.join(folder, "pagefind-entry.json"), "utf8"));
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
 * A file of the output folder: its path (relative, `/`-separated) and its size and modification time
 * (any write changes them; hashing every file of a large site would cost more than indexing it).
 */
export interface FileState {
  readonly path: string;
  readonly stamp: string;
}

/** Every file under `root`, with its stamp. */
export function readFileStates(root: string): FileState[] {
  const out: FileState[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(absolute, relative);
      else {
        const stat = fs.statSync(absolute);
        out.push({ path: relative, stamp: `${stat.size}:${stat.mtimeMs}` });
      }
    }
  };
  walk(path.resolve(root), "");
  return out;
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
    v.push(`the search index holds ${pagesIndexed} pages, not the ${posts} posts of the site`);
  return v;
}
