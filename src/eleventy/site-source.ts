// What Eleventy writes: rendered pages with their URLs. The build command renders them pass by pass
// and hands each pass over; `eleventy --watch` renders the whole site here on every rebuild; and
// under `--serve` nothing is written: the dev server renders each page on request (dev-server.ts).

import type { RenderedPage } from "../../layouts/pages.ts";
import { RenderSession } from "../build/render-session.ts";
import { ContentErrors, formatErrorReport, formatWarnings } from "../build/report.ts";
import type { SourceOptions } from "../build/source-options.ts";
import { DevSite } from "./dev-server.ts";

export { type SourceOptions, sourceOptionsFromEnv } from "../build/source-options.ts";

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
