// Whole-site fixtures: each folder under test/fixtures/sites/<case>/ holds a content folder and the
// exact outcome of building it (`expected.txt`: exit code, what the build printed, the files it wrote).
// A case may name another command in a `command` file (`check --strict --verbose`): its outcome is
// then that command's. A new case is a new folder; test/site/site-fixtures.test.ts runs every one.

import fs from "node:fs";
import path from "node:path";
import { type BuildRun, buildSite, fixturePath, listFiles, listSiteFiles } from "./site-build.ts";

export const SITES = fixturePath("sites");

export function siteFixtures(): string[] {
  return fs
    .readdirSync(SITES)
    .filter((name) => fs.existsSync(path.join(SITES, name, "content")))
    .sort();
}

/** The content folder of a case, relative to the repository (as messages show it). */
export function siteContent(name: string): string {
  return path.posix.join("test/fixtures/sites", name, "content");
}

const runs = new Map<string, BuildRun>();

/** Builds a case (or runs its command) once per test file. */
export function runSiteFixture(name: string): BuildRun {
  let run = runs.get(name);
  if (run === undefined) {
    const commandFile = path.join(SITES, name, "command");
    const command = fs.existsSync(commandFile)
      ? fs.readFileSync(commandFile, "utf8").trim().split(/\s+/)
      : ["build"];
    run = buildSite({ content: siteContent(name), command });
    runs.set(name, run);
  }
  return run;
}

/** What a build did, in the form of `expected.txt` (the timing and the search index's names folded). */
export function outcomeOf(run: BuildRun): string {
  // A failed build leaves only the marker it writes before building, if even that.
  const files =
    run.code === 0 ? listSiteFiles(run.output) : listFiles(run.output).filter((f) => f !== "archive.json");
  // Timings vary: `1.23 s` at the end of a line reads `N.NN s`.
  const stdout = run.stdout.replace(/\d+\.\d{2} s$/gm, "N.NN s").trimEnd();
  const stderr = run.stderr.replace(/\d+\.\d{2} s$/gm, "N.NN s").trimEnd();
  return [`exit ${run.code}`, "--- stdout", stdout, "--- stderr", stderr, "--- files", ...files]
    .filter((line) => line !== "")
    .join("\n");
}

export function expectedOutcome(name: string): string {
  return fs
    .readFileSync(path.join(SITES, name, "expected.txt"), "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .join("\n");
}
