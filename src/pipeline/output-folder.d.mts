// The types of output-folder.mjs (plain JavaScript: a worker thread runs it as it is).

/** What a folder holds, read in one walk (links are listed as files, never followed). */
export interface FolderListing {
  /** Every file (and link) under the folder, as `/`-separated paths inside it. */
  readonly files: string[];
  readonly emptyFolders: string[];
  /** True when anything in the folder is a symbolic link. */
  readonly links: boolean;
  /** With `stamps: true`, each file's stamp by its path; else empty. */
  readonly stamps: Map<string, string>;
}

export function readFolder(root: string, options?: { readonly stamps?: boolean }): FolderListing;

export function stampOf(file: string): string | undefined;

/**
 * The output folder before a build on the last build writes: links anywhere, every file's stamp, its
 * files and empty folders.
 */
export interface FolderSurvey {
  readonly links: boolean;
  readonly stamps: ReadonlyMap<string, string>;
  readonly files: readonly string[];
  readonly emptyFolders: readonly string[];
}

export function surveyFolder(root: string): FolderSurvey;

/**
 * The folder after a build on the last build: the folders it wrote into (`touched`, "" the root) read
 * again, the others as surveyed.
 */
export function relistFolder(
  root: string,
  survey: Pick<FolderSurvey, "files" | "emptyFolders">,
  touched: ReadonlySet<string>,
): FolderListing;

/**
 * Writes `bytes` to the file `target` unless it holds them already (left as it is, its time too),
 * making its folder when the write finds it missing; true when the file was left as it was.
 */
export function writeUnlessThere(target: string, bytes: Uint8Array): boolean;

/**
 * Replaces, in the file `target`, the one run of `from` it holds with `to`: the file's new stamp;
 * undefined (the file left as it is) when it holds `from` not exactly once or is not there.
 */
export function patchFile(target: string, from: Uint8Array, to: Uint8Array): string | undefined;
