// Authors, the third kind of term. A post names its author with `author:`; a post that names none is
// by the site's `author`. With `authors:` in the settings, posts name authors by key (`author: ana`) and
// the site shows the profile's name; without it, the name written is the author.
//
// Author pages (`/author/<slug>/`, paginated, each with a feed, and the `/authors/` index) are made
// when the posts have two authors or more, or when `authorPages: true` asks; `authorPages: false`
// leaves them out. Without them, a post that names its author shows the name, unlinked.

import { type ContentIssue, contentWarning } from "../issues.ts";
import { closest, didYouMean } from "../suggest.ts";
import type { AuthorProfile, Settings } from "./settings.ts";
import { slugOf } from "./slug.ts";
import { type IdentifiedTerms, identifyTerms, type TermExtras, type TermIdentity } from "./taxonomy.ts";
import { termKey } from "./term-name.ts";
import type { Byline, Post } from "./types.ts";

export interface IdentifiedAuthors {
  /** True when the site has author pages. */
  readonly pages: boolean;
  readonly terms: IdentifiedTerms;
  /** The post's byline: undefined when it names no author and the site has no author pages. */
  readonly bylineOf: (post: Post) => Byline | undefined;
  /** An author's profile and bio. */
  readonly extrasOf: (id: TermIdentity) => TermExtras;
  readonly issues: readonly ContentIssue[];
}

interface Resolved {
  readonly name: string;
  readonly profile: AuthorProfile | undefined;
  /** False for a key the settings' `authors:` does not have: shown as written, on no author page. */
  readonly known: boolean;
}

/** `published` are the posts the site shows. */
export function identifyAuthors(
  published: readonly Post[],
  settings: Settings,
  settingsFile: string,
  /** The tree the author pages are in (src/model/urls.ts `languageTreeOf`). */
  tree: string,
  /** True when a path of the site is a file of `static/` (for avatars). */
  isStaticFile: (path: string) => boolean,
): IdentifiedAuthors {
  const profiles = settings.authors;
  const byName = new Map([...profiles.values()].map((p) => [termKey(p.name), p]));
  const issues: ContentIssue[] = [];
  const resolve = (written: string): Resolved => {
    const profile = profiles.get(termKey(written)) ?? byName.get(termKey(written));
    if (profile !== undefined) return { name: profile.name, profile, known: true };
    return { name: written, profile: undefined, known: profiles.size === 0 };
  };
  const siteAuthor = settings.author === "" ? undefined : resolve(settings.author);
  const resolved = new Map<Post, Resolved | undefined>();
  for (const post of published) {
    if (post.author === undefined) {
      resolved.set(post, siteAuthor);
      continue;
    }
    const author = resolve(post.author);
    resolved.set(post, author);
    if (!author.known) {
      const keys = [...profiles.values()].map((p) => p.key);
      issues.push(
        contentWarning(
          "unknown-author",
          post.file,
          undefined,
          `author "${post.author}" is none of the keys of \`authors:\` in ${settingsFile} (shown as written, on no author page${didYouMean(closest(post.author, keys))})`,
        ),
      );
    }
  }
  const names = new Set<string>();
  for (const author of resolved.values()) if (author?.known === true) names.add(termKey(author.name));
  const pages = settings.authorPages ?? names.size >= 2;
  if (pages && siteAuthor !== undefined && !siteAuthor.known) {
    issues.push(
      contentWarning(
        "unknown-author",
        settingsFile,
        undefined,
        `author "${settings.author}" is none of the keys of \`authors:\`: posts that name no author are on no author page`,
      ),
    );
  }
  if (pages) {
    for (const profile of profiles.values()) {
      const avatar = profile.avatar;
      if (avatar?.startsWith("/") && !isStaticFile(avatar)) {
        issues.push(
          contentWarning(
            "missing-avatar",
            settingsFile,
            profile.line,
            `authors: ${profile.key}: the avatar ${avatar} is no file of the static folder (static${avatar})`,
          ),
        );
      }
    }
  }
  // Each author's URL is the slug of their key (`/author/ana/`), or of their name without `authors:`.
  const slugs = new Map([...profiles.values()].map((p) => [termKey(p.name), slugOf(p.key)]));
  const terms = identifyTerms(
    "author",
    published,
    (post) => {
      const author = resolved.get(post);
      return pages && author?.known === true ? [author.name] : [];
    },
    { aliases: new Map(), slugs, descriptions: new Map() },
    settingsFile,
    tree,
  );
  issues.push(...terms.issues);
  return {
    pages,
    terms,
    bylineOf: (post) => {
      const author = resolved.get(post);
      if (author === undefined || (!pages && post.author === undefined)) return undefined;
      const url = pages && author.known ? terms.termOf(author.name)?.url : undefined;
      return { name: author.name, url };
    },
    extrasOf: (id) => {
      const profile = byName.get(id.key);
      return { description: profile?.bio, profile };
    },
    issues,
  };
}
