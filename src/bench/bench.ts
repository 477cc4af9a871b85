// `npm run bench`: the full build against our floor, on deterministic corpora of several sizes.
//
//   npm run bench -- [--sizes 1000,10000] [--runs 3] [--work <dir>] [--edit] [--code] [--languages 5] [--hugo]
//
// For each size it generates a corpus with gen-corpus.mjs (the team's generator, copied here), then
// runs the floor (src/bench/floor.ts) and the full build (`npm run build`) in turn, `--runs` times
// each, every run writing into a fresh folder. It prints posts, files written, median wall seconds,
// peak RSS (the highest VmHWM of the process, read from /proc while it runs), ms per file, and the
// ratio build / floor. With `--edit` it also measures how long a one-post edit takes to show under
// the dev server (src/bench/edit-latency.ts), and builds on the last build after a post is added,
// edited and deleted, with the default sidebar and with one without recent posts and counts. With `--code` it builds each corpus twice more, with code
// blocks in every fifth post (src/bench/add-code.ts): once highlighted, once the same blocks plain, and
// prints what highlighting costs. With `--languages N` it builds each corpus again with its posts
// spread over N languages (src/bench/add-languages.ts), alternating with the one-language build, and
// prints what the languages cost. With `--hugo` (issue 17: "no slower than Hugo ... side by side in one
// run") it also builds each corpus with Hugo (src/bench/hugo.ts: Hugo 0.111, `apt-get install hugo`),
// from a copy of the corpus with date taxonomies added and templates that write the same page set,
// `--runs` times, each run right after annals' build of that run and into a fresh folder, timed the
// same way, and prints Hugo's median wall time, peak RSS and files beside annals' and annals / Hugo.
//
// Write to a tmpfs: on an ordinary disk, deleting and rewriting a large output folder gets slower run
// after run and hides real changes. Run as root and the script mounts one at --work itself.

import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { addCode } from "./add-code.ts";
import { addLanguages } from "./add-languages.ts";
import { measureEdit } from "./edit-latency.ts";
import { hugoCommand, hugoVersion, prepareHugoSite } from "./hugo.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

interface Run {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly files: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Peak resident memory of a process, in MB, from /proc (Linux); 0 elsewhere. */
/** The process and every process it started, by pid (from /proc's `children` lists). */
function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      for (const task of fs.readdirSync(`/proc/${out[i]}/task`)) {
        const children = fs.readFileSync(`/proc/${out[i]}/task/${task}/children`, "utf8");
        for (const child of children.split(" ")) if (child.trim() !== "") out.push(Number(child));
      }
    } catch {
      // the process ended between two reads
    }
  }
  return out;
}

/**
 * The highest peak RSS (VmHWM) of a process and the processes it started, in MB: `annals build`
 * starts Node again with its own flags, and that second process is the build.
 */
function peakRss(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let peak = 0;
  for (const each of processTree(pid)) {
    try {
      const status = fs.readFileSync(`/proc/${each}/status`, "utf8");
      const m = /VmHWM:\s+(\d+) kB/.exec(status);
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      // ended
    }
  }
  return peak;
}

function countFiles(dir: string): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    n += entry.isDirectory() ? countFiles(path.join(dir, entry.name)) : 1;
  }
  return n;
}

