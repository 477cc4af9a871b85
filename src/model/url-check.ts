// No two pages may share a URL: two posts with one slug on one day, or a post whose permalink lands on
// an archive or index page. Clashes that involve posts are the author's to fix (errors on the files);
// any other clash is a bug of ours.

import { type ContentIssue, contentError } from "../issues.ts";
import type { Archive, ArchivePage, SitePost } from "./types.ts";

export function checkUrlsAreUnique(
  posts: readonly SitePost[],
  archivePages: readonly ArchivePage[],
  fixed: readonly (readonly [url: string, what: string])[],
): ContentIssue[] {
  const owners = new Map<string, string[]>();
  const claim = (url: string, owner: string): void => {
    const list = owners.get(url);
    if (list === undefined) owners.set(url, [owner]);
    else list.push(owner);
  };
  for (const [url, what] of fixed) claim(url, what);
  for (const page of archivePages) claim(page.pager.url, describeArchive(page.archive, page.pager.number));
  const postFiles = new Set<string>();
  for (const post of posts) {
    claim(post.url, post.file);
    postFiles.add(post.file);
  }

  const issues: ContentIssue[] = [];
  for (const [url, list] of owners) {
    if (list.length < 2) continue;
    const files = list.filter((o) => postFiles.has(o));
    if (files.length === 0) throw new Error(`internal error: pages share the URL ${url}: ${list.join(", ")}`);
    for (const file of files) {
      const others = list.filter((o) => o !== file);
      issues.push(
        contentError(
          file,
          undefined,
          `has the URL ${url}, the same as ${others.join(" and ")} (give it another \`slug:\` or change the permalink setting)`,
        ),
      );
    }
  }
  return issues;
}

function describeArchive(archive: Archive, page: number): string {
  const suffix = page > 1 ? ` (page ${page})` : "";
  switch (archive.kind) {
    case "home":
      return `the home page${suffix}`;
    case "tag":
    case "category":
      return `the ${archive.kind} archive “${archive.name}”${suffix}`;
    default:
      return `the archive for ${archive.name}${suffix}`;
  }
}
