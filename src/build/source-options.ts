// Where a build reads and writes, and its build time: from the environment, so that the build command,
// Eleventy's config and the other commands agree. A module of its own, light to import: the commands
// that only read content (check, new) do not load Eleventy or the views.

export interface SourceOptions {
  readonly contentDir: string;
  /** Where the site is written (`ANNALS_OUTPUT`, default `_site`). */
  readonly outputDir: string;
  /** The build time; `ANNALS_NOW` (an ISO date-time) fixes it for previews and tests. */
  readonly now: number;
}

export function sourceOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SourceOptions {
  const contentDir = env.ANNALS_CONTENT ?? "content";
  const outputDir = env.ANNALS_OUTPUT ?? "_site";
  const nowText = env.ANNALS_NOW;
  const now = nowText === undefined || nowText === "" ? Date.now() : Date.parse(nowText);
  if (Number.isNaN(now)) {
    throw new Error(`ANNALS_NOW="${nowText}" is not a date-time (use e.g. 2026-01-01T00:00:00Z)`);
  }
  return { contentDir, outputDir, now };
}
