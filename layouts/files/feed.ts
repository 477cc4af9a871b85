// An Atom 1.0 feed (RFC 4287): the site's, a tag's or a category's latest posts. Every link absolute,
// every date with the site's offset, ids stable across rebuilds, and nothing unescaped.

import { absolutizeHtml, withBasePath } from "../../src/format/absolute-urls.ts";
import { flatten } from "../../src/format/flat.ts";
import { cdata, type Xml, xml } from "../../src/format/xml.ts";
import type { Feed, Site, SitePost } from "../../src/model/types.ts";
import { absoluteUrl, linkPrefixOf, taxonomyIndexUrl } from "../../src/model/urls.ts";
import { feedTitleOf } from "../words/places.ts";
import type { Words } from "../words/words.ts";

/**
 * An entry's id: a tag URI (RFC 4151) from the site's host, the post's date and its path. It stays
 * the same across rebuilds for as long as the post keeps its date and URL.
 */
export function entryId(siteUrl: string, post: SitePost): string {
  const host = new URL(siteUrl).hostname;
  const day = post.date.machine.slice(0, 10);
  return `tag:${host},${day}:${encodeURI(post.url)}`;
}

/**
 * A post's entry is the same in every feed that holds it (the site's, its tags', its categories'):
 * rendered once per post and build. Its content is the post's HTML with absolute URLs, in a CDATA
 * section (cheaper than escaping every `<` of a long body, and as valid).
 */
const entries = new WeakMap<SitePost, Xml>();

function entry(post: SitePost, site: Site, words: Words): Xml {
  let rendered = entries.get(post);
  if (rendered === undefined) {
    rendered = renderEntry(post, site, words);
    flatten(rendered.value);
    entries.set(post, rendered);
  }
  return rendered;
}

function renderEntry(post: SitePost, site: Site, words: Words): Xml {
  const { settings } = site;
  const abs = (url: string) => absoluteUrl(settings.url, url);
  const postUrl = abs(post.url);
  const teaser = settings.feedContent === "teaser" ? post.teaserHtml : undefined;
  const body =
    teaser === undefined
      ? post.listBodyHtml
      : `${teaser}<p><a href="${postUrl}#more">${(post.moreLabel ?? words.t("continueReading")).replace(/[&<>"]/g, "")} ${words.dir === "rtl" ? "←" : "→"}</a></p>`;
  return xml`
  <entry>
    <title type="text">${post.title}</title>
    <link rel="alternate" type="text/html" href="${postUrl}"/>
    <id>${entryId(settings.url, post)}</id>
    <published>${post.date.iso}</published>
    <updated>${post.updated.iso}</updated>
${post.author === undefined ? "" : xml`    <author><name>${post.author.name}</name>${post.author.url === undefined ? "" : xml`<uri>${abs(post.author.url)}</uri>`}</author>\n`}${post.tags.map((t) => xml`    <category term="${t.name}" scheme="${abs(taxonomyIndexUrl("tag", site.tree))}" label="${t.name}"/>\n`)}${post.categories.map((c) => xml`    <category term="${c.name}" scheme="${abs(taxonomyIndexUrl("category", site.tree))}" label="${c.name}"/>\n`)}${post.excerpt === undefined ? "" : xml`    <summary type="text">${post.excerpt}</summary>\n`}    <content type="html">${cdata(absolutizeHtml(withBasePath(body, linkPrefixOf(site)), postUrl))}</content>
  </entry>`;
}

export function renderFeed(feed: Feed, site: Site, words: Words): string {
  const { settings } = site;
  const abs = (url: string) => absoluteUrl(settings.url, url);
  const author = settings.author === "" ? settings.title : settings.author;
  return xml`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${words.language}">
  <title type="text">${feedTitleOf(feed.place, words, settings.title)}</title>
${(feed.description ?? settings.description) === "" ? "" : xml`  <subtitle type="text">${feed.description ?? settings.description}</subtitle>\n`}  <link rel="self" type="application/atom+xml" href="${abs(feed.url)}"/>
  <link rel="alternate" type="text/html" href="${abs(feed.pageUrl)}"/>
  <id>${abs(feed.url)}</id>
  <updated>${feed.updated}</updated>
  <author><name>${author}</name></author>
  <generator>annals</generator>${feed.posts.map((post) => entry(post, site, words))}
</feed>
`.value;
}
