// Links between posts by their source files: Jekyll's `{% post_url %}` and `{% link %}` tags (made
// addresses when the body was parsed: src/content/jekyll-links.ts) and Markdown links to another
// post's or page's file (`[x](../2015-01-28-name.md)`, `[x](2015-01-28-name.md#notes)`), each
// resolved to the target's URL once the site's URLs are known.

import { type ContentIssue, contentError } from "../issues.ts";
import { closest } from "../suggest.ts";
import type { LinkTag } from "./types.ts";

/**
 * The addresses Jekyll's tags become when a body is parsed, until the site's URLs are known:
 * `annals-post-url:<target, percent-encoded>~` (the `~` ends it, in text as in a link).
 */
export const POST_URL_SCHEME = "annals-post-url:";
export const LINK_SCHEME = "annals-link:";

export function placeholderOf(scheme: string, target: string): string {
  return `${scheme}${encodeURIComponent(target).replaceAll("~", "%7E")}~`;
}

/** Every placeholder in a text, with its scheme and target (percent-encoded). */
export const PLACEHOLDER = /annals-(post-url|link):([^\s"'<>~]*)~/g;

/** A shown post or page as links by source find it: its path in the content folder, and its URL. */
export interface SourceLinkItem {
  readonly source: string;
  readonly url: string;
  readonly post: boolean;
}

/**
 * What links by source can lead to: the shown posts and pages, by their path in the content folder.
 * On a multilingual site, a tree's own posts and pages first, then the other languages' (`others`):
 * `{% post_url 2015-01-28-name %}` in a Japanese post leads to the Japanese post of that name when
 * there is one.
 */
export class SourceLinks {
  readonly #bySource: ReadonlyMap<string, string>;
  /** Posts by file name without extension (`2015-01-28-name`), as `post_url` names them. */
  readonly #byName = new Map<string, string[]>();
  readonly #others: SourceLinks | undefined;

  constructor(items: readonly SourceLinkItem[], others?: SourceLinks) {
    this.#others = others;
    this.#bySource = new Map(items.map((i) => [i.source, i.url]));
    for (const item of items) {
      if (!item.post) continue;
      const name = nameOf(item.source);
      this.#byName.set(name, [...(this.#byName.get(name) ?? []), item.source]);
    }
  }

  /** The URL of the file at a path inside the content folder, when it is a shown post or page. */
  urlOfSource(source: string): string | undefined {
    return this.#bySource.get(source) ?? this.#others?.urlOfSource(source);
  }

  /** The URL a tag leads to, or undefined when it names nothing the site shows. */
  urlOfTag(tag: Pick<LinkTag, "kind" | "target">): string | undefined {
    return this.#ownUrlOfTag(tag) ?? this.#others?.urlOfTag(tag);
  }

  #ownUrlOfTag(tag: Pick<LinkTag, "kind" | "target">): string | undefined {
    const target = tag.target.replace(/^\/+/, "");
    if (tag.kind === "link") return this.#bySource.get(target) ?? this.#bySource.get(`pages/${target}`);
    const name = nameOf(target);
    const candidates = this.#byName.get(name) ?? [];
    // A folder given (`news/2015-01-28-name`) picks among posts of the same name.
    const folder = target.includes("/") ? target.slice(0, target.lastIndexOf("/") + 1) : "";
    const found = candidates.filter((source) => folder === "" || source.includes(folder));
    return found.length === 0 ? undefined : this.#bySource.get(found.sort()[0] as string);
  }

  /** Errors for tags that name nothing the site shows, with the closest name. */
  check(file: string, tags: readonly LinkTag[]): ContentIssue[] {
    const issues: ContentIssue[] = [];
    for (const tag of tags) {
      if (this.urlOfTag(tag) !== undefined) continue;
      const known = tag.kind === "post_url" ? [...this.#byName.keys()] : [...this.#bySource.keys()];
      const guess = closest(tag.target.replace(/^\/+/, ""), known);
      issues.push(
        contentError(
          file,
          tag.line,
          `{% ${tag.kind} ${tag.target} %} leads to no ${tag.kind === "post_url" ? "post" : "post or page"} of the site${guess === undefined ? " (a draft, a post not yet due, or a misspelt name?)" : `: did you mean ${guess}?`}`,
        ),
      );
    }
    return issues;
  }
}

/** A file's name without its folder and its Markdown extension: `2015-01-28-name`. */
function nameOf(path: string): string {
  return path.replace(/^.*\//, "").replace(/\.(md|markdown)$/i, "");
}
