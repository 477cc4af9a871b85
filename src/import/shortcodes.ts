// WordPress shortcodes in a post body. The ones with a static equivalent become HTML or Markdown; the
// rest stay visible as text and are listed, so that nothing disappears without a trace.
//
//   [caption …]<img …> Text[/caption]     a <figure> with the image and a <figcaption>
//   [gallery ids="1,2"]                    a Markdown list of the images (attachments of the export)
//   [embed]URL[/embed], a URL on its line  a link (<URL>)
//   [audio src=…], [video src=…]           <audio controls> / <video controls>
//
// The parsing follows WordPress's get_shortcode_regex() and shortcode_parse_atts().

import { decodeHTML } from "entities";

export interface Attachment {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly caption: string;
  readonly alt: string;
  readonly parent: string;
  readonly menuOrder: number;
  /** The attachment's own page in WordPress (`<link>`): `/2015/01/28/post/photo/`, `/?attachment_id=30`. */
  readonly link: string;
}

export interface ShortcodeContext {
  readonly postId: string;
  readonly attachments: ReadonlyMap<string, Attachment>;
  /** Attachment ids by parent post id, in WordPress's default gallery order (menu order, then id). */
  readonly childrenOf: (postId: string) => readonly Attachment[];
  /** Markdown-escapes plain text (turndown's rules, so escaping is the same everywhere). */
  readonly escapeMarkdown: (text: string) => string;
  /** Stores final text to put back after the HTML-to-Markdown step; returns its placeholder. */
  readonly hold: (text: string, block: boolean) => string;
  /** Records something that could not be converted. */
  readonly note: (message: string) => void;
}

const CONVERTED = ["caption", "wp_caption", "gallery", "embed", "audio", "video"];

/** The first of the ascending `positions` that is at least `from` (binary search). */
function firstAtOrAfter(positions: readonly number[], from: number): number | undefined {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((positions[mid] ?? 0) < from) low = mid + 1;
    else high = mid;
  }
  return positions[low];
}

/** One shortcode as written: `[tag atts]`, `[tag atts/]` or `[tag atts]content[/tag]`. */
interface Found {
  /** `[` when the shortcode is escaped as `[[tag]]` (with `close` `]`). */
  readonly open: string;
  readonly tag: string;
  readonly atts: string;
  readonly selfClosing: boolean;
  /** For an enclosing shortcode: the text between its tags. */
  readonly content: string | undefined;
  /** `[/tag]` when it encloses. */
  readonly end: string | undefined;
  readonly close: string;
  /** The whole shortcode as written, with the escape brackets. */
  readonly whole: string;
}

// WordPress's get_shortcode_regex(), split in two: the opening tag here, and the closing tag found
// by position, so that a body full of brackets is read in one pass rather than rescanned to its end
// for every one of them.
const OPENING = /\[(\[?)([A-Za-z][\w-]*)(?![\w-])([^\]/]*(?:\/(?!\])[^\]/]*)*?)(\/)?\]/g;
const CLOSING = /\[\/([A-Za-z][\w-]*)\]/g;

/**
 * Replaces the shortcodes of `text` for which `replace` returns a text; for the others (undefined),
 * the reading goes on from the next character, as WordPress's regular expression would.
 */
function replaceShortcodes(text: string, replace: (found: Found) => string | undefined): string {
  const closings = new Map<string, number[]>();
  for (const m of text.matchAll(CLOSING)) {
    const tag = m[1] ?? "";
    const list = closings.get(tag);
    if (list === undefined) closings.set(tag, [m.index]);
    else list.push(m.index);
  }
  let out = "";
  let done = 0;
  let from = 0;
  const opening = new RegExp(OPENING.source, "g");
  for (;;) {
    opening.lastIndex = from;
    const m = opening.exec(text);
    if (m === null) break;
    const [openTag, open = "", tag = "", atts = "", slash] = m;
    let end = m.index + openTag.length;
    let content: string | undefined;
    let endTag: string | undefined;
    if (slash === undefined) {
      const at = firstAtOrAfter(closings.get(tag) ?? [], end);
      if (at !== undefined) {
        content = text.slice(end, at);
        endTag = `[/${tag}]`;
        end = at + endTag.length;
      }
    }
    const close = open === "[" && text[end] === "]" ? "]" : "";
    end += close.length;
    const found: Found = {
      open,
      tag,
      atts,
      selfClosing: slash !== undefined,
      content,
      end: endTag,
      close,
      whole: text.slice(m.index, end),
    };
    const replacement = replace(found);
    if (replacement === undefined) {
      from = m.index + 1;
      continue;
    }
    out += text.slice(done, m.index) + replacement;
    done = end;
    from = end;
  }
  return out + text.slice(done);
}

