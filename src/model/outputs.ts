// Everything a build writes, by URL: the one list the URL-clash check, the integrity check, the
// manifest and the after-write check all read, so that they cannot disagree about what a site is.

import type { Archive, Site } from "./types.ts";
import {
  archivesIndexUrl,
  manifestPath,
  notFoundPath,
  redirectsFilePath,
  robotsPath,
  searchScriptPath,
  searchUrl,
  stylesheetPath,
  taxonomyIndexUrl,
} from "./urls.ts";

export interface Output {
  readonly url: string;
  /** What the file is, for messages: `content/x.md`, `the tags index`, … */
  readonly what: string;
  /** The source file, for a post page. */
  readonly post: string | undefined;
  /**
   * An HTML page of content (as opposed to a feed, a sitemap, robots.txt, the manifest, the
   * stylesheet, a redirect or the search page, which has no content of its own): the sitemap lists
   * these.
   */
  readonly page: boolean;
}

export function siteOutputs(site: Site): Output[] {
  const out: Output[] = [];
  const add = (url: string, what: string, page: boolean, post?: string) =>
    out.push({ url, what, post, page });
  add(archivesIndexUrl, "the archives index", true);
  add(taxonomyIndexUrl("tag"), "the tags index", true);
  add(taxonomyIndexUrl("category"), "the categories index", true);
  add(notFoundPath, "the 404 page", true);
  add(robotsPath, "robots.txt", false);
  add(manifestPath, "the manifest", false);
  add(stylesheetPath, "the stylesheet", false);
  // Copied with the stylesheet from layouts/assets/, whether or not the site has a search page.
  add(searchScriptPath, "the search page's script", false);
  for (const file of site.theme.files) add(file.url, `the theme file ${file.source}`, false);
  // The search page; Pagefind's index (/pagefind/) is written after the site and its check, so it is
  // not an output of the model (see src/build/search-index.ts).
  if (site.settings.search) add(searchUrl, "the search page", false);
  for (const page of site.archivePages)
    add(page.pager.url, describeArchive(page.archive, page.pager.number), true);
  for (const post of site.posts) add(post.url, post.file, true, post.file);
  for (const feed of site.feeds) add(feed.url, `the feed of ${feed.pageUrl}`, false);
  for (const file of site.sitemap) add(file.path, "the sitemap", false);
  for (const redirect of site.redirects) add(redirect.from, `a redirect (${redirect.why})`, false);
  if (site.redirects.length > 0) add(redirectsFilePath, "the redirects file", false);
  return out;
}

function describeArchive(archive: Archive, page: number): string {
  const suffix = page > 1 ? ` (page ${page})` : "";
  switch (archive.kind) {
    case "home":
      return `the home page${suffix}`;
    case "tag":
    case "category":
      return `the ${archive.kind} archive “${archive.name}”${suffix}`;
    default:
      return `the archive for ${archive.name}${suffix}`;
  }
}
