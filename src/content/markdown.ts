// The one markdown-it setup every post and page body goes through, and the `<!--more-->` split.
//
// Inline HTML is allowed (authors and imported posts use it). On top of CommonMark: fenced code
// highlighted at build time (src/content/highlight.ts), footnotes (`[^1]`), definition lists and `==mark==`, and an
// `id` with a link a reader can copy on each top-level `h2`–`h4`. A body is parsed and rendered once,
// for its own page (heading anchors, linked footnotes); lists and feeds, where many bodies share a
// page, show it without them (src/content/list-form.ts). The teaser is the tokens before the first
// `<!--more-->` line, rendered in that list form; in the full body that line becomes an anchor
// (`id="more"`) that "continue reading" links point at. `{{ … }}` and `{% … %}` are plain
// text here: bodies never reach a template engine.

import MarkdownIt from "markdown-it";
import deflist from "markdown-it-deflist";
import footnote from "markdown-it-footnote";
import mark from "markdown-it-mark";
import { flatten } from "../format/flat.ts";
import { slugOf } from "../model/slug.ts";
import type { Heading } from "../model/types.ts";
import { type Highlight, highlightCode } from "./highlight.ts";
import { listFormOf } from "./list-form.ts";

export type Markdown = MarkdownIt;
type Token = ReturnType<MarkdownIt["parse"]>[number];
type RenderRule = NonNullable<MarkdownIt["renderer"]["rules"][string]>;

/** The options the build and the benchmark floor share. */
export const MARKDOWN_OPTIONS = { html: true, linkify: false, typographer: true } as const;

/** What a render knows besides the tokens: the form it renders (markdown-it passes it to each rule). */
interface BodyEnv {
  /** The form for lists and feeds (a teaser, a snippet): no heading ids, footnote numbers not linked. */
  plain?: boolean;
  /** Filled by the parse: the anchored headings, in order. */
  headings?: Heading[];
  /** Filled by markdown-it-footnote's parse when the body has footnotes. */
  footnotes?: { list?: unknown[] };
}

/** The ids the default views give elements of a post's page, which a heading must not take. */
const VIEW_IDS = new Set([
  "main",
  "more",
  "related-title",
  "toc-title",
  "search",
  "site-search-q",
  "comments",
  "comments-title",
]);
/** Footnotes' ids (`fn1`, `fnref1:2`) and comments' (`comment-12`) are taken too. */
const FOOTNOTE_ID = /^(?:fn(?:ref)?\d+(?::\d+)?|comment-\d+)$/;

/**
 * The words a body's own markup needs, in the site's language: the name of each heading's link, of the
 * footnotes, and of each note's link back. The build gives them from the labels table.
 */
export interface BodyWords {
  readonly headingAnchor: string;
  readonly footnotes: string;
  readonly footnoteBack: string;
}

/**
 * The renderer. `words` may be left out by one that renders the list form only (snippets of the
 * settings); rendering a body for its page then is a bug. `highlight` highlights fenced code
 * (src/content/highlight.ts by default; a full build hands the work to other threads).
 */
