// Reads a WordPress export (WXR: RSS 2.0 with `wp:` elements) as a stream. The channel's small parts
// (authors, categories, tags, terms) are collected; each `<item>` is handed to the caller as soon as
// it closes and then forgotten, so an export of any size is read in bounded memory.
//
// Elements are matched by their qualified names (`wp:post_id`): every WordPress version writes these
// prefixes, while the namespace URIs changed between WXR 1.0, 1.1 and 1.2 (and http/https).

import { createReadStream } from "node:fs";
import { decodeHTMLStrict } from "entities";
import { SaxesParser } from "saxes";

export interface WxrAuthor {
  readonly login: string;
  readonly displayName: string;
}

/**
 * One `<wp:comment>` of an item, its fields by name without the `wp:comment_` prefix (`id`,
 * `author`, `author_url`, `date`, `date_gmt`, `content`, `approved`, `type`, `parent`). The e-mail
 * and IP address fields are never read.
 */
export type WxrComment = ReadonlyMap<string, string>;

/** Comment fields kept from the export: not `author_email`, not `author_IP`. */
const COMMENT_FIELDS = new Set([
  "wp:comment_id",
  "wp:comment_author",
  "wp:comment_author_url",
  "wp:comment_date",
  "wp:comment_date_gmt",
  "wp:comment_content",
  "wp:comment_approved",
  "wp:comment_type",
  "wp:comment_parent",
]);

export interface WxrTerm {
  /** `category`, `post_tag`, or another taxonomy from `<wp:term>`. */
  readonly taxonomy: string;
  /** As written in the export (entities in names are decoded later). */
  readonly name: string;
  /** As written in the export: may be percent-encoded. */
  readonly slug: string;
  /** The parent's slug, "" at the top. */
  readonly parent: string;
  /** The term's description (`wp:category_description`, …), as written; "" when none. */
  readonly description: string;
  /** `wp:term_id` ("" when the export has none): what menu items point at. */
  readonly id: string;
}

export interface WxrChannel {
  readonly title: string;
  readonly link: string;
  readonly description: string;
  readonly language: string;
  readonly baseBlogUrl: string;
  readonly wxrVersion: string;
  readonly authors: readonly WxrAuthor[];
  /** Every `wp:category`, `wp:tag` and `wp:term` of the channel, in file order. */
  readonly terms: readonly WxrTerm[];
}

export interface WxrItemTerm {
  /** The `domain` attribute: `category`, `post_tag`, `post_format`, … */
  readonly domain: string;
  readonly nicename: string;
  readonly name: string;
}

export interface WxrItem {
  /** File line of the `<item>` tag, for messages. */
  readonly line: number;
  /** Child elements by qualified name (`title`, `wp:post_id`, `content:encoded`, …), text as read. */
  readonly fields: ReadonlyMap<string, string>;
  readonly terms: readonly WxrItemTerm[];
  /** `wp:postmeta` pairs, in file order. */
  readonly meta: readonly { readonly key: string; readonly value: string }[];
  /** The item's comments, in file order. */
  readonly comments: readonly WxrComment[];
}

/** A problem with the export file itself: the message is one line, naming the file (and line). */
export class WxrError extends Error {
  override readonly name = "WxrError";
}

const CHANNEL_RECORDS = new Set(["wp:author", "wp:category", "wp:tag", "wp:term"]);

// Named HTML entities (`&nbsp;`) are not XML, but older WordPress versions write titles with
// esc_html, which keeps them. Undefined entities stay an error.
const HTML_ENTITIES: Record<string, string> = new Proxy(
  {},
  {
    get(_target, name) {
      if (typeof name !== "string") return undefined;
      const decoded = decodeHTMLStrict(`&${name};`);
      return decoded === `&${name};` ? undefined : decoded;
    },
  },
);

/**
 * Streams `file`, calling `onItem` for each `<item>` in file order, and resolves with the channel.
 * Rejects with a `WxrError` for a missing or unreadable file, malformed XML, or XML that is not a
 * WordPress export.
 */
