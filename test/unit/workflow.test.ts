import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { parse } from "yaml";

// The Pages workflow is only run by GitHub, after a push: a typo there shows up as a site that quietly
// stops updating. These checks catch the mistakes that would not fail any other test.

const path = new URL("../../.github/workflows/pages.yml", import.meta.url);

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly id?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly needs?: string | string[];
  readonly environment?: string | { name?: string; url?: string };
  readonly steps?: Step[];
}

function load(): Record<string, unknown> {
  const doc: unknown = parse(readFileSync(path, "utf8"));
  assert.ok(doc !== null && typeof doc === "object" && !Array.isArray(doc), "the workflow is a YAML mapping");
  return doc as Record<string, unknown>;
}

function jobs(): Record<string, Job> {
  const all = load().jobs;
  assert.ok(all !== null && typeof all === "object", "the workflow has jobs");
  return all as Record<string, Job>;
}

function steps(name: string): Step[] {
  const job = jobs()[name];
  assert.ok(job, `the workflow has a "${name}" job`);
  assert.ok(Array.isArray(job.steps) && job.steps.length > 0, `the "${name}" job has steps`);
  return job.steps;
}

// Ranges of the five cron fields: minute, hour, day of month, month, day of week (0 and 7 are Sunday).
const CRON_RANGES: readonly (readonly [number, number])[] = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 7],
];

function isCronField(field: string, [min, max]: readonly [number, number]): boolean {
  const inRange = (text: string) => /^\d+$/.test(text) && Number(text) >= min && Number(text) <= max;
  return field.split(",").every((part) => {
    const [base = "", step, ...rest] = part.split("/");
    if (rest.length > 0 || (step !== undefined && !/^[1-9]\d*$/.test(step))) return false;
    if (base === "*") return true;
    const [from = "", to, ...more] = base.split("-");
    if (more.length > 0) return false;
    return to === undefined ? inRange(from) : inRange(from) && inRange(to) && Number(from) <= Number(to);
  });
}

function isCron(expression: string): boolean {
  const fields = expression.trim().split(/\s+/);
  return (
    fields.length === 5 && fields.every((field, i) => isCronField(field, CRON_RANGES[i] as [number, number]))
  );
}

describe("cron check used below", () => {
  test("accepts five valid fields and rejects anything else", () => {
    assert.ok(isCron("17 5 * * *"));
    assert.ok(isCron("0,30 */2 1-15 1-12/3 0-7"));
    assert.ok(!isCron("17 5 * *"), "four fields");
    assert.ok(!isCron("17 5 * * * *"), "six fields");
    assert.ok(!isCron("60 5 * * *"), "minute out of range");
    assert.ok(!isCron("17 24 * * *"), "hour out of range");
    assert.ok(!isCron("17 5 0 * *"), "day of month out of range");
    assert.ok(!isCron("17 5 * * mon-x"), "garbage");
    assert.ok(!isCron("@daily"));
  });
});

