// `annals check`: validates every post and the settings without building the site, with the build's
// error format and exit codes, for CI and pre-commit hooks. It also points out tags and categories
// that look like one name written two ways, so that an alias can merge them.

import { type ContentIssue, formatIssue, sortIssues, strictly } from "../issues.ts";
import { findNearDuplicates } from "../model/near-duplicates.ts";
import type { Site, Taxonomy } from "../model/types.ts";
import { checkViewTypes } from "../pipeline/check-view-types.ts";
import { baseUrlOf, buildTimeOf, contentDirOf } from "../pipeline/options.ts";
import { Pipeline } from "../pipeline/pipeline.ts";
import { errorsOf, formatErrorReport, formatWarnings } from "../pipeline/report.ts";
import { readArgs } from "./args.ts";

const HELP = `Usage: annals check [options]

Checks every post and the settings the way the build does, without writing anything, and points out
tags or categories that look like one name spelled two ways (merge them with an alias in site.yaml).

Options:
  --content <dir>   the content folder (default: content, or $ANNALS_CONTENT)
  --base-url <url>  where the host serves the site, as for annals build
  --strict          unknown keys in front matter, settings and labels are errors, not warnings
                    (a misspelt key would otherwise be ignored): what the Pages workflow runs
  --verbose         list every warning, not one line per kind
  --help            show this help

It type-checks the site's view overrides (content/theme/views/*.ts) against the annals it has, and
lists every post the build holds back: drafts, and posts dated after now (with their date).

Exit codes: 0 no errors (warnings allowed); 1 the content has errors (listed, file:line first).`;

export async function main(argv: readonly string[]): Promise<number> {
  const args = readArgs("check", HELP, {
    args: [...argv],
    options: {
      content: { type: "string" },
      strict: { type: "boolean", default: false },
      "base-url": { type: "string" },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (typeof args === "number") return args;
  const started = performance.now();
  const pipeline = new Pipeline({
    contentDir: contentDirOf(args.values.content),
    outputDir: "",
    now: buildTimeOf(),
    servedAt: baseUrlOf(args.values["base-url"]),
  });
  // The integrity check guards what a build writes; nothing is written here.
  const loaded = await pipeline.load({ check: false });
  const typed = sortIssues([...loaded.issues, ...(await checkViewTypes(loaded.views))]);
  const issues = args.values.strict ? strictly(typed) : typed;
  const build = { ...loaded, issues };
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const errors = errorsOf(build.issues);
  for (const line of formatWarnings(build.issues, args.values.verbose)) console.warn(line);
  if (build.site === undefined || errors.length > 0) {
    for (const line of formatErrorReport(build.issues).slice(0, -1)) console.error(line);
    console.error(
      `annals check: ${errors.length} ${errors.length === 1 ? "error" : "errors"} in ${count(new Set(errors.map((e) => e.file)).size, "file")} (${count(build.files, "post file")} read), ${seconds} s`,
    );
    return 1;
  }
  // A blog in several languages: every language's tree (its near-duplicate terms are its own).
  const sites = build.sites;
  const hints = sites.flatMap((s) => nearDuplicateHints(s));
  for (const hint of hints) console.warn(`hint  ${formatIssue(hint)}`);
  const { timezone } = build.site.settings;
  const held = sites
    .flatMap((s) => s.held.posts)
    .sort((a, b) => a.date.epochMs - b.date.epochMs || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const post of held) {
    const when = post.date.dateOnly ? post.date.machine : post.date.iso.replace("T", " ").slice(0, 16);
    console.log(
      `held back  ${post.file}  ${post.status === "draft" ? "draft" : `until ${when} (${timezone})`}`,
    );
  }
  const sum = (of: (s: Site) => number) => sites.reduce((n, s) => n + of(s), 0);
  const [drafts, future, tags, categories] = [
    sum((s) => s.held.drafts),
    sum((s) => s.held.future),
    sum((s) => s.tags.terms.length),
    sum((s) => s.categories.terms.length),
  ];
  const warnings = build.issues.length;
  console.log(
    `annals check: ${build.files} files fine: ${sum((s) => s.posts.length)} posts to publish, ${drafts} ${drafts === 1 ? "draft" : "drafts"}, ${future} future, ${tags} ${tags === 1 ? "tag" : "tags"}, ${categories} ${categories === 1 ? "category" : "categories"}; ${warnings} ${warnings === 1 ? "warning" : "warnings"}, ${hints.length} ${hints.length === 1 ? "hint" : "hints"}; ${seconds} s`,
  );
  return 0;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Names that look alike, each on the file of the oldest post that uses the less used name. */
function nearDuplicateHints(site: Site): ContentIssue[] {
  return [...hintsFor(site.tags, "tags"), ...hintsFor(site.categories, "categories")];
}

function hintsFor(taxonomy: Taxonomy, settingsKey: string): ContentIssue[] {
  const byName = new Map(taxonomy.terms.map((t) => [t.name, t]));
  return findNearDuplicates(taxonomy.terms.map((t) => t.name)).map((pair) => {
    const a = byName.get(pair.a);
    const b = byName.get(pair.b);
    const [rare, common] = (a?.posts.length ?? 0) <= (b?.posts.length ?? 0) ? [a, b] : [b, a];
    const oldest = rare?.posts.at(-1);
    return {
      severity: "warning",
      kind: undefined,
      file: oldest?.file ?? settingsKey,
      line: undefined,
      message: `${taxonomy.kind} "${rare?.name}" (${rare?.posts.length} posts) looks like "${common?.name}" (${common?.posts.length}): ${pair.reason}. To merge them, add under ${settingsKey}: aliases: in site.yaml the line  "${rare?.name}": "${common?.name}"`,
    };
  });
}
