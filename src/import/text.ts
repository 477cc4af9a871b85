// Small text helpers for WordPress values: names and titles are HTML in WordPress (`Cats &amp; Dogs`),
// slugs may be percent-encoded (`%ed%95%9c`), and dates are MySQL datetimes.

import { decodeHTML } from "entities";

/** A name or title as readers saw it: tags removed, entities decoded, white space collapsed. */
export function plainText(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

/** True when `html` has markup that `plainText` removes (a title with `<em>`, say). */
export function hasMarkup(html: string): boolean {
  return /<[a-z/!][^>]*>/i.test(html);
}

/** `%ed%95%9c` gives `한`; a malformed sequence leaves the slug as written. */
export function decodeSlug(slug: string): string {
  if (!slug.includes("%")) return slug;
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** `2015-01-28 22:10:00`; undefined for WordPress's "no date" `0000-00-00 00:00:00` or anything odd. */
export function parseMysqlDate(text: string): WallTime | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? "0")) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year === 0 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return undefined;
  return { year, month, day, hour, minute, second };
}

export function wallTimeMs(t: WallTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export function formatDay(t: WallTime): string {
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}

/** `2015-01-28T22:10:00`, plus `+09:00` when the offset (in minutes) is known. */
export function formatDateTime(t: WallTime, offsetMinutes: number | undefined): string {
  const base = `${formatDay(t)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
  if (offsetMinutes === undefined) return base;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${base}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A WordPress time from its local field (`wp:post_date`, `wp:comment_date`) and its UTC field
 * (`…_gmt`): their difference is the blog's offset at the time. Both given and at most 14 hours
 * apart: the local time with that offset; further apart, or no UTC: the local time without an offset;
 * UTC only: the UTC time.
 */
export type WordPressTime =
  | { readonly kind: "both"; readonly time: WallTime; readonly offset: number }
  | { readonly kind: "apart"; readonly time: WallTime; readonly minutes: number }
  | { readonly kind: "local"; readonly time: WallTime }
  | { readonly kind: "gmt"; readonly time: WallTime };

export function wordpressTime(localText: string, gmtText: string): WordPressTime | undefined {
  const local = parseMysqlDate(localText);
  const gmt = parseMysqlDate(gmtText);
  if (local !== undefined && gmt !== undefined) {
    const offset = Math.round((wallTimeMs(local) - wallTimeMs(gmt)) / 60_000);
    return Math.abs(offset) <= 14 * 60
      ? { kind: "both", time: local, offset }
      : { kind: "apart", time: local, minutes: offset };
  }
  if (local !== undefined) return { kind: "local", time: local };
  if (gmt !== undefined) return { kind: "gmt", time: gmt };
  return undefined;
}

/** `2015-01-28T22:10:00+09:00`, or without the offset where WordPress's fields give none. */
export function formatWordPressTime(t: WordPressTime): string {
  return formatDateTime(t.time, t.kind === "both" ? t.offset : t.kind === "gmt" ? 0 : undefined);
}
