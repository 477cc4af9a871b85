// The integrity checks around writing: a writer wrote exactly what was rendered, where it belongs,
// inside the output folder (`checkWrittenFiles`, after each pass); and once the last pass is written,
// the output folder holds every file of the route table and nothing else (`checkOutputFolder`). (That
// each list page shows its posts is checked as it is rendered: src/pipeline/pipeline.ts.)

import path from "node:path";
import type { RenderedFile } from "../../layouts/render.ts";
import { compareText } from "../issues.ts";
import { outputPathOf } from "../model/urls.ts";
import { readFolder } from "./output-folder.mjs";

export interface WrittenFile {
  readonly url: string;
  readonly outputPath: string;
  readonly content: string;
}

/**
 * What a writer wrote in one pass: each file inside the output folder and not hidden, each a page
 * that was rendered, none twice, and each exactly as rendered.
 */
export function checkWrittenFiles(
  rendered: readonly RenderedFile[],
  outputDir: string,
  written: readonly WrittenFile[],
): string[] {
  const v: string[] = [];
  const root = path.resolve(outputDir);
  const inside = (file: string): boolean => file.startsWith(`${root}${path.sep}`);
  const expected = new Map(rendered.map((p) => [p.url, p.text]));
  const seen = new Set<string>();
  for (const file of written) {
    const absolute = path.resolve(file.outputPath);
    if (!inside(absolute)) v.push(`${file.outputPath} was written outside the output folder ${outputDir}`);
    else if (
      path
        .relative(root, absolute)
        .split(path.sep)
        .some((s) => s.startsWith("."))
    ) {
      v.push(`${file.outputPath} is a hidden file`);
    }
    const url = decodeURI(file.url);
    if (seen.has(url)) v.push(`${url} was written twice`);
    seen.add(url);
    const html = expected.get(url);
    if (html === undefined) v.push(`${url} was written but never rendered`);
    else if (file.content !== html) v.push(`${url} was written with other content than was rendered`);
    if (relativeOutput(url) !== path.relative(root, absolute).split(path.sep).join("/")) {
      v.push(`${url} was written to ${file.outputPath}`);
    }
  }
  for (const url of expected.keys()) if (!seen.has(url)) v.push(`${url} was rendered but not written`);
  return v;
}

function relativeOutput(url: string): string {
  return outputPathOf(url).slice(1);
}

/**
 * The output folder once everything is written: every file the model has, and nothing else. `files`:
 * the folder's files as just read (output-folder.mjs's `readFolder`), when the caller has them.
 */
export function checkOutputFolder(
  outputs: readonly string[],
  outputDir: string,
  files: readonly string[] = readFolder(path.resolve(outputDir)).files,
): string[] {
  const v: string[] = [];
  const onDisk = new Set(files);
  for (const url of outputs) {
    const relative = relativeOutput(url);
    if (!onDisk.has(relative)) v.push(`${relative} is missing from the output folder`);
    onDisk.delete(relative);
  }
  for (const extra of [...onDisk].sort(compareText))
    v.push(`${extra} is in the output folder but not in the model`);
  return v;
}

/**
 * A file of the output folder: its path (relative, `/`-separated) and its size and modification time
 * (any write changes them; hashing every file of a large site would cost more than indexing it).
 */
export interface FileState {
  readonly path: string;
  readonly stamp: string;
}

/** Every file under `root`, with its stamp. */
export function readFileStates(root: string): FileState[] {
  const { files, stamps } = readFolder(path.resolve(root), { stamps: true });
  return files.map((file) => ({ path: file, stamp: stamps.get(file) as string }));
}
