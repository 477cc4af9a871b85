// "On this day": a page per calendar day with posts in any year (`/on-this-day/01-28/`), listing the
// posts of that day across the years, newest year first. Every post is on exactly one such page.

import { latestUpdate } from "./archive.ts";
import type { CountedLink, OnThisDay, PostDate, SitePost } from "./types.ts";
import { onThisDayUrl } from "./urls.ts";

/** `1-28`: a date's calendar day, whatever its year. */
export function monthDayOf(date: Pick<PostDate, "month" | "day">): string {
  return `${date.month}-${date.day}`;
}

/** How many posts each calendar day has across the years, by `monthDayOf`. */
export function countByMonthDay(dates: Iterable<Pick<PostDate, "month" | "day">>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(monthDayOf(date), (counts.get(monthDayOf(date)) ?? 0) + 1);
  return counts;
}

/** The link to a date's "on this day" page, with how many posts the page holds. */
export function onThisDayLink(
  date: Pick<PostDate, "month" | "day">,
  counts: ReadonlyMap<string, number>,
  tree: string,
): CountedLink {
  return {
    place: { kind: "onThisDay", month: date.month, day: date.day },
    url: onThisDayUrl(date.month, date.day, tree),
    count: counts.get(monthDayOf(date)) ?? 0,
  };
}

/** `posts` must be newest first. The pages come in calendar order, January 1st first. */
export function buildOnThisDay(posts: readonly SitePost[], tree: string): OnThisDay[] {
  const byDay = new Map<string, SitePost[]>();
  for (const post of posts) {
    const key = monthDayOf(post.date);
    const list = byDay.get(key);
    if (list === undefined) byDay.set(key, [post]);
    else list.push(post);
  }
  const pages: OnThisDay[] = [];
  for (const list of byDay.values()) {
    const { month, day } = (list[0] as SitePost).date;
    const years: { year: number; posts: SitePost[] }[] = [];
    for (const post of list) {
      const last = years.at(-1);
      if (last !== undefined && last.year === post.date.year) last.posts.push(post);
      else years.push({ year: post.date.year, posts: [post] });
    }
    pages.push({
      month,
      day,
      place: { kind: "onThisDay", month, day },
      url: onThisDayUrl(month, day, tree),
      years,
      posts: list,
      lastmod: latestUpdate(list),
    });
  }
  return pages.sort((a, b) => a.month - b.month || a.day - b.day);
}
