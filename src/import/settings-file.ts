// The import's part of `<into>/site.yaml`: WordPress's slug for every tag and category, pinned under
// `tags: slugs:` and `categories: slugs:`. An existing file keeps everything else, comments included
// (edited through the `yaml` package's Document API), and a slug the author already pinned wins.
// Without a file, one is made with the blog's title, description, address and language.

import { Document, isMap, parseDocument, type YAMLMap } from "yaml";
import { sanitiseUntrusted } from "../format/untrusted-html.ts";
import { termKey } from "../model/term-name.ts";
import type { PlannedMenu } from "./menus.ts";
import type { PinnedTerm, TermCatalog, TermKind } from "./terms.ts";
import type { WxrChannel } from "./wxr.ts";

export const SETTINGS_FILE = "site.yaml";

export interface SettingsPlan {
  /** The new text, or undefined when the file already says all of it. */
  readonly text: string | undefined;
  readonly created: boolean;
  readonly pinned: { readonly tags: number; readonly categories: number };
  readonly notes: readonly string[];
}

/** A settings file the import cannot safely edit: the message names it and says why. */
export class SettingsError extends Error {
  override readonly name = "SettingsError";
}

const LABEL: Record<TermKind, string> = { tags: "tag", categories: "category" };

const AUTHORS_NOTE =
  "authors: each author's display name is under `authors:`; a WordPress export holds no biography, website or picture: add `bio:`, `link:` and `avatar:` there";

/**
 * What the import adds besides slugs: the blog's authors (`authors:`, login → display name) and the
 * descriptions of the terms its posts use (sanitised: they are HTML from elsewhere).
 */
export interface SettingsExtras {
  readonly authors: readonly { readonly login: string; readonly name: string }[];
  /** `tags:<key>` and `categories:<key>` (termKey of the name) of the terms the posts use. */
  readonly usedTerms: ReadonlySet<string>;
  /** The navigation menu (src/import/menus.ts), when the blog had one. */
  readonly menu?: PlannedMenu;
}

function authorsOf(extras: SettingsExtras): Record<string, string> {
  return Object.fromEntries(extras.authors.map((a) => [a.login, a.name || a.login]));
}

function descriptionsOf(kind: TermKind, terms: TermCatalog, extras: SettingsExtras): Record<string, string> {
  const out: Record<string, string> = {};
  for (const term of terms[kind]) {
    if (term.description === undefined || !extras.usedTerms.has(`${kind}:${termKey(term.name)}`)) continue;
    const text = sanitiseUntrusted(term.description);
    if (text !== "") out[term.name] = text;
  }
  return out;
}

