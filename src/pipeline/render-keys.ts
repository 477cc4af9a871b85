// What each file of a build is made from, as one hash per file: its render key. A build on the last
// build renders a file again only when its key differs from the key the last build recorded for it
// (src/pipeline/build-cache.ts keeps them); every other file is left as it is on disk.
//
// A key is the hash of everything the file's views read:
//   - the frame of its tree: annals' code, the tree's settings (labels, menu, language and all), its
//     menu, theme, languages and the links every page's head and header make (feeds, icon); not its
//     sidebar, which a page in the shell holds as one run of text, the same on every page of the tree
//     (layouts/render.ts's `sidebarOf`): the build records which sidebar each such file holds beside
//     its key (src/pipeline/pipeline.ts), and a file whose key is the same but whose sidebar is not
//     has the old sidebar's text replaced by the new one's rather than being rendered again;
//   - the route's own data, serialised whole: a post page its post (title, body as made final, terms,
//     neighbours, related posts, comments, "on this day" count, …), where the parse cache knows the
//     post as parsed (`ParseOrigins`) its source's path and hash in place of every field the site
//     post has as parsed (the bodies when making them final left them as they were); a list page its
//     list (heading, trail, calendar days, neighbours, how many posts), its page of it (number,
//     links, the posts on it) and its RSS feed where WordPress's feed addresses are kept; an "on this
//     day" page, a content page, a feed and a redirect page
//     theirs. A post wherever it appears is its own hash;
//   - the page's translations (the header's and the head's language links).
// Files that read the whole site (the home page's first page, the indexes, the sitemap, the manifest,
// the 404 and search pages, robots.txt, the redirects and headers files) have no key: they are always
// rendered, and written only when their bytes changed.
//
// The keys describe annals' own views: a view that comes to read another part of the site than its
// input and the frame must add it to the frame (`#frameOf`). A build with view overrides keeps no
// file and records no keys (src/pipeline/pipeline.ts).

import crypto from "node:crypto";
import { commentsRssOf, iconOf, rssOf } from "../../layouts/views/shell.ts";
import type { RenderedRoute } from "../model/routes.ts";
import type { Archive, Post, Site, SitePost } from "../model/types.ts";
import { homeUrlIn } from "../model/urls.ts";

/** A site post's bodies: hashed as they are, not as JSON. */
const BODIES = new Set(["bodyHtml", "listBodyHtml", "teaserHtml"]);

/** The hash a key is made of, and a sidebar's text is recorded by (src/pipeline/pipeline.ts). */
export function hashOf(text: string): string {
  return crypto.hash("sha1", text, "base64");
}

/**
 * Where each post came from, by its file: the parse cache's entries, under one key of the parse
 * (annals' code, zone, words): the path of its source, the hash of its text and comments, and the
 * post as parsed from them. The same texts at the same path under the same key parse to the same post
 * (the path matters: a date, a slug or a language may come from it), so these stand for the post.
 */
export interface ParseOrigins {
  readonly key: string;
  readonly posts: ReadonlyMap<string, { readonly path: string; readonly hash: string; readonly post: Post }>;
}

export class RenderKeys {
  readonly #code: string;
  readonly #origins: ParseOrigins | undefined;
  /** Every post of every tree: where a value is one, it is serialised as its hash. */
  readonly #posts = new WeakSet<object>();
  readonly #postHashes = new WeakMap<object, string>();
  readonly #listKeys = new WeakMap<object, string>();
  readonly #objectJsons = new WeakMap<object, string>();
  readonly #frames = new WeakMap<Site, string>();
  readonly #routeKeys = new WeakMap<RenderedRoute, string | undefined>();
  readonly #replacer = (_key: string, value: unknown): unknown => {
    if (typeof value !== "object" || value === null) return value;
    if (this.#posts.has(value)) return this.#postHash(value);
    if (value instanceof Map) return [...value];
    if (value instanceof Set) return [...value];
    return value;
  };

  /**
   * `code`: what annals' code is (src/pipeline/build-cache.ts's `annalsCodeHash`); `origins`: the
   * posts as parsed, where known.
   */
  constructor(sites: readonly Site[], code: string, origins?: ParseOrigins) {
    this.#code = code;
    this.#origins = origins === undefined ? undefined : { ...origins, key: hashOf(origins.key) };
    for (const site of sites) for (const post of site.posts) this.#posts.add(post);
  }

  /** The route's key (made once per route); undefined for a file that is always rendered. */
  keyOf(route: RenderedRoute, site: Site): string | undefined {
    if (this.#routeKeys.has(route)) return this.#routeKeys.get(route);
    const own = this.#ownKey(route, site);
    const translations = site.translations.get(route.url);
    const key =
      own === undefined
        ? undefined
        : hashOf(
            `${this.#frameOf(site)}\0${route.kind}\0${route.url}\0${own}\0${translations === undefined ? "" : JSON.stringify(translations)}`,
          );
    this.#routeKeys.set(route, key);
    return key;
  }

  #ownKey(route: RenderedRoute, site: Site): string | undefined {
    switch (route.kind) {
      case "post":
        return this.#postHash(route.post);
      case "archive":
        // The home page's first page carries the script that sends old `/?p=` links on (it reads the
        // site's redirects), and changes with every new post anyway.
        if (route.pager.url === homeUrlIn(site.tree)) return undefined;
        // A pager is plain data (numbers and links) but for its posts; the head links the list's RSS
        // feed where the site keeps WordPress's feed addresses.
        return `${this.#listKey(route.archive)}\0${JSON.stringify({ ...route.pager, items: undefined })}\0${this.#hashes(route.pager.items)}\0${route.archive.feed === undefined ? "" : (rssOf(site, route.archive.feed) ?? "")}`;
      case "page":
        return this.#json(route.page);
      case "onThisDay":
        return this.#json(route.day);
      case "redirect":
        return this.#json(route.redirect);
      case "feed":
        return this.#json(route.feed);
      case "rss":
        return this.#json(route.rss);
      default:
        return undefined;
    }
  }

