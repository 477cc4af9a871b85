// The settings file (`content/site.yaml`), checked key by key with the same error format as posts.

import { IANAZone } from "luxon";
import { type ContentIssue, contentError, contentWarning } from "../issues.ts";
import { normaliseOldUrl } from "../model/post-redirects.ts";
import { DEFAULT_SETTINGS, type LabelOverride, type Settings } from "../model/settings.ts";
import type { SourceFile } from "../model/types.ts";
import { PERMALINK_TOKENS } from "../model/urls.ts";
import { normaliseNewlines } from "./front-matter.ts";
import { readTermSettings } from "./parse-term-settings.ts";
import { describeValue, parseYamlMapping } from "./yaml.ts";

export const SETTINGS_FILE_NAME = "site.yaml";

export interface ParsedSettings {
  readonly settings: Settings;
  readonly issues: readonly ContentIssue[];
  /** The keys the settings file gives (the rest are defaults). */
  readonly given: ReadonlySet<string>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `source` is undefined when the content folder has no settings file: defaults, with a warning. */
export function parseSettings(source: SourceFile | undefined, contentPath: string): ParsedSettings {
  if (source === undefined) {
    const where = `${contentPath}/${SETTINGS_FILE_NAME}`;
    return {
      settings: DEFAULT_SETTINGS,
      issues: [
        contentWarning("no-settings", where, undefined, "no settings file; using the defaults"),
        noUrlWarning(where, undefined),
      ],
      given: new Set(),
    };
  }
  const file = source.path;
  const parsed = parseYamlMapping(normaliseNewlines(source.text), 1);
  if (Array.isArray(parsed)) {
    return {
      settings: DEFAULT_SETTINGS,
      issues: parsed.map((p) => contentError(file, p.line, p.message)),
      given: new Set(),
    };
  }
  const issues: ContentIssue[] = [];
  const settings: Mutable<Settings> = { ...DEFAULT_SETTINGS };
  const error = (key: string, message: string): void => {
    issues.push(contentError(file, parsed.lines.get(key), message));
  };

  for (const [key, value] of parsed.values) {
    if (value === null || value === undefined) continue;
    switch (key) {
      case "title":
      case "description":
      case "author":
      case "defaultCategory": {
        if (typeof value !== "string" && typeof value !== "number") {
          error(key, `${key} must be text, not ${describeValue(value)}`);
          break;
        }
        const text = String(value).replace(/\s+/g, " ").trim();
        if (text === "" && key !== "description" && key !== "author") error(key, `${key} is empty`);
        else settings[key] = text;
        break;
      }
      case "url": {
        const url = checkBaseUrl(value);
        if (typeof url === "string") settings.url = url;
        else error(key, url.error);
        break;
      }
      case "language": {
        const language = checkLanguage(value);
        if (typeof language === "string") settings.language = language;
        else error(key, language.error);
        break;
      }
      case "timezone": {
        if (typeof value !== "string" || !IANAZone.isValidZone(value)) {
          error(
            key,
            `timezone ${describeValue(value)} is not an IANA time zone (e.g. Europe/Berlin, America/New_York, UTC)`,
          );
        } else settings.timezone = value;
        break;
      }
      case "postsPerPage":
      case "feedSize":
      case "tagCloudSize": {
        if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 1000) {
          error(key, `${key} must be a whole number from 1 to 1000, not ${describeValue(value)}`);
        } else settings[key] = value;
        break;
      }
      case "feedRedirects": {
        if (typeof value !== "boolean")
          error(key, `feedRedirects must be true or false, not ${describeValue(value)}`);
        else settings.feedRedirects = value;
        break;
      }
      case "redirects": {
        settings.redirects = readRedirects(value, (message, nested) =>
          issues.push(contentError(file, nestedLine(source.text, parsed.lines.get(key), nested), message)),
        );
        break;
      }
      case "labels": {
        settings.labels = readLabels(
          value,
          (message, nested) =>
            issues.push(contentError(file, nestedLine(source.text, parsed.lines.get(key), nested), message)),
          (nested) => nestedLine(source.text, parsed.lines.get(key), nested),
        );
        break;
      }
      case "futurePosts": {
        if (value !== "hold" && value !== "publish")
          error(key, `futurePosts must be hold or publish, not ${describeValue(value)}`);
        else settings.futurePosts = value;
        break;
      }
      case "search": {
        if (typeof value !== "boolean")
          error(key, `search must be true or false, not ${describeValue(value)}`);
        else settings.search = value;
        break;
      }
      case "feedContent": {
        if (value !== "full" && value !== "teaser")
          error(key, `feedContent must be full or teaser, not ${describeValue(value)}`);
        else settings.feedContent = value;
        break;
      }
      case "tags":
      case "categories": {
        settings[key] = readTermSettings(value, key, (message, nested) => {
          const top = parsed.lines.get(key);
          issues.push(contentError(file, nestedLine(source.text, top, nested), message));
        });
        break;
      }
      case "permalink": {
        const pattern = checkPermalink(value);
        if (typeof pattern === "string") settings.permalink = pattern;
        else error(key, pattern.error);
        break;
      }
      default:
        issues.push(
          contentWarning(
            "settings-key",
            file,
            parsed.lines.get(key),
            `unknown settings key "${key}" (ignored)`,
          ),
        );
    }
  }
  if (settings.url === "" && !issues.some((i) => i.severity === "error")) {
    issues.push(noUrlWarning(file, parsed.lines.get("url")));
  }
  return {
    settings,
    issues,
    given: new Set([...parsed.values.keys()].filter((k) => parsed.values.get(k) != null)),
  };
}

