// Every page of the site and the view that renders it: one pass of the build (see
// src/build/passes.ts) in, the rendered files out, each with its URL.

import type { RenderPass } from "../src/build/passes.ts";
import { buildManifest } from "../src/model/manifest.ts";
import type { Site } from "../src/model/types.ts";
import { archivesIndexUrl, manifestPath, notFoundPath, robotsPath } from "../src/model/urls.ts";
import { renderArchivePage } from "./archive.ts";
import { renderFeed } from "./feed.ts";
import { renderArchivesIndex, renderNotFound, renderTaxonomyIndex } from "./indexes.ts";
import { renderPostPage } from "./post.ts";
import { renderRobots, renderSitemapFile } from "./sitemap.ts";

export interface RenderedPage {
  /** Where the page is served: `/2015/01/28/kim/`, `/feed.xml`. */
  readonly url: string;
  readonly html: string;
}

export function renderPass(site: Site, pass: RenderPass): RenderedPage[] {
  const pages: RenderedPage[] = [];
  for (const page of pass.archivePages)
    pages.push({ url: page.pager.url, html: renderArchivePage(page, site) });
  for (const post of pass.posts) pages.push({ url: post.url, html: renderPostPage(post, site) });
  for (const feed of pass.feeds) pages.push({ url: feed.url, html: renderFeed(feed, site) });
  for (const file of pass.sitemap) pages.push({ url: file.path, html: renderSitemapFile(file, site) });
  if (pass.singles.length > 0) {
    pages.push(
      { url: archivesIndexUrl, html: renderArchivesIndex(site) },
      { url: site.tags.url, html: renderTaxonomyIndex(site.tags, site) },
      { url: site.categories.url, html: renderTaxonomyIndex(site.categories, site) },
      { url: notFoundPath, html: renderNotFound(site) },
      { url: robotsPath, html: renderRobots(site) },
      { url: manifestPath, html: `${JSON.stringify(buildManifest(site))}\n` },
    );
  }
  return pages;
}
