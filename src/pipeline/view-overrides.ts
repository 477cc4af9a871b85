// A site's view overrides: each file directly in `content/theme/views/` is `<view name>.ts`, whose
// default export replaces that view (layouts/table.ts). Files are imported with their modification
// time in the URL, so that the dev server takes an edited override without restarting.

import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isViewName, type LoadedOverride, VIEW_NAMES } from "../../layouts/table.ts";
import type { ViewSource } from "../content/read-sources.ts";
import { type ContentIssue, contentError, contentWarning } from "../issues.ts";
import { closest } from "../suggest.ts";

const requireCache = createRequire(import.meta.url).cache;

export interface LoadedOverrides {
  readonly overrides: readonly LoadedOverride[];
  readonly issues: readonly ContentIssue[];
}

/**
 * Lets Node import a site's views, which are TypeScript: annals' compiled command line (bin/compiled.js)
 * runs without tsx until a site has views; run from its sources, annals runs through tsx already.
 */
async function readTypeScript(): Promise<void> {
  const compiled = Symbol.for("annals.compiled");
  const state = globalThis as { [compiled]?: boolean | "tsx" };
  if (state[compiled] !== true) return;
  (await import("tsx/esm/api")).register();
  // A view that Node takes for CommonJS (no `"type": "module"` beside it) imports through require().
  (await import("tsx/cjs/api")).register();
  state[compiled] = "tsx";
}

export async function loadViewOverrides(sources: readonly ViewSource[]): Promise<LoadedOverrides> {
  const overrides: LoadedOverride[] = [];
  const issues: ContentIssue[] = [];
  for (const source of sources) {
    const ext = path.extname(source.absolute);
    const name = path.basename(source.absolute, ext);
    if (ext !== ".ts") {
      issues.push(
        contentWarning(
          "views-other",
          source.path,
          undefined,
          "is not read: only <view>.ts files in the views folder are views (keep other files elsewhere)",
        ),
      );
      continue;
    }
    if (!isViewName(name)) {
      const guess = closest(name, VIEW_NAMES);
      issues.push(
        contentError(
          source.path,
          undefined,
          `"${name}" is not a view${guess === undefined ? "" : ` (did you mean ${guess}.ts?)`}; the views are ${VIEW_NAMES.join(", ")}`,
        ),
      );
      continue;
    }
    await readTypeScript();
    let module: { default?: unknown };
    // A site without `"type": "module"` loads its overrides as CommonJS, whose cache ignores the URL's
    // query: forget the file there, so that an edited override is read again.
    delete requireCache[source.absolute];
    try {
      module = (await import(`${pathToFileURL(source.absolute).href}?v=${source.mtimeMs}`)) as {
        default?: unknown;
      };
    } catch (error) {
      const { message, line } = describeImportError(error, source.absolute);
      issues.push(contentError(source.path, line, `could not be loaded: ${message}`));
      continue;
    }
    // CommonJS interop may wrap the default export once more.
    const inner = (module.default as { default?: unknown } | undefined)?.default;
    const view = typeof module.default === "function" ? module.default : inner;
    if (typeof view !== "function") {
      issues.push(
        contentError(
          source.path,
          undefined,
          `must export a function by default: export default ((input, base) => base(input)) satisfies Override<"${name}">`,
        ),
      );
      continue;
    }
    overrides.push({ name, file: source.path, view: view as LoadedOverride["view"] });
  }
  return { overrides, issues };
}

/** An import failure in the author's terms: the message, and the line when the error names one. */
function describeImportError(error: unknown, file: string): { message: string; line: number | undefined } {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split("\n")[0] ?? text;
  const lineMatch =
    new RegExp(`${escapeRegExp(path.basename(file))}:(\\d+)`).exec(text) ?? /:(\d+):\d+: ERROR/.exec(text);
  return {
    message: first.replace(`${file}:`, "").trim(),
    line: lineMatch === null ? undefined : Number(lineMatch[1]),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
