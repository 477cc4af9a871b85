// The pipeline in one place: a content folder in (as read), the site model and every issue out.
//   SourceFile ──parsePost──▶ Post | issues ──assembleSite──▶ Site
// Pure: `readContentFolder` did the I/O, and the build time comes in as `now`.

import { createMarkdown } from "../content/markdown.ts";
import { parsePost } from "../content/parse-post.ts";
import { parseSettings } from "../content/parse-settings.ts";
import type { ContentFolder } from "../content/read-sources.ts";
import { type ContentIssue, sortIssues } from "../issues.ts";
import { assembleSite } from "../model/assemble.ts";
import { checkSiteModel, IntegrityError } from "../model/integrity.ts";
import type { Post, Site } from "../model/types.ts";

export interface ModelBuild {
  /** Undefined when any issue is an error. */
  readonly site: Site | undefined;
  /** Sorted by file and line. */
  readonly issues: readonly ContentIssue[];
  /** How many post files were found. */
  readonly files: number;
}

export function buildModel(folder: ContentFolder, now: number): ModelBuild {
  const issues: ContentIssue[] = [...folder.issues];
  const { settings, issues: settingsIssues } = parseSettings(folder.settings, folder.displayPath);
  issues.push(...settingsIssues);
  const ctx = { zone: settings.timezone, md: createMarkdown() };
  const posts: Post[] = [];
  for (const source of folder.posts) {
    const parsed = parsePost(source, ctx);
    issues.push(...parsed.issues);
    if (parsed.post !== undefined) posts.push(parsed.post);
  }
  // Assemble what parsed, even when other files have errors: clashes between good posts are reported
  // in the same run.
  const assembled = assembleSite(posts, settings, { now });
  issues.push(...assembled.issues);
  const failed = issues.some((i) => i.severity === "error");
  if (!failed && assembled.site !== undefined) {
    const violations = checkSiteModel({ site: assembled.site, parsed: posts, now });
    if (violations.length > 0) throw new IntegrityError("after assembling the site", violations);
  }
  return {
    site: failed ? undefined : assembled.site,
    issues: sortIssues(issues),
    files: folder.posts.length + folder.issues.length,
  };
}
