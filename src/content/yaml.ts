// YAML mappings with the line of every key, for front matter and the settings file alike.
//
// Two parsers, one result. js-yaml (YAML 1.2 core schema: `2015-01-28` stays a string, never a UTC
// instant) reads ordinary front matter about ten times faster than the `yaml` package, and finding
// each top-level key's line is a scan of the lines. Anything it does not read cleanly (a syntax
// error, a duplicate key, anchors and aliases, a key whose line the scan cannot find) goes to the
// `yaml` package, which gives the position of every node and error and bounds alias expansion: it
// writes every message. Both parse the same YAML 1.2 core schema, so a document reads the same either way.

import jsyaml from "js-yaml";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";

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
  const lineCounter = new LineCounter();
  const lineOf = (offset: number): number => firstLine + lineCounter.linePos(offset).line - 1;
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: "1.2" });
  } catch (error) {
    return [{ line: firstLine, message: `front matter could not be read: ${describeThrown(error)}` }];
  }
  if (doc.errors.length > 0) {
    // An error inside a value (an unclosed quote, say) is reported on its key's line, where the author
    // should look, rather than where the parser gave up.
    const keyStarts = isMap(doc.contents)
      ? doc.contents.items.flatMap((pair) =>
          isScalar(pair.key) && pair.key.range ? [pair.key.range[0]] : [],
        )
      : [];
    const lineOfError = (offset: number): number => {
      let start = offset;
      for (const keyStart of keyStarts) if (keyStart <= offset) start = keyStart;
      return lineOf(start);
    };
    const seen = new Set<string>();
    const problems: YamlProblem[] = [];
    for (const error of doc.errors) {
      const problem = {
        line: lineOfError(error.pos[0]),
        message: `YAML error: ${yamlErrorText(error.code, error.message)}`,
      };
      const key = `${problem.line} ${problem.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(problem);
    }
    return problems;
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
