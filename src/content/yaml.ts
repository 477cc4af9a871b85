// YAML mappings with the line of every key, for front matter and the settings file alike.
//
// Two parsers, one result. js-yaml (YAML 1.2 core schema: `2015-01-28` stays a string, never a UTC
// instant) reads ordinary front matter about ten times faster than the `yaml` package, and finding
// each top-level key's line is a scan of the lines. Anything it does not read cleanly (a syntax
// error, a duplicate key, anchors and aliases, a key whose line the scan cannot find) goes to the
// `yaml` package, which gives the position of every node and error and bounds alias expansion: it
// writes every message. Both parse the same YAML 1.2 core schema, so a document reads the same either way.

import { createRequire } from "node:module";
import jsyaml from "js-yaml";
import type * as Yaml from "yaml";

/** The `yaml` package (~30 ms to load), loaded when first needed: plain front matter never needs it. */
let yamlPackage: typeof Yaml | undefined;
export function yamlApi(): typeof Yaml {
  yamlPackage ??= createRequire(import.meta.url)("yaml") as typeof Yaml;
  return yamlPackage;
}

/** Aliases expand at most this many times: a "billion laughs" document is an error, not a hang. */
const MAX_ALIAS_COUNT = 100;

export interface YamlMapping {
  readonly values: ReadonlyMap<string, unknown>;
  /** File line (1-based) of each top-level key. */
  readonly lines: ReadonlyMap<string, number>;
}

export interface YamlProblem {
  readonly line: number;
  readonly message: string;
}

/**
 * Parses `text` as a YAML mapping. `firstLine` is the file line of the text's first line, so that
 * lines reported are lines of the file.
 */
export function parseYamlMapping(text: string, firstLine: number): YamlMapping | YamlProblem[] {
  return readPlainMapping(text, firstLine) ?? readMappingCarefully(text, firstLine);
}

/**
 * Aliases and anchors, explicit tags, flow or complex keys, and a `#` right after a flow collection
 * (js-yaml reads `{}#` as a comment; YAML wants a space first): left to the careful parser.
 */
const NEEDS_CARE = /(?:^|:[ \t]+|-[ \t]+|[[{,][ \t]*)[&*!]|^[?{[]|[\]}]#/m;
const TOP_LEVEL_KEY =
  /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#"'?:,[\]{}&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?))[ \t]*:(?:[ \t]|$)/;

/** The fast path: undefined whenever the careful parser should look instead. */
export function readPlainMapping(text: string, firstLine: number): YamlMapping | undefined {
  if (NEEDS_CARE.test(text)) return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (data === null || data === undefined)
    return text.trim() === "" ? { values: new Map(), lines: new Map() } : undefined;
  if (typeof data !== "object" || Array.isArray(data)) return undefined;
  const lines = new Map<string, number>();
  text.split("\n").forEach((line, i) => {
    const m = TOP_LEVEL_KEY.exec(line);
    if (m === null) return;
    const key =
      m[1] !== undefined
        ? JSON.parse(`"${m[1]}"`)
        : m[2] !== undefined
          ? m[2].replace(/''/g, "'")
          : (m[3] ?? "");
    if (!lines.has(key)) lines.set(key, firstLine + i);
  });
  const values = new Map<string, unknown>();
  for (const [key, value] of Object.entries(data)) {
    if (!lines.has(key)) return undefined;
    values.set(key, value);
  }
  if (values.size !== lines.size) return undefined;
  return { values, lines };
}

/** The careful path: every error with its line. */
export function readMappingCarefully(text: string, firstLine: number): YamlMapping | YamlProblem[] {
  const { isMap, isScalar, LineCounter, parseDocument } = yamlApi();
  const lineCounter = new LineCounter();
  const lineOf = (offset: number): number => firstLine + lineCounter.linePos(offset).line - 1;
  let doc: ReturnType<typeof Yaml.parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: "1.2" });
  } catch (error) {
    return [{ line: firstLine, message: `front matter could not be read: ${describeThrown(error)}` }];
  }
  if (doc.errors.length > 0) {
    // One problem, told once, in the author's terms, where the author should look: the first error
    // (later ones are mostly its consequences), on the line of the key whose value it is in.
    const error = doc.errors[0] as (typeof doc.errors)[number];
    const lines = text.split("\n");
    const errorLine = lineCounter.linePos(error.pos[0]).line - 1;
    let keyLine = errorLine;
    while (keyLine > 0 && !TOP_LEVEL_KEY.test(lines[keyLine] ?? "")) keyLine--;
    const explained = explainYamlError(error.code, error.message, lines, errorLine, keyLine);
    return [{ line: firstLine + explained.line, message: explained.message }];
  }
  if (doc.contents === null) return { values: new Map(), lines: new Map() };
  if (!isMap(doc.contents)) {
    return [
      { line: lineOf(doc.contents.range?.[0] ?? 0), message: "must be `key: value` lines (a YAML mapping)" },
    ];
  }
  // Keys first: a list or mapping as a key is an error here, and toJS would warn on stderr about it.
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) {
      const offset = (pair.key as { range?: [number] } | null)?.range?.[0] ?? 0;
      return [{ line: lineOf(offset), message: "keys must be plain words, not lists or mappings" }];
    }
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return [{ line: firstLine, message: `YAML error: ${describeThrown(error)}` }];
  }
  const values = new Map<string, unknown>();
  const lines = new Map<string, number>();
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    values.set(key, (data as Record<string, unknown>)[key]);
    lines.set(key, lineOf(pair.key.range?.[0] ?? 0));
  }
  return { values, lines };
}

