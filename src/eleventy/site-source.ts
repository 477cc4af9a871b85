// What Eleventy writes: rendered pages with their URLs. The build command renders them pass by pass
// and hands each pass over; `eleventy --watch` renders the whole site here on every rebuild; and
// under `--serve` nothing is written: the dev server renders each page on request (dev-server.ts).

import type { RenderedPage } from "../../layouts/pages.ts";
import { RenderSession } from "../build/render-session.ts";
import { ContentErrors, formatErrorReport, formatWarnings } from "../build/report.ts";
import { DevSite } from "./dev-server.ts";

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

/**
 * A class instance, not a plain object: Eleventy deep-copies plain objects in its data cascade, and
 * a pass holds thousands of pages. Eleventy passes instances by reference.
 */
export class PagesToWrite {
  readonly pages: readonly RenderedPage[];
  /** Every URL of the site, when these pages are the whole of it (then the folder can be checked). */
  readonly wholeSite: readonly string[] | undefined;
  constructor(pages: readonly RenderedPage[], wholeSite: readonly string[] | undefined) {
    this.pages = pages;
    this.wholeSite = wholeSite;
  }
}

let handedOver: PagesToWrite | undefined;
let lastGiven: PagesToWrite | undefined;

/** The build command hands over each pass before it asks Eleventy to write. */
export function handOverPages(pages: PagesToWrite): void {
  handedOver = pages;
}

/** What Eleventy was last given to write: what the after-write check compares the output with. */
export function lastPagesGiven(): PagesToWrite | undefined {
  return lastGiven;
}

/** The dev server's site, rendered on request (see dev-server.ts); set when Eleventy serves. */
export const devSite = new DevSite();

export function pagesForEleventy(options: SourceOptions): PagesToWrite {
  if (handedOver !== undefined) {
    lastGiven = handedOver;
    return handedOver;
  }
  if (process.env.ELEVENTY_RUN_MODE === "serve") {
    devSite.refresh(options);
    lastGiven = undefined;
    return new PagesToWrite([], undefined);
  }
  const session = new RenderSession();
  const summary = session.load({ ...options, filesPerPass: Number.POSITIVE_INFINITY });
  for (const line of formatWarnings(summary.issues, false)) console.warn(line);
  if (summary.site === undefined) {
    for (const line of formatErrorReport(summary.issues)) console.error(line);
    throw new ContentErrors(summary.issues);
  }
  lastGiven = new PagesToWrite(session.render(0), summary.outputs);
  return lastGiven;
}