export function planSettings(
  existing: string | undefined,
  file: string,
  channel: WxrChannel,
  terms: TermCatalog,
  zone?: string,
  extras: SettingsExtras = { authors: [], usedTerms: new Set() },
): SettingsPlan {
  if (existing === undefined) return newSettings(channel, terms, zone, extras);
  const doc = parseDocument(existing);
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first?.linePos?.[0]?.line;
    throw new SettingsError(
      `${file}${line === undefined ? "" : `:${line}`}: not valid YAML, so its slugs cannot be updated (${first?.message.split("\n")[0]})`,
    );
  }
  if (doc.contents === null) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  if (!isMap(doc.contents))
    throw new SettingsError(`${file}: not a mapping of settings, so it was not updated`);
  const notes: string[] = [];
  let changed = false;
  const pinned = { tags: 0, categories: 0 };
  for (const kind of ["tags", "categories"] as const) {
    const slugs = slugMap(doc, doc.contents, kind, file);
    const aliases = aliasKeys(doc.contents, kind);
    const names = new Map<string, string>();
    const holders = new Map<string, string>();
    for (const pair of slugs.items) {
      const name = String(isScalarLike(pair.key) ? pair.key.value : pair.key);
      const slug = String(isScalarLike(pair.value) ? pair.value.value : pair.value);
      names.set(termKey(name), slug);
      holders.set(slug, name);
    }
    for (const term of terms[kind]) {
      const key = termKey(term.name);
      const mine = names.get(key);
      if (mine !== undefined) {
        if (mine !== term.slug) {
          notes.push(
            `${LABEL[kind]} "${term.name}": the slug "${mine}" already pinned is kept (WordPress had "${term.slug}")`,
          );
        }
        continue;
      }
      if (aliases.has(key)) {
        // Pinned all the same: an alias's pinned slug is its old URL, which then redirects.
        notes.push(
          `${LABEL[kind]} "${term.name}" is an alias in ${file}: its old URL (slug "${term.slug}") redirects to the term it is merged into`,
        );
      }
      const holder = holders.get(term.slug);
      if (holder !== undefined) {
        notes.push(
          `${LABEL[kind]} "${term.name}": "${term.slug}" is already pinned for "${holder}" (not pinned)`,
        );
        continue;
      }
      slugs.set(doc.createNode(term.name), term.slug);
      names.set(key, term.slug);
      holders.set(term.slug, term.name);
      pinned[kind]++;
      changed = true;
    }
    // Descriptions of terms the file does not describe yet.
    const descriptions = Object.entries(descriptionsOf(kind, terms, extras));
    if (descriptions.length > 0) {
      const section = doc.contents.get(kind, true) as unknown as YAMLMap;
      let described = section.get("descriptions", true);
      if (described === undefined || described === null) {
        section.set("descriptions", doc.createNode({}));
        described = section.get("descriptions", true);
        if (isMap(described)) described.flow = false;
      }
      if (isMap(described)) {
        const have = new Set(
          described.items.map((pair) => termKey(String(isScalarLike(pair.key) ? pair.key.value : pair.key))),
        );
        for (const [name, text] of descriptions)
          if (!have.has(termKey(name))) {
            described.set(doc.createNode(name), text);
            changed = true;
          }
      }
    }
  }
  const root = doc.contents as unknown as YAMLMap;
  if (extras.menu !== undefined && !root.has("menu")) {
    if (extras.menu.entries.length > 0) {
      root.set("menu", doc.createNode(extras.menu.entries));
      changed = true;
    }
    notes.push(...extras.menu.notes);
  }
  if (extras.authors.length > 0 && !root.has("authors")) {
    root.set("authors", doc.createNode(authorsOf(extras)));
    notes.push(AUTHORS_NOTE);
    changed = true;
  }
  // WordPress has an author page even for a blog of one: /author/<login>/ keeps working.
  if (extras.authors.length === 1 && !root.has("authorPages")) {
    root.set("authorPages", true);
    changed = true;
  }
  // Term URLs WordPress had that annals serves elsewhere: added unless the author redirects them already.
  if (terms.redirects.length > 0) {
    const root = doc.contents as unknown as YAMLMap;
    let redirects: unknown = root.get("redirects", true);
    if (redirects === undefined || redirects === null) {
      root.set("redirects", doc.createNode({}));
      redirects = root.get("redirects", true);
      if (isMap(redirects)) redirects.flow = false;
    }
    if (!isMap(redirects))
      throw new SettingsError(`${file}: \`redirects\` is not a mapping, so it was not updated`);
    for (const { from, to } of terms.redirects) {
      if (redirects.has(from)) continue;
      redirects.set(from, to);
      changed = true;
    }
  }
  if (!(doc.contents as unknown as YAMLMap).has("feedRedirects")) {
    (doc.contents as unknown as YAMLMap).set("feedRedirects", true);
    changed = true;
  }
  return { text: changed ? doc.toString({ lineWidth: 0 }) : undefined, created: false, pinned, notes };
}

function isScalarLike(node: unknown): node is { value: unknown } {
  return typeof node === "object" && node !== null && "value" in node;
}

