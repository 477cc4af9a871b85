// XML text that is always well-formed: every interpolated value escaped, and every character XML 1.0
// forbids (control characters, lone surrogates, U+FFFE/U+FFFF) dropped. Titles and bodies come from
// authors and imports; one stray U+0001 must not make a whole feed unreadable.

// Built from a string: a regex literal listing control characters is what linters rightly flag.
// biome-ignore lint/complexity/useRegexLiterals: the literal form trips noControlCharactersInRegex
const FORBIDDEN = new RegExp(
  "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
  "g",
);
const SPECIAL = /[&<>"']/g;
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

// The same test without the global flag, so that `test` keeps no state between calls.
const HAS_FORBIDDEN = new RegExp(FORBIDDEN.source);

/** Removes the characters XML 1.0 does not allow. */
export function xmlSafe(text: string): string {
  return HAS_FORBIDDEN.test(text) ? text.replace(FORBIDDEN, "") : text;
}

/**
 * Text as a CDATA section: for large HTML in a feed, where escaping every `<` and `&` costs more than
 * it needs to. A `]]>` inside is split across two sections; forbidden characters are dropped.
 */
export function cdata(text: string): Xml {
  return new Xml(`<![CDATA[${xmlSafe(text).replaceAll("]]>", "]]]]><![CDATA[>")}]]>`);
}

/** Escapes text for XML element content and (double- or single-quoted) attribute values. */
export function escapeXml(text: string): string {
  const safe = xmlSafe(text);
  return HAS_SPECIAL.test(safe) ? safe.replace(SPECIAL, (c) => ENTITIES[c] ?? c) : safe;
}

const HAS_SPECIAL = /[&<>"']/;

export class Xml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
}

export type XmlPart = string | number | Xml | null | undefined | false | readonly XmlPart[];

function partToString(part: XmlPart): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof Xml) return part.value;
  if (typeof part === "string") return escapeXml(part);
  if (typeof part === "number") return String(part);
  let out = "";
  for (const p of part) out += partToString(p);
  return out;
}

/** Like `html`: an XML template whose interpolations are escaped unless already `Xml`. */
export function xml(strings: TemplateStringsArray, ...values: XmlPart[]): Xml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += partToString(values[i]) + (strings[i + 1] ?? "");
  return new Xml(out);
}