  /** Posts as their hashes, one after the other. */
  #hashes(posts: readonly SitePost[]): string {
    let out = "";
    for (const post of posts) out += this.#postHash(post);
    return out;
  }

  #json(value: unknown): string {
    return JSON.stringify(value, this.#replacer);
  }

  /**
   * A post as plain data (src/model/types.ts's SitePost holds no maps, sets or other posts): its
   * bodies hashed as they are, the rest as JSON (escaping whole bodies for JSON costs twice as much).
   * A post whose origin is known: its source's path and hash for what it has as parsed, JSON for the
   * rest (its URL, terms, neighbours, related posts, …), its bodies only when making them final
   * changed them.
   */
  #postHash(post: object): string {
    let hash = this.#postHashes.get(post);
    if (hash === undefined) {
      const { bodyHtml, listBodyHtml, teaserHtml, file } = post as SitePost;
      const origin = this.#origins?.posts.get(file);
      let text: string;
      let bodies: readonly (string | undefined)[] = [
        bodyHtml,
        listBodyHtml === bodyHtml ? undefined : listBodyHtml,
        teaserHtml,
      ];
      if (origin === undefined) {
        const { bodyHtml: _, listBodyHtml: __, teaserHtml: ___, ...rest } = post as SitePost;
        text = JSON.stringify(rest);
      } else {
        const parsed = origin.post as unknown as Record<string, unknown>;
        const key = (this.#origins as ParseOrigins).key;
        text = `parsed\0${key}\0${origin.path}\0${origin.hash}`;
        // Each field the site post has otherwise than as parsed: its name and JSON (undefined as "~").
        for (const name in post) {
          if (BODIES.has(name)) continue;
          const value = (post as Record<string, unknown>)[name];
          if (parsed[name] !== value)
            text += `\0${name}\0${value === undefined ? "~" : this.#fieldJson(value)}`;
        }
        const p = origin.post;
        if (
          bodyHtml === p.bodyHtml &&
          listBodyHtml === (p.listBodyHtml ?? p.bodyHtml) &&
          teaserHtml === p.teaserHtml
        )
          bodies = [];
      }
      // Each body after its length (the list body and the teaser absent as -1 when they are none).
      for (const body of bodies) text += body === undefined ? "\0-1\0" : `\0${body.length}\0${body}`;
      hash = hashOf(text);
      this.#postHashes.set(post, hash);
    }
    return hash;
  }

  /**
   * A site post's field as JSON: an object, or each object of an array, made JSON once however many
   * posts hold it (a term's link, a post's link as neighbour or related post).
   */
  #fieldJson(value: unknown): string {
    if (typeof value !== "object" || value === null) return JSON.stringify(value);
    if (!Array.isArray(value)) return this.#objectJson(value);
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (i > 0) out += ",";
      out +=
        typeof item === "object" && item !== null ? this.#objectJson(item) : JSON.stringify(item ?? null);
    }
    return `${out}]`;
  }

  #objectJson(value: object): string {
    let json = this.#objectJsons.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      this.#objectJsons.set(value, json);
    }
    return json;
  }

  /** A list as a whole (its pages aside): made once per list, however many pages it has. */
  #listKey(archive: object): string {
    let key = this.#listKeys.get(archive);
    if (key === undefined) {
      // The views read a list's posts page by page (each page's key holds its own), and of the whole
      // list only how many there are.
      const { posts, pages: _, ...rest } = archive as Archive;
      key = hashOf(`${this.#json(rest)}\0${posts.length}`);
      this.#listKeys.set(archive, key);
    }
    return key;
  }

  /** What every page of a tree reads besides its own data. */
  #frameOf(site: Site): string {
    let frame = this.#frames.get(site);
    if (frame === undefined) {
      frame = hashOf(
        `${this.#code}\0${this.#json({
          tree: site.tree,
          preview: site.preview,
          settings: site.settings,
          menu: site.menu,
          theme: site.theme,
          // A language's post count is the manifest's (always rendered), not a page's.
          languages: site.languages.map(({ posts: _, ...language }) => language),
          home: { url: site.home.url, feed: site.home.feed, place: site.home.place },
          indexes: [site.tags.url, site.categories.url, site.authors?.url],
          // Of the site's RSS feeds (WordPress's feed addresses), every page's head links the site's
          // and the comments feed; a list's own is in its key.
          rss: [site.home.feed === undefined ? undefined : rssOf(site, site.home.feed), commentsRssOf(site)],
          // Of the site's files, pages show only its icon.
          icon: iconOf(site),
        })}`,
      );
      this.#frames.set(site, frame);
    }
    return frame;
  }
}
