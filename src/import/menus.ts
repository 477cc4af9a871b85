// WordPress navigation menus (`nav_menu_item` items) to the site's `menu:`. An export holds every menu
// but not which one the theme showed where: the one named like a main menu (primary, main, header,
// top, navigation) is taken, else the one with the most top-level entries; the report names the
// others. annals' menu is one level: an entry's sub-entries are left out, and counted. An entry
// becomes the page's file (`pages/about/team.md`), the post's file, a term's archive path
// (`/category/news/`), a path of the site, or an address elsewhere; one that leads to nothing the
// site has (a draft page, an unused tag, an empty `#` link) is left out and named in the report.

import { plainText } from "./text.ts";
import type { WxrItem } from "./wxr.ts";

export interface MenuItem {
  readonly id: string;
  /** The menu's slug and name (`<category domain="nav_menu">`). */
  readonly menu: { readonly slug: string; readonly name: string };
  readonly order: number;
  readonly parent: string;
  /** `post_type`, `taxonomy`, `custom`, `post_type_archive`. */
  readonly type: string;
  /** `page`, `post`, `category`, `post_tag`, `custom`. */
  readonly object: string;
  readonly objectId: string;
  readonly url: string;
  readonly title: string;
}

export function readMenuItem(item: WxrItem): MenuItem | undefined {
  const menu = item.terms.find((t) => t.domain === "nav_menu");
  if (menu === undefined) return undefined;
  const meta = (key: string): string => item.meta.find((m) => m.key === key)?.value.trim() ?? "";
  return {
    id: (item.fields.get("wp:post_id") ?? "").trim(),
    menu: { slug: menu.nicename, name: plainText(menu.name) },
    order: Number((item.fields.get("wp:menu_order") ?? "").trim()) || 0,
    parent: meta("_menu_item_menu_item_parent") || "0",
    type: meta("_menu_item_type"),
    object: meta("_menu_item_object"),
    objectId: meta("_menu_item_object_id"),
    url: meta("_menu_item_url"),
    title: plainText(item.fields.get("title") ?? ""),
  };
}

/** What an entry can lead to, as the import knows it. */
export interface MenuTargets {
  /** A published page's file and title, by WordPress id. */
  readonly page: (id: string) => { readonly file: string; readonly title: string } | undefined;
  /** A published post's file and title, by WordPress id. */
  readonly post: (id: string) => { readonly file: string; readonly title: string } | undefined;
  /** A term's archive path and name (when posts use it), by WordPress term id and kind. */
  readonly term: (
    kind: "tag" | "category",
    id: string,
  ) => { readonly path: string; readonly name: string } | undefined;
  /** A path of the site for an address on the blog's own host; undefined for other hosts. */
  readonly sitePath: (url: string) => string | undefined;
  /** True for a path the imported site will have (the home page, a page, a term's archive). */
  readonly hasPath: (path: string) => boolean;
}

export interface PlannedMenu {
  /** `menu:` entries: `{ Label: target }`, or a file alone (its title is the label). */
  readonly entries: readonly (string | Record<string, string>)[];
  readonly notes: readonly string[];
}

const MAIN_MENU = /primary|main|header|top|nav/i;

export function planMenu(items: readonly MenuItem[], targets: MenuTargets): PlannedMenu | undefined {
  if (items.length === 0) return undefined;
  const menus = new Map<string, { name: string; items: MenuItem[] }>();
  for (const item of items) {
    const menu = menus.get(item.menu.slug) ?? { name: item.menu.name, items: [] };
    menu.items.push(item);
    menus.set(item.menu.slug, menu);
  }
  const topLevel = (list: readonly MenuItem[]) => list.filter((i) => i.parent === "0");
  const [slug, chosen] = [...menus].sort(
    ([a, x], [b, y]) =>
      Number(MAIN_MENU.test(`${b} ${y.name}`)) - Number(MAIN_MENU.test(`${a} ${x.name}`)) ||
      topLevel(y.items).length - topLevel(x.items).length ||
      (a < b ? -1 : a > b ? 1 : 0),
  )[0] as [string, { name: string; items: MenuItem[] }];
  const notes: string[] = [];
  const entries: (string | Record<string, string>)[] = [];
  const top = topLevel(chosen.items).sort((a, b) => a.order - b.order || Number(a.id) - Number(b.id));
  for (const item of top) {
    const entry = entryOf(item, targets);
    if (typeof entry === "object" && "skip" in entry)
      notes.push(`menu entry "${item.title || item.id}" left out: ${entry.skip}`);
    else entries.push(entry);
  }
  const below = chosen.items.length - top.length;
  notes.unshift(
    `menu: the WordPress menu "${chosen.name}" (${slug}) became \`menu:\`, ${entries.length} entries` +
      (below > 0 ? `; its ${below} sub-entries left out (annals' menu has one level)` : ""),
  );
  const others = [...menus.keys()].filter((s) => s !== slug).map((s) => `"${menus.get(s)?.name}"`);
  if (others.length > 0) notes.push(`menus not imported (annals has one menu): ${others.join(", ")}`);
  return { entries, notes };
}

function entryOf(item: MenuItem, targets: MenuTargets): string | Record<string, string> | { skip: string } {
  const labelled = (label: string, target: string) => ({ [label]: target });
  if (item.type === "post_type" && item.object === "page") {
    const page = targets.page(item.objectId);
    if (page === undefined) return { skip: `page ${item.objectId} is not published` };
    return item.title === "" || item.title === page.title ? page.file : labelled(item.title, page.file);
  }
  if (item.type === "post_type" && item.object === "post") {
    const post = targets.post(item.objectId);
    if (post === undefined) return { skip: `post ${item.objectId} is not published` };
    return labelled(item.title || post.title, post.file);
  }
  if (item.type === "taxonomy" && (item.object === "category" || item.object === "post_tag")) {
    const term = targets.term(item.object === "category" ? "category" : "tag", item.objectId);
    if (term === undefined)
      return {
        skip: `no post has the ${item.object === "category" ? "category" : "tag"} (term ${item.objectId})`,
      };
    return labelled(item.title || term.name, term.path);
  }
  if (item.type === "custom") {
    const url = item.url;
    if (url === "" || url.startsWith("#")) return { skip: "it links nowhere (#)" };
    const label = item.title || url;
    const path = targets.sitePath(url);
    if (path !== undefined)
      return targets.hasPath(path)
        ? labelled(label, path)
        : { skip: `${path} is no page the imported site has` };
    if (!/^https?:\/\//i.test(url)) return { skip: `${url} is not an address annals can link` };
    return labelled(label, url);
  }
  return { skip: `a ${item.type} entry (${item.object}) annals cannot follow` };
}
