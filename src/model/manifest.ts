// The manifest (`/archive.json`): the site model in a machine-readable form, so that anyone can check
// what was built: every post with its URL and terms, every list page with its posts, every feed, and
// every file written. Deterministic: no build time, stable order.

import { routesOf } from "./routes.ts";
import type { Place, Site } from "./types.ts";

export interface Manifest {
  readonly generator: "annals";
  readonly site: {
    readonly title: string;
    readonly url: string;
    readonly timezone: string;
    readonly language: string;
  };
  readonly counts: Readonly<Record<string, number>>;
  /** Published posts, newest first; lists refer to them by index. */
  readonly posts: readonly {
    /** The post's file, inside the content folder. */
    readonly source: string;
    readonly url: string;
    readonly title: string;
    readonly date: string;
    readonly updated: string;
    readonly tags: readonly string[];
    readonly categories: readonly string[];
    /** The author's archive, when the site has author pages and the post's author is one. */
    readonly author?: string;
  }[];
  /** Pages (`pages/`), by URL. */
  readonly pages: readonly { readonly source: string; readonly url: string; readonly title: string }[];
  readonly archives: readonly {
    readonly kind: string;
    /** What the list is: a term's name, or a date (`2015`, `2015-01`, `2015-01-28`). */
    readonly name: string;
    readonly url: string;
    readonly count: number;
    readonly pages: readonly { readonly url: string; readonly posts: readonly number[] }[];
  }[];
  /** The "on this day" pages: each calendar day (`01-28`) with its posts, newest first. */
  readonly onThisDay: readonly {
    readonly name: string;
    readonly url: string;
    readonly posts: readonly number[];
  }[];
  readonly feeds: readonly {
    readonly url: string;
    readonly page: string;
    readonly posts: readonly number[];
  }[];
  /** Every URL the build writes (on a multilingual site, of this language's tree). */
  readonly outputs: readonly string[];
  /** A multilingual site's languages: each one's home, manifest and number of posts. */
  readonly languages?: readonly {
    readonly language: string;
    readonly home: string;
    readonly manifest: string;
    readonly posts: number;
  }[];
}

export function buildManifest(site: Site): Manifest {
  const index = new Map(site.posts.map((p, i) => [p.file, i]));
  const at = (file: string): number => index.get(file) ?? -1;
  const archives = site.archives;
  const outputs = routesOf(site);
  return {
    generator: "annals",
    site: {
      title: site.settings.title,
      url: site.settings.url,
      timezone: site.settings.timezone,
      language: site.settings.language,
    },
    counts: {
      posts: site.posts.length,
      tags: site.tags.terms.length,
      categories: site.categories.terms.length,
      authors: site.authors?.terms.length ?? 0,
      pages: outputs.filter((o) => o.listed).length,
      feeds: site.feeds.length,
      drafts: site.held.drafts,
      future: site.held.future,
      comments: site.posts.reduce((n, p) => n + p.comments.length, 0),
    },
    posts: site.posts.map((p) => ({
      source: p.source,
      url: p.url,
      title: p.title,
      date: p.date.iso,
      updated: p.updated.iso,
      tags: p.tags.map((t) => t.url),
      categories: p.categories.map((c) => c.url),
      ...(p.author?.url === undefined ? {} : { author: p.author.url }),
      ...(p.comments.length === 0 ? {} : { comments: p.comments.map((c) => c.id) }),
    })),
    pages: site.pages.map((p) => ({ source: p.source, url: p.url, title: p.title })),
    archives: archives.map((a) => ({
      kind: a.kind,
      name: nameOf(a.place, site.settings.title),
      url: a.url,
      count: a.posts.length,
      pages: a.pages.map((pg) => ({ url: pg.url, posts: pg.items.map((p) => at(p.file)) })),
    })),
    onThisDay: site.onThisDay.map((d) => ({
      name: nameOf(d.place, site.settings.title),
      url: d.url,
      posts: d.posts.map((p) => at(p.file)),
    })),
    feeds: site.feeds.map((f) => ({ url: f.url, page: f.pageUrl, posts: f.posts.map((p) => at(p.file)) })),
    outputs: outputs.map((o) => o.url).sort(),
    ...(site.languages.length === 0
      ? {}
      : {
          languages: site.languages.map((l) => ({
            language: l.code,
            home: l.home,
            manifest: l.manifest,
            posts: l.posts,
          })),
        }),
  };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** A list's name as data: the term's name, the date in ISO form, the site title for the home page. */
function nameOf(place: Place, title: string): string {
  switch (place.kind) {
    case "tag":
    case "category":
    case "author":
      return place.name;
    case "onThisDay":
      return `${pad2(place.month)}-${pad2(place.day)}`;
    case "year":
      return String(place.year);
    case "month":
      return `${place.year}-${pad2(place.month)}`;
    case "day":
      return `${place.year}-${pad2(place.month)}-${pad2(place.day)}`;
    case "home":
      return title;
    default:
      return place.kind;
  }
}
