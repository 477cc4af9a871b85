// Every page of the site and the view that renders it: one pass of the build (see
// src/build/passes.ts) in, the rendered files out, each with its URL.

import type { RenderPass } from "../src/build/passes.ts";
import { withBasePath } from "../src/format/absolute-urls.ts";
import { buildManifest } from "../src/model/manifest.ts";
import type { Site } from "../src/model/types.ts";
import {
  archivesIndexUrl,
  homeUrl,
  linkPrefixOf,
  manifestPath,
  notFoundPath,
  redirectsFilePath,
  robotsPath,
  searchUrl,
} from "../src/model/urls.ts";
import { renderArchivePage } from "./archive.ts";
import { renderFeed } from "./feed.ts";
import { renderArchivesIndex, renderNotFound, renderTaxonomyIndex } from "./indexes.ts";
import { renderPostPage } from "./post.ts";
import { legacyQueryScript, renderRedirectPage, renderRedirectsFile } from "./redirects.ts";
import { renderSearchPage } from "./search.ts";
import { renderRobots, renderSitemapFile } from "./sitemap.ts";

export interface RenderedPage {
  /** Where the page is served: `/2015/01/28/kim/`, `/feed.xml`. */
  readonly url: string;
  readonly html: string;
}

/** A page not yet rendered: its URL and how to render it. */
export interface PageToRender {
  readonly url: string;
  readonly render: () => string;
}

/** The pages of a pass, each with its view; nothing is rendered until asked. */
export function pagesOf(site: Site, pass: RenderPass): PageToRender[] {
  const pages: PageToRender[] = [];
  // Under a path prefix, every root-relative link of an HTML page gets it (the views and the posts'
  // own links alike); files are still written at the root of the output folder.
  const prefix = linkPrefixOf(site);
  const linked = (view: () => string) => (prefix === "" ? view : () => withBasePath(view(), prefix));
  // Old `/?p=123` links land on the home page (or the 404 page): a line of script sends them on.
  const legacy = legacyQueryScript(site, prefix);
  const withLegacy = (view: () => string) =>
    legacy === "" ? view : () => view().replace("</head>", `${legacy}</head>`);
  for (const page of pass.archivePages) {
    const view = () => renderArchivePage(page, site);
    pages.push({ url: page.pager.url, render: linked(page.pager.url === homeUrl ? withLegacy(view) : view) });
  }
  for (const post of pass.posts)
    pages.push({ url: post.url, render: linked(() => renderPostPage(post, site)) });
  for (const redirect of pass.redirects)
    pages.push({ url: redirect.from, render: linked(() => renderRedirectPage(redirect, site)) });
  for (const feed of pass.feeds) pages.push({ url: feed.url, render: () => renderFeed(feed, site) });
  for (const file of pass.sitemap)
    pages.push({ url: file.path, render: () => renderSitemapFile(file, site) });
  if (pass.singles.length > 0) {
    pages.push(
      { url: archivesIndexUrl, render: linked(() => renderArchivesIndex(site)) },
      { url: site.tags.url, render: linked(() => renderTaxonomyIndex(site.tags, site)) },
      { url: site.categories.url, render: linked(() => renderTaxonomyIndex(site.categories, site)) },
      { url: notFoundPath, render: linked(withLegacy(() => renderNotFound(site))) },
      { url: robotsPath, render: () => renderRobots(site) },
      { url: manifestPath, render: () => `${JSON.stringify(buildManifest(site))}\n` },
    );
    if (site.settings.search) pages.push({ url: searchUrl, render: linked(() => renderSearchPage(site)) });
    if (site.redirects.length > 0)
      pages.push({ url: redirectsFilePath, render: () => renderRedirectsFile(site, prefix) });
  }
  return pages;
}

export function renderPass(site: Site, pass: RenderPass): RenderedPage[] {
  return pagesOf(site, pass).map((page) => ({ url: page.url, html: page.render() }));
}
