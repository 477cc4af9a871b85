// An archive (a paginated, newest-first list with a heading) is made the same way for the home page,
// terms and dates: this module holds that one way.

import { archiveHeading } from "../format/headings.ts";
import { paginate } from "./paginate.ts";
import type { Settings } from "./settings.ts";
import type { Archive, ArchiveKind, FeedLink, NamedLink, SitePost } from "./types.ts";
import { feedUrlOf, homeUrl } from "./urls.ts";

export interface ArchiveSpec<K extends ArchiveKind> {
  readonly kind: K;
  readonly name: string;
  readonly url: string;
  readonly posts: readonly SitePost[];
  /** The steps between Home and this archive (exclusive of both). */
  readonly via: readonly NamedLink[];
  /** Whether this list has an Atom feed of its own. */
  readonly hasFeed: boolean;
}

export function makeArchive<K extends ArchiveKind>(
  spec: ArchiveSpec<K>,
  settings: Settings,
): Archive & { kind: K } {
  const heading = archiveHeading(spec.kind, spec.name, settings.title);
  const home: NamedLink = { name: "Home", url: homeUrl };
  const trail = spec.kind === "home" ? [home] : [home, ...spec.via, { name: spec.name, url: spec.url }];
  const feed: FeedLink | undefined =
    spec.hasFeed && settings.url !== ""
      ? {
          url: feedUrlOf(spec.url),
          title: spec.kind === "home" ? settings.title : `${settings.title} – ${heading}`,
        }
      : undefined;
  return {
    kind: spec.kind,
    name: spec.name,
    heading,
    url: spec.url,
    posts: spec.posts,
    pages: paginate(spec.posts, settings.postsPerPage, spec.url),
    trail,
    feed,
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
