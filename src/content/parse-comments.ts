// A post's comments, kept as an archive: `<post>.comments.yaml` beside the post's file (for a post
// written as a folder, `index.comments.yaml` beside its `index.md`). The WordPress import writes them;
// a person may edit or delete any. The file is a YAML list, one entry per comment:
//
//   - id: "12"                       required, unique in the file
//     replyTo: "11"                  the comment it answers (threads); absent at the top
//     author: Jane Doe               shown as written (escaped); "" is shown as anonymous
//     url: https://jane.example/     http(s) only; linked with rel="nofollow ugc"
//     date: 2015-01-28 10:00:00 +09:00
//     type: pingback                 comment (the default), pingback or trackback
//     text: <p>HTML</p>              sanitised to a small allow-list (src/format/untrusted-html.ts)
//
// Comments are ordered as threads: each top-level comment by date, its replies under it by date.

import { sanitiseUntrusted } from "../format/untrusted-html.ts";
import { type ContentIssue, contentError, contentWarning } from "../issues.ts";
import type { Comment, CommentKind, SourceFile } from "../model/types.ts";
import { parsePostDate } from "./parse-date.ts";
import { yamlApi } from "./yaml.ts";

/** Replies nest at most this deep on the page (WordPress's default thread depth is 5). */
export const MAX_DEPTH = 8;

const KEYS = new Set(["id", "replyTo", "author", "url", "date", "type", "text"]);
const KINDS: readonly CommentKind[] = ["comment", "pingback", "trackback"];

export interface ParsedComments {
  readonly comments: readonly Comment[];
  readonly issues: readonly ContentIssue[];
}

export function parseComments(source: SourceFile, zone: string): ParsedComments {
  const issues: ContentIssue[] = [];
  const { isSeq, LineCounter, parseDocument } = yamlApi();
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, version: "1.2" });
  const lineOf = (offset: number | undefined): number => lineCounter.linePos(offset ?? 0).line;
  if (doc.errors.length > 0) {
    const error = doc.errors[0] as (typeof doc.errors)[number];
    return {
      comments: [],
      issues: [
        contentError(
          source.path,
          lineOf(error.pos[0]),
          `the comments could not be read: ${firstLine(error.message)}`,
        ),
      ],
    };
  }
  if (doc.contents === null) return { comments: [], issues: [] };
  if (!isSeq(doc.contents)) {
    return {
      comments: [],
      issues: [contentError(source.path, 1, "must be a list of comments (each entry starting with `- id:`)")],
    };
  }
  let data: unknown[];
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as unknown[];
  } catch (error) {
    return {
      comments: [],
      issues: [contentError(source.path, 1, `the comments could not be read: ${String(error)}`)],
    };
  }
  const found: Comment[] = [];
  const ids = new Set<string>();
  for (const [i, node] of doc.contents.items.entries()) {
    const line = lineOf((node as { range?: readonly number[] } | null)?.range?.[0]);
    const entry = data[i];
    const fail = (message: string): void => {
      issues.push(contentError(source.path, line, message));
    };
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
      fail("each comment must be `key: value` lines (id, author, date, text)");
      continue;
    }
    const values = entry as Record<string, unknown>;
    for (const key of Object.keys(values))
      if (!KEYS.has(key))
        issues.push(
          contentWarning(
            "unknown-key",
            source.path,
            line,
            `unknown comment key "${key}" (ignored); comments have ${[...KEYS].join(", ")}`,
          ),
        );
    const text = (key: string): string | undefined => {
      const value = values[key];
      if (value === undefined || value === null) return undefined;
      if (typeof value === "string") return value;
      if (typeof value === "number") return String(value);
      fail(`comment ${key} must be text, not ${Array.isArray(value) ? "a list" : typeof value}`);
      return undefined;
    };
    const id = text("id")?.trim() ?? "";
    if (id === "") {
      fail('a comment needs an id (`id: "12"`)');
      continue;
    }
    if (!/^[A-Za-z0-9_-]+$/.test(id)) {
      fail(
        `comment id "${id}" must be letters, digits, - and _ (it is the comment's anchor, #comment-${id})`,
      );
      continue;
    }
    if (ids.has(id)) {
      fail(`two comments have the id "${id}"`);
      continue;
    }
    ids.add(id);
    const rawDate = text("date");
    if (rawDate === undefined) {
      fail(`comment ${id} has no date`);
      continue;
    }
    const date = parsePostDate(rawDate, zone);
    if (!date.ok) {
      fail(`comment ${id}: ${date.error}`);
      continue;
    }
    const kind = (text("type") ?? "comment") as CommentKind;
    if (!KINDS.includes(kind)) {
      fail(`comment ${id}: type "${kind}" is none of ${KINDS.join(", ")}`);
      continue;
    }
    let url = text("url")?.trim();
    if (url === "") url = undefined;
    if (url !== undefined && !/^https?:\/\/[^\s]+$/i.test(url)) {
      issues.push(
        contentWarning(
          "comment-url",
          source.path,
          line,
          `comment ${id}: the address "${url}" is not http(s) (not linked)`,
        ),
      );
      url = undefined;
    }
    const replyTo = text("replyTo")?.trim();
    found.push({
      id,
      replyTo: replyTo === "" || replyTo === "0" ? undefined : replyTo,
      author: (text("author") ?? "").trim(),
      url,
      date: date.date,
      kind,
      html: sanitiseUntrusted(text("text") ?? ""),
      depth: 0,
    });
  }
  return { comments: threaded(found, source.path, issues), issues };
}