export function readWxr(file: string, onItem: (item: WxrItem) => void): Promise<WxrChannel> {
  return new Promise((resolve, reject) => {
    const parser = new SaxesParser({ fileName: file, position: true });
    parser.ENTITIES = HTML_ENTITIES;
    const reader = new WxrReader(file, onItem, () => parser.line);
    parser.on("opentag", (tag) => reader.open(tag.name, tag.attributes as Record<string, string>));
    parser.on("text", (text) => reader.text(text));
    parser.on("cdata", (text) => reader.text(text));
    parser.on("closetag", (tag) => reader.close(tag.name));
    parser.on("error", (error) => {
      throw new WxrError(error.message);
    });

    const stream = createReadStream(file, { encoding: "utf8" });
    let first = true;
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      stream.destroy();
      reject(error instanceof WxrError ? error : describeReadError(file, error));
    };
    stream.on("data", (chunk) => {
      if (failed) return;
      let text = chunk as string;
      if (first) {
        text = text.replace(/^\uFEFF/, "");
        first = false;
      }
      try {
        parser.write(text);
      } catch (error) {
        fail(error);
      }
    });
    stream.on("error", fail);
    stream.on("end", () => {
      if (failed) return;
      try {
        parser.close();
        resolve(reader.channel());
      } catch (error) {
        fail(error);
      }
    });
  });
}

function describeReadError(file: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new WxrError(`${file}: no such file`);
  if (code === "EISDIR") return new WxrError(`${file}: is a folder, not a WordPress export file`);
  if (code === "EACCES") return new WxrError(`${file}: not readable (permission denied)`);
  // Anything else is unexpected: keep the original error, stack and all.
  return error instanceof Error ? error : new Error(String(error));
}

interface Capture {
  readonly target: Map<string, string>;
  readonly key: string;
  readonly depth: number;
  text: string;
}

/** The state machine behind `readWxr`: which element we are in, and where its text goes. */
class WxrReader {
  private readonly stack: string[] = [];
  private readonly channelFields = new Map<string, string>();
  private readonly authors: WxrAuthor[] = [];
  private readonly terms: WxrTerm[] = [];
  private record: Map<string, string> | undefined;
  private item:
    | {
        line: number;
        fields: Map<string, string>;
        terms: WxrItemTerm[];
        meta: { key: string; value: string }[];
        comments: WxrComment[];
      }
    | undefined;
  private meta: Map<string, string> | undefined;
  private comment: Map<string, string> | undefined;
  private itemTerm: { domain: string; nicename: string } | undefined;
  private capture: Capture | undefined;
  private sawChannel = false;

  private readonly file: string;
  private readonly onItem: (item: WxrItem) => void;
  private readonly line: () => number;

  constructor(file: string, onItem: (item: WxrItem) => void, line: () => number) {
    this.file = file;
    this.onItem = onItem;
    this.line = line;
  }

  open(name: string, attributes: Record<string, string>): void {
    this.stack.push(name);
    const depth = this.stack.length;
    const parent = this.stack[depth - 2];
    if (depth === 1) {
      if (name !== "rss") {
        throw new WxrError(
          `${this.file}:${this.line()}: not a WordPress export: the root element is <${name}>, not <rss>`,
        );
      }
      return;
    }
    if (depth === 2) {
      if (name === "channel") this.sawChannel = true;
      return;
    }
    if (this.capture !== undefined) return; // markup inside a field: its text still counts
    if (parent === "channel" && depth === 3) {
      if (name === "item") {
        this.item = { line: this.line(), fields: new Map(), terms: [], meta: [], comments: [] };
      } else if (CHANNEL_RECORDS.has(name)) {
        this.record = new Map();
      } else {
        this.startCapture(this.channelFields, name);
      }
    } else if (this.record !== undefined && depth === 4) {
      this.startCapture(this.record, name);
    } else if (this.item !== undefined && parent === "item" && depth === 4) {
      if (name === "category") {
        this.itemTerm = { domain: attributes.domain ?? "", nicename: attributes.nicename ?? "" };
        this.startCapture(new Map(), "name");
      } else if (name === "wp:postmeta") {
        this.meta = new Map();
      } else if (name === "wp:comment") {
        this.comment = new Map();
      } else {
        this.startCapture(this.item.fields, name);
      }
    } else if (this.meta !== undefined && parent === "wp:postmeta" && depth === 5) {
      this.startCapture(this.meta, name);
    } else if (this.comment !== undefined && parent === "wp:comment" && depth === 5) {
      if (COMMENT_FIELDS.has(name)) this.startCapture(this.comment, name);
    }
  }

