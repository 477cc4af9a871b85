// Languages in a benchmark corpus: copies a corpus and spreads its posts over `count` languages (en,
// ja, de, fr, ar, …), every n-th post (by file name) moved into its language's folder, with the same
// settings plus `languages:`. Building both measures what a multilingual site costs over the same
// posts in one language, and nothing else. Deterministic.

import fs from "node:fs";
import path from "node:path";

const CODES = ["en", "ja", "de", "fr", "ar", "es", "ko", "zh"];

/** Writes `to` as a copy of the corpus `from` in `count` languages; returns the posts per language. */
export function addLanguages(from: string, to: string, count: number): Record<string, number> {
  const codes = CODES.slice(0, Math.max(1, Math.min(count, CODES.length)));
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
  const files = fs
    .readdirSync(to, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md") && !f.startsWith("pages/"))
    .sort();
  const perLanguage: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
  files.forEach((file, i) => {
    const code = codes[i % codes.length] as string;
    perLanguage[code] = (perLanguage[code] ?? 0) + 1;
    if (i % codes.length === 0) return;
    const target = path.join(to, code, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(path.join(to, file), target);
  });
  const settings = path.join(to, "site.yaml");
  fs.appendFileSync(settings, `languages: [${codes.join(", ")}]\n`);
  return perLanguage;
}