// Shortcodes that plugins and WordPress.com commonly register; a bracketed word that is none of these
// and has no attributes, hyphen or closing tag (`[sic]`, `[simple boat]`) is read as ordinary text.
const COMMON_SHORTCODES = new Set([
  "archives",
  "code",
  "contact-field",
  "contact-form",
  "dailymotion",
  "facebook",
  "gist",
  "googlemaps",
  "instagram",
  "latex",
  "playlist",
  "polldaddy",
  "recipe",
  "slideshow",
  "soundcloud",
  "sourcecode",
  "spotify",
  "ted",
  "tweet",
  "twitter",
  "vimeo",
  "wpvideo",
  "youtube",
]);

/** Converts the known shortcodes of `html`; the others are held as written and reported. */
export function convertShortcodes(html: string, ctx: ShortcodeContext): string {
  const converted = replaceShortcodes(html, (found) => {
    if (!CONVERTED.includes(found.tag)) return undefined;
    const { open, close, whole } = found;
    if (open === "[" && close === "]") return ctx.hold(whole.slice(1, -1), false);
    const attributes = parseAttributes(found.atts);
    // What cannot be converted stays exactly as written (held, so not Markdown-escaped).
    const result =
      convertOne(found.tag, attributes, found.content, ctx) ??
      ctx.hold(whole.slice(open.length, whole.length - close.length), false);
    return `${open}${result}${close}`;
  });
  return holdUnknown(converted, ctx);
}

function convertOne(
  tag: string,
  atts: Attributes,
  content: string | undefined,
  ctx: ShortcodeContext,
): string | undefined {
  switch (tag) {
    case "caption":
    case "wp_caption":
      return caption(atts, content ?? "", ctx);
    case "gallery":
      return gallery(atts, ctx);
    case "embed": {
      const url = decodeHTML(content ?? "").trim();
      if (!/^https?:\/\/\S+$/.test(url)) {
        ctx.note("[embed] without a URL (left as text)");
        return undefined;
      }
      return ctx.hold(`<${url}>`, true);
    }
    case "audio":
    case "video":
      return media(tag, atts, content, ctx);
    default:
      return undefined;
  }
}

/** Shortcodes nothing converts: kept exactly as written (not Markdown-escaped), and listed. */
function holdUnknown(html: string, ctx: ShortcodeContext): string {
  return replaceShortcodes(html, (found) => {
    const { open, tag, atts, content, end, close, whole } = found;
    const looksLikeShortcode =
      CONVERTED.includes(tag) ||
      COMMON_SHORTCODES.has(tag.toLowerCase()) ||
      /[-_]/.test(tag) ||
      atts.includes("=") ||
      found.selfClosing ||
      end !== undefined;
    if (!looksLikeShortcode) return undefined;
    if (open === "[" && close === "]") return ctx.hold(whole.slice(1, -1), false);
    if (!CONVERTED.includes(tag)) ctx.note(`unknown shortcode [${tag}] (left as text)`);
    const opening = whole.slice(open.length, whole.length - close.length);
    if (end === undefined || content === undefined) return `${open}${ctx.hold(opening, false)}${close}`;
    // An enclosing shortcode: its tags stay as text, its content is converted like the rest.
    const head = opening.slice(0, opening.length - content.length - end.length);
    return `${open}${ctx.hold(head, false)}${holdUnknown(content, ctx)}${ctx.hold(end, false)}${close}`;
  });
}

type Attributes = { readonly named: ReadonlyMap<string, string>; readonly positional: readonly string[] };

const ATTRIBUTE =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;

export function parseAttributes(text: string): Attributes {
  const named = new Map<string, string>();
  const positional: string[] = [];
  const source = text.replace(/[\u00a0\u200b]/g, " ");
  for (const m of source.matchAll(ATTRIBUTE)) {
    const key = m[1] ?? m[3] ?? m[5];
    const value = m[2] ?? m[4] ?? m[6];
    if (key !== undefined && value !== undefined) named.set(key.toLowerCase(), decodeHTML(value));
    else {
      const loose = m[7] ?? m[8] ?? m[9];
      if (loose !== undefined) positional.push(decodeHTML(loose));
    }
  }
  return { named, positional };
}

const IMAGE_PART = /^\s*((?:<a\s[^>]+>\s*)?<img\s[^>]+>(?:\s*<\/a>)?)([\s\S]*)$/i;

