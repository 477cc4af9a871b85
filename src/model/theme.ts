// The author's theme: the files of the content folder's `theme/`, served under `/assets/` beside
// annals' own stylesheet. A `custom.css` there is linked on every page after `annals.css`, so its
// rules win without editing annals' files; fonts and images it refers to sit beside it.

import { type ContentIssue, contentError } from "../issues.ts";
import type { Theme, ThemeFile } from "./types.ts";
import { assetsUrl, stylesheetPath } from "./urls.ts";

/** The theme folder, inside the content folder. */
export const THEME_FOLDER = "theme";
/** The site's view overrides, inside the theme folder: read by annals, never copied to the site. */
export const VIEWS_FOLDER = "views";
/** The stylesheet every page links after annals' own, when the theme has it. */
export const CUSTOM_STYLESHEET = "custom.css";

export const NO_THEME: Theme = { files: [], stylesheet: undefined };

export interface BuiltTheme {
  readonly theme: Theme;
  readonly issues: readonly ContentIssue[];
}

/**
 * `files` are `/`-separated paths inside the theme folder (as read by readContentFolder); `folder` is
 * how the author knows that folder (`content/theme`).
 */
export function buildTheme(files: readonly string[], folder: string): BuiltTheme {
  const issues: ContentIssue[] = [];
  const kept: ThemeFile[] = [];
  const reserved = stylesheetPath.slice(assetsUrl.length);
  for (const relative of files) {
    const source = `${folder}/${relative}`;
    if (relative === reserved) {
      issues.push(
        contentError(
          source,
          undefined,
          `would replace annals' own stylesheet; name it ${CUSTOM_STYLESHEET} (linked after ${reserved}, so its rules win)`,
        ),
      );
      continue;
    }
    kept.push({ source, from: `${THEME_FOLDER}/${relative}`, url: `${assetsUrl}${relative}` });
  }
  const custom = kept.find((f) => f.url === `${assetsUrl}${CUSTOM_STYLESHEET}`);
  return { theme: { files: kept, stylesheet: custom?.url }, issues };
}