/** Threads in order: each comment followed by its replies (by date, then file order), with depths. */
function threaded(comments: readonly Comment[], file: string, issues: ContentIssue[]): Comment[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const replies = new Map<string | undefined, Comment[]>();
  for (const comment of comments) {
    let parent = comment.replyTo;
    if (parent !== undefined && (!byId.has(parent) || parent === comment.id)) {
      issues.push(
        contentWarning(
          "comment-thread",
          file,
          undefined,
          `comment ${comment.id} answers comment ${parent}, which is not in the file: shown at the top`,
        ),
      );
      parent = undefined;
    }
    const list = replies.get(parent) ?? [];
    list.push(parent === comment.replyTo ? comment : { ...comment, replyTo: undefined });
    replies.set(parent, list);
  }
  const out: Comment[] = [];
  const seen = new Set<string>();
  // Depth first, with a stack of its own (a thread may be thousands of replies deep); shown at most
  // MAX_DEPTH deep, deeper replies at that depth, in order.
  const walk = (parent: string | undefined, depth: number): void => {
    const childrenOf = (id: string | undefined) =>
      [...(replies.get(id) ?? [])].sort((a, b) => a.date.epochMs - b.date.epochMs);
    const stack: { list: Comment[]; at: number; depth: number }[] = [
      { list: childrenOf(parent), at: 0, depth },
    ];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { list: Comment[]; at: number; depth: number };
      const comment = top.list[top.at++];
      if (comment === undefined) {
        stack.pop();
        continue;
      }
      if (seen.has(comment.id)) continue;
      seen.add(comment.id);
      out.push({ ...comment, depth: Math.min(top.depth, MAX_DEPTH) });
      stack.push({ list: childrenOf(comment.id), at: 0, depth: top.depth + 1 });
    }
  };
  walk(undefined, 0);
  // A loop of replies (a answers b, b answers a) reaches no top: shown at the top, in file order.
  for (const comment of comments)
    if (!seen.has(comment.id)) {
      issues.push(
        contentWarning(
          "comment-thread",
          file,
          undefined,
          `comment ${comment.id} is in a loop of replies: shown at the top`,
        ),
      );
      seen.add(comment.id);
      out.push({ ...comment, replyTo: undefined, depth: 0 });
      walk(comment.id, 1);
    }
  return out;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
