// The sitemap: every HTML page the site has except the 404 page, each once, with when its main
// content last changed (from the posts, never the build time). A sitemap file holds at most 50,000
// URLs; a bigger site gets numbered parts, and `sitemap.xml` becomes their index.

import type { ArchivePage, SitemapEntry, SitemapFile, SitePost } from "./types.ts";
import { sitemapPartPath, sitemapPath } from "./urls.ts";

export const SITEMAP_LIMIT = 50_000;

export interface SitemapInput {
  readonly posts: readonly SitePost[];
  readonly archivePages: readonly ArchivePage[];
  /** The index pages (`/archives/`, `/tags/`, `/categories/`): they change with any post. */
  readonly indexUrls: readonly string[];
  readonly siteLastmod: string | undefined;
}

export function buildSitemap(input: SitemapInput, limit = SITEMAP_LIMIT): SitemapFile[] {
  const entries: SitemapEntry[] = [
    ...input.archivePages.map((page) => ({ url: page.pager.url, lastmod: page.archive.lastmod })),
    ...input.indexUrls.map((url) => ({ url, lastmod: input.siteLastmod })),
    ...input.posts.map((post) => ({ url: post.url, lastmod: post.updated.iso })),
  ];
  if (entries.length <= limit) return [{ path: sitemapPath, entries, parts: [] }];
  const parts: SitemapFile[] = [];
  for (let i = 0; i * limit < entries.length; i++) {
    parts.push({
      path: sitemapPartPath(i + 1),
      entries: entries.slice(i * limit, (i + 1) * limit),
      parts: [],
    });
  }
  const index: SitemapFile = {
    path: sitemapPath,
    entries: [],
    parts: parts.map((part) => ({ url: part.path, lastmod: latest(part.entries) })),
  };
  return [index, ...parts];
}

function latest(entries: readonly SitemapEntry[]): string | undefined {
  let found: string | undefined;
  let foundMs = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    if (e.lastmod === undefined) continue;
    const ms = Date.parse(e.lastmod);
    if (ms > foundMs) {
      foundMs = ms;
      found = e.lastmod;
    }
  }
  return found;
}
