// Which posts a build publishes: not drafts, and not posts dated after the build time unless the
// settings publish future posts.

import type { Settings } from "./settings.ts";
import type { Post } from "./types.ts";

export function isFuture(post: Post, settings: Settings, now: number): boolean {
  return settings.futurePosts === "hold" && post.date.epochMs > now;
}

export function isPublished(post: Post, settings: Settings, now: number): boolean {
  return !post.draft && !isFuture(post, settings, now);
}
