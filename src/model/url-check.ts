// No two outputs may share a URL. A clash that involves a post (two posts with one slug on one day, a
// permalink that lands on an archive or index page) is the author's to fix: an error on each post's
// file. Any other clash is a bug of ours.

import { type ContentIssue, contentError } from "../issues.ts";
import { routesOf } from "./routes.ts";
import type { Site } from "./types.ts";

export function checkUrlsAreUnique(site: Site): ContentIssue[] {
  const owners = new Map<string, { what: string; post: string | undefined }[]>();
  for (const route of routesOf(site)) {
    const owner = { what: route.what, post: route.kind === "post" ? route.post.file : undefined };
    const list = owners.get(route.url);
    if (list === undefined) owners.set(route.url, [owner]);
    else list.push(owner);
  }
  const issues: ContentIssue[] = [];
  for (const [url, list] of owners) {
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
          `has the URL ${url}, the same as ${others.join(" and ")} (give it another \`slug:\` or change the permalink setting)`,
        ),
      );
    }
  }
  return issues;
}
