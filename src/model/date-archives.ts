// Date archives (Hugo's GroupByDate): every year, month and day that has posts, each a paginated
// list, linked to the nearest older and newer archive of its kind. A month knows its days with posts
// (for its calendar), a day its "on this day" page.

import { makeArchive } from "./archive.ts";
import { countByMonthDay, onThisDayLink } from "./on-this-day.ts";
import type { Settings } from "./settings.ts";
import type { CountedDay, DateArchive, PlaceLink, SitePost, YearSummary } from "./types.ts";
import { archivesIndexUrlIn, dayUrl, monthUrl, yearUrl } from "./urls.ts";

export interface DateArchives {
  /** Years newest first, each with its months newest first. */
  readonly years: readonly YearSummary[];
  /** Every year, then every month, then every day archive, each group newest first. */
  readonly all: readonly DateArchive[];
}

/** `posts` must be newest first: each archive's list keeps that order. */
export function buildDateArchives(
  posts: readonly SitePost[],
  settings: Settings,
  tree: string,
): DateArchives {
  const years = new Map<number, SitePost[]>();
  const months = new Map<string, SitePost[]>();
  const days = new Map<string, SitePost[]>();
  const push = <K>(map: Map<K, SitePost[]>, key: K, post: SitePost): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [post]);
    else list.push(post);
  };
  for (const post of posts) {
    const { year, month, day } = post.date;
    push(years, year, post);
    push(months, `${year}-${month}`, post);
    push(days, `${year}-${month}-${day}`, post);
  }

  // Each month's days with posts, in order (the posts are newest first: so are the days).
  const daysOf = new Map<string, CountedDay[]>();
  for (const list of days.values()) {
    const { year, month, day } = (list[0] as SitePost).date;
    const days = daysOf.get(`${year}-${month}`) ?? [];
    days.unshift({ day, url: dayUrl(year, month, day, tree), count: list.length });
    daysOf.set(`${year}-${month}`, days);
  }
  const perMonthDay = countByMonthDay(posts.map((p) => p.date));

  const yearLink = (year: number): PlaceLink => ({ place: { kind: "year", year }, url: yearUrl(year, tree) });
  const monthLink = (year: number, month: number): PlaceLink => ({
    place: { kind: "month", year, month },
    url: monthUrl(year, month, tree),
  });
  const archives: PlaceLink = { place: { kind: "archives" }, url: archivesIndexUrlIn(tree) };

  type Draft = Omit<DateArchive, "older" | "newer">;
  const yearDrafts: Draft[] = [...years].map(([year, list]) => ({
    ...makeArchive(
      { kind: "year", ...yearLink(year), posts: list, via: [archives], hasFeed: false },
      settings,
      tree,
    ),
    year,
    month: undefined,
    day: undefined,
    days: [],
    onThisDay: undefined,
  }));
  const monthDrafts: Draft[] = [...months.values()].map((list) => {
    const { year, month } = (list[0] as SitePost).date;
    return {
      ...makeArchive(
        {
          kind: "month",
          ...monthLink(year, month),
          posts: list,
          via: [archives, yearLink(year)],
          hasFeed: false,
        },
        settings,
        tree,
      ),
      year,
      month,
      day: undefined,
      days: daysOf.get(`${year}-${month}`) ?? [],
      onThisDay: undefined,
    };
  });
  const dayDrafts: Draft[] = [...days.values()].map((list) => {
    const { year, month, day } = (list[0] as SitePost).date;
    const via = [archives, yearLink(year), monthLink(year, month)];
    return {
      ...makeArchive(
        {
          kind: "day",
          place: { kind: "day", year, month, day },
          url: dayUrl(year, month, day, tree),
          posts: list,
          via,
          hasFeed: false,
        },
        settings,
        tree,
      ),
      year,
      month,
      day,
      days: [],
      onThisDay: onThisDayLink({ month, day }, perMonthDay, tree),
    };
  });

  const yearArchives = withNeighbours(yearDrafts);
  const monthArchives = withNeighbours(monthDrafts);
  const summaries: YearSummary[] = yearArchives.map((year) => ({
    year,
    months: monthArchives.filter((m) => m.year === year.year),
  }));
  return { years: summaries, all: [...yearArchives, ...monthArchives, ...withNeighbours(dayDrafts)] };
}

/** Archives newest first, each linked to the next one back (older) and forward (newer). */
function withNeighbours(list: readonly Omit<DateArchive, "older" | "newer">[]): DateArchive[] {
  const link = (a: Omit<DateArchive, "older" | "newer"> | undefined): PlaceLink | undefined =>
    a === undefined ? undefined : { place: a.place, url: a.url };
  return list.map((archive, i) => ({ ...archive, newer: link(list[i - 1]), older: link(list[i + 1]) }));
}
