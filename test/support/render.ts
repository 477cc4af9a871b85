// Rendering a route of an assembled site as a build would, for tests of the views on their own.

import { type RenderedFile, renderRoute } from "../../layouts/render.ts";
import { type LoadedOverride, ViewTable } from "../../layouts/table.ts";
import { wordsOf } from "../../layouts/words/languages.ts";
import { isRendered, routesOf } from "../../src/model/routes.ts";
import type { Site } from "../../src/model/types.ts";

/** Renders the file at `url` of `site` with annals' views (and any overrides given). */
export function renderUrl(site: Site, url: string, overrides: readonly LoadedOverride[] = []): RenderedFile {
  const route = routesOf(site).find((r) => r.url === url);
  if (route === undefined || !isRendered(route)) throw new Error(`no rendered route at ${url}`);
  const { words } = wordsOf(site.settings.language, site.settings.labels, "site.yaml");
  return renderRoute(route, { site, words, table: new ViewTable(overrides) });
}
