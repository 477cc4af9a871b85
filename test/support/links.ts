// Finds every internal link and asset reference in a built site, and those that do not resolve to a
// file (or to an `id` on the page, for `#fragment` links).

import fs from "node:fs";
import path from "node:path";
import { load } from "cheerio";
import { listFiles } from "./site-build.ts";

export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly reason: string;
}

/** The file a site-relative URL path is served from: folders serve their `index.html`. */
export function fileForUrlPath(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  const candidate = path.join(root, ...decoded.split("/"));
  if (!candidate.startsWith(root)) return undefined;
  if (decoded.endsWith("/")) {
    const index = path.join(candidate, "index.html");
    return fs.existsSync(index) ? index : undefined;
  }
  return fs.existsSync(candidate) && fs.statSync(candidate).isFile() ? candidate : undefined;
}

export function findBrokenLinks(root: string): { checked: number; broken: BrokenLink[] } {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (set === undefined) {
      const $ = load(fs.readFileSync(file, "utf8"));
      set = new Set(
        $("[id]")
          .toArray()
          .map((el) => el.attribs.id ?? ""),
      );
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of listFiles(root).filter((f) => f.endsWith(".html"))) {
    const file = path.join(root, ...page.split("/"));
    const $ = load(fs.readFileSync(file, "utf8"));
    const refs = [
      ...$("a[href]")
        .toArray()
        .map((el) => el.attribs.href ?? ""),
      ...$("link[href]")
        .toArray()
        .map((el) => el.attribs.href ?? ""),
      ...$("[src]")
        .toArray()
        .map((el) => el.attribs.src ?? ""),
    ];
    for (const href of refs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) continue; // external
      checked++;
      const base = `https://site.invalid/${page}`;
      const url = new URL(href, base);
      const target = url.pathname === new URL(base).pathname ? file : fileForUrlPath(root, url.pathname);
      if (target === undefined) {
        broken.push({ page, href, reason: "no such page" });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment !== "" && target.endsWith(".html") && !idsOf(target).has(fragment)) {
        broken.push({ page, href, reason: `no id "${fragment}" on the page` });
      }
    }
  }
  return { checked, broken };
}
