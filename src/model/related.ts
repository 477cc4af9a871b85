// Related posts: up to five posts that share the most tags with a post.
//
// Order, fully deterministic: more shared tags first; then the one sharing the rarest tag; then the
// nearest in time; then file path. To stay linear on blogs where one tag is on thousands of posts,
// a tag with more than RELATED_WINDOW posts contributes only the RELATED_WINDOW posts nearest in time
// to the post (tags used by fewer posts are compared in full).

import { compareText } from "../issues.ts";
import type { PostDate, PostLink, TermLink } from "./types.ts";

export const RELATED_LIMIT = 5;
export const RELATED_WINDOW = 100;

export interface RelatedInput {
  readonly file: string;
  readonly date: PostDate;
  readonly tags: readonly TermLink[];
  /** The link other posts show to this one. */
  readonly link: PostLink;
}

/** `posts` newest first; returns the related links of each post, by index. */
export function buildRelated(posts: readonly RelatedInput[]): PostLink[][] {
  // Each tag's posts, as ascending indices (so newest first).
  const byTag = new Map<string, number[]>();
  posts.forEach((post, index) => {
    for (const tag of post.tags) {
      const list = byTag.get(tag.url);
      if (list === undefined) byTag.set(tag.url, [index]);
      else list.push(index);
    }
  });

  // Scores live in flat arrays reused for every post (only the entries a post touched are reset):
  // no per-post maps, which at 50,000 posts would be millions of short-lived objects.
  const shared = new Int32Array(posts.length);
  const rarest = new Int32Array(posts.length);
  const touched: number[] = [];
  const links = posts.map((p) => p.link);
  const epoch = Float64Array.from(posts, (p) => p.date.epochMs);
  // Each post's place in file-path order, for the last tie-break without comparing strings.
  const fileRank = new Int32Array(posts.length);
  posts
    .map((p, i) => ({ file: p.file, i }))
    .sort((a, b) => compareText(a.file, b.file))
    .forEach(({ i }, rank) => {
      fileRank[i] = rank;
    });

  return posts.map((post, index) => {
    for (const tag of post.tags) {
      const list = byTag.get(tag.url) ?? [];
      const df = list.length;
      for (const other of windowAround(list, index)) {
        if (other === index) continue;
        if (shared[other] === 0) {
          touched.push(other);
          rarest[other] = df;
        } else if (df < (rarest[other] ?? 0)) rarest[other] = df;
        shared[other] = (shared[other] ?? 0) + 1;
      }
    }
    const when = post.date.epochMs;
    const better = (a: number, b: number): boolean => {
      const d =
        (shared[b] as number) - (shared[a] as number) ||
        (rarest[a] as number) - (rarest[b] as number) ||
        Math.abs((epoch[a] as number) - when) - Math.abs((epoch[b] as number) - when) ||
        (fileRank[a] as number) - (fileRank[b] as number);
      return d < 0;
    };
    // The best RELATED_LIMIT candidates, kept sorted by insertion: linear in the candidates.
    const best: number[] = [];
    for (const candidate of touched) {
      if (best.length === RELATED_LIMIT && !better(candidate, best[RELATED_LIMIT - 1] ?? 0)) continue;
      let at = best.length;
      while (at > 0 && better(candidate, best[at - 1] ?? 0)) at--;
      best.splice(at, 0, candidate);
      if (best.length > RELATED_LIMIT) best.pop();
    }
    for (const i of touched) shared[i] = 0;
    touched.length = 0;
    return best.map((i) => links[i] as PostLink);
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
