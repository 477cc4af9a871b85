// Fenced code, highlighted at build time by highlight.js: its 36 common languages and their aliases
// (`ts`, `sh`, `yml`, `py`, `rs`, `golang`, `html`, …; any case), as `<span class="hljs-…">` inside
// markdown-it's `<pre><code class="language-…">`; the colours are in annals.css. highlight.js is loaded
// by the first fence that names a language: a blog without code never pays for it.

import { createRequire } from "node:module";
import type { HLJSApi } from "highlight.js";

/** Highlights one block: its inner HTML, or "" for markdown-it to escape the code itself. */
export type Highlight = (code: string, lang: string) => string;

let hljs: HLJSApi | undefined;

function loaded(): HLJSApi {
  hljs ??= createRequire(import.meta.url)("highlight.js/lib/common") as HLJSApi;
  return hljs;
}

/** True when highlight.js knows the language (a name or an alias, any case). */
export function knowsLanguage(lang: string): boolean {
  return lang !== "" && loaded().getLanguage(lang) !== undefined;
}

/**
 * The block's code highlighted; "" for a fence with no language, an unknown one (`foo`, `{.js}`,
 * `constructor`) or one highlight.js fails on: markdown-it then shows plain escaped code, never an
 * error.
 */
export const highlightCode: Highlight = (code, lang) => {
  if (!knowsLanguage(lang)) return "";
  try {
    return loaded().highlight(code, { language: lang, ignoreIllegals: true }).value;
  } catch {
    return "";
  }
};
