// A site is rendered and written in passes of a few dozen files: each pass's files are rendered,
// handed to the writer and to the search indexer, and then let go, so that a build never holds the
// whole site's HTML at once, and a pass's pages are let go before V8 moves them out of its young
// generation (a page that outlives it is copied once or twice before it is garbage).

import v8 from "node:v8";
import type { RenderedRoute } from "../model/routes.ts";
import { isSearchable } from "./search-index.ts";

/**
 * Files per pass: few enough that a pass's pages (a home page of ten whole posts is 60 KB) are a small
 * share of the young generation (32 MB, bin/annals.js), many enough that a pass's overhead is small.
 */
export const FILES_PER_PASS = 50;

/**
 * Garbage (mostly written pages) the heap may hold before the build collects it: a share of what was
 * live after the last collection (the model, mostly), and at least a floor. A full collection marks
 * the whole model, so the budget grows with it: at 50,000 posts a fixed budget meant a collection
 * every few passes, each marking a model of 700 MB.
 */
export const GARBAGE_FLOOR_MB = 100;
export const GARBAGE_SHARE = 0.5;

/**
 * A build that renders at most this many files (a build on the last build, mostly) collects no garbage
 * itself: what its passes leave is bounded by these files, and V8's own collections (which mark
 * concurrently, on another core) keep up with it.
 */
export const GARBAGE_FREE_FILES = 2000;

/** Collects garbage when the heap holds more than the budget beyond what was live last time. */
export class GarbageBudget {
  #liveAfterCollection = 0;
  readonly #active: boolean;

  /** `rendering`: how many files the build renders. */
  constructor(rendering: number) {
    this.#active = rendering > GARBAGE_FREE_FILES;
  }

  collectWhenDue(): void {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc === undefined || !this.#active) return;
    const used = v8.getHeapStatistics().used_heap_size;
    const budget = Math.max(GARBAGE_FLOOR_MB * 1048576, this.#liveAfterCollection * GARBAGE_SHARE);
    if (used - this.#liveAfterCollection < budget) return;
    gc();
    this.#liveAfterCollection = v8.getHeapStatistics().used_heap_size;
  }
}

/**
 * The rendered routes in passes of at most `filesPerPass`: the pages the search index reads (posts and
 * pages, `isSearchable`) first, then the others, each in their order. Pagefind indexes the first while
 * the others (the lists, most of a build's rendering) are rendered.
 */
export function planPasses(
  routes: readonly RenderedRoute[],
  filesPerPass = FILES_PER_PASS,
): RenderedRoute[][] {
  const ordered = [...routes.filter(isSearchable), ...routes.filter((route) => !isSearchable(route))];
  const passes: RenderedRoute[][] = [];
  for (let start = 0; start < ordered.length; start += filesPerPass)
    passes.push(ordered.slice(start, start + filesPerPass));
  return passes;
}
