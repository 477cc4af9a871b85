// Dates as readers see them. English gets the WordPress form with an ordinal day ("January 28th,
// 2015"); other languages get their own long date form from Intl. Never the machine's locale or zone.

import { DateTime } from "luxon";

const ORDINAL_SUFFIX: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };
const englishOrdinals = new Intl.PluralRules("en", { type: "ordinal" });

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day?: number | undefined;
}

function isEnglish(language: string): boolean {
  return language === "en" || language.startsWith("en-");
}

/** `28th` in English; the plain number elsewhere. */
export function formatOrdinal(n: number, language: string): string {
  if (!isEnglish(language)) return String(n);
  const rule = englishOrdinals.select(n);
  return `${n}${ORDINAL_SUFFIX[rule] ?? "th"}`;
}

function calendar(day: CalendarDay, language: string): DateTime {
  return DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day ?? 1 },
    { zone: "UTC", locale: language },
  );
}

/** `January 28th, 2015` (the day in the site zone is given, so no zone is needed here). */
export function formatDay(day: Required<CalendarDay>, language: string): string {
  return memo(`d ${language} ${day.year}-${day.month}-${day.day}`, () =>
    dayParts(day, language)
      .map((p) => p.text)
      .join(""),
  );
}

// Dates repeat (every post of a day, every day of a month): each text is made once per process.
const texts = new Map<string, string>();
function memo(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    text = make();
    if (texts.size > 200_000) texts.clear();
    texts.set(key, text);
  }
  return text;
}

export interface DayPart {
  readonly type: "day" | "month" | "year" | "literal";
  readonly text: string;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day as its parts (`January`, ` `, `28th`, `, `, `2015`), so that each can link to its archive.
 * English follows WordPress (`January 28th, 2015`); other languages follow their own order.
 */
export function dayParts(day: Required<CalendarDay>, language: string): DayPart[] {
  if (isEnglish(language)) {
    return [
      { type: "month", text: formatMonthName(day.month, language) },
      { type: "literal", text: " " },
      { type: "day", text: formatOrdinal(day.day, language) },
      { type: "literal", text: ", " },
      { type: "year", text: String(day.year) },
    ];
  }
  let format = partFormats.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    partFormats.set(language, format);
  }
  const date = new Date(0);
  date.setUTCFullYear(day.year, day.month - 1, day.day);
  return format.formatToParts(date).map((part) => ({
    type: part.type === "day" || part.type === "month" || part.type === "year" ? part.type : "literal",
    text: part.value,
  }));
}

/** `January 2015` */
export function formatMonth(day: CalendarDay, language: string): string {
  return memo(`m ${language} ${day.year}-${day.month}`, () =>
    calendar(day, language).toLocaleString({ month: "long", year: "numeric" }, { locale: language }),
  );
}

/** `January` */
export function formatMonthName(month: number, language: string): string {
  return memo(`n ${language} ${month}`, () =>
    calendar({ year: 2000, month }, language).toLocaleString({ month: "long" }, { locale: language }),
  );
}
