// HTML that escapes by default. Every `${value}` in an html`…` template is escaped for text and for
// attribute values (quoted), unless it is already `Html` (the result of another html`…`, or `raw()`
// for HTML we produced ourselves, such as a rendered post body). So a tag named
// `<script>alert(1)</script>` comes out as text, wherever a layout puts it.

/**
 * Marks `Html` values, so that one made by another copy of this module (a site's view override that
 * loaded annals as CommonJS, say) is still known as HTML and not escaped a second time.
 */
const HTML_MARK = Symbol.for("annals.html");

export class Html {
  readonly value: string;
  readonly [HTML_MARK] = true;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** True for an `Html` value, whichever copy of this module made it. */
export function isHtml(value: unknown): value is Html {
  return (
    typeof value === "object" && value !== null && (value as { [HTML_MARK]?: unknown })[HTML_MARK] === true
  );
}

export type HtmlPart = string | number | Html | null | undefined | false | readonly HtmlPart[];

const NEEDS_ESCAPE = /[&<>"']/;
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : text;
}

/** Marks trusted HTML (rendered Markdown, our own markup) so that `html` does not escape it. */
export function raw(trusted: string): Html {
  return new Html(trusted);
}

function partToString(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return "";
  if (isHtml(part)) return part.value;
  if (typeof part === "string") return escapeHtml(part);
  if (typeof part === "number") return String(part);
  let out = "";
  for (const p of part) out += partToString(p);
  return out;
}

export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += partToString(values[i]) + (strings[i + 1] ?? "");
  return new Html(out);
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>`, `&` and line separators escaped so
 * that no value can close the script element.
 */
export function jsonForScript(value: unknown): Html {
  const json = JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return new Html(json);
}

/** A part of a page on a line of its own; nothing when the part is empty. */
export function lineOf(part: Html): Html | string {
  return part.value === "" ? "" : html`${part}\n`;
}
