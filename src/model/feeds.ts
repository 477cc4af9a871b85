// Feeds: one for the site, one per tag, category and author, each holding the latest posts of its list.
// A feed needs absolute links, so a site without a `url` setting has none (and the build says so).

import type { Archive, Comment, Feed, RssFeed, SitePost, Term } from "./types.ts";

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

/** Where WordPress served the comments of the whole site. */
export const COMMENTS_FEED_FOLDER = "/comments/feed/";

/**
 * WordPress's feed addresses (the `feedRedirects` setting): each feed again at its list's `feed/`
 * folder, and, when posts have comments, the latest comments at `/comments/feed/`.
 */
export function buildRssFeeds(
  feeds: readonly Feed[],
  posts: readonly SitePost[],
  size: number,
  tree: string,
): RssFeed[] {
  const out: RssFeed[] = feeds.map((feed) => ({
    url: `${feed.pageUrl}feed/index.xml`,
    folder: `${feed.pageUrl}feed/`,
    feed,
    comments: [],
  }));
  const comments: { post: SitePost; comment: Comment }[] = [];
  for (const post of posts) for (const comment of post.comments) comments.push({ post, comment });
  if (comments.length > 0) {
    comments.sort(
      (a, b) =>
        b.comment.date.epochMs - a.comment.date.epochMs ||
        (a.post.url < b.post.url ? -1 : a.post.url > b.post.url ? 1 : 0) ||
        (a.comment.id < b.comment.id ? -1 : a.comment.id > b.comment.id ? 1 : 0),
    );
    out.push({
      url: `${tree}${COMMENTS_FEED_FOLDER}index.xml`,
      folder: `${tree}${COMMENTS_FEED_FOLDER}`,
      feed: undefined,
      comments: comments.slice(0, size),
    });
  }
  return out;
}
