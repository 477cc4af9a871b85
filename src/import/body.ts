// A WordPress post body (HTML, with shortcodes and the conventions of the classic and block editors)
// to the Markdown annals renders. In order:
//   1. split at the first <!--more-->, which is kept exactly as written on a line of its own
//      (annals splits the teaser there, as WordPress did);
//   2. drop block-editor comments (<!-- wp:paragraph -->) and <!--nextpage--> page breaks;
//   3. known shortcodes and URLs alone on a line (WordPress's auto-embeds) become figures, image
//      lists, <audio>, <video> and links; the results are held aside so that the Markdown step
//      neither escapes nor reflows them;
//   4. classic-editor bodies get wpautop's paragraphs and line breaks;
//   5. turndown turns the HTML into Markdown, and the held results are put back.

import { decodeHTML } from "entities";
import TurndownService from "turndown";
import { gfm } from "turndown-plugin-gfm";
import { type Attachment, convertShortcodes, escapeAttribute } from "./shortcodes.ts";
import { wpautop } from "./wpautop.ts";

export interface BodyContext {
  readonly postId: string;
  readonly attachments: ReadonlyMap<string, Attachment>;
  readonly childrenOf: (postId: string) => readonly Attachment[];
  /** Reusable blocks (`wp_block` items) by id: `<!-- wp:block {"ref":12} /-->` shows one. */
  readonly reusableBlocks?: ReadonlyMap<string, string>;
}

export interface ConvertedBody {
  readonly markdown: string;
  /** What could not be converted, or was dropped: one line each, for the report. */
  readonly notes: readonly string[];
}

