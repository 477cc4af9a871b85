// Terms of a taxonomy (tags or categories): which names are one term, what it is called, and a slug
// that no other term has.
//
// - Spellings that share a `termKey` (case, accents, word punctuation) are one term, shown under the
//   spelling most posts use (ties: the spelling used first, as WordPress keeps the name a term was
//   created with; then code-point order).
// - Different terms whose names make the same slug (`C++`, `C`) never share a URL: the term used first
//   (oldest post) keeps the plain slug, the others get `-2`, `-3`, … in order of first use, and a
//   warning says so. Nothing is overwritten and no post is lost.
// - The settings may merge names (aliases: the old term URL then redirects) and pin slugs; a pinned
//   slug wins over any name's natural slug.

import { type ContentIssue, compareText, contentWarning } from "../issues.ts";
import { makeArchive } from "./archive.ts";
import {
  type AuthorProfile,
  type Described,
  NO_TERM_SETTINGS,
  type Settings,
  type TermSettings,
} from "./settings.ts";
import { slugOf } from "./slug.ts";
import { termKey } from "./term-name.ts";
import type { PlaceLink, Post, Redirect, SitePost, Taxonomy, TaxonomyKind, Term, TermLink } from "./types.ts";
import { taxonomyIndexUrl, termUrl } from "./urls.ts";

export interface TermIdentity {
  readonly kind: TaxonomyKind;
  readonly key: string;
  readonly name: string;
  readonly slug: string;
  readonly url: string;
  /** Spellings in use, display name first, then code-point order. */
  readonly spellings: readonly string[];
  /** The one link object every post of this term shares. */
  readonly link: TermLink;
}

export interface IdentifiedTerms {
  /** By term key. */
  readonly byKey: ReadonlyMap<string, TermIdentity>;
  readonly issues: readonly ContentIssue[];
  /** Old term URLs of aliases, to the terms they were merged into. */
  readonly redirects: readonly Redirect[];
  /** The term a name written in a post belongs to (after aliases). */
  readonly termOf: (name: string) => TermIdentity | undefined;
}

interface Use {
  readonly epochMs: number;
  readonly file: string;
}

interface Tally {
  readonly key: string;
  readonly counts: Map<string, number>;
  firstUse: Use;
  /** The oldest post using each spelling. */
  readonly firstUseOf: Map<string, Use>;
}

const older = (a: Use, b: Use): number => a.epochMs - b.epochMs || compareText(a.file, b.file);

export function identifyTerms(
  kind: TaxonomyKind,
  posts: readonly Post[],
  namesOf: (post: Post) => readonly string[],
  housekeeping: TermSettings = NO_TERM_SETTINGS,
  settingsFile = "site.yaml",
  tree = "",
): IdentifiedTerms {
  const tallies = new Map<string, Tally>();
  for (const post of posts) {
    const use = { epochMs: post.date.epochMs, file: post.file };
    for (const written of namesOf(post)) {
      // An alias files the post under the name it is merged into.
      const name = housekeeping.aliases.get(termKey(written))?.to ?? written;
      const key = termKey(name);
      let tally = tallies.get(key);
      if (tally === undefined) {
        tally = { key, counts: new Map(), firstUse: use, firstUseOf: new Map() };
        tallies.set(key, tally);
      } else if (older(use, tally.firstUse) < 0) {
        tally.firstUse = use;
      }
      tally.counts.set(name, (tally.counts.get(name) ?? 0) + 1);
      const known = tally.firstUseOf.get(name);
      if (known === undefined || older(use, known) < 0) tally.firstUseOf.set(name, use);
    }
  }

  const issues: ContentIssue[] = [];
  const named = [...tallies.values()].map((tally) => {
    const firstUse = (name: string): Use => tally.firstUseOf.get(name) ?? tally.firstUse;
    const spellings = [...tally.counts.entries()]
      .sort(([a, ca], [b, cb]) => cb - ca || older(firstUse(a), firstUse(b)) || compareText(a, b))
      .map(([name]) => name);
    const name = spellings[0] ?? tally.key;
    for (const other of spellings.slice(1)) {
      issues.push(
        contentWarning(
          "term-spelling",
          firstUse(other).file,
          undefined,
          `${kind} "${other}" is shown as "${name}" (the same name but for case, accents or punctuation)`,
        ),
      );
    }
    const ordered = [name, ...spellings.slice(1).sort(compareText)];
    const pinned = housekeeping.slugs.get(tally.key);
    return { tally, name, spellings: ordered, natural: pinned ?? slugOf(name), pinned: pinned !== undefined };
  });

  // Pinned slugs first (the settings say so), then senior terms: the oldest first use keeps a contested slug.
  named.sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      older(a.tally.firstUse, b.tally.firstUse) ||
      compareText(a.name, b.name),
  );
  const taken = new Set(named.map((t) => t.natural));
  const holder = new Map<string, string>();
  const byKey = new Map<string, TermIdentity>();
  for (const term of named) {
    let slug = term.natural;
    const winner = holder.get(term.natural);
    if (winner !== undefined) {
      let n = 2;
      while (taken.has(`${term.natural}-${n}`)) n++;
      slug = `${term.natural}-${n}`;
      taken.add(slug);
      issues.push(
        contentWarning(
          "slug-collision",
          term.tally.firstUse.file,
          undefined,
          `${kind} "${term.name}" makes the same slug as "${winner}" (${termUrl(kind, term.natural, tree)}); it is at ${termUrl(kind, slug, tree)} instead`,
        ),
      );
    } else {
      holder.set(term.natural, term.name);
    }
    const url = termUrl(kind, slug, tree);
    byKey.set(term.tally.key, {
      kind,
      key: term.tally.key,
      name: term.name,
      slug,
      url,
      spellings: term.spellings,
      link: { name: term.name, url },
    });
  }
  const termOf = (written: string): TermIdentity | undefined =>
    byKey.get(termKey(housekeeping.aliases.get(termKey(written))?.to ?? written));
  return {
    byKey,
    issues,
    redirects: aliasRedirects(kind, byKey, housekeeping, settingsFile, issues, tree),
    termOf,
  };
}

