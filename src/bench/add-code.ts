// Code in a benchmark corpus: copies a corpus, and gives every fifth post (by file name) one to three
// fenced code blocks of 10–40 lines in twelve languages (one that no highlighter knows). With
// `plain`, the same blocks have no language, so the build prints them without highlighting: building
// both corpora measures what the highlighter costs and nothing else. Deterministic.

import fs from "node:fs";
import path from "node:path";
// @ts-expect-error: a plain JavaScript module of snippets, without types.
import { SNIPPETS } from "./code-snippets.mjs";

const LANGUAGES = ["ts", "js", "python", "bash", "json", "css", "html", "go", "rust", "sql", "yaml", "foo"];

export interface CodeStats {
  readonly posts: number;
  readonly blocks: number;
  readonly lines: number;
}

/** Writes `to` as a copy of the corpus `from` with code added; returns what was added. */
export function addCode(from: string, to: string, plain: boolean): CodeStats {
  const lines = Object.fromEntries(
    Object.entries(SNIPPETS as Record<string, string>).map(([k, v]) => [k, v.split("\n")]),
  );
  let seed = 0x2545f491;
  const random = (): number => {
    seed ^= seed << 13;
    seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    seed >>>= 0;
    return seed / 4294967296;
  };
  const int = (a: number, b: number) => a + Math.floor(random() * (b - a + 1));
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
  const files = fs
    .readdirSync(to, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .sort();
  let posts = 0;
  let blocks = 0;
  let total = 0;
  files.forEach((file, i) => {
    if (i % 5 !== 2) return;
    posts++;
    const added: string[] = [];
    for (let n = int(1, 3); n > 0; n--) {
      const language = LANGUAGES[int(0, LANGUAGES.length - 1)] as string;
      const source = lines[language] ?? [];
      const length = Math.min(int(10, 40), source.length);
      const start = int(0, source.length - length);
      added.push(`\`\`\`${plain ? "" : language}\n${source.slice(start, start + length).join("\n")}\n\`\`\``);
      blocks++;
      total += length;
    }
    fs.appendFileSync(path.join(to, file), `\n\n${added.join("\n\nAnd then:\n\n")}\n`);
  });
  return { posts, blocks, lines: total };
}