export function createMarkdown(words?: BodyWords, highlight: Highlight = highlightCode): Markdown {
  const word = (key: keyof BodyWords): string => {
    if (words === undefined)
      throw new Error(`internal error: a body rendered for its page without words (${key})`);
    return md.utils.escapeHtml(words[key]);
  };
  const md = new MarkdownIt({ ...MARKDOWN_OPTIONS, highlight }).use(footnote).use(deflist).use(mark);
  md.core.ruler.push("annals_headings", (state) => {
    const env = state.env as BodyEnv;
    const headings: Heading[] = [];
    const taken = new Set<string>();
    const { tokens } = state;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i] as Token;
      if (open.type !== "heading_open" || open.level !== 0) continue;
      const level = Number(open.tag.slice(1));
      if (level < 2 || level > 4) continue;
      const text = plainText(tokens[i + 1])
        .replace(/\s+/g, " ")
        .trim();
      const id = uniqueId(text, taken);
      open.meta = { anchor: id };
      headings.push({ level, id, text });
    }
    env.headings = headings;
  });
  const rules = md.renderer.rules;
  const base = (name: string): RenderRule =>
    rules[name] ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  const headingOpen = base("heading_open");
  const headingClose = base("heading_close");
  rules.heading_open = (tokens, idx, options, env: BodyEnv, self) => {
    const anchor = anchorOf(tokens[idx]);
    if (anchor === undefined || env.plain === true) return headingOpen(tokens, idx, options, env, self);
    return `<div class="heading"><${tokens[idx]?.tag} id="${md.utils.escapeHtml(anchor)}">`;
  };
  rules.heading_close = (tokens, idx, options, env: BodyEnv, self) => {
    // The heading's opening token is the nearest one before at the same nesting.
    let open = idx - 1;
    while (open > 0 && tokens[open]?.type !== "heading_open") open--;
    const anchor = anchorOf(tokens[open]);
    if (anchor === undefined || env.plain === true) return headingClose(tokens, idx, options, env, self);
    return `</${tokens[idx]?.tag}><a class="heading-anchor" href="#${md.utils.escapeHtml(encodeURIComponent(anchor))}" data-pagefind-ignore><span aria-hidden="true">#</span><span class="visually-hidden">${word("headingAnchor")}</span></a></div>\n`;
  };
  const footnoteRef = base("footnote_ref");
  const footnoteOpen = base("footnote_open");
  const footnoteAnchor = base("footnote_anchor");
  const caption = base("footnote_caption");
  rules.footnote_ref = (tokens, idx, options, env: BodyEnv, self) =>
    env.plain === true
      ? `<sup class="footnote-ref">${caption(tokens, idx, options, env, self)}</sup>`
      : footnoteRef(tokens, idx, options, env, self);
  rules.footnote_block_open = (_tokens, _idx, _options, env: BodyEnv) =>
    env.plain === true
      ? `<hr class="footnotes-sep">\n<section class="footnotes">\n<ol class="footnotes-list">\n`
      : `<hr class="footnotes-sep">\n<section class="footnotes" aria-label="${word("footnotes")}">\n<ol class="footnotes-list">\n`;
  rules.footnote_open = (tokens, idx, options, env: BodyEnv, self) =>
    env.plain === true ? `<li class="footnote-item">` : footnoteOpen(tokens, idx, options, env, self);
  rules.footnote_anchor = (tokens, idx, options, env: BodyEnv, self) =>
    env.plain === true
      ? ""
      : footnoteAnchor(tokens, idx, options, env, self).replace(
          ' class="footnote-backref"',
          ` class="footnote-backref" aria-label="${word("footnoteBack")}"`,
        );
  return md;
}

function anchorOf(token: Token | undefined): string | undefined {
  const meta = token?.meta as { anchor?: string } | null | undefined;
  return meta?.anchor;
}

/** The text a reader sees in an inline token: its text and code, without markup. */
function plainText(inline: Token | undefined): string {
  if (inline === undefined || inline.children === null) return inline?.content ?? "";
  let text = "";
  for (const child of inline.children) {
    if (child.type === "text" || child.type === "code_inline") text += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") text += " ";
    else if (child.type === "image") text += plainText(child);
  }
  return text;
}

/** A heading's id: the slug of its text, made unique on the page (`notes`, `notes-2`). */
function uniqueId(text: string, taken: Set<string>): string {
  const slug = text === "" ? "section" : slugOf(text);
  let id = slug;
  for (let n = 2; taken.has(id) || VIEW_IDS.has(id) || FOOTNOTE_ID.test(id); n++) id = `${slug}-${n}`;
  taken.add(id);
  return id;
}