/**
 * Where each alias's old term URL goes: to the term it was merged into. None when the URL did not
 * change, and none (with a warning) when the target has no posts or another term holds the old URL.
 */
function aliasRedirects(
  kind: TaxonomyKind,
  byKey: ReadonlyMap<string, TermIdentity>,
  housekeeping: TermSettings,
  settingsFile: string,
  issues: ContentIssue[],
  tree: string,
): Redirect[] {
  const held = new Set([...byKey.values()].map((t) => t.url));
  const redirects: Redirect[] = [];
  for (const alias of housekeeping.aliases.values()) {
    const target = byKey.get(termKey(alias.to));
    // The old term's URL: its pinned slug (WordPress's, after an import), or the slug of its name.
    const from = termUrl(kind, housekeeping.slugs.get(termKey(alias.from)) ?? slugOf(alias.from), tree);
    if (target === undefined) {
      issues.push(
        contentWarning(
          "alias-unused",
          settingsFile,
          undefined,
          `${kind} alias "${alias.from}" -> "${alias.to}": no published post is filed under "${alias.to}", so ${from} redirects nowhere (left out)`,
        ),
      );
      continue;
    }
    if (from === target.url) continue;
    if (held.has(from)) {
      issues.push(
        contentWarning(
          "alias-unused",
          settingsFile,
          undefined,
          `${kind} alias "${alias.from}": its old URL ${from} belongs to another ${kind} now, so it does not redirect`,
        ),
      );
      continue;
    }
    redirects.push({ from, to: target.url, why: `${kind} "${alias.from}" is now "${target.name}"` });
  }
  return redirects.sort((a, b) => compareText(a.from, b.from));
}

/** What a term is about: its description, and an author's profile. */
export interface TermExtras {
  readonly description: Described | undefined;
  readonly profile: AuthorProfile | undefined;
}

const NO_EXTRAS: TermExtras = { description: undefined, profile: undefined };

/** The URLs of the terms of a kind a post is filed under. */
function termUrlsOf(kind: TaxonomyKind, post: SitePost): readonly string[] {
  if (kind === "tag") return post.tags.map((t) => t.url);
  if (kind === "category") return post.categories.map((c) => c.url);
  return post.author?.url === undefined ? [] : [post.author.url];
}

/**
 * The terms with their posts (newest first), sorted by name in the site's language for the index.
 * `extrasOf` gives what each term is about (by default, the settings' description of it).
 */
export function buildTaxonomy(
  kind: TaxonomyKind,
  ids: ReadonlyMap<string, TermIdentity>,
  posts: readonly SitePost[],
  settings: Settings,
  extrasOf: (id: TermIdentity) => TermExtras = () => NO_EXTRAS,
  tree = "",
): Taxonomy {
  const postsByUrl = new Map<string, SitePost[]>();
  for (const post of posts) {
    for (const url of termUrlsOf(kind, post)) {
      const list = postsByUrl.get(url);
      if (list === undefined) postsByUrl.set(url, [post]);
      else list.push(post);
    }
  }
  const index: PlaceLink = {
    place: { kind: kind === "tag" ? "tags" : kind === "category" ? "categories" : "authors" },
    url: taxonomyIndexUrl(kind, tree),
  };
  const collator = new Intl.Collator(settings.language, { sensitivity: "base", numeric: true });
  const terms: Term[] = [...ids.values()]
    .sort((a, b) => collator.compare(a.name, b.name) || compareText(a.name, b.name))
    .map((id) => ({
      ...makeArchive(
        {
          kind,
          place: { kind, name: id.name },
          url: id.url,
          posts: postsByUrl.get(id.url) ?? [],
          via: [index],
          hasFeed: true,
        },
        settings,
        tree,
      ),
      name: id.name,
      slug: id.slug,
      spellings: id.spellings,
      ...extrasOf(id),
    }));
  return { kind, terms, url: index.url };
}

/**
 * What each term is about, from the settings' `descriptions:` (a name given there that an alias merges
 * into another term describes that term). A description of a term no published post uses is a warning.
 */
export function describeTerms(
  ids: IdentifiedTerms,
  kind: TaxonomyKind,
  housekeeping: TermSettings,
  settingsFile: string,
): { readonly extrasOf: (id: TermIdentity) => TermExtras; readonly issues: readonly ContentIssue[] } {
  const byKey = new Map<string, Described>();
  const issues: ContentIssue[] = [];
  for (const given of housekeeping.descriptions.values()) {
    const id = ids.termOf(given.name);
    if (id === undefined) {
      issues.push(
        contentWarning(
          "description-unused",
          settingsFile,
          given.line,
          `${kind} "${given.name}" has a description, but no published post is filed under it (ignored)`,
        ),
      );
    } else if (!byKey.has(id.key)) byKey.set(id.key, given.description);
  }
  return { extrasOf: (id) => ({ description: byKey.get(id.key), profile: undefined }), issues };
}
