// `npm run build`: read and check the content, stop with one report if anything is wrong, otherwise
// write the site with Eleventy and end with a one-line summary.

import fs from "node:fs";
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { checkOutputFolder } from "../build/check-output.ts";
import { collectGarbageWhenDue } from "../build/passes.ts";
import { RenderSession } from "../build/render-session.ts";
import { ContentErrors, formatErrorReport, formatSummary, formatWarnings } from "../build/report.ts";
import { checkSearchIndex, readFileStates, SearchIndexer } from "../build/search-index.ts";
import { mark } from "../build/timings.ts";
import { handOverPages, PagesToWrite, sourceOptionsFromEnv } from "../eleventy/site-source.ts";
import { IntegrityError } from "../model/integrity.ts";
import { manifestPath } from "../model/urls.ts";
import { readArgs } from "./args.ts";

const HELP = `Usage: npm run build -- [options]

Builds the site from the Markdown posts in the content folder.

Options:
  --content <dir>   the content folder (default: content, or $ANNALS_CONTENT)
  --output <dir>    where the site is written (default: _site); it is emptied first
  --verbose         list every warning, not one line per kind
  --help            show this help

Exit codes: 0 built; 1 the content has errors (listed, one per line); 2 a bug or a setup problem.`;

async function main(argv: readonly string[]): Promise<number> {
  const args = readArgs("build", HELP, {
    args: [...argv],
    options: {
      content: { type: "string" },
      output: { type: "string", default: "_site" },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (typeof args === "number") return args;
  const { values } = args;
  if (values.content !== undefined) process.env.ANNALS_CONTENT = values.content;
  process.env.ANNALS_OUTPUT = values.output;
  const options = sourceOptionsFromEnv();
  const output = values.output;

  // Parsed on every core; rendered and written in passes of a few thousand files (src/build/passes.ts).
  const session = new RenderSession();
  const model = session.load({ contentDir: options.contentDir, now: options.now });
  for (const line of formatWarnings(model.issues, values.verbose)) console.warn(line);
  if (model.site === undefined) {
    for (const line of formatErrorReport(model.issues)) console.error(line);
    return 1;
  }
  const refusal = emptyOutputFolder(output, options.contentDir);
  if (refusal !== undefined) {
    console.error(refusal);
    return 2;
  }

  const eleventy = new Eleventy(undefined, output, { configPath: ".eleventy.ts", quietMode: true });
  // Our summary is the build's last word; errors Eleventy throws are still reported below.
  eleventy.disableLogger();
  const written: string[] = [];
  const progress = new Progress(model.outputs.length);
  const postUrls = new Set(model.postUrls);
  const indexer = model.search ? await SearchIndexer.start() : undefined;
  try {
    for (let n = 0; n < model.passes; n++) {
      const pages = session.render(n);
      handOverPages(new PagesToWrite(pages, undefined));
      mark(`render pass ${n + 1} of ${model.passes}`);
      // Pagefind indexes this pass while Eleventy writes it; at most one pass waits for Pagefind, so
      // that pages do not pile up in memory when it is the slower of the two.
      const indexing = indexer?.add(pages.filter((page) => postUrls.has(page.url)));
      written.push(...writtenFiles(await eleventy.write()));
      await indexing;
      // Reset Eleventy (as its watch mode does between builds) so that it lets go of this pass's
      // pages, and collect them when enough garbage has piled up.
      if (n + 1 < model.passes) {
        await eleventy.restart();
        await eleventy.init();
      }
      collectGarbageWhenDue();
      mark(`write pass ${n + 1} of ${model.passes}`);
      progress.update(written.length);
    }
  } catch (error) {
    // Pagefind's service is a child process: stop it, or the failed build would never exit.
    if (indexer !== undefined) await SearchIndexer.abandon();
    throw error;
  }
  progress.done();
  const violations = checkOutputFolder(model.outputs, output);
  if (violations.length > 0) {
    if (indexer !== undefined) await SearchIndexer.abandon();
    throw new IntegrityError("after writing the site", violations);
  }
  mark("check the output folder");

  // Search: Pagefind indexes the written site into /pagefind/. This comes after checkOutputFolder on
  // purpose: that check proves the folder holds exactly the files of the model, and the index is not
  // one of them; checkSearchIndex then proves that indexing only added files under /pagefind/ and
  // indexed every post once.
  let searchIndexed: number | undefined;
  if (indexer !== undefined) {
    const before = readFileStates(output);
    searchIndexed = await indexer.finish(output);
    mark("write the search index");
    const indexViolations = checkSearchIndex(before, readFileStates(output), model.site.posts, searchIndexed);
    if (indexViolations.length > 0) throw new IntegrityError("after indexing the site", indexViolations);
    mark("check the search index");
  }

  const pagesWritten = written.filter((f) => f.endsWith(".html")).length - model.redirects;
  const feedsWritten = written.filter((f) => f.endsWith("feed.xml")).length;
  const warnings = model.issues.filter((i) => i.severity === "warning").length;
  // Wall time since the process started, module loading included: what the author waited.
  const seconds = performance.now() / 1000;
  console.log(
    formatSummary({
      site: model.site,
      pagesWritten,
      feedsWritten,
      redirects: model.redirects,
      searchIndexed,
      warnings,
      seconds,
    }),
  );
  return 0;
}

/**
 * Says how far the writing is once a build has run for two seconds: a line that updates in place on a
 * terminal, a new line every ten seconds in a log (CI). Quiet for small sites.
 */
class Progress {
  readonly #total: number;
  readonly #tty = process.stderr.isTTY === true;
  #shownAt = 0;
  #shown = false;
  constructor(total: number) {
    this.#total = total;
  }
  update(files: number): void {
    const now = performance.now();
    if (now < 2000 || now - this.#shownAt < (this.#tty ? 250 : 10_000)) return;
    this.#shownAt = now;
    this.#shown = true;
    const line = `annals: ${files.toLocaleString("en")} of ${this.#total.toLocaleString("en")} files written (${Math.floor((100 * files) / this.#total)}%), ${(now / 1000).toFixed(0)} s`;
    process.stderr.write(this.#tty ? `\r${line}\x1b[K` : `${line}\n`);
  }
  done(): void {
    if (this.#shown && this.#tty) process.stderr.write("\r\x1b[K");
  }
}

/**
 * Empties the output folder so that no page of a deleted post survives. Refuses folders that are
 * not safe to empty: the project, the content folder, anything that holds them, and any non-empty
 * folder without the manifest an annals build leaves (`archive.json`).
 */
export function emptyOutputFolder(output: string, contentDir: string): string | undefined {
  const target = path.resolve(output);
  const guarded = [process.cwd(), path.resolve(contentDir), path.resolve("src"), path.resolve("layouts")];
  for (const dir of guarded) {
    if (dir === target || dir.startsWith(`${target}${path.sep}`)) {
      return `The output folder ${output} holds ${path.relative(process.cwd(), dir) || "the project"}; choose another --output.`;
    }
  }
  if (fs.existsSync(target)) {
    const entries = fs.readdirSync(target);
    if (entries.length > 0 && !entries.includes(manifestPath.slice(1))) {
      return `The output folder ${output} is not empty and was not written by annals (no ${manifestPath.slice(1)}); empty it or choose another --output.`;
    }
  }
  fs.rmSync(target, { recursive: true, force: true });
  // Mark the folder as ours at once, so that a build that fails half-way can still be rebuilt.
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, manifestPath.slice(1)), '{"generator":"annals","complete":false}\n');
  return undefined;
}

/** Output paths of what Eleventy wrote (its `write()` resolves to [passthrough copies, templates]). */
function writtenFiles(result: unknown): string[] {
  const templates: unknown = Array.isArray(result) ? result[1] : undefined;
  if (!Array.isArray(templates)) return [];
  return templates.flatMap((t: unknown) => {
    const outputPath =
      typeof t === "object" && t !== null ? (t as { outputPath?: unknown }).outputPath : undefined;
    return typeof outputPath === "string" ? [outputPath] : [];
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ContentErrors) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    console.error(error);
    process.exitCode = 2;
  },
);