export interface RenderedBody {
  /** The body for its own page. */
  readonly html: string;
  /**
   * The whole body as lists show it, when `html` has markup for its own page only (heading anchors,
   * linked footnotes); undefined when `html` serves both.
   */
  readonly listHtml: string | undefined;
  /** The part before `<!--more-->` (for lists and feeds), when the body has one. */
  readonly teaserHtml: string | undefined;
  /** Custom link text from `<!--more Read the rest-->`. */
  readonly moreLabel: string | undefined;
  /** 0-based body lines of `<!--more-->` comments that cannot split the body (inside a paragraph,
   *  a list or a quote): they are ignored, and the author is told. */
  readonly misplacedMoreLines: readonly number[];
  /** The top-level `h2`–`h4` headings, with their ids. */
  readonly headings: readonly Heading[];
  /**
   * How many words the source has: runs of characters between spaces (Markdown's marks too, as a
   * reader's eye passes them), a Chinese or Japanese character counting half.
   */
  readonly wordCount: number;
}

const MORE_BLOCK = /^<!--\s*more\b\s*([\s\S]*?)\s*-->/;
const MORE_ANYWHERE = /<!--\s*more\b/;
export const MORE_ANCHOR_ID = "more";

export function renderBody(md: Markdown, source: string): RenderedBody {
  const env: BodyEnv = {};
  const tokens = md.parse(source, env);
  const render = (list: readonly Token[], plain: boolean): string => {
    env.plain = plain;
    return md.renderer.render(list as Token[], md.options, env);
  };
  let teaserHtml: string | undefined;
  let moreLabel: string | undefined;
  const misplacedMoreLines: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (teaserHtml === undefined && token.type === "html_block" && token.level === 0) {
      const m = MORE_BLOCK.exec(token.content);
      if (m !== null) {
        teaserHtml = render(tokens.slice(0, i), true);
        moreLabel = m[1] === "" ? undefined : m[1];
        token.content = `<span id="${MORE_ANCHOR_ID}"></span>\n${token.content.slice(m[0].length).replace(/^\s*\n/, "")}`;
        continue;
      }
    }
    const misplaced =
      (token.type === "inline" || (token.type === "html_block" && token.level > 0)) &&
      MORE_ANYWHERE.test(token.content);
    if (misplaced && token.map !== null) {
      misplacedMoreLines.push(token.map[0]);
    }
  }
  const headings = env.headings ?? [];
  const html = flatten(render(tokens, false));
  return {
    html,
    listHtml: headings.length > 0 || (env.footnotes?.list?.length ?? 0) > 0 ? listFormOf(html) : undefined,
    teaserHtml: teaserHtml === undefined ? undefined : flatten(teaserHtml),
    moreLabel,
    misplacedMoreLines,
    headings,
    wordCount: Math.round(wordsIn(source)),
  };
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Words in a text: runs of characters between spaces, and half a word per Chinese or Japanese
 * character (kana and ideographs; their punctuation separates). One pass over the characters; a text
 * without those scripts only looks for spaces.
 */
function wordsIn(text: string): number {
  let words = 0;
  let inWord = false;
  if (!CJK.test(text)) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) <= 32) inWord = false;
      else if (!inWord) {
        words++;
        inWord = true;
      }
    }
    return words;
  }
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || (c >= 0x3000 && c <= 0x303f)) {
      inWord = false;
    } else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      cjk++;
      inWord = false;
    } else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  return words + cjk / 2;
}

/**
 * A few lines written in the settings (a term's description, an author's bio), as HTML in the list
 * form (no heading ids: it shares its page), and as plain text.
 */
export function renderSnippet(md: Markdown, source: string): { html: string; text: string } {
  const env: BodyEnv = { plain: true };
  const tokens = md.parse(source, env);
  const text = tokens
    .filter((t) => t.type === "inline")
    .map((t) => plainText(t))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  return { html: flatten(md.renderer.render(tokens, md.options, env)), text };
}