function caption(atts: Attributes, content: string, ctx: ShortcodeContext): string {
  const m = IMAGE_PART.exec(content);
  if (m === null) {
    ctx.note("[caption] without an image (its text kept)");
    return content;
  }
  const imagePart = m[1] ?? "";
  const text = (atts.named.get("caption") ?? m[2] ?? "").replace(/\s+/g, " ").trim();
  const image = rebuildImage(imagePart);
  if (text === "") return imagePart;
  return ctx.hold(`<figure>\n${image}\n<figcaption>${text}</figcaption>\n</figure>`, true);
}

/** `<a href><img …></a>` rebuilt with only the attributes that mean something outside WordPress. */
function rebuildImage(html: string): string {
  const img = /<img\s([^>]*?)\/?>/i.exec(html);
  const a = /<a\s([^>]*)>/i.exec(html);
  const imgAtts = htmlAttributes(img?.[1] ?? "");
  const tag = `<img${["src", "alt", "width", "height", "title"]
    .filter((name) => imgAtts.has(name))
    .map((name) => ` ${name}="${escapeAttribute(imgAtts.get(name) ?? "")}"`)
    .join("")}>`;
  const href = a === null ? undefined : htmlAttributes(a[1] ?? "").get("href");
  return href === undefined ? tag : `<a href="${escapeAttribute(href)}">${tag}</a>`;
}

function htmlAttributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = (m[1] ?? "").toLowerCase();
    if (!out.has(name)) out.set(name, decodeHTML(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return out;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg|tiff?)(?:[?#].*)?$/i;

function gallery(atts: Attributes, ctx: ShortcodeContext): string | undefined {
  const listed = atts.named.get("ids") ?? atts.named.get("include");
  const exclude = new Set(splitIds(atts.named.get("exclude") ?? ""));
  let images: Attachment[];
  if (listed !== undefined) {
    const ids = splitIds(listed);
    images = ids.map((id) => ctx.attachments.get(id)).filter((a): a is Attachment => a !== undefined);
    if (images.length < ids.length) {
      const missing = ids.filter((id) => !ctx.attachments.has(id));
      ctx.note(
        `[gallery]: attachment${missing.length > 1 ? "s" : ""} ${missing.join(", ")} not in the export`,
      );
    }
  } else {
    const parent = atts.named.get("id") ?? ctx.postId;
    images = ctx.childrenOf(parent).filter((a) => IMAGE_FILE.test(a.url));
  }
  images = images.filter((a) => !exclude.has(a.id));
  if (images.length === 0) {
    ctx.note("[gallery] whose images are not in the export (left as text)");
    return undefined;
  }
  const lines = images.map((a) => {
    const alt = a.alt !== "" ? a.alt : a.title;
    const caption = a.caption !== "" && a.caption !== alt ? ` ${ctx.escapeMarkdown(a.caption)}` : "";
    return `- ![${escapeAlt(alt)}](${markdownUrl(a.url)})${caption}`;
  });
  return ctx.hold(lines.join("\n"), true);
}

function splitIds(text: string): string[] {
  return text
    .split(",")
    .map((id) => id.trim())
    .filter((id) => /^\d+$/.test(id));
}

function escapeAlt(text: string): string {
  return text.replace(/([\\[\]])/g, "\\$1").replace(/\s+/g, " ");
}

/** A URL for `(…)` in Markdown: angle brackets when it has spaces or parentheses. */
export function markdownUrl(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

const AUDIO_SOURCES = ["src", "mp3", "ogg", "flac", "m4a", "wav", "wma"];
const VIDEO_SOURCES = ["src", "mp4", "m4v", "webm", "ogv", "wmv", "flv"];

function media(
  tag: "audio" | "video",
  atts: Attributes,
  content: string | undefined,
  ctx: ShortcodeContext,
): string | undefined {
  const names = tag === "audio" ? AUDIO_SOURCES : VIDEO_SOURCES;
  const fromContent = decodeHTML(content ?? "").trim();
  const src =
    names.map((name) => atts.named.get(name)).find((value) => value !== undefined && value !== "") ??
    atts.positional.find((value) => /^https?:\/\//.test(value)) ??
    (/^https?:\/\/\S+$/.test(fromContent) ? fromContent : undefined);
  if (src === undefined) {
    ctx.note(`[${tag}] without a source (left as text)`);
    return undefined;
  }
  const extra =
    tag === "video"
      ? ["width", "height", "poster"]
          .filter((name) => atts.named.has(name))
          .map((name) => ` ${name}="${escapeAttribute(atts.named.get(name) ?? "")}"`)
          .join("")
      : "";
  return ctx.hold(`<${tag} controls src="${escapeAttribute(src)}"${extra}></${tag}>`, true);
}