describe("Pages workflow", () => {
  test("is valid YAML with a name and jobs", () => {
    const doc = load();
    assert.equal(typeof doc.name, "string");
    assert.deepEqual(Object.keys(jobs()).sort(), ["build", "deploy"]);
  });

  test("runs on a push to main, hourly on a schedule, and by hand", () => {
    // YAML 1.2 (the `yaml` package's default) reads `on` as a string key; a YAML 1.1 reader would
    // turn it into `true`, which is why this looks the key up by name only.
    const on = load().on as Record<string, unknown> | undefined;
    assert.ok(on && typeof on === "object", "the workflow has an `on:` mapping");

    const push = on.push as { branches?: unknown } | undefined;
    assert.ok(push && Array.isArray(push.branches), "push has a branch list");
    assert.ok(push.branches.includes("main"), "push builds main");

    const schedule = on.schedule as { cron?: unknown }[] | undefined;
    assert.ok(Array.isArray(schedule) && schedule.length > 0, "there is a schedule");
    for (const entry of schedule) {
      assert.equal(typeof entry.cron, "string");
      assert.ok(isCron(entry.cron as string), `"${entry.cron}" is a 5-field cron expression`);
    }

    assert.ok(Object.hasOwn(on, "workflow_dispatch"), "it can be run by hand");
  });

  test("asks for exactly the permissions Pages needs", () => {
    assert.deepEqual(load().permissions, { contents: "read", pages: "write", "id-token": "write" });
  });

  test("never cancels a deployment in progress", () => {
    assert.deepEqual(load().concurrency, { group: "pages", "cancel-in-progress": false });
  });

  test("build installs, checks the content strictly, builds at the Pages address, then uploads _site", () => {
    const build = steps("build");
    const runs = build.map((step) => step.run?.trim());
    const install = runs.indexOf("npm ci");
    // GitHub's expressions are `${{ … }}` in plain strings.
    const pagesUrl = ["$", "{{ steps.pages.outputs.base_url }}"].join("");
    const check = runs.indexOf(`npm run check -- --strict --base-url "${pagesUrl}"`);
    const pages = build.findIndex((step) => step.uses?.startsWith("actions/configure-pages@"));
    const site = runs.indexOf(`npm run build -- --base-url "${pagesUrl}"`);
    assert.ok(install >= 0, "runs npm ci");
    assert.ok(check > install, "checks the content after installing");
    assert.ok(pages >= 0 && build[pages]?.id === "pages", "asks Pages for the site's address");
    assert.ok(check > pages, "checks at the Pages address");
    assert.ok(site > check, "builds only after the check, at the Pages address");

    const setup = build.find((step) => step.uses?.startsWith("actions/setup-node@"));
    assert.ok(setup, "sets up Node");
    assert.equal(String(setup.with?.["node-version"]), "lts/*", "the current Node LTS");
    assert.equal(setup.with?.cache, "npm");

    const upload = build.findIndex((step) => step.uses?.startsWith("actions/upload-pages-artifact@"));
    assert.ok(upload > site, "uploads after building");
    assert.equal(build[upload]?.with?.path, "_site");
    assert.equal((build[upload] as { if?: string }).if, "steps.due.outputs.publish == 'true'");
  });

  test("restores and saves the build cache and the last build's folder before the build", () => {
    const build = steps("build");
    const cacheAt = build.findIndex((s) => s.uses?.startsWith("actions/cache@") === true);
    const buildAt = build.findIndex((s) => s.run?.startsWith("npm run build") === true);
    assert.ok(cacheAt >= 0 && cacheAt < buildAt, "actions/cache comes before the build");
    const paths = String(build[cacheAt]?.with?.path ?? "")
      .split("\n")
      .map((p) => p.trim())
      .filter(Boolean);
    assert.deepEqual(paths, [".cache/annals", "_site"]);
    // A key of its own each run (so the cache is saved after every build), restored from the last.
    const key = String(build[cacheAt]?.with?.key ?? "");
    const restore = String(build[cacheAt]?.with?.["restore-keys"] ?? "");
    assert.match(key, /github\.run_id/);
    assert.ok(key.startsWith(restore.trim()), `${key} starts with ${restore}`);
  });

  test("deploys only what is due: the build job says whether to publish, and deploy waits for it", () => {
    const job = jobs().build as Job & { outputs?: Record<string, string> };
    assert.equal(job.outputs?.publish, ["$", "{{ steps.due.outputs.publish }}"].join(""));
    assert.ok(steps("build").some((step) => step.id === "due" && typeof step.run === "string"));
    assert.equal((jobs().deploy as Job & { if?: string }).if, "needs.build.outputs.publish == 'true'");
  });

  test("deploy needs build, deploys to the github-pages environment, and reports the URL", () => {
    const deploy = jobs().deploy;
    assert.ok(deploy, "there is a deploy job");
    const needs = typeof deploy.needs === "string" ? [deploy.needs] : (deploy.needs ?? []);
    assert.ok(needs.includes("build"), "deploy waits for build");

    const environment = deploy.environment;
    assert.ok(environment && typeof environment === "object", "the environment has a name and a url");
    assert.equal(environment.name, "github-pages");
    const step = steps("deploy").find((s) => s.uses?.startsWith("actions/deploy-pages@"));
    assert.ok(step, "uses actions/deploy-pages");
    assert.ok(step.id, "the deploy step has an id");
    assert.equal(environment.url, `\${{ steps.${step.id}.outputs.page_url }}`);
  });

  test("every action is pinned to a version", () => {
    const uses = Object.values(jobs()).flatMap((job) => (job.steps ?? []).flatMap((s) => s.uses ?? []));
    assert.ok(uses.length >= 5, "the workflow uses actions");
    for (const action of uses) assert.match(action, /^[\w.-]+\/[\w./-]+@v\d+(\.\d+){0,2}$/);
  });
});
