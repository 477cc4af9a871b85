// Shared by the importer's tests: the fixtures, a temporary folder, and annals' own parsers.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createMarkdown } from "../../src/content/markdown.ts";
import { type ParsedPage, parsePage } from "../../src/content/parse-page.ts";
import { type ParsedPost, parsePost } from "../../src/content/parse-post.ts";
import { forEachPost, gather } from "../../src/import/import.ts";
import type { PostFile } from "../../src/import/post-file.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.join(here, "..", "fixtures", "wordpress");
export const THEME_EXPORT = path.join(FIXTURES, "themeunittestdata.wordpress.xml");
export const TINY_EXPORT = path.join(FIXTURES, "tiny.wordpress.xml");

/** A fresh temporary folder, removed when the test ends. */
export function temporaryFolder(t: { after: (fn: () => void) => void }): string {
  const folder = mkdtempSync(path.join(tmpdir(), "annals-import-"));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** Every file under `folder`, relative with `/`, sorted, with its text. */
export function readTree(folder: string): Map<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
  return new Map(files.map((file) => [file, readFileSync(path.join(folder, file), "utf8")]));
}

/** The posts of an export, converted (in memory: for tests). */
export async function convertedPosts(
  exportFile: string,
  options: { readonly pingbacks?: boolean } = {},
): Promise<Map<string, PostFile>> {
  const gathered = await gather(exportFile);
  const posts = new Map<string, PostFile>();
  await forEachPost(exportFile, gathered, options, (post) => posts.set(post.id, post));
  return posts;
}

const md = createMarkdown({ headingAnchor: "Link", footnotes: "Notes", footnoteBack: "Back" });

/** A written file as the build reads it. */
export function parseWithAnnals(relative: string, text: string): ParsedPost {
  return parsePost({ path: `content/${relative}`, relative, text }, { zone: "UTC", md });
}

/** A written page as the build reads it. */
export function parsePageWithAnnals(relative: string, text: string): ParsedPage {
  return parsePage({ path: `content/${relative}`, relative, text }, { zone: "UTC", md });
}

export function errorsOf(parsed: ParsedPost | ParsedPage): string[] {
  return parsed.issues.filter((i) => i.severity === "error").map((i) => `${i.file}:${i.line} ${i.message}`);
}
