// Dates as readers see them. English gets the WordPress form with an ordinal day ("January 28th,
// 2015"); other languages get their own long date form from Intl. Never the machine's locale or zone:
// a post's calendar day is already in the site's zone, so every format here runs in UTC.

const ORDINAL_SUFFIX: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };
const englishOrdinals = new Intl.PluralRules("en", { type: "ordinal" });

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface DayPart {
  readonly type: "day" | "month" | "year" | "literal";
  readonly text: string;
}

function isEnglish(language: string): boolean {
  return language === "en" || language.startsWith("en-");
}

/** `28th` in English; the plain number elsewhere. */
export function formatOrdinal(n: number, language: string): string {
  if (!isEnglish(language)) return String(n);
  return `${n}${ORDINAL_SUFFIX[englishOrdinals.select(n)] ?? "th"}`;
}

function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/**
 * The date formats of one language, each text made once: posts share days, and lists share months.
 */
export class DateFormats {
  readonly language: string;
  readonly #texts = new Map<string, string>();
  readonly #parts = new Map<string, readonly DayPart[]>();
  readonly #formats = new Map<string, Intl.DateTimeFormat>();

  constructor(language: string) {
    this.language = language;
  }

  #format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = JSON.stringify(options);
    let format = this.#formats.get(key);
    if (format === undefined) {
      format = new Intl.DateTimeFormat(this.language, { ...options, timeZone: "UTC" });
      this.#formats.set(key, format);
    }
    return format;
  }

  #memo(key: string, make: () => string): string {
    let text = this.#texts.get(key);
    if (text === undefined) {
      text = make();
      this.#texts.set(key, text);
    }
    return text;
  }

  /**
   * A day as its parts (`January`, ` `, `28th`, `, `, `2015`), so that each can link to its archive.
   * English follows WordPress (`January 28th, 2015`); other languages follow their own order.
   */
  dayParts(day: CalendarDay): readonly DayPart[] {
    const key = `${day.year}-${day.month}-${day.day}`;
    let parts = this.#parts.get(key);
    if (parts === undefined) {
      parts = isEnglish(this.language)
        ? [
            { type: "month", text: this.monthName(day.month) },
            { type: "literal", text: " " },
            { type: "day", text: formatOrdinal(day.day, this.language) },
            { type: "literal", text: ", " },
            { type: "year", text: String(day.year) },
          ]
        : this.#format({ day: "numeric", month: "long", year: "numeric" })
            .formatToParts(utc(day.year, day.month, day.day))
            .map((part) => ({
              type:
                part.type === "day" || part.type === "month" || part.type === "year" ? part.type : "literal",
              text: part.value,
            }));
      this.#parts.set(key, parts);
    }
    return parts;
  }

  /** `January 28th, 2015` */
  day(day: CalendarDay): string {
    return this.#memo(`d${day.year}-${day.month}-${day.day}`, () =>
      this.dayParts(day)
        .map((p) => p.text)
        .join(""),
    );
  }

  /** `January 2015` */
  month(year: number, month: number): string {
    return this.#memo(`m${year}-${month}`, () =>
      this.#format({ month: "long", year: "numeric" }).format(utc(year, month, 1)),
    );
  }

  /** `January` */
  monthName(month: number): string {
    return this.#memo(`n${month}`, () => this.#format({ month: "long" }).format(utc(2000, month, 1)));
  }

  /** `January 28th`: a day of any year. */
  monthDay(month: number, day: number): string {
    return this.#memo(`md${month}-${day}`, () => {
      if (isEnglish(this.language)) return `${this.monthName(month)} ${formatOrdinal(day, this.language)}`;
      // 2000 is a leap year, so that February 29th has a date to format.
      return this.#format({ month: "long", day: "numeric" }).format(utc(2000, month, day));
    });
  }

  /** `2015`, in the language's numerals. */
  year(year: number): string {
    return this.#memo(`y${year}`, () => this.#format({ year: "numeric" }).format(utc(year, 6, 1)));
  }

  /** The short weekday names, starting from `firstDay` (1 = Monday … 7 = Sunday). */
  weekdays(firstDay: number, width: "short" | "long" | "narrow"): string[] {
    const format = this.#format({ weekday: width });
    // 2024-01-01 was a Monday.
    return Array.from({ length: 7 }, (_, i) => format.format(utc(2024, 1, ((firstDay - 1 + i) % 7) + 1)));
  }
}
