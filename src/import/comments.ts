// A post's WordPress comments to its comments file (src/content/parse-comments.ts describes the
// format): approved comments only (pingbacks and trackbacks when asked), each with its id, the id it
// answers, the author's name and address, the date with WordPress's offset, and the text made HTML as
// WordPress shows it (wpautop) and sanitised. E-mail and IP addresses are never read from the export.

import { Document } from "yaml";
import { sanitiseUntrusted } from "../format/untrusted-html.ts";
import { formatWordPressTime, plainText, wordpressTime } from "./text.ts";
import { wpautop } from "./wpautop.ts";
import type { WxrComment } from "./wxr.ts";

export interface CommentsFile {
  /** The file's text; undefined when no comment is kept. */
  readonly text: string | undefined;
  readonly kept: number;
  /** Comments left out, by reason: "not approved", "pingback", "trackback", "no date". */
  readonly left: ReadonlyMap<string, number>;
}

export function buildCommentsFile(
  comments: readonly WxrComment[],
  title: string,
  options: { readonly pingbacks: boolean },
): CommentsFile {
  const left = new Map<string, number>();
  const leave = (reason: string): void => {
    left.set(reason, (left.get(reason) ?? 0) + 1);
  };
  const entries: Record<string, string>[] = [];
  const ids = new Set<string>();
  const get = (c: WxrComment, key: string): string => (c.get(key) ?? "").trim();
  for (const [index, comment] of comments.entries()) {
    if (get(comment, "approved") !== "1") {
      leave("not approved (pending or spam)");
      continue;
    }
    const type = get(comment, "type") || "comment";
    if (type !== "comment" && !(options.pingbacks && (type === "pingback" || type === "trackback"))) {
      leave(
        type === "pingback" || type === "trackback" ? `${type}s (--pingbacks keeps them)` : `of type ${type}`,
      );
      continue;
    }
    const time = wordpressTime(get(comment, "date"), get(comment, "date_gmt"));
    if (time === undefined) {
      leave("without a date");
      continue;
    }
    // An id of letters, digits, - and _ (WordPress's are numbers); one the export lacks is made up.
    let id = get(comment, "id").replace(/[^A-Za-z0-9_-]/g, "");
    if (id === "") id = `imported-${index + 1}`;
    if (ids.has(id)) {
      leave("with an id another comment of the post has");
      continue;
    }
    ids.add(id);
    const entry: Record<string, string> = { id };
    const parent = get(comment, "parent");
    if (parent !== "" && parent !== "0") entry.replyTo = parent;
    entry.author = plainText(get(comment, "author"));
    const url = get(comment, "author_url");
    if (/^https?:\/\/\S+$/i.test(url)) entry.url = url;
    entry.date = formatWordPressTime(time);
    if (type !== "comment") entry.type = type;
    // WordPress shows every comment through wpautop: lines become paragraphs around any markup.
    entry.text = sanitiseUntrusted(wpautop(comment.get("content") ?? ""));
    entries.push(entry);
  }
  if (entries.length === 0) return { text: undefined, kept: 0, left };
  const doc = new Document(entries);
  doc.commentBefore = ` Comments on "${title.replace(/\n/g, " ")}", kept from WordPress and shown under the post, read-only.\n Edit or delete any of them; no e-mail or IP address is kept.`;
  return { text: doc.toString({ lineWidth: 0 }), kept: entries.length, left };
}
