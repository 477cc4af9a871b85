// Writing a site: the writer interface the pipeline hands each pass to, annals' own writer (files
// written straight to the output folder), and the emptying of the output folder before a build.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { RenderedFile } from "../../layouts/render.ts";
import type { Route } from "../model/routes.ts";
import { manifestPath, outputPathOf } from "../model/urls.ts";
import { imageCacheDirOf } from "./images.ts";
import { isRefusal, isSystemError, SetupError } from "./options.ts";
import {
  type FolderListing,
  type FolderSurvey,
  patchFile,
  readFolder,
  surveyFolder,
  writeUnlessThere,
} from "./output-folder.mjs";

/** A file copied as it is: annals' own assets, the author's files, resized images. */
export interface CopiedFile {
  readonly url: string;
  /** The absolute path of the source file. */
  readonly from: string;
  /** A hard link will do (a file of annals' image cache, never written in place). */
  readonly link?: boolean;
}

/**
 * A page of the last build whose sidebar alone changed: in its file, the old sidebar's text (`from`,
 * as it is there once) replaced by the new one's (`to`).
 */
export interface SidebarPatch {
  readonly url: string;
  readonly from: string;
  readonly to: string;
}

/**
 * What patching did: each file patched, by URL, with its new stamp (output-folder.mjs's `stampOf`);
 * the URLs of files that did not hold the old sidebar exactly once (left as they were, to be rendered).
 */
export interface Patched {
  readonly stamps: ReadonlyMap<string, string>;
  readonly missed: readonly string[];
}

export interface Writer {
  /**
   * Told before the first pass that the output folder holds the last build's files (a file whose
   * bytes are already there need not be written again), and how many files the build renders and
   * patches.
   */
  keepsUnchanged?(rendering: number, patching?: number): void;
  /** Writes one pass of rendered files. */
  write(files: readonly RenderedFile[]): Promise<void>;
  /** Gives pages of the last build their new sidebar (a writer without it has them rendered). */
  patch?(patches: readonly SidebarPatch[]): Promise<Patched>;
  /** Copies files as they are. */
  copy(files: readonly CopiedFile[]): Promise<void>;
  /** Lets go of whatever the writer holds (a child process, a server). */
  close(): Promise<void>;
}

/** annals' own assets (the stylesheet, the search page's script), shipped with the views. */
export const ASSETS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../layouts/assets");

/** The files a site copies as they are, with where each comes from. */
export function copiesOf(routes: readonly Route[], contentDir: string): CopiedFile[] {
  const content = path.resolve(contentDir);
  return routes.flatMap((route): CopiedFile[] => {
    if (route.kind === "asset") return [{ url: route.url, from: path.join(ASSETS_DIR, route.name) }];
    if (route.kind === "file")
      return [{ url: route.url, from: path.join(content, ...route.from.split("/")) }];
    if (route.kind === "variant")
      return [
        { url: route.url, from: path.join(imageCacheDirOf(contentDir), route.key, route.name), link: true },
      ];
    return [];
  });
}

/**
 * Files that a build over the last build's folder renders or patches from which they are written by a
 * thread of their own: below, the thread's start and the texts handed to it cost more than writing in
 * the main thread saves (docs/decisions.md).
 */
const THREADED_FROM = 5000;

/**
 * Writes each file straight to its place in the output folder (folders made once each). Over the last
 * build's folder, a file whose bytes are already there is left as it is (its time too), and a copied
 * file the same size and time as its source is not copied again, and a page whose sidebar alone
 * changed has it replaced in place; there, when the build renders or patches many files, they are
 * written by a thread of their own (file-writer-worker.mjs), one pass while the next is rendered.
 */
