// `annals build` (`npm run build` here): read and check the content, stop with one report if anything is wrong, otherwise
// write the site and end with a one-line summary.

import { baseUrlOf, buildTimeOf, contentDirOf, searchPartPostsOf } from "../pipeline/options.ts";
import { Pipeline, ViewFault } from "../pipeline/pipeline.ts";
import { formatErrorReport, formatSummary, formatWarnings } from "../pipeline/report.ts";
import { FileWriter } from "../pipeline/write.ts";
import { readArgs } from "./args.ts";

const HELP = `Usage: annals build [options]

Builds the site from the Markdown posts in the content folder.

Options:
  --content <dir>   the content folder (default: content, or $ANNALS_CONTENT)
  --output <dir>    where the site is written (default: _site)
  --clean           a clean build: the output folder emptied first and the build cache
                    (.cache/annals/build/ beside the content folder) not read
  --base-url <url>  where the host serves the site (GitHub Pages: https://<owner>.github.io/<repo>):
                    links, feeds and the sitemap use it, unless the settings' url is on another
                    host (a custom domain)
  --verbose         list every warning, not one line per kind
  --help            show this help

Exit codes: 0 built; 1 the content has errors (listed, one per line); 2 a bug or a setup problem.`;

export async function main(argv: readonly string[]): Promise<number> {
  const args = readArgs("build", HELP, {
    args: [...argv],
    options: {
      content: { type: "string" },
      output: { type: "string", default: "_site" },
      "base-url": { type: "string" },
      verbose: { type: "boolean", default: false },
      clean: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (typeof args === "number") return args;
  const { values } = args;
  const pipeline = new Pipeline({
    contentDir: contentDirOf(values.content),
    outputDir: values.output,
    now: buildTimeOf(),
    servedAt: baseUrlOf(values["base-url"]),
    useCache: !values.clean,
    searchPartPosts: searchPartPostsOf(),
  });
  const loaded = await pipeline.load();
  for (const line of formatWarnings(loaded.issues, values.verbose)) console.warn(line);
  if (loaded.site === undefined) {
    for (const line of formatErrorReport(loaded.issues)) console.error(line);
    return 1;
  }
  const progress = new Progress();
  let built: Awaited<ReturnType<Pipeline["build"]>>;
  const writer = new FileWriter(values.output);
  try {
    built = await pipeline.build(writer, {
      onProgress: (written, total) => progress.update(written, total),
    });
  } catch (error) {
    progress.done();
    if (error instanceof ViewFault) {
      for (const line of formatErrorReport([error.issue], true)) console.error(line);
      return 1;
    }
    throw error;
  }
  progress.done();
  console.log(
    formatSummary({
      sites: loaded.sites,
      pagesWritten: built.pages,
      feedsWritten: built.feeds,
      redirects: built.redirects,
      searchIndexed: built.searchIndexed,
      searchParts: built.searchParts,
      warnings: loaded.issues.filter((i) => i.severity === "warning").length,
      unchanged: built.incremental ? writer.unchanged + built.kept : undefined,
      kept: built.kept,
      patched: built.patched,
      // Wall time since the process started, module loading included: what the author waited.
      seconds: performance.now() / 1000,
    }),
  );
  return 0;
}

/**
 * Says how far the writing is once a build has run for two seconds: a line that updates in place on a
 * terminal, a new line every ten seconds in a log (CI). Quiet for small sites.
 */
class Progress {
  readonly #tty = process.stderr.isTTY === true;
  #shownAt = 0;
  #shown = false;
  update(files: number, total: number): void {
    const now = performance.now();
    if (now < 2000 || now - this.#shownAt < (this.#tty ? 250 : 10_000)) return;
    this.#shownAt = now;
    this.#shown = true;
    const line = `annals: ${files.toLocaleString("en")} of ${total.toLocaleString("en")} files written (${Math.floor((100 * files) / total)}%), ${(now / 1000).toFixed(0)} s`;
    process.stderr.write(this.#tty ? `\r${line}\x1b[K` : `${line}\n`);
  }
  done(): void {
    if (this.#shown && this.#tty) process.stderr.write("\r\x1b[K");
    this.#shown = false;
  }
}
