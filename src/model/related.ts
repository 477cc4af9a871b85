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
  const byTagLists = new Map<string, number[]>();
  posts.forEach((post, index) => {
    for (const tag of post.tags) {
      const list = byTagLists.get(tag.url);
      if (list === undefined) byTagLists.set(tag.url, [index]);
      else list.push(index);
    }
  });
  const byTag = new Map<string, Int32Array>();
  for (const [url, list] of byTagLists) byTag.set(url, Int32Array.from(list));

  // Scores live in flat arrays reused for every post (only the entries a post touched are reset):
  // no per-post maps, which at 50,000 posts would be millions of short-lived objects.
  const shared = new Int32Array(posts.length);
  const rarest = new Int32Array(posts.length);
  const touched = new Int32Array(posts.length);
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
  const best = new Int32Array(RELATED_LIMIT);

  return posts.map((post, index) => {
    let count = 0;
    for (const tag of post.tags) {
      const list = byTag.get(tag.url) as Int32Array;
      const df = list.length;
      const start = windowStart(list, index);
      const end = Math.min(df, start + RELATED_WINDOW);
      for (let k = start; k < end; k++) {
        const other = list[k] as number;
        if (other === index) continue;
        if (shared[other] === 0) {
          touched[count++] = other;
          rarest[other] = df;
        } else if (df < (rarest[other] as number)) rarest[other] = df;
        shared[other] = (shared[other] as number) + 1;
      }
    }
    const when = post.date.epochMs;
    // True when candidate a ranks before b: more shared tags, a rarer tag, nearer in time, file path.
    const better = (a: number, b: number): boolean => {
      const d =
        (shared[b] as number) - (shared[a] as number) ||
        (rarest[a] as number) - (rarest[b] as number) ||
        Math.abs((epoch[a] as number) - when) - Math.abs((epoch[b] as number) - when) ||
        (fileRank[a] as number) - (fileRank[b] as number);
      return d < 0;
    };
    // The best RELATED_LIMIT candidates, kept sorted by insertion: linear in the candidates.
    let kept = 0;
    for (let t = 0; t < count; t++) {
      const candidate = touched[t] as number;
      if (kept === RELATED_LIMIT && !better(candidate, best[RELATED_LIMIT - 1] as number)) continue;
      let at = kept < RELATED_LIMIT ? kept++ : RELATED_LIMIT - 1;
      while (at > 0 && better(candidate, best[at - 1] as number)) {
        best[at] = best[at - 1] as number;
        at--;
      }
      best[at] = candidate;
    }
    for (let t = 0; t < count; t++) shared[touched[t] as number] = 0;
    const related: PostLink[] = [];
    for (let b = 0; b < kept; b++) related.push(links[best[b] as number] as PostLink);
    return related;
  });
}

/**
 * Where the window of a tag's posts for `index` starts: a short list whole (from 0); a long one's
 * RELATED_WINDOW entries nearest to `index`.
 */
function windowStart(sorted: Int32Array, index: number): number {
  if (sorted.length <= RELATED_WINDOW) return 0;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < index) lo = mid + 1;
    else hi = mid;
  }
  const half = RELATED_WINDOW >> 1;
  return Math.max(0, Math.min(lo - half, sorted.length - RELATED_WINDOW));
}
