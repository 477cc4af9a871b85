// Which posts a build publishes: not drafts, and not posts dated after the build time unless the
// settings publish future posts. A preview (the dev server) shows them all, each marked.

import type { Settings } from "./settings.ts";
import type { Post, PostStatus } from "./types.ts";

export function isFuture(post: Pick<Post, "date">, settings: Settings, now: number): boolean {
  return settings.futurePosts === "hold" && post.date.epochMs > now;
}

export function isPublished(post: Pick<Post, "date" | "draft">, settings: Settings, now: number): boolean {
  return !post.draft && !isFuture(post, settings, now);
}

/** What a build does with a post: publish it, or hold it back as a draft or until its date. */
export function statusOf(post: Post, settings: Settings, now: number): PostStatus {
  if (post.draft) return "draft";
  return isFuture(post, settings, now) ? "scheduled" : "published";
}

/** Whether the site shows the post: a preview shows drafts and scheduled posts too. */
export function isShown(
  post: Pick<Post, "date" | "draft">,
  settings: Settings,
  now: number,
  preview: boolean,
): boolean {
  return preview || isPublished(post, settings, now);
}
