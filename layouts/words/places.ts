// Places (what a page or a list is, as the model says) named in the reader's language: the short name
// for breadcrumbs and links (`January 2015`, `Jongun`), and the heading of a list page (`Archive for
// January 2015`, `Posts Tagged ‘Jongun’`).

import type { Place } from "../../src/model/types.ts";
import type { Words } from "./words.ts";

/** The short name: a breadcrumb step, a neighbouring archive, a sidebar link. */
export function nameOf(place: Place, words: Words, siteTitle: string): string {
  switch (place.kind) {
    case "home":
      return words.t("navHome");
    case "archives":
      return words.t("archivesTitle");
    case "tags":
      return words.t("tagsTitle");
    case "categories":
      return words.t("categoriesTitle");
    case "authors":
      return words.t("authorsTitle");
    case "tag":
    case "category":
    case "author":
      return place.name;
    case "onThisDay":
      return words.dates.monthDay(place.month, place.day);
    case "year":
      return words.dates.year(place.year);
    case "month":
      return words.dates.month(place.year, place.month);
    case "day":
      return words.dates.day(place);
    default:
      return siteTitle;
  }
}

/** What a list page says it is: `Posts Tagged ‘Jongun’`, `Archive for January 2015`. */
export function headingOf(place: Place, words: Words, siteTitle: string): string {
  switch (place.kind) {
    case "home":
      return siteTitle;
    case "tag":
      return words.t("tagHeading", { name: place.name });
    case "category":
      return words.t("categoryHeading", { name: place.name });
    case "author":
      return words.t("authorHeading", { name: place.name });
    case "onThisDay":
      return words.t("onThisDayTitle", { day: nameOf(place, words, siteTitle) });
    case "year":
      return words.t("yearHeading", { date: nameOf(place, words, siteTitle) });
    case "month":
      return words.t("monthHeading", { date: nameOf(place, words, siteTitle) });
    case "day":
      return words.t("dayHeading", { date: nameOf(place, words, siteTitle) });
    default:
      return nameOf(place, words, siteTitle);
  }
}

/** A feed's title: the site's own, or the site's and the list's (`The Long View – Posts Tagged ‘x’`). */
export function feedTitleOf(place: Place, words: Words, siteTitle: string): string {
  if (place.kind === "home") return siteTitle;
  return words.t("feedTitle", { site: siteTitle, title: headingOf(place, words, siteTitle) });
}