/** The line of a key nested under the top-level key on line `top`: the first indented line that names it. */
function nestedLine(text: string, top: number | undefined, key: string | undefined): number | undefined {
  if (top === undefined || key === undefined) return top;
  const lines = normaliseNewlines(text).split("\n");
  for (let i = top; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line !== "" && !/^\s/.test(line) && !line.startsWith("#")) break;
    const trimmed = line.trim().replace(/^["']/, "");
    if (trimmed.startsWith(key)) return i + 1;
  }
  return top;
}

/** `redirects:` maps old site paths to new ones: `/old-page/: /2015/01/28/new-page/`. */
function readRedirects(
  value: unknown,
  error: (message: string, nested?: string) => void,
): Map<string, string> {
  const redirects = new Map<string, string>();
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    error(`redirects must map old paths to new ones (/old/: /new/), not ${describeValue(value)}`);
    return redirects;
  }
  for (const [from, to] of Object.entries(value as Record<string, unknown>)) {
    const source = normaliseOldUrl(from);
    const target = typeof to === "string" ? normaliseOldUrl(to) : { error: "has no path to go to" };
    const problem = typeof source === "string" ? target : source;
    if (typeof source !== "string" || typeof target !== "string" || target.includes("?")) {
      const why = typeof problem === "string" ? "must lead to a page, not a query" : problem.error;
      error(`redirects: "${from}" -> ${describeValue(to)}: ${why}`, from);
      continue;
    }
    redirects.set(source, target);
  }
  return redirects;
}

/**
 * `labels:` maps label keys to texts (`tagHeading: "Filed under {name}"`), or to a text per plural
 * category (`comments: { one: "{count} reply", other: "{count} replies" }`). Which keys and
 * placeholders a label has is the views' to check.
 */
function readLabels(
  value: unknown,
  error: (message: string, nested?: string) => void,
  lineOf: (nested: string) => number | undefined,
): Map<string, LabelOverride> {
  const labels = new Map<string, LabelOverride>();
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    error(
      `labels must map label names to texts (tagHeading: "Filed under {name}"), not ${describeValue(value)}`,
    );
    return labels;
  }
  for (const [key, text] of Object.entries(value as Record<string, unknown>)) {
    if (typeof text === "string" || typeof text === "number") {
      labels.set(key, { value: String(text), line: lineOf(key) });
      continue;
    }
    if (typeof text === "object" && text !== null && !Array.isArray(text)) {
      const entries = Object.entries(text as Record<string, unknown>);
      const bad = entries.find(([, v]) => typeof v !== "string" && typeof v !== "number");
      if (bad === undefined) {
        labels.set(key, {
          value: Object.fromEntries(entries.map(([k, v]) => [k, String(v)])),
          line: lineOf(key),
        });
        continue;
      }
    }
    error(
      `labels: ${key} must be a text, or a text per count (one: …, other: …), not ${describeValue(text)}`,
      key,
    );
  }
  return labels;
}

function noUrlWarning(file: string, line: number | undefined): ContentIssue {
  return contentWarning(
    "no-url",
    file,
    line,
    "no `url` setting: feeds, the sitemap and canonical links need the site's address, so they are left out",
  );
}

type Checked = string | { error: string };

function checkBaseUrl(value: unknown): Checked {
  const hint =
    "url must be the site's absolute address, e.g. https://example.org or https://example.org/blog";
  if (typeof value !== "string") return { error: `${hint}, not ${describeValue(value)}` };
  let parsed: URL;
  try {
    parsed = new URL(value.trim());
  } catch {
    return { error: `${hint}, not "${value}"` };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    return { error: `${hint}, not "${value}"` };
  if (parsed.search !== "" || parsed.hash !== "")
    return { error: `url "${value}" must not have a query or a #fragment` };
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, "");
}

function checkLanguage(value: unknown): Checked {
  const hint = "language must be a language tag such as en, en-GB, de or pt-BR";
  if (typeof value !== "string") return { error: `${hint}, not ${describeValue(value)}` };
  try {
    const [canonical] = Intl.getCanonicalLocales(value.trim());
    if (canonical !== undefined) return canonical;
  } catch {
    // fall through to the error
  }
  return { error: `${hint}, not "${value}"` };
}

/** A permalink is `/`-separated segments of tokens (`:year`, `:slug`, …) and URL-safe text. */
export function checkPermalink(value: unknown): Checked {
  const tokens = PERMALINK_TOKENS.map((t) => `:${t}`).join(", ");
  if (typeof value !== "string")
    return { error: `permalink must be a pattern such as /:year/:month/:day/:slug/` };
  const pattern = `/${value.trim().replace(/^\/+|\/+$/g, "")}/`;
  const unknown = [...pattern.matchAll(/:([a-z]*)/gi)]
    .map((m) => m[1] ?? "")
    .filter((t) => !(PERMALINK_TOKENS as readonly string[]).includes(t));
  if (unknown.length > 0)
    return { error: `permalink "${value}" uses unknown :${unknown[0]} (known: ${tokens})` };
  if (!pattern.includes(":slug"))
    return { error: `permalink "${value}" must contain :slug, or posts would share URLs` };
  const literal = pattern.replace(/:[a-z]+/g, "x");
  if (!/^[A-Za-z0-9/_~.-]+$/.test(literal)) {
    return { error: `permalink "${value}" may only hold letters, digits, - _ . ~ and / besides its tokens` };
  }
  if (literal.includes("..") || literal.split("/").some((segment) => segment.startsWith("."))) {
    return {
      error: `permalink "${value}" must not have a segment starting with "." (hidden or parent folders)`,
    };
  }
  return pattern;
}
