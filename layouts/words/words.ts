// The words of one language: its labels (with the site's overrides), its date formats and its
// direction. Views say `words.t("tagHeading", { name })`; nothing on a page is written any other way.

import { escapeHtml, Html, type HtmlPart, html } from "../../src/format/html.ts";
import { DateFormats } from "./dates.ts";
import type { LabelKey, Labels, PluralLabel } from "./labels/en.ts";

type StringKey = { [K in LabelKey]: Labels[K] extends string ? K : never }[LabelKey];
type PluralKey = Exclude<LabelKey, StringKey>;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The placeholders a label text uses, in order of first use: `{name}` gives `name`. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""))];
}

/** Languages written right to left, for `dir="rtl"` (Intl knows them; this list is for older Intl). */
const RTL = new Set([
  "ar",
  "arc",
  "dv",
  "fa",
  "ha-Arab",
  "he",
  "khw",
  "ks",
  "ku-Arab",
  "ps",
  "sd",
  "ur",
  "yi",
]);

export function directionOf(language: string): "ltr" | "rtl" {
  try {
    const info = (new Intl.Locale(language) as { textInfo?: { direction?: string } }).textInfo;
    if (info?.direction === "rtl" || info?.direction === "ltr") return info.direction;
  } catch {
    // fall back to the list
  }
  const base = language.split("-")[0] ?? language;
  return RTL.has(language) || RTL.has(base) ? "rtl" : "ltr";
}

/** The first day of the week where the language is spoken: 1 = Monday … 7 = Sunday. */
export function firstDayOfWeek(language: string): number {
  try {
    const locale = new Intl.Locale(language) as {
      weekInfo?: { firstDay?: number };
      getWeekInfo?: () => { firstDay?: number };
    };
    const day = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay;
    if (typeof day === "number" && day >= 1 && day <= 7) return day;
  } catch {
    // fall through
  }
  return 1;
}

export class Words {
  /** The page's language, as `<html lang>` gives it. */
  readonly language: string;
  readonly dir: "ltr" | "rtl";
  readonly labels: Labels;
  readonly dates: DateFormats;
  readonly #plural: Intl.PluralRules;
  readonly #number: Intl.NumberFormat;

  constructor(language: string, labels: Labels) {
    this.language = language;
    this.dir = directionOf(language);
    this.labels = labels;
    this.dates = new DateFormats(language);
    this.#plural = new Intl.PluralRules(language);
    this.#number = new Intl.NumberFormat(language);
  }

  /** A label as text, its placeholders filled: `t("tagHeading", { name: "Jongun" })`. */
  t(key: StringKey, values: Readonly<Record<string, string | number>> = {}): string {
    return fill(this.labels[key], (name) => {
      const value = values[name];
      return value === undefined ? `{${name}}` : typeof value === "number" ? this.number(value) : value;
    });
  }

  /** A label chosen by a count (`{count}` is filled with it): `n("comments", 3)`. */
  n(key: PluralKey, count: number, values: Readonly<Record<string, string | number>> = {}): string {
    const label: PluralLabel = this.labels[key];
    const text = label[this.#plural.select(count)] ?? label.other;
    return fill(text, (name) => {
      if (name === "count") return this.number(count);
      const value = values[name];
      return value === undefined ? `{${name}}` : String(value);
    });
  }

  /**
   * A label as HTML: its text escaped, its placeholders filled with markup (a link inside a sentence):
   * `h("movedText", { link: html`<a href="…">…</a>` })`. Text values are escaped too.
   */
  h(key: StringKey, values: Readonly<Record<string, HtmlPart>>): Html {
    const text = this.labels[key];
    let out = "";
    let last = 0;
    for (const m of text.matchAll(PLACEHOLDER)) {
      out += escapeHtml(text.slice(last, m.index));
      const name = m[1] ?? "";
      out += name in values ? html`${values[name]}`.value : escapeHtml(m[0]);
      last = (m.index ?? 0) + m[0].length;
    }
    return new Html(out + escapeHtml(text.slice(last)));
  }

  number(n: number): string {
    return this.#number.format(n);
  }
}

function fill(text: string, lookUp: (name: string) => string): string {
  return text.includes("{") ? text.replace(PLACEHOLDER, (_whole, name: string) => lookUp(name)) : text;
}

/** A language's name in itself, as a language menu shows it: `日本語`, `Deutsch`, `Español`. */
export function languageNameOf(code: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([code], { type: "language", fallback: "none" }).of(code);
  } catch {
    name = undefined;
  }
  if (name === undefined || name === "") return code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}
