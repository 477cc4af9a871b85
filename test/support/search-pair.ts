// A pair of builds of one blog for the search page's browser tests: one with the search index whole,
// one with it in parts (made small with ANNALS_SEARCH_PART_POSTS), each served over HTTP, so that a
// test can ask both the same queries.

import { after, before } from "node:test";
import { browserAvailable } from "./browser.ts";
import { type BuildOptions, type BuildRun, buildSite } from "./site-build.ts";
import { type StaticServer, serveFolder } from "./static-server.ts";

export interface SearchPair {
  readonly whole: BuildRun;
  readonly inParts: BuildRun;
  readonly wholeServer: StaticServer;
  readonly partsServer: StaticServer;
}

/**
 * Registers the suite's hooks: before its tests (where there is a browser), builds `whole` and
 * `inParts` (`make()`'s options) and serves each (`inParts` under `prefix`); after them, stops the
 * servers started. The pair's fields are read in the tests, once the hooks have run.
 */
export function searchPair(
  make: () => { readonly whole: BuildOptions; readonly inParts: BuildOptions; readonly prefix?: string },
): SearchPair {
  const pair: { -readonly [K in keyof SearchPair]?: SearchPair[K] } = {};
  before(async () => {
    if (!browserAvailable()) return;
    const { whole, inParts, prefix } = make();
    pair.whole = buildSite(whole);
    pair.inParts = buildSite(inParts);
    pair.wholeServer = await serveFolder(pair.whole.output);
    pair.partsServer = await serveFolder(pair.inParts.output, prefix);
  });
  after(async () => {
    await pair.wholeServer?.close();
    await pair.partsServer?.close();
  });
  return pair as SearchPair;
}
