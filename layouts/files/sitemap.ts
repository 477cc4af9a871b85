// sitemap.xml (sitemaps.org protocol), its parts when the site is large, and robots.txt.

import { xml } from "../../src/format/xml.ts";
import type { SitemapEntry, SitemapFile } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/types.ts";
import { absoluteUrl, sitemapPath } from "../../src/model/urls.ts";

export function renderSitemapFile(file: SitemapFile, site: Site): string {
  const abs = (url: string) => absoluteUrl(site.settings.url, url);
  const lastmod = (e: SitemapEntry) => (e.lastmod === undefined ? "" : xml`<lastmod>${e.lastmod}</lastmod>`);
  if (file.parts.length > 0) {
    return xml`<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${file.parts.map((part) => xml`<sitemap><loc>${abs(part.url)}</loc>${lastmod(part)}</sitemap>\n`)}</sitemapindex>
`.value;
  }
  // A page written in several languages lists each version (itself too) as an alternate (Google's
  // xhtml:link form), so that search engines show readers the one in their language.
  const multilingual = file.entries.some((e) => (e.alternates?.length ?? 0) > 0);
  const alternates = (e: SitemapEntry) =>
    (e.alternates ?? []).map(
      (a) => xml`<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${abs(a.url)}"/>`,
    );
  return xml`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${multilingual ? xml` xmlns:xhtml="http://www.w3.org/1999/xhtml"` : ""}>
${file.entries.map((e) => xml`<url><loc>${abs(e.url)}</loc>${lastmod(e)}${alternates(e)}</url>\n`)}</urlset>
`.value;
}

export function renderRobots(site: Site): string {
  const sitemap = site.settings.url === "" ? "" : `Sitemap: ${absoluteUrl(site.settings.url, sitemapPath)}\n`;
  return `User-agent: *\nAllow: /\n${sitemap}`;
}
