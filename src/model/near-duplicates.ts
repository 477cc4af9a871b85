// Term names that are distinct terms but that an author probably meant as one: "Jongun" beside
// "Kim Jong-un", "Javascipt" beside "JavaScript", "Archive" beside "Archives". A hint for the author,
// never an error: the pairs are reported, nothing is merged.
//
// Every rule looks candidates up in a hash index instead of comparing all pairs, so the time grows with
// the number of names, not its square (20,000 names: a few hundred milliseconds).

import { IGNORED_IN_KEY, termKey } from "./term-name.ts";

export interface NearDuplicate {
  /** The shorter name (the contained one, the singular); on a tie, the earlier in code-point order. */
  readonly a: string;
  readonly b: string;
  /** A short phrase for the author: why the two look like one term. */
  readonly reason: string;
}

// A contained part shorter than this is too common to mean anything ("War" in "Cold War").
const MIN_CONTAINED = 4;
// Shorter keys are different words more often than typos ("Iran" and "Iraq").
const MIN_TYPO_KEY = 5;
// Past this length a name is a sentence rather than a tag; its deletion variants would cost the square
// of its length for little gain.
const MAX_TYPO_KEY = 64;
// "bus" from "buses" is a word; "u" from "us" is not.
const MIN_SINGULAR = 3;

interface Entry {
  readonly name: string;
  readonly key: string;
  /** The key's characters (code points), for edit distance. */
  readonly chars: readonly string[];
  /** Folded words, as termKey folds them; joined, they are the key. */
  readonly words: readonly string[];
}

/**
 * Pairs of names from one taxonomy that look like one term: one name's words are part of the other's,
 * the keys differ by one letter, or one is the plural of the other. Each pair once, sorted by `a` then
 * `b` in code-point order.
 */
export function findNearDuplicates(names: readonly string[]): NearDuplicate[] {
  const entries = [...new Set(names)].map(toEntry);
  const byKey = new Map<string, Ids>();
  entries.forEach((entry, i) => {
    add(byKey, entry.key, i);
  });

  const found = new Map<string, NearDuplicate>();
  const report = (i: number, j: number, reason: (a: string, b: string) => string) => {
    const x = entries[i];
    const y = entries[j];
    if (x === undefined || y === undefined || i === j || x.key === y.key) return;
    const id = i < j ? `${i} ${j}` : `${j} ${i}`;
    // Rules run from the most specific; a pair keeps the first reason found.
    if (found.has(id)) return;
    const [a, b] = shorterFirst(x, y);
    found.set(id, { a: a.name, b: b.name, reason: reason(a.name, b.name) });
  };

  findPlurals(entries, byKey, report);
  findContained(entries, byKey, report);
  findTypos(entries, report);

  return [...found.values()].sort((p, q) => compareCodePoints(p.a, q.a) || compareCodePoints(p.b, q.b));
}

type Report = (i: number, j: number, reason: (a: string, b: string) => string) => void;

function toEntry(name: string): Entry {
  const key = termKey(name);
  // Split after the compatibility decomposition, as termKey folds: "…" becomes "...", a separator.
  const words = name
    .normalize("NFKD")
    .split(IGNORED_IN_KEY)
    .filter((piece) => piece !== "")
    .map(termKey)
    .filter((word) => word !== "");
  return { name, key, chars: Array.from(key), words };
}

/** Singular and plural by the plain English rules: -s, -es after a hissing sound or o, -ies for -y. */
function findPlurals(entries: readonly Entry[], byKey: Map<string, Ids>, report: Report): void {
  entries.forEach((entry, i) => {
    for (const singular of singularsOf(entry.key)) {
      for (const j of idsOf(byKey, singular)) report(j, i, () => "singular and plural");
    }
  });
}

function singularsOf(key: string): string[] {
  const singulars: string[] = [];
  if (key.endsWith("ies")) singulars.push(`${key.slice(0, -3)}y`);
  if (/(?:s|x|z|ch|sh|o)es$/.test(key)) singulars.push(key.slice(0, -2));
  // "Status", "Analysis" and "Glass" end in s without being plurals.
  if (key.endsWith("s") && !/(?:ss|us|is)$/.test(key)) singulars.push(key.slice(0, -1));
  return singulars.filter((singular) => Array.from(singular).length >= MIN_SINGULAR);
}

/**
 * One name is a run of the other's words: "North Korea" in "North Korea Crisis", or "Jongun" in
 * "Kim Jong-un" (the run "jong un", joined). Every run of each name's words is looked up among the
 * keys. A single word found as a single word is left out: "Korea" in "North Korea" is another term.
 */
function findContained(entries: readonly Entry[], byKey: Map<string, Ids>, report: Report): void {
  let longestKey = 0;
  for (const entry of entries) longestKey = Math.max(longestKey, entry.key.length);

  entries.forEach((entry, i) => {
    const { words } = entry;
    for (let start = 0; start < words.length; start++) {
      let run = "";
      for (let end = start; end < words.length; end++) {
        run += words[end];
        // No key is longer, so no longer run can match.
        if (run.length > longestKey) break;
        // The whole name is the name itself.
        if (start === 0 && end === words.length - 1) break;
        if (Array.from(run).length < MIN_CONTAINED) continue;
        const runWords = end - start + 1;
        for (const j of idsOf(byKey, run)) {
          const part = entries[j];
          if (part === undefined || (runWords < 2 && part.words.length < 2)) continue;
          report(j, i, (a, b) => `"${a}" is part of "${b}"`);
        }
      }
    }
  });
}

