// Language tags as authors write them (`ja`, `pt-BR`, even `French`): checked against what Intl knows,
// canonicalised.

import { describeValue } from "./yaml.ts";

/** A checked value, or why it is not one. */
export type Checked = string | { error: string };

/**
 * A language tag whose language Intl knows (`en`, `en-GB`, `de`, `pt-BR`, `zh-Hans`), canonicalised.
 * A language's name (`french`, `Deutsch`) is an error that suggests its tag.
 */
export function checkLanguage(value: unknown): Checked {
  const hint = "language must be a language tag such as en, en-GB, de or pt-BR";
  if (typeof value !== "string") return { error: `${hint}, not ${describeValue(value)}` };
  // `en_US`, as Jekyll sites and POSIX locales write it, is `en-US`.
  const written = value.trim().replaceAll("_", "-");
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(written);
  } catch {
    // not a tag at all
  }
  if (canonical !== undefined && languageName(new Intl.Locale(canonical).language) !== undefined)
    return canonical;
  const guess = languageTagOf(written);
  return {
    error: `${hint}, not "${value}"${guess === undefined ? "" : ` (did you mean ${guess}?)`}`,
  };
}

const englishNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** The English name of a language subtag, or undefined when Intl does not know it. */
function languageName(language: string): string | undefined {
  try {
    return englishNames.of(language);
  } catch {
    return undefined;
  }
}

let byName: Map<string, string> | undefined;

/** The tag of a language written by its name, in English or in itself: `french`, `Français` → `fr`. */
function languageTagOf(name: string): string | undefined {
  if (byName === undefined) {
    byName = new Map();
    const letters = "abcdefghijklmnopqrstuvwxyz";
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        const english = languageName(code);
        if (english === undefined) continue;
        byName.set(english.toLowerCase(), code);
        try {
          const own = new Intl.DisplayNames([code], { type: "language", fallback: "none" }).of(code);
          if (own !== undefined && !byName.has(own.toLowerCase())) byName.set(own.toLowerCase(), code);
        } catch {
          // no name in itself
        }
      }
    }
  }
  const key = name.trim().toLowerCase();
  const exact = byName.get(key);
  if (exact !== undefined) return exact;
  for (const [languageName, code] of byName) if (languageName.split(/\s+/).includes(key)) return code;
  return undefined;
}
