// Related posts: up to five posts that share the most tags with a post.
//
// Order, fully deterministic: more shared tags first; then the one sharing the rarest tag; then the
// nearest in time; then file path. To stay linear on blogs where one tag is on thousands of posts,
// a tag with more than RELATED_WINDOW posts contributes only the RELATED_WINDOW posts nearest in time
// to the post (tags used by fewer posts are compared in full).

import { compareText } from "../issues.ts";
import type { PostLink, SitePost } from "./types.ts";

export const RELATED_LIMIT = 5;
export const RELATED_WINDOW = 200;

interface Candidate {
  index: number;
  shared: number;
  rarest: number;
}

/** `posts` newest first; returns the related links of each post, by index. */
export function buildRelated(
  posts: readonly Pick<SitePost, "title" | "url" | "file" | "date" | "tags">[],
): PostLink[][] {
  // Each tag's posts, as ascending indices (so newest first).
  const byTag = new Map<string, number[]>();
  posts.forEach((post, index) => {
    for (const tag of post.tags) {
      const list = byTag.get(tag.url);
      if (list === undefined) byTag.set(tag.url, [index]);
      else list.push(index);
    }
  });

  return posts.map((post, index) => {
    const candidates = new Map<number, Candidate>();
    for (const tag of post.tags) {
      const list = byTag.get(tag.url) ?? [];
      const df = list.length;
      for (const other of windowAround(list, index)) {
        if (other === index) continue;
        const c = candidates.get(other);
        if (c === undefined) candidates.set(other, { index: other, shared: 1, rarest: df });
        else {
          c.shared++;
          if (df < c.rarest) c.rarest = df;
        }
      }
    }
    const when = post.date.epochMs;
    const distance = (i: number): number => Math.abs((posts[i]?.date.epochMs ?? 0) - when);
    return [...candidates.values()]
      .sort(
        (a, b) =>
          b.shared - a.shared ||
          a.rarest - b.rarest ||
          distance(a.index) - distance(b.index) ||
          compareText(posts[a.index]?.file ?? "", posts[b.index]?.file ?? ""),
      )
      .slice(0, RELATED_LIMIT)
      .map((c) => {
        const other = posts[c.index] as SitePost;
        return { title: other.title, url: other.url };
      });
  });
}

/** All of a short list; of a long one, the RELATED_WINDOW entries nearest to `index`. */
function windowAround(sorted: readonly number[], index: number): readonly number[] {
  if (sorted.length <= RELATED_WINDOW) return sorted;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < index) lo = mid + 1;
    else hi = mid;
  }
  const half = RELATED_WINDOW >> 1;
  const start = Math.max(0, Math.min(lo - half, sorted.length - RELATED_WINDOW));
  return sorted.slice(start, start + RELATED_WINDOW);
}