export class FileWriter implements Writer {
  readonly #root: string;
  readonly #made = new Set<string>();
  #compare = false;
  /** Over the last build's folder, when the build renders many files: written by a thread of their own. */
  #threaded = false;
  #worker: Worker | undefined;
  #passes = 0;
  /** How many passes the writing thread has finished, counted by the thread itself as it goes. */
  #finished = new Int32Array(new SharedArrayBuffer(4));
  /**
   * The passes handed to the writing thread and not yet written, by number: their files' URLs, and
   * how to write them in this thread instead.
   */
  readonly #pending = new Map<
    number,
    {
      readonly urls: readonly string[];
      readonly here: () => Patched | undefined;
      resolve: (value: Patched | undefined) => void;
      reject: (error: unknown) => void;
    }
  >();
  /** The sidebars' texts as bytes, each encoded once. */
  readonly #encoded = new Map<string, Buffer>();
  readonly #threadCode: URL;
  /** Files left as they were (their bytes already there). */
  unchanged = 0;
  /** Passes the writing thread wrote. */
  passesInThread = 0;

  /** `threadCode`: the writing thread's module (for the tests). */
  constructor(outputDir: string, options: { readonly threadCode?: URL } = {}) {
    this.#root = path.resolve(outputDir);
    this.#threadCode = options.threadCode ?? new URL("./file-writer-worker.mjs", import.meta.url);
  }

  keepsUnchanged(rendering: number, patching = 0): void {
    this.#compare = true;
    this.#threaded = rendering + patching >= THREADED_FROM;
  }

