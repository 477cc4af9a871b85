// Writing a site: the writer interface the pipeline hands each pass to, annals' own writer (files
// written straight to the output folder), and the emptying of the output folder before a build.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { RenderedFile } from "../../layouts/render.ts";
import type { Route } from "../model/routes.ts";
import { manifestPath, outputPathOf } from "../model/urls.ts";
import { imageCacheDirOf } from "./images.ts";
import { SetupError } from "./options.ts";

/** A file copied as it is: annals' own assets, the author's files, resized images. */
export interface CopiedFile {
  readonly url: string;
  /** The absolute path of the source file. */
  readonly from: string;
  /** A hard link will do (a file of annals' image cache, never written in place). */
  readonly link?: boolean;
}

export interface Writer {
  /** Writes one pass of rendered files. */
  write(files: readonly RenderedFile[]): Promise<void>;
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

/** Writes each file straight to its place in the output folder (folders made once each). */
export class FileWriter implements Writer {
  readonly #root: string;
  readonly #made = new Set<string>();

  constructor(outputDir: string) {
    this.#root = path.resolve(outputDir);
  }

  /** The file for a URL, refused when it would land outside the output folder. */
  #target(url: string): string {
    const target = path.join(this.#root, ...outputPathOf(url).split("/"));
    if (!target.startsWith(`${this.#root}${path.sep}`))
      throw new Error(`internal error: ${url} would be written outside the output folder`);
    const dir = path.dirname(target);
    if (!this.#made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      this.#made.add(dir);
    }
    return target;
  }

  async write(files: readonly RenderedFile[]): Promise<void> {
    for (const file of files) fs.writeFileSync(this.#target(file.url), file.text);
  }

  async copy(files: readonly CopiedFile[]): Promise<void> {
    for (const file of files) {
      const target = this.#target(file.url);
      if (file.link === true) {
        try {
          fs.linkSync(file.from, target);
          continue;
        } catch (error) {
          // Another file system (or no hard links): copy instead.
          if (!["EXDEV", "EPERM", "ENOTSUP"].includes((error as NodeJS.ErrnoException).code ?? ""))
            throw error;
        }
      }
      fs.copyFileSync(file.from, target);
    }
  }

  async close(): Promise<void> {}
}

/**
 * Empties the output folder so that no page of a deleted post survives. Refuses folders that are
 * not safe to empty: the working folder, the content folder, anything that holds them or annals
 * itself, and any non-empty folder without the manifest an annals build leaves (`archive.json`).
 */
export function emptyOutputFolder(output: string, contentDir: string): void {
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
  fs.rmSync(target, { recursive: true, force: true });
  // Mark the folder as ours at once, so that a build that fails half-way can still be rebuilt.
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, manifestPath.slice(1)), '{"generator":"annals","complete":false}\n');
}
