// The one function that makes slugs: for posts, tags and categories alike.
//
// slugify transliterates what it knows (accents, Greek, Cyrillic, Arabic, `&`), but in strict mode it
// drops every other script, so `김정은` or `東京` would become "" (an empty URL segment that overwrites
// the index page in other generators). Here each code point is handled on its own: letters slugify can
// transliterate are, other letters, marks and digits are kept as they are (a readable Unicode slug), and
// everything else separates words. A slug is never empty, `.` or `..`, and holds no `/`, `#`, `?`, `%`
// or control character.

import slugify from "slugify";

/** Longest slug in UTF-8 bytes: a file name must stay under 255 bytes on every file system. */
export const MAX_SLUG_BYTES = 120;

const APOSTROPHES = /['’‘`´ʼ]/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const KEEP_SYMBOLS = new Set(["&"]);

const cache = new Map<string, string>();

export function slugOf(name: string): string {
  let slug = cache.get(name);
  if (slug === undefined) {
    slug = computeSlug(name);
    if (cache.size > 100_000) cache.clear();
    cache.set(name, slug);
  }
  return slug;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function computeSlug(name: string): string {
  return PRINTABLE_ASCII.test(name) ? asciiSlug(name) : slugOfAnyText(name);
}

/**
 * The same result as the general path for printable ASCII (most names and file names), without a
 * slugify call per character: letters and digits stay, `&` reads "and", apostrophes join, the rest
 * separates words.
 */
function asciiSlug(name: string): string {
  const joined = name
    .replace(/['`]/g, "")
    .replace(/&/g, " and ")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const slug = limitBytes(joined, MAX_SLUG_BYTES).replace(/-+$/, "");
  return slug === "" ? fallbackSlug(name) : slug;
}

/** The general path, for any name: exported so that tests can hold the ASCII path to it. */
export function slugOfAnyText(name: string): string {
  const prepared = name.normalize("NFKC").replace(APOSTROPHES, "");
  let out = "";
  for (const ch of prepared) {
    if (WORD_CHAR.test(ch) || KEEP_SYMBOLS.has(ch)) out += transliterate(ch);
    else out += " ";
  }
  const joined = out
    .toLowerCase()
    .normalize("NFC")
    .trim()
    .replace(/(^|[\s-])\p{M}+/gu, "$1")
    .replace(/[\s-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const slug = limitBytes(joined, MAX_SLUG_BYTES).replace(/-+$/, "");
  return slug === "" ? fallbackSlug(name) : slug;
}

function transliterate(ch: string): string {
  if (ch === "&") return " and ";
  const ascii = asciiOf(ch) || asciiOf(ch.toLowerCase());
  if (ascii !== "") return ascii;
  // Latin letters with marks slugify does not list (e.g. `ḱ`): drop the marks.
  const decomposed = ch.normalize("NFD");
  const base = decomposed.replace(/\p{M}+/gu, "");
  if (base !== decomposed && /^[A-Za-z]+$/.test(base)) return base;
  // A letter slugify would drop (Hangul, Han, Devanagari, …) stays, unless it is a lone mark.
  return ch;
}

function asciiOf(ch: string): string {
  return slugify(ch, { strict: true, trim: false, replacement: " " });
}

/** Names with no letter or digit at all (`🎉`, `++`) get their code points: stable and distinct. */
function fallbackSlug(name: string): string {
  const points = [...name.normalize("NFC")]
    .filter((ch) => !/\s/u.test(ch))
    .map((ch) => (ch.codePointAt(0) ?? 0).toString(16));
  const slug = limitBytes(`x-${points.join("-")}`, MAX_SLUG_BYTES).replace(/-+$/, "");
  return slug === "x" ? "x-empty" : slug;
}

function limitBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let out = "";
  let bytes = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > maxBytes) break;
    out += ch;
    bytes += size;
  }
  return out;
}