  /**
   * The file for a URL, refused when it would land outside the output folder; its folder made first
   * unless `made` is false (`writeUnlessThere` makes it when a write finds it missing).
   */
  #target(url: string, made = true): string {
    const target = this.#pathOf(url);
    if (!target.startsWith(`${this.#root}${path.sep}`))
      throw new Error(`internal error: ${url} would be written outside the output folder`);
    if (made) this.#makeFolder(path.dirname(target));
    return target;
  }

  #pathOf(url: string): string {
    return path.join(this.#root, ...outputPathOf(url).split("/"));
  }

  #makeFolder(dir: string): void {
    if (!this.#made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      this.#made.add(dir);
    }
  }

  async write(files: readonly RenderedFile[]): Promise<void> {
    if (this.#threaded) return this.#handOverFiles(files);
    this.#writeHere(files);
  }

  /** Writes a pass in this thread (over the last build's folder, each file unless its bytes are there). */
  #writeHere(files: readonly RenderedFile[]): void {
    for (const file of files) {
      try {
        if (!this.#compare) fs.writeFileSync(this.#target(file.url), file.text);
        else if (writeUnlessThere(this.#target(file.url, false), Buffer.from(file.text))) this.unchanged++;
      } catch (error) {
        throw this.#failure(file.url, error);
      }
    }
  }

  /**
   * Patches handed over while the writing thread writes or patches a pass are patched in this thread,
   * so that both threads work.
   */
  async patch(patches: readonly SidebarPatch[]): Promise<Patched> {
    if (this.#threaded && patches.length > 0 && !this.#busy()) {
      const texts: string[] = [];
      const numbers = new Map<string, number>();
      const numberOf = (text: string): number => {
        let n = numbers.get(text);
        if (n === undefined) {
          n = texts.push(text) - 1;
          numbers.set(text, n);
        }
        return n;
      };
      const sent = patches.map((p) => [this.#target(p.url, false), numberOf(p.from), numberOf(p.to)]);
      const done = await this.#handOver(
        { patches: sent, texts },
        patches.map((p) => p.url),
        () => this.#patchHere(patches),
      );
      if (done !== undefined) return done;
    }
    return this.#patchHere(patches);
  }

  /** Patches files in this thread. */
  #patchHere(patches: readonly SidebarPatch[]): Patched {
    const stamps = new Map<string, string>();
    const missed: string[] = [];
    for (const { url, from, to } of patches) {
      let stamp: string | undefined;
      try {
        stamp = patchFile(this.#target(url, false), this.#bytesOf(from), this.#bytesOf(to));
      } catch (error) {
        throw this.#failure(url, error);
      }
      if (stamp === undefined) missed.push(url);
      else stamps.set(url, stamp);
    }
    return { stamps, missed };
  }

  #bytesOf(text: string): Buffer {
    let bytes = this.#encoded.get(text);
    if (bytes === undefined) {
      bytes = Buffer.from(text);
      this.#encoded.set(text, bytes);
    }
    return bytes;
  }

  /**
   * A pass of rendered files handed to the writing thread (started with the first), which writes each
   * file unless its bytes are there; done when it has.
   */
  async #handOverFiles(files: readonly RenderedFile[]): Promise<void> {
    if (files.length === 0) return;
    const sent = files.map((file) => ({ target: this.#target(file.url, false), text: file.text }));
    await this.#handOver(
      { files: sent },
      files.map((file) => file.url),
      () => {
        this.#writeHere(files);
        return undefined;
      },
    );
  }

  /** True while the writing thread has a pass to finish (it may not have answered yet). */
  #busy(): boolean {
    return this.#worker !== undefined && Atomics.load(this.#finished, 0) < this.#passes;
  }

  /**
   * A message to the writing thread; settled with its answer (a patch's stamps, or undefined). A
   * thread that cannot start, or stops, leaves its passes (and the build's next ones) to this thread
   * (`here`).
   */
  #handOver(
    message: object,
    urls: readonly string[],
    here: () => Patched | undefined,
  ): Promise<Patched | undefined> {
    const thread = this.#thread();
    if (thread === undefined) return Promise.resolve(here());
    const pass = this.#passes++;
    return new Promise((resolve, reject) => {
      this.#pending.set(pass, { urls, here, resolve, reject });
      thread.ref();
      thread.postMessage({ pass, ...message });
    });
  }

  /**
   * The writing thread (file-writer-worker.mjs), started once (undefined when it cannot be); it keeps
   * the process alive only while it writes.
   */
  #thread(): Worker | undefined {
    if (this.#worker !== undefined) return this.#worker;
    let worker: Worker;
    try {
      worker = new Worker(this.#threadCode, { workerData: { finished: this.#finished } });
    } catch {
      this.#threaded = false;
      return undefined;
    }
    worker.on("message", ({ pass, unchanged, stamps, failed }: WriterAnswer) => {
      const waiting = this.#pending.get(pass);
      if (waiting === undefined) return;
      this.#pending.delete(pass);
      if (this.#pending.size === 0) worker.unref();
      this.unchanged += unchanged;
      this.passesInThread++;
      if (failed !== undefined) {
        const { message, index, ...fields } = failed;
        const url = waiting.urls[index] ?? "";
        waiting.reject(this.#failure(url, Object.assign(new Error(message), fields)));
      } else if (stamps === undefined) waiting.resolve(undefined);
      else {
        const patched = new Map<string, string>();
        const missed: string[] = [];
        waiting.urls.forEach((url, i) => {
          const stamp = stamps[i];
          if (typeof stamp === "string") patched.set(url, stamp);
          else missed.push(url);
        });
        waiting.resolve({ stamps: patched, missed });
      }
    });
    // Stopped otherwise than by close() (it could not load its code, or died): its passes are
    // written here, as are the next ones.
    const lost = () => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      this.#threaded = false;
      const waiting = [...this.#pending.values()];
      this.#pending.clear();
      for (const pass of waiting) {
        try {
          pass.resolve(pass.here());
        } catch (error) {
          pass.reject(error);
        }
      }
    };
    worker.on("error", lost);
    worker.on("exit", lost);
    this.#worker = worker;
    return worker;
  }

  async copy(files: readonly CopiedFile[]): Promise<void> {
    for (const file of files) {
      try {
        this.#copyFile(file);
      } catch (error) {
        throw this.#failure(file.url, error, file.from);
      }
    }
  }

  #copyFile(file: CopiedFile): void {
    const target = this.#target(file.url);
    if (this.#compare && sameFile(file.from, target)) {
      this.unchanged++;
      return;
    }
    fs.rmSync(target, { force: true });
    if (file.link === true) {
      try {
        fs.linkSync(file.from, target);
        return;
      } catch (error) {
        // Another file system (or no hard links): copy instead.
        if (!["EXDEV", "EPERM", "ENOTSUP"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
      }
    }
    fs.copyFileSync(file.from, target);
    // The source's time, so that the next build sees the copy is current.
    const { atime, mtime } = fs.statSync(file.from);
    fs.utimesSync(target, atime, mtime);
  }

  /**
   * What a failed write or copy is reported as: the machine refusing the output file (a full disk, no
   * permission, a file where a folder must be), or a copy's source that cannot be read (deleted since
   * it was found), as a setup problem naming the file; anything else as it is.
   */
  #failure(url: string, error: unknown, from?: string): unknown {
    const unfinished = "The output folder is left unfinished; the next build is a clean one.";
    // A copy's error names its source even when the destination refused it (a full disk): the source
    // is blamed only when it cannot be read.
    if (from !== undefined && isSystemError(error) && !readable(from))
      return new SetupError(`cannot read ${shown(from)}: ${error.message}. ${unfinished}`);
    if (!isRefusal(error)) return error;
    return new SetupError(`cannot write ${shown(this.#pathOf(url))}: ${error.message}. ${unfinished}`);
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    // Closed with passes unwritten (a build that failed meanwhile): they are not waited for.
    for (const waiting of this.#pending.values())
      waiting.reject(new Error("internal error: the writer was closed before a pass was written"));
    this.#pending.clear();
    await worker?.terminate();
  }
}

/**
 * The writing thread's answer to a pass: how many files were already there (of a patch, each file's
 * new stamp, or null where it did not hold the old sidebar once), or the one it could not write.
 */
interface WriterAnswer {
  readonly pass: number;
  readonly unchanged: number;
  readonly stamps?: readonly (string | null)[];
  readonly failed?: {
    readonly index: number;
    readonly message: string;
    readonly code?: string;
    readonly errno?: number;
    readonly syscall?: string;
    readonly path?: string;
  };
}

function readable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/** A path as messages show it: relative to the working folder when it is inside it. */
function shown(file: string): string {
  const inside = path.relative(process.cwd(), file);
  return inside === "" || inside.startsWith("..") || path.isAbsolute(inside) ? file : inside;
}

/** The copy is its source: the same file (a hard link), or the same size and modification time. */
function sameFile(from: string, target: string): boolean {
  try {
    const a = fs.statSync(from);
    const b = fs.statSync(target);
    return (a.ino === b.ino && a.dev === b.dev) || (a.size === b.size && a.mtimeMs === b.mtimeMs);
  } catch {
    return false;
  }
}

/**
 * The output folder of the last finished build, kept for this one: the same guards as emptying it
 * (never the project, the content or annals; only a folder annals wrote), and the manifest marked
 * unfinished at once, so that a build that fails half-way is followed by a clean one.
 */
export function keepOutputFolder(output: string, contentDir: string): void {
  const target = path.resolve(output);
  guardOutputFolder(output, contentDir);
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, manifestPath.slice(1)), '{"generator":"annals","complete":false}\n');
}

/**
 * The output folder as a build on the last build finds it before writing (output-folder.mjs's
 * `surveyFolder`: links anywhere, every file's stamp), read by a worker thread while the main thread
 * goes on: the returned function gives it when it is wanted.
 */
export function surveyOutputFolder(output: string): () => Promise<FolderSurvey> {
  const root = path.resolve(output);
  // The worker does not keep the process alive (a site with errors is never written, and its build
  // ends at once) until the survey is asked for.
  let worker: Worker | undefined;
  const answer = inWorker(
    { root, survey: true },
    () => surveyFolder(root),
    (started) => {
      worker = started;
      started.unref();
    },
  );
  return () => {
    worker?.ref();
    return answer;
  };
}

/** The output folder's files, empty folders and links (`readFolder`), read by a worker thread. */
export function readOutputFolder(output: string): Promise<FolderListing> {
  const root = path.resolve(output);
  return inWorker({ root, survey: false }, () => readFolder(root));
}

/** output-folder-worker.mjs's answer, or the same read in this thread when the worker gives none. */
function inWorker<T>(
  workerData: { root: string; survey: boolean },
  here: () => T,
  started?: (worker: Worker) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./output-folder-worker.mjs", import.meta.url), { workerData });
    started?.(worker);
    let answered = false;
    const answer = (value: T) => {
      answered = true;
      resolve(value);
    };
    worker.once("message", answer);
    // A worker that cannot start or stops without an answer: the folder is read here instead.
    const fallBack = () => {
      if (answered) return;
      try {
        answer(here());
      } catch (error) {
        answered = true;
        reject(error);
      }
    };
    worker.once("error", fallBack);
    worker.once("exit", fallBack);
  });
}

/**
 * Deletes from the output folder what this build does not produce: every file of `files` (the
 * folder's files as read once this build wrote, `/`-separated paths inside it) not among `outputs`
 * (as `outputPathOf` gives them), the `emptyFolders` read with them, and the folders that leaves
 * empty.
 */
export function removeStale(
  outputs: ReadonlySet<string>,
  output: string,
  files: readonly string[],
  emptyFolders: readonly string[] = [],
): number {
  const root = path.resolve(output);
  const emptied = new Set<string>();
  for (const folder of emptyFolders)
    for (let dir = folder; dir !== "."; dir = path.posix.dirname(dir)) emptied.add(dir);
  let removed = 0;
  for (const file of files) {
    if (outputs.has(`/${file}`)) continue;
    fs.rmSync(path.join(root, ...file.split("/")), { force: true });
    removed++;
    for (let dir = path.posix.dirname(file); dir !== "."; dir = path.posix.dirname(dir)) emptied.add(dir);
  }
  // Deepest first, so that a folder is tried after the folders inside it.
  for (const dir of [...emptied].sort((a, b) => b.split("/").length - a.split("/").length)) {
    const absolute = path.join(root, ...dir.split("/"));
    try {
      if (fs.readdirSync(absolute).length === 0) fs.rmdirSync(absolute);
    } catch {
      // already gone
    }
  }
  return removed;
}

/**
 * Empties the output folder so that no page of a deleted post survives. Refuses folders that are
 * not safe to empty: the working folder, the content folder, anything that holds them or annals
 * itself, and any non-empty folder without the manifest an annals build leaves (`archive.json`).
 */
export function emptyOutputFolder(output: string, contentDir: string): void {
  const target = path.resolve(output);
  guardOutputFolder(output, contentDir);
  fs.rmSync(target, { recursive: true, force: true });
  // Mark the folder as ours at once, so that a build that fails half-way can still be rebuilt.
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, manifestPath.slice(1)), '{"generator":"annals","complete":false}\n');
}

/**
 * Refuses output folders that are not safe to write over: the working folder, the content folder,
 * anything that holds them or annals itself, and any non-empty folder without the manifest an annals
 * build leaves (`archive.json`).
 */
function guardOutputFolder(output: string, contentDir: string): void {
  const target = path.resolve(output);
  const annals = path.resolve(ASSETS_DIR, "../..");
  const guarded = [process.cwd(), path.resolve(contentDir), annals];
  for (const dir of guarded) {
    if (dir === target || dir.startsWith(`${target}${path.sep}`)) {
      throw new SetupError(
        `The output folder ${output} holds ${path.relative(process.cwd(), dir) || "the project"}; choose another --output.`,
      );
    }
  }
  if (fs.existsSync(target)) {
    const entries = fs.readdirSync(target);
    if (entries.length > 0 && !entries.includes(manifestPath.slice(1))) {
      throw new SetupError(
        `The output folder ${output} is not empty and was not written by annals (no ${manifestPath.slice(1)}); empty it or choose another --output.`,
      );
    }
  }
}
