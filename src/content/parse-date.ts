// Post dates, parsed from the string the author wrote and normalised once in the site's time zone.
//
// A date-only value (`2015-01-28`) is that calendar day in the site zone, never an instant in UTC that
// a negative zone would show as the day before. A date-time without an offset is wall-clock time in
// the site zone; with an offset (`2015-01-28 23:30:00 +01:00`, `2015-01-28T23:30:00Z`) it is that
// instant, filed under its day in the site zone. Impossible dates (`2015-02-30`) are errors, never
// rolled over.

import { DateTime, FixedOffsetZone } from "luxon";
import type { PostDate } from "../model/types.ts";

export type DateResult =
  | { readonly ok: true; readonly date: PostDate; readonly warning: string | undefined }
  | { readonly ok: false; readonly error: string };

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?[ \t]*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/;

const FORMS = "YYYY-MM-DD, YYYY-MM-DD HH:MM:SS, or with an offset: YYYY-MM-DD HH:MM:SS +01:00";

export function parsePostDate(raw: string, zone: string): DateResult {
  const text = raw.trim();
  const m = PATTERN.exec(text);
  if (m === null) return { ok: false, error: `date "${raw}" is not a date (use ${FORMS})` };
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, error: `date "${raw}" is not a calendar date (use YYYY-MM-DD)` };
  }
  if (m[4] === undefined) {
    const dt = DateTime.fromObject({ year, month, day }, { zone });
    return { ok: true, date: toPostDate(dt, { year, month, day }, true), warning: undefined };
  }
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millisecond = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (hour > 23 || minute > 59 || second > 59) {
    return {
      ok: false,
      error: `date "${raw}" has no such time of day (hours 00-23, minutes and seconds 00-59)`,
    };
  }
  const wall = { year, month, day, hour, minute, second, millisecond };
  // Ruby (and so Jekyll) reads a one-digit hour as written: so does annals, and says so.
  const oneDigitHour =
    m[4]?.length === 1
      ? `date "${raw}" has a one-digit hour; read as ${String(hour).padStart(2, "0")}:${m[5]}`
      : undefined;
  const offsetText = m[8];
  if (offsetText === undefined) {
    const dt = DateTime.fromObject(wall, { zone });
    const shifted = dt.hour !== hour || dt.minute !== minute;
    const warning = shifted
      ? `date "${raw}" does not exist in ${zone} (the clocks changed); read as ${dt.toFormat("HH:mm")}`
      : oneDigitHour;
    return { ok: true, date: toPostDate(dt, dt, false), warning };
  }
  const offset = parseOffset(offsetText);
  if (offset === undefined) {
    return {
      ok: false,
      error: `date "${raw}" has an impossible UTC offset "${offsetText}" (use -23:59 to +23:59)`,
    };
  }
  // No zone uses an offset beyond -12:00 or +14:00 today, but RFC 3339's grammar and Ruby accept any
  // up to 23:59, and Jekyll blogs have them: read as written, with a warning.
  const unusual =
    offset < -12 * 60 || offset > 14 * 60
      ? `date "${raw}" has the UTC offset ${offsetText}, which no time zone uses (-12:00 to +14:00); read as written`
      : undefined;
  const dt = DateTime.fromObject(wall, { zone: FixedOffsetZone.instance(offset) }).setZone(zone);
  return { ok: true, date: toPostDate(dt, dt, false), warning: unusual ?? oneDigitHour };
}

function toPostDate(
  dt: DateTime,
  day: { year: number; month: number; day: number },
  dateOnly: boolean,
): PostDate {
  const iso = dt.toISO({ suppressMilliseconds: true }) ?? "";
  const ymd = `${String(day.year).padStart(4, "0")}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
  return {
    iso,
    machine: dateOnly ? ymd : iso,
    epochMs: dt.toMillis(),
    year: day.year,
    month: day.month,
    day: day.day,
    dateOnly,
  };
}

/** Minutes east of UTC (hours up to 23, as RFC 3339's grammar allows), or undefined when impossible. */
function parseOffset(text: string): number | undefined {
  if (/^(?:Z|z|UTC|GMT)$/.test(text)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (m === null) return undefined;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (minutes > 59) return undefined;
  if (hours > 23) return undefined;
  const total = hours * 60 + minutes;
  return m[1] === "-" ? -total : total;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
