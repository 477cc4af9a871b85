// The sidebar every page shows, WordPress style: recent posts, categories with counts, the monthly
// archive with counts, and a tag cloud. It is bounded, so that a blog with 3,000 tags or 20 years of
// months does not print all of them on every page: the full lists are on the index pages.

import { compareText } from "../issues.ts";
import type { Settings } from "./settings.ts";
import type { Archive, CloudTag, CountedLink, Sidebar, SitePost, Taxonomy, YearSummary } from "./types.ts";

/** The name of a term's link (the sidebar sorts categories and tags by name). */
function termName(link: CountedLink): string {
  return "name" in link.place ? link.place.name : link.url;
}

export const SIDEBAR_CATEGORIES = 30;
export const SIDEBAR_MONTHS = 12;
export const CLOUD_STEPS = 9;

export function buildSidebar(
  posts: readonly SitePost[],
  tags: Taxonomy,
  categories: Taxonomy,
  years: readonly YearSummary[],
  settings: Settings,
): Sidebar {
  const counted = (a: Archive): CountedLink => ({ place: a.place, url: a.url, count: a.posts.length });
  const collator = new Intl.Collator(settings.language, { sensitivity: "base", numeric: true });
  const byName = (a: CountedLink, b: CountedLink): number =>
    collator.compare(termName(a), termName(b)) || compareText(termName(a), termName(b));
  const mostUsed = (list: readonly CountedLink[], n: number): CountedLink[] =>
    [...list].sort((a, b) => b.count - a.count || byName(a, b)).slice(0, n);

  const allCategories = categories.terms.map(counted);
  const shownCategories = mostUsed(allCategories, SIDEBAR_CATEGORIES).sort(byName);

  const months: CountedLink[] = [];
  const earlierYears: CountedLink[] = [];
  for (const { year, months: ofYear } of years) {
    if (months.length >= SIDEBAR_MONTHS) {
      earlierYears.push(counted(year));
      continue;
    }
    for (const month of ofYear) if (months.length < SIDEBAR_MONTHS) months.push(counted(month));
  }

  return {
    recent: posts.slice(0, settings.recentPosts).map((p) => ({ title: p.title, url: p.url })),
    counts: settings.sidebarCounts,
    categories: shownCategories,
    moreCategories: allCategories.length > shownCategories.length,
    months,
    earlierYears,
    tagCloud: cloud(mostUsed(tags.terms.map(counted), settings.tagCloudSize).sort(byName)),
  };
}

/**
 * Sizes on a logarithmic scale from 1 to CLOUD_STEPS: tag use is heavily skewed, and a linear scale
 * (WordPress's) shows one huge tag and many tiny ones.
 */
export function cloud(tags: readonly CountedLink[]): CloudTag[] {
  if (tags.length === 0) return [];
  const counts = tags.map((t) => t.count);
  const low = Math.log(Math.min(...counts));
  const high = Math.log(Math.max(...counts));
  return tags.map((t) => ({
    ...t,
    size:
      high === low
        ? Math.ceil(CLOUD_STEPS / 2)
        : 1 + Math.round(((Math.log(t.count) - low) / (high - low)) * (CLOUD_STEPS - 1)),
  }));
}
