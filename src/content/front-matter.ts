// Splits a post into its YAML front matter and its Markdown body. Tolerates a byte-order mark and
// CRLF or CR line ends; everything else that is not `---` / YAML / `---` is an error with its line.

import { type ContentIssue, contentError } from "../issues.ts";
import { parseYamlMapping, type YamlMapping } from "./yaml.ts";

/** Front matter longer than this is not a post's metadata: refuse it rather than parse it. */
export const MAX_FRONT_MATTER_BYTES = 256 * 1024;

export interface SplitPost {
  readonly front: YamlMapping;
  readonly body: string;
  /** File line where the body starts. */
  readonly bodyLine: number;
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

export function splitFrontMatter(file: string, rawText: string): SplitPost | ContentIssue[] {
  const text = normaliseNewlines(rawText);
  if (text.trim() === "")
    return [
      contentError(file, undefined, "the file is empty (a post needs front matter with a title and a date)"),
    ];
  const lines = text.split("\n");
  if (!FENCE.test(lines[0] ?? "")) {
    return [
      contentError(
        file,
        1,
        "no front matter: a post starts with a line `---`, then `title:` and `date:` lines, then `---`",
      ),
    ];
  }
  let close = -1;
  let bytes = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (CLOSE.test(line)) {
      close = i;
      break;
    }
    bytes += line.length + 1;
    if (bytes > MAX_FRONT_MATTER_BYTES) {
      return [
        contentError(
          file,
          1,
          `front matter is over ${MAX_FRONT_MATTER_BYTES / 1024} KB: is a closing \`---\` line missing?`,
        ),
      ];
    }
  }
  if (close === -1)
    return [contentError(file, 1, "front matter is not closed: add a line `---` after the last key")];
  const yamlText = lines.slice(1, close).join("\n");
  const front = parseYamlMapping(yamlText, 2);
  if (Array.isArray(front)) return front.map((p) => contentError(file, p.line, p.message));
  return { front, body: lines.slice(close + 1).join("\n"), bodyLine: close + 2 };
}

export function normaliseNewlines(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes("\r") ? noBom.replace(/\r\n?/g, "\n") : noBom;
}
