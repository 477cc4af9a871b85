// The `tags:` and `categories:` settings: aliases that merge spellings into one term, slugs pinned
// to terms, and what terms are about.
//
//   tags:
//     aliases:
//       Jong-un: Kim Jong-un      # posts tagged Jong-un are filed under Kim Jong-un
//     slugs:
//       C++: cpp                  # /tag/cpp/ instead of /tag/c/
//     descriptions:
//       Kim Jong-un: Posts about the *Supreme Leader*.   # Markdown, a few lines
//
// Names are matched the way posts' names are (by term key: case, accents and word punctuation do not
// count). Chains of aliases resolve to their end; a cycle, or two names pinned to one slug, is an error.

import {
  NO_TERM_SETTINGS,
  type TermAlias,
  type TermDescription,
  type TermSettings,
} from "../model/settings.ts";
import { slugOf } from "../model/slug.ts";
import { cleanName, termKey } from "../model/term-name.ts";
import type { TaxonomyKind } from "../model/types.ts";
import { type Markdown, renderSnippet } from "./markdown.ts";
import { describeValue } from "./yaml.ts";

/** An error in the settings: the message, and the nested key it is about (for its line). */
export type TermSettingsReport = (message: string, nestedKey?: string) => void;

export function readTermSettings(
  value: unknown,
  settingsKey: "tags" | "categories",
  error: TermSettingsReport,
  markdown: () => Markdown,
  lineOf: (nestedKey: string) => number | undefined = () => undefined,
): TermSettings {
  const kind: TaxonomyKind = settingsKey === "tags" ? "tag" : "category";
  const map = asMapping(value);
  if (map === undefined) {
    error(
      `${settingsKey} must be a mapping with \`aliases:\`, \`slugs:\` and/or \`descriptions:\`, not ${describeValue(value)}`,
    );
    return NO_TERM_SETTINGS;
  }
  let aliases: ReadonlyMap<string, TermAlias> = new Map();
  let slugs: ReadonlyMap<string, string> = new Map();
  let descriptions: ReadonlyMap<string, TermDescription> = new Map();
  for (const [key, inner] of map) {
    if (key === "aliases") aliases = readAliases(inner, settingsKey, kind, error);
    else if (key === "slugs") slugs = readSlugs(inner, settingsKey, kind, error);
    else if (key === "descriptions")
      descriptions = readDescriptions(inner, settingsKey, kind, error, markdown, lineOf);
    else error(`${settingsKey}.${key} is not a setting (use aliases, slugs or descriptions)`, key);
  }
  return { aliases, slugs, descriptions };
}

/** `descriptions:` maps term names to a few lines of Markdown each. */
function readDescriptions(
  value: unknown,
  settingsKey: string,
  kind: TaxonomyKind,
  error: TermSettingsReport,
  markdown: () => Markdown,
  lineOf: (nestedKey: string) => number | undefined,
): ReadonlyMap<string, TermDescription> {
  const entries = asMapping(value);
  if (entries === undefined) {
    error(
      `${settingsKey}.descriptions must map ${kind} names to texts (Travel: Where I went and what I saw.)`,
      "descriptions",
    );
    return new Map();
  }
  const descriptions = new Map<string, TermDescription>();
  for (const [nameText, text] of entries) {
    const name = nameOf(nameText);
    if (
      name === undefined ||
      (typeof text !== "string" && typeof text !== "number") ||
      String(text).trim() === ""
    ) {
      error(
        `${settingsKey}.descriptions: "${nameText}" must map to a text (Markdown), not ${describeValue(text)}`,
        nameText,
      );
      continue;
    }
    const key = termKey(name);
    if (descriptions.has(key)) {
      error(`${settingsKey}.descriptions: "${name}" is given twice (with another spelling)`, nameText);
      continue;
    }
    descriptions.set(key, {
      name,
      description: renderSnippet(markdown(), String(text)),
      line: lineOf(nameText),
    });
  }
  return descriptions;
}

