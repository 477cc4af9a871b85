// What an import did, for the person who ran it: counts, every loss or decision worth checking (with
// the post it concerns), and every file with what happened to it. Printed as plain text (Markdown
// lists), so that it can be redirected to a file and kept next to the export.

import type { TermCatalog } from "./terms.ts";

export type FileState = "written" | "unchanged" | "overwritten" | "refused";

export interface ReportFile {
  /** As shown: `content/2015/2015-01-28-will-kim-go.md`. */
  readonly path: string;
  readonly state: FileState | "would be written";
}

export interface PostNotes {
  readonly path: string;
  readonly title: string;
  readonly notes: readonly string[];
}

export interface ImportReport {
  readonly exportFile: string;
  readonly into: string;
  readonly postsByStatus: ReadonlyMap<string, number>;
  readonly skippedByType: ReadonlyMap<string, number>;
  /** The pages imported (`content/pages/…`), with their WordPress status. */
  readonly pages: readonly { readonly path: string; readonly title: string; readonly status: string }[];
  readonly skippedPosts: readonly { readonly id: string; readonly reason: string }[];
  readonly terms: TermCatalog;
  readonly settings: {
    readonly path: string;
    readonly state: "created" | "updated" | "unchanged" | "not written";
    readonly notes: readonly string[];
    readonly pinned: { readonly tags: number; readonly categories: number };
  };
  readonly untitled: readonly string[];
  readonly passwordProtected: readonly string[];
  readonly noGmtDate: readonly string[];
  readonly sticky: readonly string[];
  /** Comments in the export, those kept (beside their posts), and those left out by reason. */
  readonly comments: {
    readonly total: number;
    readonly kept: number;
    readonly left: ReadonlyMap<string, number>;
  };
  /** Uploaded files: the folder given, files copied, references missing from it or left remote. */
  readonly uploads: {
    readonly folder: string | undefined;
    readonly copied: number;
    readonly missing: number;
    readonly remote: number;
  };
  readonly postNotes: readonly PostNotes[];
  readonly files: readonly ReportFile[];
  /** Files that differ from what the import would write, when it refused to touch them. */
  readonly refused: readonly string[];
}

function counts(map: ReadonlyMap<string, number>): string {
  if (map.size === 0) return "none";
  return [...map].map(([key, n]) => `${key} ${n}`).join(", ");
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ["", `## ${title}`, "", ...lines];
}

export function formatReport(report: ImportReport): string {
  const posts = [...report.postsByStatus.values()].reduce((a, b) => a + b, 0);
  const { terms } = report;
  const out = [
    `# WordPress import: ${report.exportFile} into ${report.into}`,
    "",
    `- posts: ${posts} (${counts(report.postsByStatus)})${report.passwordProtected.length > 0 ? `; ${report.passwordProtected.length} password-protected, imported as drafts` : ""}`,
    `- pages: ${report.pages.length}, at their WordPress addresses (content/pages/…)`,
    `- skipped items: ${counts(report.skippedByType)}`,
    `- tags: ${terms.tags.length}, categories: ${terms.categories.length} (slugs pinned in ${report.settings.path}: ${report.settings.pinned.tags} tags, ${report.settings.pinned.categories} categories newly)`,
  ];
  if (terms.otherTaxonomies.size > 0) {
    out.push(`- terms of other taxonomies, not imported: ${counts(terms.otherTaxonomies)}`);
  }
  if (report.comments.total > 0)
    out.push(`- comments: ${report.comments.kept} of ${report.comments.total} kept, beside their posts`);
  for (const [reason, n] of report.comments.left) out.push(`- comments ${reason}, not imported: ${n}`);
  const { uploads } = report;
  if (uploads.folder !== undefined)
    out.push(
      `- uploads: ${uploads.copied} files copied from ${uploads.folder} to their old addresses${uploads.missing > 0 ? `; ${uploads.missing} references to files it lacks stay on the old host (listed by post)` : ""}`,
    );
  else if (uploads.remote > 0)
    out.push(
      `- uploads: ${uploads.remote} references to the blog's uploaded files stay on the old host (--uploads <folder> copies them in)`,
    );
  for (const file of report.sticky) out.push(`- sticky: ${file}`);
  out.push(`- settings: ${report.settings.path} ${report.settings.state}`);

  out.push(
    ...section("Needs a look", [
      ...report.skippedPosts.map((p) => `- post ${p.id} skipped: ${p.reason}`),
      ...report.untitled.map((p) => `- no title (given "Untitled"): ${p}`),
      ...report.passwordProtected.map((p) => `- password-protected (imported as a draft): ${p}`),
      ...report.noGmtDate.map((p) => `- no UTC date (local time without offset): ${p}`),
      ...report.pages
        .filter((p) => p.status !== "publish")
        .map((p) => `- page not published in WordPress (${p.status}), imported as a draft: ${p.path}`),
    ]),
  );
  out.push(
    ...section(
      "Conversions with loss or a decision, by post",
      report.postNotes.flatMap((p) => [`- ${p.path} (${p.title})`, ...p.notes.map((n) => `  - ${n}`)]),
    ),
  );
  out.push(
    ...section("Terms", [
      ...terms.flattened.map(
        (f) => `- category "${f.child}" (a child of "${f.parent}") imported as a category of its own`,
      ),
      ...terms.notes.map((n) => `- ${n}`),
      ...report.settings.notes.map((n) => `- ${n}`),
    ]),
  );
  if (report.refused.length > 0) {
    out.push(
      ...section("Not overwritten: these files differ from what the import writes (edited since?)", [
        ...report.refused.map((p) => `- ${p}`),
        "",
        "Nothing was written. Run again with --force to overwrite them.",
      ]),
    );
  }
  out.push(
    ...section(
      "Files",
      report.files.map((f) => `- ${f.state}: ${f.path}`),
    ),
  );
  const tally = new Map<string, number>();
  for (const f of report.files) tally.set(f.state, (tally.get(f.state) ?? 0) + 1);
  const commentFiles = report.files.filter((f) => f.path.endsWith(".comments.yaml")).length;
  const pageFiles = report.pages.length;
  const uploadFiles = report.uploads.copied;
  out.push(
    "",
    `${report.files.length - commentFiles - pageFiles - uploadFiles} post files, ${pageFiles} pages, ${commentFiles} comments files and ${uploadFiles} uploads: ${counts(tally)}.`,
  );
  return `${out.join("\n")}\n`;
}