/** Runs a command to the end, sampling its peak RSS; throws if it fails. */
async function timed(command: string, args: readonly string[], output: string): Promise<Run> {
  const started = performance.now();
  const child: ChildProcess = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let peak = 0;
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout?.resume();
  const sampler = setInterval(() => {
    peak = Math.max(peak, peakRss(child.pid));
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed (${code}):\n${stderr}`);
  return { seconds, peakRssMb: peak, files: countFiles(output) };
}

function prepareWorkFolder(work: string): string {
  fs.mkdirSync(work, { recursive: true });
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const mounted = fs.readFileSync("/proc/mounts", "utf8").includes(` ${path.resolve(work)} tmpfs `);
  if (!mounted && isRoot) {
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=16g", "tmpfs", work]);
      return `${work} (tmpfs, mounted by the benchmark)`;
    } catch {
      // fall through: fresh folders on disk
    }
  }
  return mounted ? `${work} (tmpfs)` : `${work} (not a tmpfs: results will be noisier)`;
}

const USAGE = `npm run bench -- [--sizes 1000,10000] [--runs 3] [--work <dir>] [--edit] [--code] [--languages 5]
                     [--hugo]

  --sizes  post counts to measure, comma-separated (50000 on request)
  --runs   runs per size; the table shows medians
  --work   where corpora and outputs go (mounted as a tmpfs when run as root)
  --edit   also measure a one-post edit under the dev server, and builds on the last build (a
           post added, edited, deleted), with the default sidebar and one without recent posts
           and counts
  --code   also build with code blocks in every fifth post, highlighted and plain (what
           highlighting costs)
  --search include the search index (Pagefind) in the build; the issue's page set and the floor
           have none, so it is off by default
  --languages N  also build the same posts spread over N languages (a tree each), alternating
           with the one-language build
  --hugo   also build each corpus with Hugo (0.111, \`apt-get install hugo\`) into the same page set,
           after annals' build in each run, and print annals / Hugo`;

/** Settings that make a sidebar a new post does not change (no recent posts, no counts). */
const QUIET_SIDEBAR = "recentPosts: 0\nsidebarCounts: false\n";

/**
 * Builds on the last build (the build cache and the last output folder): after a first build, a post
 * is added (the corpus's last day, a category it has, a tag of its own), then edited, then deleted,
 * each followed by a build; `runs` times, medians. `sidebar: "quiet"` adds QUIET_SIDEBAR to the
 * corpus's settings for the measurement (and takes it away after).
 */
async function measureIncremental(
  corpus: string,
  output: string,
  size: number,
  runs: number,
  sidebar: "default" | "quiet",
): Promise<string> {
  const build = () =>
    timed(process.execPath, ["bin/annals.js", "build", "--content", corpus, "--output", output], output);
  const settingsFile = path.join(corpus, "site.yaml");
  const settings = fs.readFileSync(settingsFile, "utf8");
  if (sidebar === "quiet") fs.writeFileSync(settingsFile, `${settings}${QUIET_SIDEBAR}`);
  fs.rmSync(output, { recursive: true, force: true });
  await build();
  const file = path.join(corpus, "zz-bench-added-post.md");
  const text = (body: string) =>
    `---\ntitle: A post added to measure\ndate: 2024-12-31\ntags: [measured]\ncategory: Notes\n---\n\n${body}\n`;
  const added: Run[] = [];
  const edited: Run[] = [];
  const deleted: Run[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      fs.writeFileSync(file, text("One new post."));
      added.push(await build());
      fs.writeFileSync(file, text("One new post, edited."));
      edited.push(await build());
      fs.rmSync(file);
      deleted.push(await build());
      process.stdout.write(
        `  ${size} posts, ${sidebar} sidebar, on the last build, run ${i + 1}: added ${added[i]?.seconds.toFixed(2)} s, edited ${edited[i]?.seconds.toFixed(2)} s, deleted ${deleted[i]?.seconds.toFixed(2)} s\n`,
      );
    }
  } finally {
    fs.rmSync(file, { force: true });
    fs.rmSync(output, { recursive: true, force: true });
    fs.writeFileSync(settingsFile, settings);
  }
  const cell = (list: Run[]) => `${median(list.map((r) => r.seconds)).toFixed(2)} s`;
  const rss = Math.max(...[...added, ...edited, ...deleted].map((r) => r.peakRssMb)).toFixed(0);
  return `| ${size.toLocaleString("en")} | ${sidebar === "quiet" ? "no recent posts, no counts" : "default"} | ${cell(added)} | ${cell(edited)} | ${cell(deleted)} | ${rss} MB |`;
}

/** The highest peak memory of some runs, in MB. */
function peakOf(list: readonly Run[]): string {
  return Math.max(...list.map((r) => r.peakRssMb)).toFixed(0);
}

/**
 * Clean builds of two content folders, `runs` times each, alternating, so that a slower moment of the
 * machine falls on both; each run's pair of times printed under `label`.
 */
async function alternateBuilds(
  work: string,
  label: string,
  first: { readonly name: string; readonly content: string },
  second: { readonly name: string; readonly content: string },
  runs: number,
): Promise<{ first: Run[]; second: Run[] }> {
  const times = { first: [] as Run[], second: [] as Run[] };
  for (let i = 0; i < runs; i++) {
    for (const [which, variant] of [
      ["first", first],
      ["second", second],
    ] as const) {
      const out = path.join(work, `build-alternate-${which}`);
      fs.rmSync(out, { recursive: true, force: true });
      times[which].push(
        await timed(
          process.execPath,
          ["bin/annals.js", "build", "--clean", "--content", variant.content, "--output", out],
          out,
        ),
      );
      fs.rmSync(out, { recursive: true, force: true });
    }
    process.stdout.write(
      `  ${label}, run ${i + 1}: ${first.name} ${times.first[i]?.seconds.toFixed(2)} s, ${second.name} ${times.second[i]?.seconds.toFixed(2)} s\n`,
    );
  }
  return times;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000" },
      runs: { type: "string", default: "3" },
      work: { type: "string", default: path.join(os.tmpdir(), "annals-bench") },
      edit: { type: "boolean", default: false },
      code: { type: "boolean", default: false },
      search: { type: "boolean", default: false },
      languages: { type: "string" },
      hugo: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
  const runs = Number(values.runs);
  const work = path.resolve(values.work);
  const hugo = values.hugo ? hugoVersion() : undefined;
  if (values.hugo && hugo === undefined)
    throw new Error(
      "--hugo needs Hugo on the PATH: `apt-get install hugo` (Debian's package is Hugo 0.111.3)",
    );
  console.log(
    `annals benchmark, ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.availableParallelism()} cores`,
  );
  console.log(`work folder: ${prepareWorkFolder(work)}`);
  if (hugo !== undefined) console.log(hugo);
  const rows: string[] = [];
  const edits: string[] = [];
  const incremental: string[] = [];
  const code: string[] = [];
  const multilingual: string[] = [];
  const versusHugo: string[] = [];
  for (const size of sizes) {
    const corpus = path.join(work, `corpus-${size}`);
    if (!fs.existsSync(path.join(corpus, "site.yaml"))) {
      fs.rmSync(corpus, { recursive: true, force: true });
      execFileSync(process.execPath, [path.join(ROOT, "src/bench/gen-corpus.mjs"), String(size), corpus], {
        stdio: ["ignore", "ignore", "ignore"],
      });
    }
    // Feeds and the sitemap need the site's address; search indexing only with --search.
    fs.writeFileSync(
      path.join(corpus, "site.yaml"),
      `title: Benchmark\nurl: https://example.org\nsearch: ${values.search ? "true" : "false"}\n`,
    );
    // The Hugo site for this corpus (not timed): a copy of the posts with the date taxonomies added.
    const hugoSite = path.join(work, `hugo-site-${size}`);
    if (hugo !== undefined) prepareHugoSite(corpus, hugoSite);
    const floor: Run[] = [];
    const build: Run[] = [];
    const hugoRuns: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const floorOut = path.join(work, `floor-${size}-${i}`);
      const buildOut = path.join(work, `build-${size}-${i}`);
      fs.rmSync(floorOut, { recursive: true, force: true });
      fs.rmSync(buildOut, { recursive: true, force: true });
      floor.push(
        await timed(process.execPath, ["--import", "tsx", "src/bench/floor.ts", corpus, floorOut], floorOut),
      );
      build.push(
        await timed(
          process.execPath,
          ["bin/annals.js", "build", "--clean", "--content", corpus, "--output", buildOut],
          buildOut,
        ),
      );
      fs.rmSync(floorOut, { recursive: true, force: true });
      fs.rmSync(buildOut, { recursive: true, force: true });
      if (hugo !== undefined) {
        const hugoOut = path.join(work, `hugo-${size}-${i}`);
        fs.rmSync(hugoOut, { recursive: true, force: true });
        const { command, args } = hugoCommand(hugoSite, hugoOut);
        hugoRuns.push(await timed(command, args, hugoOut));
        fs.rmSync(hugoOut, { recursive: true, force: true });
      }
      const hugoText = hugo === undefined ? "" : `, Hugo ${hugoRuns[i]?.seconds.toFixed(2)} s`;
      process.stdout.write(
        `  ${size} posts, run ${i + 1}: floor ${floor[i]?.seconds.toFixed(2)} s, build ${build[i]?.seconds.toFixed(2)} s${hugoText}\n`,
      );
    }
    const f = median(floor.map((r) => r.seconds));
    const b = median(build.map((r) => r.seconds));
    const files = build[0]?.files ?? 0;
    rows.push(
      `| ${size.toLocaleString("en")} | ${files.toLocaleString("en")} | ${f.toFixed(2)} s / ${Math.max(...floor.map((r) => r.peakRssMb)).toFixed(0)} MB | ${b.toFixed(2)} s / ${Math.max(...build.map((r) => r.peakRssMb)).toFixed(0)} MB | ${((b * 1000) / files).toFixed(2)} | ${(b / f).toFixed(2)}x |`,
    );
    if (hugo !== undefined) {
      const h = median(hugoRuns.map((r) => r.seconds));
      const hugoFiles = hugoRuns[0]?.files ?? 0;
      versusHugo.push(
        `| ${size.toLocaleString("en")} | ${b.toFixed(2)} s / ${peakOf(build)} MB (${files.toLocaleString("en")} files) | ${h.toFixed(2)} s / ${peakOf(hugoRuns)} MB (${hugoFiles.toLocaleString("en")} files) | ${(b / h).toFixed(2)}x |`,
      );
    }
    if (values.code) {
      const highlighted = path.join(work, `corpus-${size}-code`);
      const plain = path.join(work, `corpus-${size}-code-plain`);
      const added = addCode(corpus, highlighted, false);
      addCode(corpus, plain, true);
      const times = await alternateBuilds(
        work,
        `${size} posts with code`,
        { name: "plain", content: plain },
        { name: "highlighted", content: highlighted },
        runs,
      );
      const p = median(times.first.map((r) => r.seconds));
      const h = median(times.second.map((r) => r.seconds));
      code.push(
        `| ${size.toLocaleString("en")} | ${added.posts.toLocaleString("en")} posts, ${added.blocks.toLocaleString("en")} blocks, ${added.lines.toLocaleString("en")} lines | ${p.toFixed(2)} s / ${peakOf(times.first)} MB | ${h.toFixed(2)} s / ${peakOf(times.second)} MB | ${(((h - p) / p) * 100).toFixed(1)} % |`,
      );
    }
    if (values.languages !== undefined) {
      const count = Number(values.languages);
      if (!Number.isInteger(count) || count < 1 || count > 8)
        throw new Error(`--languages must be a number of languages from 1 to 8, not ${values.languages}`);
      const spread = path.join(work, `corpus-${size}-languages`);
      const perLanguage = addLanguages(corpus, spread, count);
      const times = await alternateBuilds(
        work,
        `${size} posts in languages`,
        { name: "one", content: corpus },
        { name: `${count} languages`, content: spread },
        runs,
      );
      const o = median(times.first.map((r) => r.seconds));
      const m = median(times.second.map((r) => r.seconds));
      const spreadText = Object.entries(perLanguage)
        .map(([c, n]) => `${c} ${n}`)
        .join(", ");
      multilingual.push(
        `| ${size.toLocaleString("en")} | ${spreadText} | ${o.toFixed(2)} s / ${peakOf(times.first)} MB (${times.first[0]?.files.toLocaleString("en")} files) | ${m.toFixed(2)} s / ${peakOf(times.second)} MB (${times.second[0]?.files.toLocaleString("en")} files) | ${(((m - o) / o) * 100).toFixed(1)} % |`,
      );
    }
    if (values.edit) {
      for (const sidebar of ["default", "quiet"] as const)
        incremental.push(
          await measureIncremental(corpus, path.join(work, `incremental-${size}`), size, runs, sidebar),
        );
      try {
        const latency = await measureEdit(corpus, 8400 + (size % 500));
        edits.push(`| ${size.toLocaleString("en")} | ${latency.toFixed(2)} s |`);
      } catch (error) {
        edits.push(
          `| ${size.toLocaleString("en")} | not measured: ${error instanceof Error ? error.message : String(error)} |`,
        );
      }
    }
  }
  printTable(
    [
      "posts",
      "files written",
      "floor (median, peak RSS)",
      "build (median, peak RSS)",
      "build ms/file",
      "build / floor",
    ],
    rows,
  );
  printTable(
    ["posts", "annals build (median, peak RSS)", "Hugo build (median, peak RSS)", "annals / Hugo"],
    versusHugo,
  );
  printTable(
    ["posts", "code added", "build, code plain", "build, code highlighted", "highlighting costs"],
    code,
  );
  printTable(
    ["posts", "languages", "build, one language", "build, the same posts in languages", "languages cost"],
    multilingual,
  );
  printTable(
    [
      "posts",
      "sidebar",
      "build on the last build: a post added",
      "a post edited",
      "a post deleted",
      "(median, peak RSS)",
    ],
    incremental,
  );
  printTable(["posts", "one-post edit shown by the dev server (median of 3)"], edits);
}

/** A Markdown table after an empty line: its header, its rule, its rows; nothing when it has no rows. */
function printTable(header: readonly string[], rows: readonly string[]): void {
  if (rows.length === 0) return;
  console.log("");
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${" --- |".repeat(header.length)}`);
  for (const row of rows) console.log(row);
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exitCode = 1;
}
