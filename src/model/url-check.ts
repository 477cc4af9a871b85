// No two outputs may share a URL. A clash that involves a post (two posts with one slug on one day, a
// permalink that lands on an archive or index page) is the author's to fix: an error on each post's
// file. Any other clash is a bug of ours.

import { type ContentIssue, contentError } from "../issues.ts";
import { type Route, routesOf, sourceOf } from "./routes.ts";
import type { Site } from "./types.ts";
import { outputPathOf } from "./urls.ts";

/** Folders of annals' own files: no file of the author's may be written there. */
const ANNALS_FOLDERS = ["/pagefind/", "/assets/annals/"];

/** What the author can do about a clash, by what holds the URL. */
function advice(kind: Route["kind"]): string {
  if (kind === "post") return "give it another `slug:` or change the permalink setting";
  if (kind === "page") return "give it another `url:`, or rename its file";
  if (kind === "redirect") return "take the old URL out of its `aliases:`";
  return "rename or move the file";
}

export function checkUrlsAreUnique(site: Site): ContentIssue[] {
  return checkRoutesAreUnique(routesOf(site));
}

/** Two routes of one file are an error naming the author's file of each (a multilingual site's trees too). */
export function checkRoutesAreUnique(routes: readonly Route[]): ContentIssue[] {
  const owners = new Map<string, { what: string; post: string | undefined; kind: Route["kind"] }[]>();
  const issues: ContentIssue[] = [];
  for (const route of routes) {
    const owner = { what: route.what, post: sourceOf(route), kind: route.kind };
    // Two URLs of one file (`/a/` and `/a/index.html`) clash too.
    const file = outputPathOf(route.url);
    const list = owners.get(file);
    if (list === undefined) owners.set(file, [owner]);
    else list.push(owner);
    const reserved = ANNALS_FOLDERS.find((folder) => route.url.startsWith(folder));
    if (owner.post !== undefined && reserved !== undefined) {
      issues.push(
        contentError(
          owner.post,
          undefined,
          `has the URL ${route.url}, in ${reserved}, which is kept for annals' own files (${advice(route.kind)})`,
        ),
      );
    }
  }
  for (const [file, list] of owners) {
    const url = file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
    if (list.length < 2) continue;
    const posts = list.filter((o) => o.post !== undefined);
    if (posts.length === 0) {
      throw new Error(`internal error: outputs share the URL ${url}: ${list.map((o) => o.what).join(", ")}`);
    }
    for (const post of posts) {
      const others = list.filter((o) => o !== post).map((o) => o.what);
      issues.push(
        contentError(
          post.post ?? post.what,
          undefined,
          `${post.kind === "redirect" ? "has the old URL" : "has the URL"} ${url}, the same as ${others.join(" and ")} (${advice(post.kind)})`,
        ),
      );
    }
  }
  return issues;
}