/**
 * A value as YAML reads it back as written: without the quotes around it when it was all quoted, in
 * single quotes when it holds double ones, else in double quotes.
 */
function quoteForYaml(value: string): string {
  const wrapped = /^(["'])(.*)\1$/.exec(value);
  const text = wrapped === null ? value : (wrapped[2] ?? "");
  if (text.includes('"') && !text.includes("'")) return `'${text}'`;
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** The key and the value of a `key: value` line. */
function splitKeyLine(line: string): { key: string; value: string } {
  const m = /^\s*(["']?)([^"':]*)\1\s*:\s?(.*)$/.exec(line);
  return { key: m?.[2]?.trim() || "value", value: m?.[3]?.trim() ?? "" };
}

/**
 * A YAML error in the author's terms, on the line to look at (0-based in `lines`), with the parser's
 * own message kept as a detail: "put the title in quotes", "the list opened with [ here is not closed".
 */
function explainYamlError(
  code: string,
  message: string,
  lines: readonly string[],
  errorLine: number,
  keyLine: number,
): { line: number; message: string } {
  const detail = ` (YAML: ${yamlErrorText(code, message)})`;
  const { key, value } = splitKeyLine(lines[keyLine] ?? "");
  const quoted = `${key}: ${quoteForYaml(value)}`;
  const at = (line: number, text: string) => ({ line, message: `${text}${detail}` });
  const errorText = lines[errorLine] ?? "";
  if (code === "DUPLICATE_KEY")
    return { line: keyLine, message: "YAML error: a key appears twice (keep one)" };
  if (code === "TAB_AS_INDENT") return at(errorLine, "indent with spaces, not tabs");
  if (/call stack/i.test(message))
    return { line: keyLine, message: "YAML error: values are nested too deeply" };
  if (code === "BAD_INDENT" && /^Flow (sequence|map)/.test(message)) {
    const [open, close, what] = message.startsWith("Flow sequence")
      ? ["[", "]", "list"]
      : ["{", "}", "mapping"];
    let line = errorLine;
    while (line > 0 && !(lines[line] ?? "").includes(open)) line--;
    return at(line, `the ${what} opened with ${open} here is not closed: end it with ${close} on this line`);
  }
  if (code === "MISSING_CHAR" && /closing .?quote/.test(message)) {
    const mark = message.includes("'") ? "'" : '"';
    let line = keyLine;
    while (line > 0 && !splitKeyLine(lines[line] ?? "").value.startsWith(mark)) line--;
    const opened = splitKeyLine(lines[line] ?? "").key;
    return at(
      line,
      `the quote that opens the ${opened} is not closed: end the ${opened} with ${mark}, or write it without quotes`,
    );
  }
  if (code === "BLOCK_AS_IMPLICIT_KEY" && !/:\s/.test(value) && /^\s/.test(lines[keyLine + 1] ?? "")) {
    return at(keyLine + 1, "this line is indented: start each key at the beginning of its line");
  }
  if (
    (code === "BLOCK_AS_IMPLICIT_KEY" || code === "MULTILINE_IMPLICIT_KEY") &&
    /^\s/.test(errorText) &&
    errorLine > keyLine
  ) {
    return at(errorLine, "this line is indented: start each key at the beginning of its line");
  }
  if (code === "BLOCK_AS_IMPLICIT_KEY" && /:\s/.test(value)) {
    return at(
      keyLine,
      `the ${key} holds a colon and a space, which YAML reads as another key: put the ${key} in quotes (${quoted})`,
    );
  }
  if (code === "MULTILINE_IMPLICIT_KEY" && /^[^\s:#-][^:]*:\S/.test(errorText) && !/:\s/.test(errorText)) {
    const [name = "", ...rest] = errorText.split(":");
    return at(errorLine, `put a space after the colon: ${name}: ${rest.join(":")}`);
  }
  if (code === "MULTILINE_IMPLICIT_KEY" || (code === "UNEXPECTED_TOKEN" && /^\s*-/.test(errorText))) {
    return at(errorLine, "this line is not a `key: value` line (a key, a colon and a space, then the value)");
  }
  if (code === "UNEXPECTED_TOKEN" && /^["']/.test(value)) {
    return at(
      keyLine,
      `the ${key} starts with a quote but goes on after the quote closes: put the whole ${key} in quotes (${quoted})`,
    );
  }
  if (
    (code === "BAD_SCALAR_START" || code === "BAD_ALIAS" || code === "UNEXPECTED_TOKEN") &&
    /^[@`%&*|>!]/.test(value)
  ) {
    return at(
      keyLine,
      `the ${key} starts with ${value.charAt(0)}, which YAML reserves: put the ${key} in quotes (${quoted})`,
    );
  }
  return { line: errorLine, message: `YAML error: ${yamlErrorText(code, message)}` };
}

function yamlErrorText(code: string, message: string): string {
  if (code === "DUPLICATE_KEY") return "a key appears twice (keep one)";
  if (/call stack/i.test(message)) return "values are nested too deeply";
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+.*$/, "").replace(/:$/, "");
}

function describeThrown(error: unknown): string {
  if (error instanceof RangeError) return "values are nested too deeply";
  if (error instanceof Error) {
    if (/alias/i.test(error.message)) return `aliases expand too much (over ${MAX_ALIAS_COUNT} times)`;
    return error.message.split("\n")[0] ?? error.message;
  }
  return String(error);
}

/** True for a whole number from `min` to `max`. */
export function isWholeNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/** A description of a YAML value's type for messages: "a list", "a number", … */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a YAML timestamp (write the date without a !!timestamp tag)";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "boolean") return `${value}`;
  if (typeof value === "number") return "a number";
  return `"${String(value)}"`;
}