/** `tags.slugs` (made when missing); anything but a mapping there is the author's, and left alone. */
function slugMap(doc: Document, root: YAMLMap, kind: TermKind, file: string): YAMLMap {
  let section = root.get(kind, true);
  if (section === undefined || section === null || (isScalarLike(section) && section.value === null)) {
    root.set(kind, doc.createNode({ slugs: {} }));
    section = root.get(kind, true);
  }
  if (!isMap(section))
    throw new SettingsError(`${file}: \`${kind}\` is not a mapping, so its slugs were not updated`);
  // An empty `{}` would keep the flow style, and every pinned slug would go on one line.
  if (section.items.length === 0) section.flow = false;
  let slugs = section.get("slugs", true);
  if (slugs === undefined || slugs === null || (isScalarLike(slugs) && slugs.value === null)) {
    section.set("slugs", doc.createNode({}));
    slugs = section.get("slugs", true);
  }
  if (!isMap(slugs))
    throw new SettingsError(`${file}: \`${kind}.slugs\` is not a mapping, so it was not updated`);
  if (slugs.items.length === 0) slugs.flow = false;
  return slugs;
}

function aliasKeys(root: YAMLMap, kind: TermKind): Set<string> {
  const section = root.get(kind, true);
  const aliases = isMap(section) ? section.get("aliases", true) : undefined;
  if (!isMap(aliases)) return new Set();
  return new Set(
    aliases.items.map((pair) => termKey(String(isScalarLike(pair.key) ? pair.key.value : pair.key))),
  );
}

function newSettings(
  channel: WxrChannel,
  terms: TermCatalog,
  zone: string | undefined,
  extras: SettingsExtras,
): SettingsPlan {
  const values: Record<string, unknown> = {};
  if (channel.title !== "") values.title = channel.title;
  if (channel.description !== "") values.description = channel.description;
  const url = siteUrl(channel.baseBlogUrl || channel.link);
  if (url !== undefined) values.url = url;
  if (channel.language !== "") values.language = channel.language;
  if (zone !== undefined) values.timezone = zone;
  // WordPress's feed URLs (/feed/, /tag/<slug>/feed/) keep working.
  values.feedRedirects = true;
  const slugs = (list: readonly PinnedTerm[]): Record<string, string> =>
    Object.fromEntries(list.map((t) => [t.name, t.slug]));
  if (extras.authors.length > 0) values.authors = authorsOf(extras);
  // WordPress has an author page even for a blog of one: /author/<login>/ keeps working.
  if (extras.authors.length === 1) values.authorPages = true;
  if (extras.menu !== undefined && extras.menu.entries.length > 0) values.menu = extras.menu.entries;
  for (const kind of ["tags", "categories"] as const) {
    const descriptions = descriptionsOf(kind, terms, extras);
    values[kind] =
      Object.keys(descriptions).length === 0
        ? { slugs: slugs(terms[kind]) }
        : { slugs: slugs(terms[kind]), descriptions };
  }
  if (terms.redirects.length > 0)
    values.redirects = Object.fromEntries(terms.redirects.map((r) => [r.from, r.to]));
  const doc = new Document(values);
  doc.commentBefore =
    " Settings for this blog, first written by the WordPress import. Every key is optional; the README lists them.\n" +
    (zone === undefined
      ? " A WordPress export does not name the blog's time zone: add `timezone:` (e.g. America/New_York)."
      : ` A WordPress export does not name the blog's time zone: ${zone} is the posts' most common UTC offset.\n` +
        " Write your zone instead (e.g. America/Denver) if its clocks change for daylight saving time.");
  return {
    text: doc.toString({ lineWidth: 0 }),
    created: true,
    pinned: { tags: terms.tags.length, categories: terms.categories.length },
    notes: [
      ...(url === undefined && channel.link !== ""
        ? [`the blog's address "${channel.link}" is not a usable url setting`]
        : []),
      ...(extras.authors.length > 0 ? [AUTHORS_NOTE] : []),
      ...(extras.menu?.notes ?? []),
    ],
  };
}

/** The `url` setting annals accepts: http(s), no query or fragment, no trailing slash. */
function siteUrl(link: string): string | undefined {
  try {
    const url = new URL(link);
    if ((url.protocol !== "https:" && url.protocol !== "http:") || url.search !== "" || url.hash !== "")
      return undefined;
    return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
  } catch {
    return undefined;
  }
}
