// An archive (a paginated, newest-first list) is made the same way for the home page, terms and
// dates: this module holds that one way.

import { paginate } from "./paginate.ts";
import type { Settings } from "./settings.ts";
import type { Archive, ArchiveKind, Place, PlaceLink, SitePost } from "./types.ts";
import { feedUrlOf, homeUrlIn } from "./urls.ts";

export interface ArchiveSpec<K extends ArchiveKind> {
  readonly kind: K;
  readonly place: Place;
  readonly url: string;
  readonly posts: readonly SitePost[];
  /** The steps between Home and this archive (exclusive of both). */
  readonly via: readonly PlaceLink[];
  /** Whether this list has a feed of its own. */
  readonly hasFeed: boolean;
}

/** The link to the home page of a tree (`languageTreeOf`): the first step of every trail. */
export function homeLinkOf(tree: string): PlaceLink {
  return { place: { kind: "home" }, url: homeUrlIn(tree) };
}

export function makeArchive<K extends ArchiveKind>(
  spec: ArchiveSpec<K>,
  settings: Settings,
  tree: string,
): Archive & { kind: K } {
  const self: PlaceLink = { place: spec.place, url: spec.url };
  const home = homeLinkOf(tree);
  const trail = spec.kind === "home" ? [home] : [home, ...spec.via, self];
  return {
    kind: spec.kind,
    place: spec.place,
    url: spec.url,
    posts: spec.posts,
    pages: paginate(spec.posts, settings.postsPerPage, spec.url),
    trail,
    feed: spec.hasFeed && settings.url !== "" ? feedUrlOf(spec.url) : undefined,
    lastmod: latestUpdate(spec.posts),
  };
}

/** The latest `updated` of a list of posts, as ISO text; undefined for an empty list. */
export function latestUpdate(posts: readonly SitePost[]): string | undefined {
  let latest: SitePost | undefined;
  for (const post of posts)
    if (latest === undefined || post.updated.epochMs > latest.updated.epochMs) latest = post;
  return latest?.updated.iso;
}
