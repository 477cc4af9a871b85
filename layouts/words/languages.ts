// The languages annals ships labels for, and how a site's `language:` and `labels:` settings pick and
// change them: `pt-BR` takes the Portuguese labels (and Brazilian date formats), a language without
// labels takes the English ones with a warning, and a `labels:` entry replaces one label.

import { type ContentIssue, contentError, contentWarning } from "../../src/issues.ts";
import type { LabelOverride } from "../../src/model/settings.ts";
import { closest } from "../../src/suggest.ts";
import { ar } from "./labels/ar.ts";
import { de } from "./labels/de.ts";
import { en, type LabelKey, type Labels, type PluralLabel } from "./labels/en.ts";
import { es } from "./labels/es.ts";
import { fr } from "./labels/fr.ts";
import { he } from "./labels/he.ts";
import { it } from "./labels/it.ts";
import { ja } from "./labels/ja.ts";
import { ko } from "./labels/ko.ts";
import { nl } from "./labels/nl.ts";
import { pl } from "./labels/pl.ts";
import { pt } from "./labels/pt.ts";
import { ru } from "./labels/ru.ts";
import { zh } from "./labels/zh.ts";
import { placeholdersOf, Words } from "./words.ts";

/** Labels by language code. */
export const SHIPPED_LABELS: Readonly<Record<string, Labels>> = {
  en,
  de,
  fr,
  es,
  pt,
  it,
  nl,
  pl,
  ru,
  ja,
  ko,
  zh,
  ar,
  he,
};

/** The shipped labels a language tag takes: itself, else its base language; undefined when none. */
export function shippedLabelsOf(language: string): { code: string; labels: Labels } | undefined {
  const exact = SHIPPED_LABELS[language];
  if (exact !== undefined) return { code: language, labels: exact };
  const base = language.split("-")[0]?.toLowerCase() ?? "";
  const labels = SHIPPED_LABELS[base];
  return labels === undefined ? undefined : { code: base, labels };
}

export interface LanguageWords {
  readonly words: Words;
  readonly issues: readonly ContentIssue[];
}

/**
 * The words of a site's language: its shipped labels (English when annals has none, with a warning),
 * with the settings' `labels:` overrides applied. An override of an unknown label is a warning; one
 * that drops or invents a placeholder is an error (the page would show `{name}`, or lose the name).
 */
export function wordsOf(
  language: string,
  overrides: ReadonlyMap<string, LabelOverride>,
  settingsFile: string,
): LanguageWords {
  const issues: ContentIssue[] = [];
  const shipped = shippedLabelsOf(language);
  if (shipped === undefined) {
    issues.push(
      contentWarning(
        "no-labels",
        settingsFile,
        undefined,
        `annals has no labels for language "${language}": pages use the English ones (give your own with \`labels:\`, or on a blog in several languages with \`labels:\` under the language in \`languages:\`; the README lists the keys)`,
      ),
    );
  }
  const labels: Record<string, string | PluralLabel> = { ...(shipped?.labels ?? en) };
  for (const [key, override] of overrides) {
    const english = (en as Record<string, string | PluralLabel>)[key];
    if (english === undefined) {
      issues.push(
        contentWarning(
          "label-key",
          settingsFile,
          override.line,
          `labels: "${key}" is not a label annals uses (ignored)${suggestLabel(key)}`,
        ),
      );
      continue;
    }
    const problem = checkOverride(key as LabelKey, english, override.value);
    if (problem !== undefined) {
      issues.push(contentError(settingsFile, override.line, `labels: ${key} ${problem}`));
      continue;
    }
    labels[key] = override.value as string | PluralLabel;
  }
  return { words: new Words(language, labels as Labels), issues };
}

function checkOverride(
  key: LabelKey,
  english: string | PluralLabel,
  value: string | Readonly<Record<string, string>>,
): string | undefined {
  const wanted = placeholdersOf(typeof english === "string" ? english : english.other).sort();
  const texts: [string, string][] =
    typeof value === "string" ? [["", value]] : Object.entries(value).map(([k, v]) => [` (${k})`, v]);
  if (typeof english === "string" && typeof value !== "string")
    return `must be one text, not a text per count`;
  if (typeof english !== "string") {
    if (typeof value === "string")
      return `must give a text per count, at least \`other:\` (like \`${key}: { one: …, other: … }\`)`;
    if (value.other === undefined) return "must give `other:`, the text for any count";
    const categories = new Set<string>(["zero", "one", "two", "few", "many", "other"]);
    const unknown = Object.keys(value).find((k) => !categories.has(k));
    if (unknown !== undefined)
      return `has "${unknown}", which is not a plural category (zero, one, two, few, many, other)`;
  }
  for (const [where, text] of texts) {
    const has = placeholdersOf(text);
    const missing = wanted.filter(
      (p) => !has.includes(p) && !(p === "count" && where !== "" && where !== " (other)"),
    );
    if (missing.length > 0)
      return `${where === "" ? "" : `${where.trim()} `}is missing ${missing.map((p) => `{${p}}`).join(", ")}`.trim();
    const extra = has.filter((p) => !wanted.includes(p));
    if (extra.length > 0)
      return `${where === "" ? "" : `${where.trim()} `}uses ${extra.map((p) => `{${p}}`).join(", ")}, which this label does not have (it has ${wanted.length === 0 ? "none" : wanted.map((p) => `{${p}}`).join(", ")})`;
  }
  return undefined;
}

/** ` (did you mean "tagHeading"?)` when a key is close to a label's. */
function suggestLabel(key: string): string {
  const match = closest(key, Object.keys(en));
  return match === undefined ? "" : ` (did you mean "${match}"?)`;
}
