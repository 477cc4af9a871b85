// Feeds: one for the site, one per tag, category and author, each holding the latest posts of its list.
// A feed needs absolute links, so a site without a `url` setting has none (and the build says so).

import type { Archive, Feed, SitePost, Term } from "./types.ts";

export function buildFeeds(lists: readonly (Archive | Term)[], size: number): Feed[] {
  const feeds: Feed[] = [];
  for (const list of lists) {
    if (list.feed === undefined) continue;
    const posts = list.posts.slice(0, size);
    feeds.push({
      url: list.feed,
      pageUrl: list.url,
      place: list.place,
      posts,
      updated: latestOf(posts),
      description: "description" in list ? list.description?.text : undefined,
    });
  }
  return feeds;
}

/** Atom needs an `updated` even for an empty feed: the Unix epoch then, never the build time. */
function latestOf(posts: readonly SitePost[]): string {
  let latest: SitePost | undefined;
  for (const post of posts)
    if (latest === undefined || post.updated.epochMs > latest.updated.epochMs) latest = post;
  return latest?.updated.iso ?? "1970-01-01T00:00:00Z";
}
