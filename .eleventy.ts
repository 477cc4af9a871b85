// The Eleventy adapter: routes over the site model that `src/` builds. Each route paginates, one page
// per item, over a list the model has already computed; the views in `layouts/` render them. Content
// is not an Eleventy input: posts never pass through a template engine.

import type { UserConfig } from "@11ty/eleventy";
import { renderArchivePage } from "./layouts/archive.ts";
import { renderFeed } from "./layouts/feed.ts";
import { renderArchivesIndex, renderNotFound, renderTaxonomyIndex } from "./layouts/indexes.ts";
import { renderPostPage } from "./layouts/post.ts";
import { renderRobots, renderSitemapFile } from "./layouts/sitemap.ts";
import { checkWrittenSite } from "./src/build/check-output.ts";
import {
  lastLoadedSite,
  loadModelForEleventy,
  type SiteData,
  sourceOptionsFromEnv,
} from "./src/eleventy/site-source.ts";
import { IntegrityError } from "./src/model/integrity.ts";
import { buildManifest } from "./src/model/manifest.ts";
import type { ArchivePage, Feed, SitemapFile, SitePost } from "./src/model/types.ts";
import {
  archivesIndexUrl,
  manifestPath,
  notFoundPath,
  outputPathOf,
  robotsPath,
  taxonomyIndexUrl,
} from "./src/model/urls.ts";

interface RouteData {
  readonly annals: SiteData;
}

export default function (config: UserConfig) {
  const options = sourceOptionsFromEnv();
  config.addGlobalData("annals", () => loadModelForEleventy(options));
  config.addWatchTarget(options.contentDir);

  const list = (key: string, alias: string) => ({
    pagination: { data: `annals.site.${key}`, size: 1, alias, addAllPagesToCollections: false },
    eleventyExcludeFromCollections: true,
  });
  const single = (url: string) => ({ permalink: outputPathOf(url), eleventyExcludeFromCollections: true });

  config.addTemplate<RouteData & { post: SitePost }>("routes/post.11ty.js", {
    data: { ...list("posts", "post"), permalink: (d: { post: SitePost }) => outputPathOf(d.post.url) },
    render: (d) => renderPostPage(d.post, d.annals.site),
  });
  config.addTemplate<RouteData & { listing: ArchivePage }>("routes/archive.11ty.js", {
    data: {
      ...list("archivePages", "listing"),
      permalink: (d: { listing: ArchivePage }) => outputPathOf(d.listing.pager.url),
    },
    render: (d) => renderArchivePage(d.listing, d.annals.site),
  });
  config.addTemplate<RouteData>("routes/archives-index.11ty.js", {
    data: single(archivesIndexUrl),
    render: (d) => renderArchivesIndex(d.annals.site),
  });
  config.addTemplate<RouteData>("routes/tags-index.11ty.js", {
    data: single(taxonomyIndexUrl("tag")),
    render: (d) => renderTaxonomyIndex(d.annals.site.tags, d.annals.site),
  });
  config.addTemplate<RouteData>("routes/categories-index.11ty.js", {
    data: single(taxonomyIndexUrl("category")),
    render: (d) => renderTaxonomyIndex(d.annals.site.categories, d.annals.site),
  });
  config.addTemplate<RouteData>("routes/not-found.11ty.js", {
    data: single(notFoundPath),
    render: (d) => renderNotFound(d.annals.site),
  });

  config.addTemplate<RouteData & { feed: Feed }>("routes/feed.11ty.js", {
    data: { ...list("feeds", "feed"), permalink: (d: { feed: Feed }) => d.feed.url },
    render: (d) => renderFeed(d.feed, d.annals.site),
  });
  config.addTemplate<RouteData & { sitemapFile: SitemapFile }>("routes/sitemap.11ty.js", {
    data: {
      ...list("sitemap", "sitemapFile"),
      permalink: (d: { sitemapFile: SitemapFile }) => d.sitemapFile.path,
    },
    render: (d) => renderSitemapFile(d.sitemapFile, d.annals.site),
  });
  config.addTemplate<RouteData>("routes/robots.11ty.js", {
    data: single(robotsPath),
    render: (d) => renderRobots(d.annals.site),
  });

  config.addTemplate<RouteData>("routes/manifest.11ty.js", {
    data: single(manifestPath),
    render: (d) => `${JSON.stringify(buildManifest(d.annals.site))}\n`,
  });

  config.addPassthroughCopy({ "layouts/assets": "assets" });

  // The integrity check after writing: the output is exactly the model, inside the output folder.
  config.on("eleventy.after", ({ results }) => {
    const site = lastLoadedSite();
    if (site === undefined || results === undefined) return;
    const written = results.flatMap((r) =>
      typeof r.outputPath === "string" ? [{ url: r.url, outputPath: r.outputPath, content: r.content }] : [],
    );
    const violations = checkWrittenSite(site, options.outputDir, written);
    if (violations.length > 0) throw new IntegrityError("after writing the site", violations);
  });

  return {
    dir: { input: "layouts", output: options.outputDir },
    templateFormats: ["11ty.js"],
  };
}
