// Names of tags and categories: how a written name is cleaned, and when two spellings are one term.

// Invisible characters that only hide differences: zero-width space, soft hyphen, word joiner, BOM.
// (Zero-width joiner and non-joiner stay: some scripts need them.)
const INVISIBLE = /[\u200B\u00AD\u2060\uFEFF]/g;

/**
 * Trims, drops invisible characters, turns control characters and runs of white space into one
 * space, and composes (NFC).
 */
export function cleanName(name: string): string {
  return name
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(/[\p{Cc}\s]+/gu, " ")
    .trim();
}

// Word separators that do not make a different name: `Jong-un`, `Jong un`, `jongun` are one term.
// Symbols that carry meaning stay (`C++`, `C#` and `C` are three terms).
export const IGNORED_IN_KEY = /[\s\p{Pd}\p{Pc}\p{Pi}\p{Pf}'"`´.,:;!?¡¿·]+/gu;

// Combining diacritics (the accents of Latin, Greek, Cyrillic). Marks of other scripts, such as Indic
// vowel signs or the Japanese voicing mark, change the word and are kept.
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;

/**
 * The identity of a term name: names that differ only in case, accents or word punctuation share a
 * key and are shown as one term.
 */
export function termKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = computeKey(name);
    if (keys.size > 100_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

const keys = new Map<string, string>();

function computeKey(name: string): string {
  const folded = name.normalize("NFKD").replace(DIACRITICS, "").toLowerCase();
  const key = folded.replace(IGNORED_IN_KEY, "");
  return key === "" ? folded.normalize("NFC") : key.normalize("NFC");
}
