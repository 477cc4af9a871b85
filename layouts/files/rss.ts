// RSS 2.0 at WordPress's feed addresses (the `feedRedirects` setting): the feeds a WordPress blog's
// subscribers have, in the shape WordPress served them (feed-rss2.php: `content:encoded`, `dc:creator`,
// `atom:link rel="self"`), so that feed readers keep them after the move. A post's `guid` is
// WordPress's own (`https://blog.example/?p=123`, from the post's `/?p=` alias) where the post has
// one: readers that remember items by guid do not show the posts again as new.

import { decodeHTML } from "entities";
import { absolutizeHtml, withBasePath } from "../../src/format/absolute-urls.ts";
import { escapeHtml } from "../../src/format/html.ts";
import { cdata, type Xml, xml } from "../../src/format/xml.ts";
import { QUERY_ALIAS } from "../../src/model/post-redirects.ts";
import type { RssFeed, Site, SitePost } from "../../src/model/types.ts";
import { absoluteUrl, linkPrefixOf } from "../../src/model/urls.ts";
import { feedTitleOf } from "../words/places.ts";
import type { Words } from "../words/words.ts";
import { entryId } from "./feed.ts";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** RFC 822 as RSS wants it, in the date's own offset: `Wed, 28 Jan 2015 22:10:00 +0900`. */
export function rfc822(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (m === null) return new Date(iso).toUTCString().replace("GMT", "+0000");
  const [, y, mo, d, h, mi, s, zone] = m as unknown as string[];
  const weekday = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay();
  const offset = zone === "Z" ? "+0000" : (zone ?? "+00:00").replace(":", "");
  return `${DAYS[weekday]}, ${d} ${MONTHS[Number(mo) - 1]} ${y} ${h}:${mi}:${s} ${offset}`;
}

/**
 * A body's first 55 words as text, WordPress's automatic excerpt: `… […]` when there is more.
 * Readers take an RSS description as HTML, so text goes in escaped (`escapeHtml`).
 */
function excerptOf(html: string): string {
  const words = decodeHTML(html.replace(/<[^>]*>/g, " "))
    .split(/\s+/)
    .filter((w) => w !== "");
  return words.length > 55 ? `${words.slice(0, 55).join(" ")} […]` : words.join(" ");
}

/** WordPress's guid for the post (`/?p=123`) when it came from WordPress, else a stable tag URI. */
function guidOf(post: SitePost, siteUrl: string): Xml {
  const old = post.aliases.find((a) => QUERY_ALIAS.exec(a)?.[1] === "p");
  return old === undefined
    ? xml`<guid isPermaLink="false">${entryId(siteUrl, post)}</guid>`
    : xml`<guid isPermaLink="false">${absoluteUrl(siteUrl, old)}</guid>`;
}

export function renderRss(rss: RssFeed, site: Site, words: Words): string {
  const { settings } = site;
  const abs = (url: string) => absoluteUrl(settings.url, url);
  const html = (body: string, pageUrl: string) =>
    absolutizeHtml(withBasePath(body, linkPrefixOf(site)), abs(pageUrl));
  const feed = rss.feed;
  const title =
    feed === undefined
      ? words.t("commentsFeedTitle", { site: settings.title })
      : feedTitleOf(feed.place, words, settings.title);
  const description = feed?.description ?? settings.description;
  const updated =
    feed === undefined ? (rss.comments[0]?.comment.date.iso ?? "1970-01-01T00:00:00Z") : feed.updated;
  const items =
    feed === undefined
      ? rss.comments.map(({ post, comment }) => {
          const link = `${abs(post.url)}#comment-${comment.id}`;
          // A commenter's name is text from a stranger: escaped as HTML too, for readers that take
          // titles and names as HTML.
          const name = comment.author === "" ? words.t("commentAnonymous") : comment.author;
          return xml`
	<item>
		<title>${escapeHtml(words.t("commentFeedItem", { title: post.title, name }))}</title>
		<link>${link}</link>
		<dc:creator>${cdata(escapeHtml(name))}</dc:creator>
		<pubDate>${rfc822(comment.date.iso)}</pubDate>
		<guid isPermaLink="false">${link}</guid>
		<description>${cdata(escapeHtml(excerptOf(comment.html)))}</description>
		<content:encoded>${cdata(html(comment.html, post.url))}</content:encoded>
	</item>`;
        })
      : feed.posts.map((post) => {
          const body = post.teaserHtml ?? post.listBodyHtml;
          return xml`
	<item>
		<title>${post.title}</title>
		<link>${abs(post.url)}</link>
${post.author === undefined ? "" : xml`		<dc:creator>${cdata(post.author.name)}</dc:creator>\n`}		<pubDate>${rfc822(post.date.iso)}</pubDate>
${[...post.categories, ...post.tags].map((t) => xml`		<category>${cdata(t.name)}</category>\n`)}		${guidOf(post, settings.url)}
		<description>${cdata(escapeHtml(post.excerpt ?? excerptOf(body)))}</description>
		<content:encoded>${cdata(html(settings.feedContent === "teaser" ? body : post.listBodyHtml, post.url))}</content:encoded>
${post.comments.length === 0 ? "" : xml`		<slash:comments>${String(post.comments.length)}</slash:comments>\n`}	</item>`;
        });
  return xml`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
>
<channel>
	<title>${title}</title>
	<atom:link href="${abs(rss.folder)}" rel="self" type="application/rss+xml" />
	<link>${abs(feed?.pageUrl ?? site.home.url)}</link>
	<description>${escapeHtml(description)}</description>
	<lastBuildDate>${rfc822(updated)}</lastBuildDate>
	<language>${words.language}</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>annals</generator>${items}
</channel>
</rss>
`.value;
}
