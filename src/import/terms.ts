// Every tag and category of an export, with the slug WordPress gave it, so that the settings can pin
// those slugs and old term URLs keep working. Terms come from the channel (`wp:category`, `wp:tag`,
// `wp:term`) and from the items (`<category domain="post_tag" nicename="…">`): a partial export may
// name a term only where a post uses it.

import { slugOf } from "../model/slug.ts";
import { termKey } from "../model/term-name.ts";
import { decodeSlug, plainText } from "./text.ts";

export type TermKind = "tags" | "categories";

export interface PinnedTerm {
  readonly name: string;
  readonly slug: string;
  /** The term's description in WordPress (HTML, as written), when it has one. */
  readonly description?: string;
}

export interface TermCatalog {
  readonly tags: readonly PinnedTerm[];
  readonly categories: readonly PinnedTerm[];
  /** Child categories, flattened: annals categories have no parents. */
  readonly flattened: readonly { readonly parent: string; readonly child: string }[];
  /** Terms of other taxonomies (post formats, custom taxonomies, menus), counted by taxonomy. */
  readonly otherTaxonomies: ReadonlyMap<string, number>;
  readonly notes: readonly string[];
  /** Old term URLs that annals serves elsewhere (a merged duplicate name, a slug made URL-safe). */
  readonly redirects: readonly { readonly from: string; readonly to: string }[];
}

const KIND_OF_TAXONOMY: Record<string, TermKind> = { post_tag: "tags", category: "categories" };
const LABEL: Record<TermKind, string> = { tags: "tag", categories: "category" };

/** Collects terms as they are read; `catalog()` gives them in a stable order. */
export class TermCollector {
  private readonly byKind: Record<TermKind, Map<string, PinnedTerm>> = {
    tags: new Map(),
    categories: new Map(),
  };
  private readonly slugHolders: Record<TermKind, Map<string, string>> = {
    tags: new Map(),
    categories: new Map(),
  };
  private readonly categoryParents = new Map<string, string>();
  private readonly categoryNamesBySlug = new Map<string, string>();
  private readonly others = new Map<string, Set<string>>();
  private readonly notes = new Set<string>();
  private readonly redirects = new Map<string, string>();
  private readonly descriptions: Record<TermKind, Map<string, string>> = {
    tags: new Map(),
    categories: new Map(),
  };

  /** `taxonomy` is a WordPress taxonomy (`post_tag`, `category`, …); `rawName` may hold entities. */
  add(taxonomy: string, rawName: string, rawSlug: string, parentSlug = "", description = ""): void {
    const kind = KIND_OF_TAXONOMY[taxonomy];
    const name = plainText(rawName);
    if (kind === undefined) {
      // Menus are read as menus (src/import/menus.ts), not as terms.
      if (taxonomy !== "" && taxonomy !== "nav_menu")
        this.others.set(taxonomy, (this.others.get(taxonomy) ?? new Set()).add(name || rawSlug));
      return;
    }
    if (name === "") return;
    const described = description.trim();
    if (described !== "" && !this.descriptions[kind].has(termKey(name)))
      this.descriptions[kind].set(termKey(name), described);
    const written = decodeSlug(rawSlug.trim());
    if (kind === "categories" && written !== "") {
      this.categoryNamesBySlug.set(written, name);
      if (parentSlug !== "") this.categoryParents.set(name, decodeSlug(parentSlug));
    }
    if (written === "") return;
    const key = termKey(name);
    const known = this.byKind[kind].get(key);
    const slug = slugOf(written);
    if (known !== undefined) {
      if (known.slug !== slug) {
        this.notes.add(
          `two ${kind} are named "${name}" in WordPress (slugs "${known.slug}" and "${slug}"): annals files them as one, under "${known.slug}"; ${termPath(kind, written)} redirects there`,
        );
        this.redirects.set(termPath(kind, written), termPath(kind, known.slug));
      }
      return;
    }
    const holder = this.slugHolders[kind].get(slug);
    if (holder !== undefined) {
      this.notes.add(
        `${LABEL[kind]}s "${holder}" and "${name}" both have the slug "${slug}": pinned for "${holder}" only`,
      );
      return;
    }
    if (slug !== written) {
      this.notes.add(
        `${LABEL[kind]} "${name}": slug "${written}" is not URL-safe in annals; "${slug}" pinned, and the old URL redirects there`,
      );
      this.redirects.set(termPath(kind, written), termPath(kind, slug));
    }
    this.byKind[kind].set(key, { name, slug });
    this.slugHolders[kind].set(slug, name);
  }

  /**
   * WordPress serves a child category at `/category/<parent>/<child>/`; annals' categories are flat,
   * at `/category/<child>/`: the old nested URL redirects there.
   */
  private childCategoryRedirects(): [string, string][] {
    const out: [string, string][] = [];
    for (const [child, parentSlug] of this.categoryParents) {
      const own = this.byKind.categories.get(termKey(child));
      if (own === undefined) continue;
      const chain = [own.slug];
      let parent: string | undefined = parentSlug;
      for (let depth = 0; parent !== undefined && parent !== "" && depth < 20; depth++) {
        chain.unshift(parent);
        const name = this.categoryNamesBySlug.get(parent);
        parent = name === undefined ? undefined : this.categoryParents.get(name);
      }
      out.push([termPath("categories", chain.join("/")), termPath("categories", own.slug)]);
    }
    return out;
  }

  catalog(): TermCatalog {
    const sorted = (kind: TermKind): PinnedTerm[] =>
      [...this.byKind[kind].values()]
        .sort((a, b) => compareNames(a.name, b.name))
        .map((term) => {
          const description = this.descriptions[kind].get(termKey(term.name));
          return description === undefined ? term : { ...term, description };
        });
    const flattened = [...this.categoryParents]
      .map(([child, parentSlug]) => ({
        parent: this.categoryNamesBySlug.get(parentSlug) ?? parentSlug,
        child,
      }))
      .sort((a, b) => compareNames(a.parent, b.parent) || compareNames(a.child, b.child));
    const otherTaxonomies = new Map(
      [...this.others].sort(([a], [b]) => compareNames(a, b)).map(([t, names]) => [t, names.size]),
    );
    return {
      tags: sorted("tags"),
      categories: sorted("categories"),
      flattened,
      otherTaxonomies,
      notes: [...this.notes],
      redirects: [...this.redirects, ...this.childCategoryRedirects()]
        .map(([from, to]) => ({ from, to }))
        .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
    };
  }
}

/** The archive URL of a term in annals (and in WordPress): `/tag/<slug>/`, `/category/<slug>/`. */
function termPath(kind: TermKind, slug: string): string {
  return `/${LABEL[kind]}/${slug}/`;
}

/** Case-insensitive, then exact: the same order on every machine (no locale involved). */
export function compareNames(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
