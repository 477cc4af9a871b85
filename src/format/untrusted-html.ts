// HTML from elsewhere is untrusted (comments written by anyone on the old blog, imported term
// descriptions): it is sanitised by sanitize-html to a small allow-list before it reaches a page. Kept: paragraphs and line breaks, emphasis, code,
// quotes and lists, and links to http(s) and mailto addresses, each given rel="nofollow ugc" (the
// site vouches for none of them); headings become paragraphs. Dropped with their content: scripts, styles, iframes, forms and
// the like; dropped, keeping their text: every other element. No attribute but a link's href survives
// (no event handlers, no styles, no classes), and `javascript:` and `data:` links lose their href.

import { createRequire } from "node:module";
import type sanitizeHtml from "sanitize-html";

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "code",
    "pre",
    "blockquote",
    "q",
    "ul",
    "ol",
    "li",
    "del",
  ],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: [
    "script",
    "style",
    "textarea",
    "option",
    "noscript",
    "iframe",
    "object",
    "embed",
    "template",
    "svg",
    "math",
    "title",
  ],
  transformTags: {
    // A heading in a comment is a paragraph of its own (its line kept, not its size).
    ...Object.fromEntries(["h1", "h2", "h3", "h4", "h5", "h6"].map((h) => [h, "p"])),
    a: (tagName, attribs) => {
      const out: Record<string, string> = { rel: "nofollow ugc" };
      if (attribs.href !== undefined) out.href = attribs.href;
      return { tagName, attribs: out };
    },
  },
};

/** sanitize-html (with postcss and htmlparser2, ~60 ms to load), loaded when first needed. */
let sanitizer: typeof sanitizeHtml | undefined;

/** The HTML, safe to show on a page. */
export function sanitiseUntrusted(html: string): string {
  sanitizer ??= createRequire(import.meta.url)("sanitize-html") as typeof sanitizeHtml;
  return sanitizer(html, OPTIONS).trim();
}
