// A site is written in passes of at most a few thousand files. Eleventy renders every page of a
// build into memory before it writes any (collections may need any page's content), so one pass
// over 25,000 pages holds the whole site's HTML at once; passes bound that to one pass's worth.

import type { ArchivePage, Feed, Redirect, Site, SitemapFile, SitePost } from "../model/types.ts";

/** What one pass renders: a slice of each route's list. */
export interface RenderPass {
  readonly posts: readonly SitePost[];
  readonly archivePages: readonly ArchivePage[];
  readonly feeds: readonly Feed[];
  readonly sitemap: readonly SitemapFile[];
  readonly redirects: readonly Redirect[];
  /** `[true]` in the pass that writes the single pages (index pages, 404, robots.txt, manifest). */
  readonly singles: readonly true[];
  /** True when this pass is the whole site, so the output folder is complete after it. */
  readonly whole: boolean;
}

/** Files per pass: small enough to bound memory, large enough that per-pass overhead stays small. */
export const FILES_PER_PASS = 500;

/**
 * Garbage (mostly written pages) the heap may hold before the build collects it: a share of what was
 * live after the last collection (the model, mostly), and at least a floor. A full collection marks
 * the whole model, so the budget grows with it: at 50,000 posts a fixed budget meant a collection
 * every few passes, each marking a model of 700 MB.
 */
export const GARBAGE_FLOOR_MB = 100;
export const GARBAGE_SHARE = 0.5;

let liveAfterCollection = 0;

/** Collects garbage when the heap holds more than the budget beyond what was live last time. */
export function collectGarbageWhenDue(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return;
  const used = process.memoryUsage().heapUsed;
  const budget = Math.max(GARBAGE_FLOOR_MB * 1048576, liveAfterCollection * GARBAGE_SHARE);
  if (used - liveAfterCollection < budget) return;
  gc();
  liveAfterCollection = process.memoryUsage().heapUsed;
}

export function planPasses(site: Site, filesPerPass = FILES_PER_PASS): RenderPass[] {
  type Item =
    | { kind: "post"; value: SitePost }
    | { kind: "archive"; value: ArchivePage }
    | { kind: "feed"; value: Feed }
    | { kind: "sitemap"; value: SitemapFile }
    | { kind: "redirect"; value: Redirect };
  const items: Item[] = [
    ...site.archivePages.map((value) => ({ kind: "archive" as const, value })),
    ...site.posts.map((value) => ({ kind: "post" as const, value })),
    ...site.feeds.map((value) => ({ kind: "feed" as const, value })),
    ...site.sitemap.map((value) => ({ kind: "sitemap" as const, value })),
    ...site.redirects.map((value) => ({ kind: "redirect" as const, value })),
  ];
  const passes: RenderPass[] = [];
  for (let start = 0; start === 0 || start < items.length; start += filesPerPass) {
    const slice = items.slice(start, start + filesPerPass);
    passes.push({
      posts: slice.flatMap((i) => (i.kind === "post" ? [i.value] : [])),
      archivePages: slice.flatMap((i) => (i.kind === "archive" ? [i.value] : [])),
      feeds: slice.flatMap((i) => (i.kind === "feed" ? [i.value] : [])),
      sitemap: slice.flatMap((i) => (i.kind === "sitemap" ? [i.value] : [])),
      redirects: slice.flatMap((i) => (i.kind === "redirect" ? [i.value] : [])),
      singles: start === 0 ? [true] : [],
      whole: start === 0 && items.length <= filesPerPass,
    });
  }
  return passes;
}

/** The whole site in one pass: for the dev server. */
export function onePass(site: Site): RenderPass {
  return planPasses(site, Number.POSITIVE_INFINITY)[0] as RenderPass;
}
