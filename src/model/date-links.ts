// How a post's day is shown, once per day: the text (`January 28th, 2015`) and the same text in parts,
// each linked to its archive (January → /2015/01/, 28th → /2015/01/28/, 2015 → /2015/).

import { dayParts, formatMonth } from "../format/dates.ts";
import { archiveHeading } from "../format/headings.ts";
import type { DateLink, PostDate } from "./types.ts";
import { dayUrl, monthUrl, yearUrl } from "./urls.ts";

export interface ShownDay {
  readonly text: string;
  readonly links: readonly DateLink[];
}

/** A memo per site build: posts share days, and a day is formatted once. */
export function dayShower(language: string): (date: PostDate) => ShownDay {
  const days = new Map<string, ShownDay>();
  return ({ year, month, day }) => {
    const key = `${year}-${month}-${day}`;
    let shown = days.get(key);
    if (shown === undefined) {
      const parts = dayParts({ year, month, day }, language);
      const text = parts.map((part) => part.text).join("");
      const links = parts.map((part): DateLink => {
        switch (part.type) {
          case "day":
            return { text: part.text, url: dayUrl(year, month, day), label: archiveHeading("day", text, "") };
          case "month":
            return {
              text: part.text,
              url: monthUrl(year, month),
              label: archiveHeading("month", formatMonth({ year, month }, language), ""),
            };
          case "year":
            return { text: part.text, url: yearUrl(year), label: archiveHeading("year", String(year), "") };
          default:
            return { text: part.text, url: undefined, label: undefined };
        }
      });
      shown = { text, links };
      days.set(key, shown);
    }
    return shown;
  };
}
