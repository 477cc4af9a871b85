// The `authors:` setting: who writes the blog, by the key posts name them with (`author: ana`).
//
//   authors:
//     ana:
//       name: Ana López
//       bio: Writes about *trains* and the people on them.   # Markdown, a few lines
//       link: https://ana.example/
//       avatar: /avatars/ana.jpg                              # a file of content/static/, or an address
//     ben: Ben Okafor                                         # a name alone
//
// Keys are matched the way term names are (case, accents and word punctuation do not count).

import type { AuthorProfile } from "../model/settings.ts";
import { cleanName, termKey } from "../model/term-name.ts";
import { type Markdown, renderSnippet } from "./markdown.ts";
import { describeValue } from "./yaml.ts";

const PROFILE_KEYS = ["name", "bio", "link", "avatar"] as const;

export function readAuthors(
  value: unknown,
  error: (message: string, nestedKey?: string) => void,
  markdown: () => Markdown,
  lineOf: (nestedKey: string) => number | undefined,
): Map<string, AuthorProfile> {
  const authors = new Map<string, AuthorProfile>();
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    error(
      `authors must map each author's key to a name or to name, bio, link and avatar (ana: { name: Ana López }), not ${describeValue(value)}`,
    );
    return authors;
  }
  const names = new Map<string, string>();
  const keys = new Map<string, string>();
  for (const [keyText, given] of Object.entries(value as Record<string, unknown>)) {
    const key = cleanName(keyText);
    const id = termKey(key);
    if (key === "" || id === "") {
      error(`authors: "${keyText}" is not a usable key (use letters or digits, such as ana)`, keyText);
      continue;
    }
    const earlier = keys.get(id);
    if (earlier !== undefined) {
      error(`authors: "${keyText}" is given twice (as "${earlier}" too)`, keyText);
      continue;
    }
    keys.set(id, key);
    const profile = readProfile(
      key,
      given,
      (message) => error(`authors: ${key}: ${message}`, keyText),
      markdown,
    );
    if (profile === undefined) continue;
    const nameId = termKey(profile.name);
    const other = names.get(nameId);
    if (other !== undefined) {
      error(
        `authors: "${key}" and "${other}" have the same name "${profile.name}"; readers could not tell them apart`,
        keyText,
      );
      continue;
    }
    names.set(nameId, key);
    authors.set(id, { ...profile, line: lineOf(keyText) });
  }
  return authors;
}

function readProfile(
  key: string,
  given: unknown,
  error: (message: string) => void,
  markdown: () => Markdown,
): Omit<AuthorProfile, "line"> | undefined {
  if (given === null || given === undefined)
    return { key, name: key, bio: undefined, link: undefined, avatar: undefined };
  if (typeof given === "string" || typeof given === "number") {
    const name = cleanName(String(given));
    return { key, name: name === "" ? key : name, bio: undefined, link: undefined, avatar: undefined };
  }
  if (typeof given !== "object" || Array.isArray(given)) {
    error(`must be a name, or name, bio, link and avatar, not ${describeValue(given)}`);
    return undefined;
  }
  let failed = false;
  const text = (field: string, v: unknown): string | undefined => {
    if (v === null || v === undefined) return undefined;
    if (typeof v !== "string" && typeof v !== "number") {
      error(`${field} must be text, not ${describeValue(v)}`);
      failed = true;
      return undefined;
    }
    const t = String(v).trim();
    return t === "" ? undefined : t;
  };
  const fields = given as Record<string, unknown>;
  for (const field of Object.keys(fields)) {
    if (!(PROFILE_KEYS as readonly string[]).includes(field)) {
      error(`"${field}" is not an author setting (${PROFILE_KEYS.join(", ")})`);
      failed = true;
    }
  }
  const name = cleanName(text("name", fields.name) ?? key);
  const bio = text("bio", fields.bio);
  const link = text("link", fields.link);
  if (link !== undefined && !/^https?:\/\/[^\s/]+/i.test(link)) {
    error(`link must be an address such as https://ana.example/, not "${link}"`);
    failed = true;
  }
  const avatar = text("avatar", fields.avatar);
  if (
    avatar !== undefined &&
    (/\s/.test(avatar) || (/^[a-z][a-z0-9+.-]*:/i.test(avatar) && !/^https?:\/\//i.test(avatar)))
  ) {
    error(`avatar must be a file of static/ (/avatars/ana.jpg) or an address, not "${avatar}"`);
    failed = true;
  }
  if (failed) return undefined;
  return {
    key,
    name,
    bio: bio === undefined ? undefined : renderSnippet(markdown(), bio),
    link,
    avatar:
      avatar === undefined || /^[a-z][a-z0-9+.-]*:/i.test(avatar) || avatar.startsWith("/")
        ? avatar
        : `/${avatar}`,
  };
}
