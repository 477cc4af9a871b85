// The paginator: a pure function of a list, a page size and a base URL (Lume's shape). A list always
// has at least one page, so an empty home page still renders.

import type { PageLink, Pager } from "./types.ts";
import { pageUrl } from "./urls.ts";

/** How many neighbours of the current page the numbered navigation shows on each side. */
const WINDOW_RADIUS = 2;

export function paginate<T>(items: readonly T[], size: number, baseUrl: string): Pager<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  const links: PageLink[] = [];
  for (let number = 1; number <= total; number++) links.push({ number, url: pageUrl(baseUrl, number) });
  const pages: Pager<T>[] = [];
  for (let number = 1; number <= total; number++) {
    pages.push({
      number,
      total,
      url: pageUrl(baseUrl, number),
      items: items.slice((number - 1) * size, number * size),
      prev: links[number - 2],
      next: links[number],
      window: pageWindow(links, number),
    });
  }
  return pages;
}

/** First, last, and the current page's neighbours, with `null` where numbers are skipped. */
export function pageWindow(links: readonly PageLink[], current: number): (PageLink | null)[] {
  const total = links.length;
  const shown = new Set<number>([1, total]);
  for (let n = current - WINDOW_RADIUS; n <= current + WINDOW_RADIUS; n++)
    if (n >= 1 && n <= total) shown.add(n);
  const out: (PageLink | null)[] = [];
  let last = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    const link = links[n - 1];
    if (link === undefined) continue;
    if (n > last + 1) out.push(null);
    out.push(link);
    last = n;
  }
  return out;
}