function asMapping(value: unknown): [string, unknown][] | undefined {
  if (value === null || value === undefined) return [];
  if (typeof value !== "object" || Array.isArray(value)) return undefined;
  return Object.entries(value as Record<string, unknown>);
}

function nameOf(value: unknown): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const name = cleanName(String(value));
  return name === "" ? undefined : name;
}

function readAliases(
  value: unknown,
  settingsKey: string,
  kind: TaxonomyKind,
  error: TermSettingsReport,
): ReadonlyMap<string, TermAlias> {
  const entries = asMapping(value);
  if (entries === undefined) {
    error(`${settingsKey}.aliases must map old names to new ones (Jong-un: Kim Jong-un)`, "aliases");
    return new Map();
  }
  const direct = new Map<string, TermAlias>();
  for (const [fromText, toValue] of entries) {
    const from = nameOf(fromText);
    const to = nameOf(toValue);
    if (from === undefined || to === undefined) {
      error(
        `${settingsKey}.aliases: "${fromText}" must map to a ${kind} name, not ${describeValue(toValue)}`,
        fromText,
      );
      continue;
    }
    const key = termKey(from);
    if (key === termKey(to)) {
      error(
        `${settingsKey}.aliases: "${from}" and "${to}" are already one ${kind} (they differ only in case, accents or punctuation); remove the alias`,
        fromText,
      );
      continue;
    }
    if (direct.has(key)) {
      error(`${settingsKey}.aliases: "${from}" is given twice (as "${direct.get(key)?.from}" too)`, fromText);
      continue;
    }
    direct.set(key, { from, to });
  }
  // Resolve chains (a -> b -> c gives a -> c); a cycle has no end.
  const resolved = new Map<string, TermAlias>();
  for (const [key, alias] of direct) {
    const seen = new Set([key]);
    let target = alias.to;
    for (let next = direct.get(termKey(target)); next !== undefined; next = direct.get(termKey(target))) {
      const k = termKey(target);
      if (seen.has(k)) {
        error(
          `${settingsKey}.aliases: "${alias.from}" leads round in a circle (${alias.from} -> … -> ${target})`,
          alias.from,
        );
        target = "";
        break;
      }
      seen.add(k);
      target = next.to;
    }
    if (target !== "") resolved.set(key, { from: alias.from, to: target });
  }
  return resolved;
}

function readSlugs(
  value: unknown,
  settingsKey: string,
  kind: TaxonomyKind,
  error: TermSettingsReport,
): ReadonlyMap<string, string> {
  const entries = asMapping(value);
  if (entries === undefined) {
    error(`${settingsKey}.slugs must map ${kind} names to slugs (C++: cpp)`, "slugs");
    return new Map();
  }
  const slugs = new Map<string, string>();
  const holders = new Map<string, string>();
  for (const [nameText, slugValue] of entries) {
    const name = nameOf(nameText);
    if (name === undefined) {
      error(`${settingsKey}.slugs: "${nameText}" is not a ${kind} name`, nameText);
      continue;
    }
    if (typeof slugValue !== "string" && typeof slugValue !== "number") {
      error(
        `${settingsKey}.slugs: the slug of "${name}" must be text, not ${describeValue(slugValue)}`,
        nameText,
      );
      continue;
    }
    const slug = String(slugValue).trim();
    const safe = slugOf(slug);
    if (slug !== safe) {
      error(
        `${settingsKey}.slugs: "${slug}" (for "${name}") is not a URL-safe slug; write "${safe}" (lower case letters, digits and hyphens)`,
        nameText,
      );
      continue;
    }
    const other = holders.get(slug);
    if (other !== undefined) {
      error(`${settingsKey}.slugs: "${name}" and "${other}" are both pinned to "${slug}"`, nameText);
      continue;
    }
    const key = termKey(name);
    if (slugs.has(key)) {
      error(`${settingsKey}.slugs: "${name}" is given twice (with another spelling)`, nameText);
      continue;
    }
    holders.set(slug, name);
    slugs.set(key, slug);
  }
  return slugs;
}