/**
 * Keys one letter apart (one letter changed, added or left out), found through symmetric deletion:
 * two such keys share a variant made by deleting at most one character from each. Candidates from a
 * shared variant are then checked, since a shared variant also comes from two swapped letters.
 *
 * Variants are indexed by a polynomial hash, computed from prefix and suffix hashes without building
 * the strings: 10,000 names make some 250,000 variants, and string keys cost most of the time. A hash
 * collision only adds a candidate, which the check then rejects.
 */
function findTypos(entries: readonly Entry[], report: Report): void {
  const byVariant = new Map<number, Ids>();
  const prefix = new Int32Array(MAX_TYPO_KEY + 1);
  const suffix = new Int32Array(MAX_TYPO_KEY + 1);
  entries.forEach((entry, i) => {
    const { chars } = entry;
    const n = chars.length;
    if (n < MIN_TYPO_KEY || n > MAX_TYPO_KEY) return;
    const codes = chars.map((char) => char.codePointAt(0) ?? 0);
    for (let k = 0; k < n; k++) prefix[k + 1] = Math.imul(prefix[k] ?? 0, BASE) + (codes[k] ?? 0);
    suffix[n] = 0;
    for (let k = n - 1; k >= 0; k--) {
      suffix[k] = Math.imul(codes[k] ?? 0, POWERS[n - 1 - k] ?? 0) + (suffix[k + 1] ?? 0);
    }
    add(byVariant, smallHash(prefix[n] ?? 0), i);
    for (let k = 0; k < n; k++) {
      // Deleting either letter of a double letter gives the same variant; index it once.
      if (k > 0 && codes[k] === codes[k - 1]) continue;
      const variant = Math.imul(prefix[k] ?? 0, POWERS[n - 1 - k] ?? 0) + (suffix[k + 1] ?? 0);
      add(byVariant, smallHash(variant), i);
    }
  });

  for (const ids of byVariant.values()) {
    if (typeof ids === "number") continue;
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        const i = ids[x] as number;
        const j = ids[y] as number;
        const first = entries[i];
        const second = entries[j];
        if (first === undefined || second === undefined) continue;
        const [short, long] = first.chars.length <= second.chars.length ? [first, second] : [second, first];
        if (short.chars.length >= MIN_TYPO_KEY && differByOneLetter(short.chars, long.chars)) {
          report(i, j, () => "differ by one letter");
        }
      }
    }
  }
}

// An odd base; arithmetic wraps at 32 bits (Math.imul).
const BASE = 0x01000193;
const POWERS = Int32Array.from({ length: MAX_TYPO_KEY + 1 }, (_, k) => {
  let power = 1;
  for (let m = 0; m < k; m++) power = Math.imul(power, BASE);
  return power;
});

// Small integers are the cheapest Map keys in V8.
function smallHash(hash: number): number {
  return hash & 0x3fffffff;
}

// A digit or a symbol is not a typo: "Windows 7" and "Windows 8", "2015 Election" and "2016 Election"
// are different terms.
const LETTER = /^[\p{L}\p{M}]$/u;

/** `short` is no longer than `long`. */
function differByOneLetter(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === long.length) {
    let at = -1;
    for (let k = 0; k < short.length; k++) {
      if (short[k] === long[k]) continue;
      if (at >= 0) return false;
      at = k;
    }
    return at >= 0 && LETTER.test(short[at] ?? "") && LETTER.test(long[at] ?? "");
  }
  if (long.length !== short.length + 1) return false;
  let at = 0;
  while (at < short.length && short[at] === long[at]) at++;
  for (let k = at; k < short.length; k++) if (short[k] !== long[k + 1]) return false;
  // Wherever the extra character is placed, it is the same character.
  return LETTER.test(long[at] ?? "");
}

function shorterFirst(x: Entry, y: Entry): [Entry, Entry] {
  const order = x.chars.length - y.chars.length || compareCodePoints(x.name, y.name);
  return order <= 0 ? [x, y] : [y, x];
}

// Entry numbers under one key: most keys have one, so a lone number spares an array each.
type Ids = number | number[];

function add<K>(map: Map<K, Ids>, key: K, id: number): void {
  const ids = map.get(key);
  if (ids === undefined) map.set(key, id);
  else if (typeof ids === "number") map.set(key, [ids, id]);
  else ids.push(id);
}

function idsOf(map: Map<string, Ids>, key: string): readonly number[] {
  const ids = map.get(key);
  return ids === undefined ? [] : typeof ids === "number" ? [ids] : ids;
}

/** Code-point order (`<` on strings compares UTF-16 units, which puts some characters out of order). */
function compareCodePoints(x: string, y: string): number {
  const n = Math.min(x.length, y.length);
  for (let k = 0; k < n; k++) {
    const cx = x.codePointAt(k) ?? 0;
    const cy = y.codePointAt(k) ?? 0;
    if (cx !== cy) return cx - cy;
    if (cx > 0xffff) k++;
  }
  return x.length - y.length;
}
