// A multilingual site's trees, linked: each tree knows every language (for the language links) and,
// for each post and page, the same post or page in the other languages (its translations).
// Translations are found by `translationKey:` when a post gives one; else posts of one day with the
// same file name (`2015-01-28-launch.md` in `en/` and `ja/`) or the same slug, and pages whose files
// sit at the same place in their languages' folders (`pages/about.md`, `pages/ja/about.md`).

import { type ContentIssue, compareText, contentWarning } from "../issues.ts";
import type { Site, SiteLanguage, Translation } from "./types.ts";
import { homeUrlIn, languageTreeOf, manifestPath, manifestPathIn } from "./urls.ts";

/**
 * The language a file's folder names, when its first folder (after `pages/` for a page) is one of the
 * site's languages (`ja/news/…`, `pages/ja/about.md`), compared without case; with the path inside it.
 */
export function languageFolderOf(
  relative: string,
  codes: readonly string[],
): { readonly code: string; readonly rest: string } | undefined {
  const inPages = relative.startsWith("pages/");
  const path = inPages ? relative.slice("pages/".length) : relative;
  const slash = path.indexOf("/");
  if (slash <= 0) return undefined;
  const folder = path.slice(0, slash).toLowerCase();
  const code = codes.find((c) => c.toLowerCase() === folder);
  if (code === undefined) return undefined;
  return { code, rest: `${inPages ? "pages/" : ""}${path.slice(slash + 1)}` };
}

/** A page in one language, as `<link rel="alternate" hreflang>` and the sitemap give it. */
export interface Alternate {
  /** A language tag, or `x-default`: the version for readers of any other language (the default language's). */
  readonly hreflang: string;
  readonly url: string;
}

interface Item {
  readonly tree: number;
  readonly file: string;
  readonly url: string;
  readonly title: string;
  readonly keys: readonly string[];
}

/** The languages of a multilingual site's trees (`languageTreeOf`), in the settings' order. */
export function siteLanguagesOf(codes: readonly string[], inFolder: boolean): SiteLanguage[] {
  return codes.map((code, i) => {
    const tree = languageTreeOf(code, codes, inFolder);
    const manifest = i === 0 ? manifestPath : manifestPathIn(tree);
    return { code, tree, home: homeUrlIn(tree), manifest, posts: 0 };
  });
}

/**
 * Each tree (in the order of its languages) with its posts' and pages' translations. Two posts of one
 * language that would translate the same post are a warning naming both; the one that shares its file
 * name or key with another language is linked, else the first by file.
 */
export function linkTranslations(trees: readonly Site[]): { sites: Site[]; issues: ContentIssue[] } {
  const languages = trees.map((site) => site.settings.language);
  const codes = trees[0]?.languages.map((l) => l.code) ?? languages;
  const items: Item[] = [];
  trees.forEach((site, tree) => {
    for (const post of site.posts) {
      const day = `${post.date.year}-${post.date.month}-${post.date.day}`;
      const keys =
        post.translationKey !== undefined
          ? [`key:${post.translationKey}`]
          : [`file:${day}/${translationNameOf(post.source)}`, `slug:${day}/${post.slug}`];
      items.push({ tree, file: post.file, url: post.url, title: post.title, keys });
    }
    for (const page of site.pages) {
      // A page's place in its tree is its file's path without the language's folder.
      const place = languageFolderOf(page.source, codes)?.rest ?? page.source;
      const keys = page.translationKey !== undefined ? [`key:${page.translationKey}`] : [`page:${place}`];
      items.push({ tree, file: page.file, url: page.url, title: page.title, keys });
    }
  });
  // Items sharing a key are one group (union-find over the keys).
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    parent[i] = root;
    return root;
  };
  const firstWith = new Map<string, number>();
  items.forEach((item, i) => {
    for (const key of item.keys) {
      const other = firstWith.get(key);
      if (other === undefined) firstWith.set(key, i);
      else parent[find(i)] = find(other);
    }
  });
  const groups = new Map<number, Item[]>();
  items.forEach((item, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), item]);
  });
  const issues: ContentIssue[] = [];
  const byTree = trees.map(() => new Map<string, Translation[]>());
  // Which trees hold each key: of two posts of one language in a group, the one that shares its key
  // with another language (its file name and day, its translationKey) is linked, not one that only
  // shares a slug.
  const treesOf = new Map<string, Set<number>>();
  for (const item of items)
    for (const key of item.keys) treesOf.set(key, (treesOf.get(key) ?? new Set()).add(item.tree));
  const sharesName = (item: Item): number =>
    item.keys.some((key) => !key.startsWith("slug:") && (treesOf.get(key)?.size ?? 0) > 1) ? 0 : 1;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const chosen = new Map<number, Item>();
    const ordered = [...group].sort((a, b) => sharesName(a) - sharesName(b) || compareText(a.file, b.file));
    for (const item of ordered) {
      const taken = chosen.get(item.tree);
      if (taken === undefined) chosen.set(item.tree, item);
      else
        issues.push(
          contentWarning(
            "translations",
            item.file,
            undefined,
            `translates the same post as ${taken.file}, in the same language: only ${taken.file} is linked to its translations (give each a translationKey of its own)`,
          ),
        );
    }
    if (chosen.size < 2) continue;
    const linked = [...chosen.values()].sort((a, b) => a.tree - b.tree);
    for (const item of linked) {
      byTree[item.tree]?.set(
        item.url,
        linked
          .filter((other) => other !== item)
          .map((other) => ({
            language: languages[other.tree] ?? "",
            url: other.url,
            title: other.title,
          })),
      );
    }
  }
  const counted = trees.map((site, i) => ({
    ...(site.languages[i] as SiteLanguage),
    posts: site.posts.length,
  }));
  const sites = trees.map((site, i) => ({
    ...site,
    languages: counted,
    translations: byTree[i] ?? new Map(),
  }));
  return { sites, issues };
}

/** The name that makes posts translations of each other: the file's, or its folder's for `index.md`. */
function translationNameOf(source: string): string {
  const parts = source.replace(/\.(md|markdown)$/i, "").split("/");
  const name = parts.pop() ?? "";
  return name.toLowerCase() === "index" ? (parts.pop() ?? name) : name;
}

/**
 * A page's versions in every language (itself first, then its translations in the languages' order)
 * and `x-default` (the default language's version, when there is one); empty when it has no translation.
 */
export function alternatesOfPage(site: Site, url: string): readonly Alternate[] {
  const translations = site.translations.get(url);
  if (translations === undefined || translations.length === 0) return [];
  const order = (language: string) => site.languages.findIndex((l) => l.code === language);
  const all = [{ language: site.settings.language, url }, ...translations].sort(
    (a, b) => order(a.language) - order(b.language),
  );
  const defaultLanguage = site.languages[0]?.code;
  const fallback = all.find((t) => t.language === defaultLanguage);
  return [
    ...all.map((t) => ({ hreflang: t.language, url: t.url })),
    ...(fallback === undefined ? [] : [{ hreflang: "x-default", url: fallback.url }]),
  ];
}