const MORE = /<!--more(.*?)-->/;
const BLOCK_COMMENT = /<!--\s+\/?wp:[\s\S]*?-->/g;
const DYNAMIC_BLOCK = /<!--\s+wp:([a-z0-9/-]+)(?:(?!-->)[\s\S])*?\/-->/g;
const OWN_LINE_URL = /^([ \t]*)(https?:\/\/[^\s<>"]+)([ \t]*)$/gim;

export function convertBody(html: string, ctx: BodyContext): ConvertedBody {
  const notes: string[] = [];
  const text = expandReusableBlocks(html.replace(/\r\n?/g, "\n"), ctx.reusableBlocks, notes);
  const blockEditor = /<!--\s+wp:/.test(text);

  const dynamic = [...new Set([...text.matchAll(DYNAMIC_BLOCK)].map((m) => `wp:${m[1]}`))];
  if (dynamic.length > 0) {
    notes.push(
      `blocks WordPress renders when a page is shown (no saved HTML), dropped: ${dynamic.join(", ")}`,
    );
  }
  const scripts = (text.match(/<script[\s>]/gi) ?? []).length;
  if (scripts > 0) notes.push(`${scripts} <script> element${scripts > 1 ? "s" : ""} removed`);
  if (/<!--nextpage-->/.test(text)) notes.push("<!--nextpage--> page breaks removed: the post is one page");

  const held: string[] = [];
  const prefix = uniquePrefix(text);
  const hold = (value: string, block: boolean): string => {
    held.push(value);
    const token = `${prefix}${held.length - 1}X`;
    return block ? `\n\n<p>${token}</p>\n\n` : token;
  };
  const part = (source: string): string =>
    convertPart(source, blockEditor, { ...ctx, hold, note: (n) => notes.push(n), escapeMarkdown });

  const more = MORE.exec(text);
  let markdown: string;
  if (more === null) {
    markdown = part(text);
  } else {
    const before = part(text.slice(0, more.index));
    const after = part(text.slice(more.index + more[0].length).replace(/<!--more(.*?)-->/g, ""));
    markdown = [before, more[0], after].filter((s) => s !== "").join("\n\n");
  }
  const restored = markdown.replace(
    new RegExp(`${prefix}(\\d+)X`, "g"),
    (_m, i: string) => held[Number(i)] ?? "",
  );
  return { markdown: restored.replace(/\n{3,}/g, "\n\n").trim(), notes: [...new Set(notes)] };
}

const REUSABLE_BLOCK = /<!--\s+wp:block\s+(\{(?:(?!-->)[\s\S])*?\})\s*\/-->/g;

/** Puts each reusable block's content where it is used (nested ones too, a few levels deep). */
function expandReusableBlocks(
  text: string,
  blocks: ReadonlyMap<string, string> | undefined,
  notes: string[],
): string {
  let out = text;
  for (let depth = 0; depth < 5 && /<!--\s+wp:block\s/.test(out); depth++) {
    out = out.replace(REUSABLE_BLOCK, (_whole, json: string) => {
      const ref = /"ref"\s*:\s*(\d+)/.exec(json)?.[1];
      const content = ref === undefined ? undefined : blocks?.get(ref);
      if (content !== undefined) return content.replace(/\r\n?/g, "\n");
      notes.push(`reusable block ${ref ?? "?"} is not in the export: dropped`);
      return "";
    });
  }
  return out;
}

type PartContext = BodyContext & {
  hold: (value: string, block: boolean) => string;
  note: (message: string) => void;
  escapeMarkdown: (text: string) => string;
};

function convertPart(source: string, blockEditor: boolean, ctx: PartContext): string {
  let html = source.replace(BLOCK_COMMENT, "").replace(/<!--nextpage-->/g, "\n\n");
  html = convertShortcodes(html, ctx);
  // Auto-embeds (after the shortcodes, so that `[embed]` keeps its URL): outside <pre>, a URL alone
  // on its line becomes a link.
  html = html
    .split(/(<pre[\s>][\s\S]*?<\/pre>)/i)
    .map((chunk, i) =>
      i % 2 === 1
        ? chunk
        : chunk.replace(OWN_LINE_URL, (_m, _a, url: string) => ctx.hold(`<${decodeHTML(url)}>`, true)),
    )
    .join("");
  if (!blockEditor) html = wpautop(html);
  return turndown.turndown(html).trim();
}

/** A placeholder prefix that the body does not already contain. */
function uniquePrefix(text: string): string {
  let prefix = "WXRHELD";
  while (text.includes(prefix)) prefix += "Q";
  return prefix;
}

// turndown hands rules DOM nodes (domino's); this project type-checks without the DOM library.
interface DomElement {
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly innerHTML: string;
  readonly outerHTML: string;
  /** Set by turndown on the nodes it visits. */
  readonly isBlock?: boolean;
  readonly firstElementChild: DomElement | null;
  readonly parentNode: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): { readonly length: number };
}
const dom = (node: unknown): DomElement => node as DomElement;

function hasAncestor(node: DomElement, name: string): boolean {
  for (let at = node.parentNode; at !== null; at = at.parentNode) if (at.nodeName === name) return true;
  return false;
}

const turndown = createTurndown();

function escapeMarkdown(text: string): string {
  return turndown.escape(text.replace(/\s+/g, " ").trim());
}

function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "*",
    strongDelimiter: "**",
    // A backslash hard break survives editors that trim trailing spaces.
    br: "\\",
    // Kept HTML must not hold a blank line: Markdown would end the HTML block there.
    keepReplacement: (_content, node) => {
      const html = dom(node).outerHTML.replace(/\n\s*\n/g, "\n");
      return dom(node).isBlock ? `\n\n${html}\n\n` : html;
    },
  });
  service.use(gfm);
  service.remove(["script", "style", "noscript"]);
  // Markdown has no form for these; markdown-it passes the HTML through.
  service.keep([
    "iframe",
    "audio",
    "video",
    "embed",
    "object",
    "dl",
    "sub",
    "sup",
    "ins",
    "mark",
    "abbr",
    "kbd",
    "q",
  ]);
  // Inline code cannot break lines: wpautop's <br /> inside <code> becomes a space.
  service.addRule("breakInCode", {
    filter: (node) => dom(node).nodeName === "BR" && hasAncestor(dom(node), "CODE"),
    replacement: () => " ",
  });
  // markdown-it's strikethrough is `~~`; the gfm plugin writes a single `~`.
  service.addRule("strikethrough", {
    filter: (node) => ["DEL", "S", "STRIKE"].includes(dom(node).nodeName),
    replacement: (content) => `~~${content}~~`,
  });
  // A link whose text is its address reads best as an autolink.
  service.addRule("autolink", {
    filter: (node) => {
      const href = dom(node).nodeName === "A" ? dom(node).getAttribute("href") : null;
      return href !== null && /^https?:\/\/[^\s<>]+$/.test(href) && dom(node).textContent === href;
    },
    replacement: (_content, node) => `<${dom(node).getAttribute("href")}>`,
  });
  // <pre> without <code>: turndown would let Markdown reflow it.
  service.addRule("preformatted", {
    filter: (node) => dom(node).nodeName === "PRE" && dom(node).firstElementChild?.nodeName !== "CODE",
    replacement: (_content, node) => fenced(dom(node).textContent ?? ""),
  });
  // The block editor's image with a caption: the same <figure> as the [caption] shortcode gives.
  service.addRule("captionedFigure", {
    filter: (node) =>
      dom(node).nodeName === "FIGURE" &&
      dom(node).querySelectorAll("img").length === 1 &&
      (dom(node).querySelector("figcaption")?.textContent ?? "").trim() !== "",
    replacement: (_content, node) => `\n\n${figureHtml(dom(node))}\n\n`,
  });
  return service;
}

function fenced(code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `\n\n${fence}\n${code.replace(/\n$/, "")}\n${fence}\n\n`;
}

function figureHtml(node: DomElement): string {
  const img = node.querySelector("img");
  const link = img?.parentNode?.nodeName === "A" ? img.parentNode : undefined;
  const attrs = ["src", "alt", "width", "height", "title"]
    .map((name) => [name, img?.getAttribute(name)] as const)
    .filter((pair): pair is readonly [string, string] => pair[1] !== null && pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
  const href = link?.getAttribute("href");
  const image =
    href === null || href === undefined
      ? `<img${attrs}>`
      : `<a href="${escapeAttribute(href)}"><img${attrs}></a>`;
  const caption = (node.querySelector("figcaption")?.innerHTML ?? "").replace(/\s+/g, " ").trim();
  return `<figure>\n${image}\n<figcaption>${caption}</figcaption>\n</figure>`;
}
