// Where Eleventy's global data gets the site model. The build command loads the model first (to
// report content errors cleanly before Eleventy starts) and hands it over; under `--serve`/`--watch`
// every rebuild reads the content folder again, so edits to posts show up.

import { buildModel, type ModelBuild } from "../build/build-model.ts";
import { ContentErrors, formatErrorReport, formatWarnings } from "../build/report.ts";
import { readContentFolder } from "../content/read-sources.ts";
import type { Site } from "../model/types.ts";

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
  if (Number.isNaN(now))
    throw new Error(`ANNALS_NOW="${nowText}" is not a date-time (use e.g. 2026-01-01T00:00:00Z)`);
  return { contentDir, outputDir, now };
}

/**
 * A class instance, not a plain object: Eleventy deep-copies plain objects in its data cascade, and
 * the model is large. Eleventy passes instances by reference.
 */
export class SiteData {
  readonly site: Site;
  constructor(site: Site) {
    this.site = site;
  }
}

let handedOver: ModelBuild | undefined;
let lastLoaded: Site | undefined;

/** The model the last build rendered: what the after-write check compares the output with. */
export function lastLoadedSite(): Site | undefined {
  return lastLoaded;
}

/** The build command passes the model it has loaded and reported; the next load returns it. */
export function handOverModel(build: ModelBuild): void {
  handedOver = build;
}

export function loadModelForEleventy(options: SourceOptions): SiteData {
  let build = handedOver;
  handedOver = undefined;
  if (build === undefined) {
    build = buildModel(readContentFolder(options.contentDir), options.now);
    for (const line of formatWarnings(build.issues, false)) console.warn(line);
    if (build.site === undefined) {
      for (const line of formatErrorReport(build.issues)) console.error(line);
    }
  }
  if (build.site === undefined) throw new ContentErrors(build.issues);
  lastLoaded = build.site;
  return new SiteData(build.site);
}
