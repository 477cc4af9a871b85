// The site's navigation, from `menu:` in the settings: each entry a page or post by its file
// (`pages/about.md`), a path of the site (`/archives/`), or an address elsewhere. An entry that leads to
// no page of the site is an error on its line.

import { type ContentIssue, contentError } from "../issues.ts";
import { routesOf } from "./routes.ts";
import type { MenuEntry } from "./settings.ts";
import type { MenuLink, Site } from "./types.ts";

const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:)/i;

/**
 * The menu's entries resolved against the sites' posts, pages and routes (one site; on a multilingual
 * site, every tree: a menu may lead into another language).
 */
export function resolveMenu(
  sites: readonly Site[],
  entries: readonly MenuEntry[],
  settingsFile: string,
): { readonly links: MenuLink[]; readonly issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const links: MenuLink[] = [];
  const byFile = new Map<string, { title: string; url: string }>();
  for (const site of sites) for (const item of [...site.posts, ...site.pages]) byFile.set(item.source, item);
  const pages = new Set(
    sites.flatMap((site) =>
      routesOf(site)
        .filter((r) => r.listed || r.kind === "search")
        .map((r) => r.url),
    ),
  );
  for (const entry of entries) {
    const { target } = entry;
    const fail = (message: string) => issues.push(contentError(settingsFile, entry.line, `menu: ${message}`));
    if (ADDRESS.test(target)) {
      if (entry.label === undefined) fail(`give the link to ${target} a label (Label: ${target})`);
      else links.push({ label: entry.label, url: target, external: true });
      continue;
    }
    if (target.startsWith("/")) {
      const path = target.endsWith("/") || /\.[a-z0-9]+$/i.test(target) ? target : `${target}/`;
      if (!pages.has(path)) fail(`${target} is no page of the site`);
      else if (entry.label === undefined) fail(`give ${target} a label (Label: ${target})`);
      else links.push({ label: entry.label, url: path, external: false });
      continue;
    }
    const item = byFile.get(target.replace(/^\.\//, "").replace(/^content\//, ""));
    if (item === undefined) {
      fail(
        `${target} is no published page or post (write a file inside the content folder, such as pages/about.md, or a path such as /archives/)`,
      );
      continue;
    }
    links.push({ label: entry.label ?? item.title, url: item.url, external: false });
  }
  return { links, issues };
}