  text(text: string): void {
    if (this.capture !== undefined) this.capture.text += text;
  }

  close(name: string): void {
    const depth = this.stack.length;
    this.stack.pop();
    const capture = this.capture;
    if (capture !== undefined && capture.depth === depth) {
      // A repeated element (rare) keeps its texts joined, as WordPress's own importer would read one.
      const before = capture.target.get(capture.key);
      capture.target.set(capture.key, before === undefined ? capture.text : before + capture.text);
      this.capture = undefined;
      if (this.itemTerm !== undefined && this.item !== undefined && name === "category") {
        this.item.terms.push({ ...this.itemTerm, name: capture.text });
        this.itemTerm = undefined;
      }
      return;
    }
    if (this.capture !== undefined) return;
    if (name === "wp:postmeta" && this.meta !== undefined && this.item !== undefined) {
      this.item.meta.push({
        key: trim(this.meta.get("wp:meta_key")),
        value: this.meta.get("wp:meta_value") ?? "",
      });
      this.meta = undefined;
    } else if (name === "wp:comment" && this.comment !== undefined && this.item !== undefined) {
      this.item.comments.push(
        new Map([...this.comment].map(([key, value]) => [key.slice("wp:comment_".length), value])),
      );
      this.comment = undefined;
    } else if (name === "item" && this.item !== undefined && depth === 3) {
      const { line, fields, terms, meta, comments } = this.item;
      this.item = undefined;
      this.onItem({ line, fields, terms, meta, comments });
    } else if (this.record !== undefined && depth === 3) {
      this.finishRecord(name, this.record);
      this.record = undefined;
    }
  }

  channel(): WxrChannel {
    const field = (key: string): string => trim(this.channelFields.get(key));
    const wxrVersion = field("wp:wxr_version");
    if (!this.sawChannel || wxrVersion === "") {
      throw new WxrError(
        `${this.file}: not a WordPress export (WXR): no <wp:wxr_version> in its <channel> (export it with Tools › Export in WordPress)`,
      );
    }
    return {
      title: field("title"),
      link: field("link"),
      description: field("description"),
      language: field("language"),
      baseBlogUrl: field("wp:base_blog_url"),
      wxrVersion,
      authors: this.authors,
      terms: this.terms,
    };
  }

  private startCapture(target: Map<string, string>, key: string): void {
    this.capture = { target, key, depth: this.stack.length, text: "" };
  }

  private finishRecord(name: string, record: Map<string, string>): void {
    const get = (key: string): string => trim(record.get(key));
    if (name === "wp:author") {
      this.authors.push({ login: get("wp:author_login"), displayName: get("wp:author_display_name") });
    } else if (name === "wp:category") {
      this.terms.push({
        taxonomy: "category",
        name: get("wp:cat_name"),
        slug: get("wp:category_nicename"),
        parent: get("wp:category_parent"),
        description: get("wp:category_description"),
        id: get("wp:term_id"),
      });
    } else if (name === "wp:tag") {
      this.terms.push({
        taxonomy: "post_tag",
        name: get("wp:tag_name"),
        slug: get("wp:tag_slug"),
        parent: "",
        description: get("wp:tag_description"),
        id: get("wp:term_id"),
      });
    } else if (name === "wp:term") {
      this.terms.push({
        taxonomy: get("wp:term_taxonomy"),
        name: get("wp:term_name"),
        slug: get("wp:term_slug"),
        parent: get("wp:term_parent"),
        description: get("wp:term_description"),
        id: get("wp:term_id"),
      });
    }
  }
}

function trim(text: string | undefined): string {
  return (text ?? "").trim();
}
