// The only module that reads content from disk: every Markdown post under the content folder, and the
// settings file; and it lists the files of the theme folder (copied to the site as they are). Everything
// after this is a pure function of what it returns.

import { isUtf8 } from "node:buffer";
import fs from "node:fs";
import path from "node:path";
import { type ContentIssue, compareText, contentError, contentWarning } from "../issues.ts";
import { THEME_FOLDER, VIEWS_FOLDER } from "../model/theme.ts";
import type { SourceFile } from "../model/types.ts";
import { SETTINGS_FILE_NAME } from "./parse-settings.ts";

/** The folder of pages (About, Contact), inside the content folder: Markdown without dates. */
export const PAGES_FOLDER = "pages";
/** The folder of files copied to the site's root as they are (favicon.ico, wp-content/uploads/…). */
export const STATIC_FOLDER = "static";

/** A Markdown file larger than this is refused with an error rather than read. */
export const MAX_POST_BYTES = 8 * 1024 * 1024;

const POST_EXTENSION = /\.(?:md|markdown)$/i;
const COMMENTS_FILE = /\.comments\.yaml$/i;

/** The comments file of a post's source path (`2015/x.md` → `2015/x.comments.yaml`). */
export function commentsFileOf(postRelative: string): string {
  return postRelative.replace(/\.(md|markdown)$/i, ".comments.yaml");
}

export interface ContentFolder {
  /** Posts, in code-point order of their paths (independent of the file system's order). */
  readonly posts: readonly SourceFile[];
  /** Pages: the Markdown files under `pages/`, in code-point order. */
  readonly pages: readonly SourceFile[];
  /**
   * Files beside a post or page written as a folder (`2015/will-kim-go/index.md` and
   * `2015/will-kim-go/photo.jpg`): their paths inside the content folder, in code-point order.
   */
  readonly bundled: readonly string[];
  /** The files of the static folder (`static/`), as paths inside the content folder, in code-point order. */
  readonly statics: readonly string[];
  readonly settings: SourceFile | undefined;
  /**
   * The files of the theme folder (`theme/`, not read for posts), as `/`-separated paths inside it, in
   * code-point order; hidden files and the views folder left out.
   */
  readonly theme: readonly string[];
  /** The files directly in the theme's views folder (`theme/views/`): the site's view overrides. */
  readonly views: readonly ViewSource[];
  /** Files that could not be read. */
  readonly issues: readonly ContentIssue[];
  /** How many posts were known by their stamps (`KnownHashes`), not read. */
  readonly unread: number;
  /** How the folder is named in messages (`content`). */
  readonly displayPath: string;
}

/** A file of the theme's views folder, to be imported as a view override. */
export interface ViewSource {
  /** As messages show it: `content/theme/views/footer.ts`. */
  readonly path: string;
  readonly absolute: string;
  readonly mtimeMs: number;
}

/** Shown paths are relative to the working directory, with `/`, so messages read the same everywhere. */
export function displayPathOf(absolute: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative === "" ? "." : relative.startsWith("..") ? absolute : relative;
  return shown.split(path.sep).join("/");
}

/**
 * Files read by an earlier run, by absolute path, with the size and modification time they had: the
 * dev server keeps one, so that after an edit only changed files are read again.
 */
export type ReadCache = Map<
  string,
  { readonly size: number; readonly mtimeMs: number; readonly text: string }
>;

/**
 * A file as read from disk: its text, decoded as it is read; or, for a post known by its stamp
 * (`KnownHashes`), read and decoded only when its text is first asked for (an Error saying why is
 * thrown when it cannot be).
 */
class ReadFile implements SourceFile {
  readonly path: string;
  readonly relative: string;
  readonly comments: SourceFile | undefined;
  readonly stamp: string | undefined;
  readonly hash: string | undefined;
  readonly #absolute: string;
  #text: string | undefined;

  constructor(
    where: { path: string; relative: string; absolute: string },
    text: string | undefined,
    known: { comments?: SourceFile; stamp?: string; hash?: string } = {},
  ) {
    this.path = where.path;
    this.relative = where.relative;
    this.#absolute = where.absolute;
    this.#text = text;
    this.comments = known.comments;
    this.stamp = known.stamp;
    this.hash = known.hash;
  }

  get text(): string {
    if (this.#text === undefined) {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(this.#absolute);
      } catch (error) {
        throw new Error(`could not be read (${String(error)})`);
      }
      if (!isUtf8(bytes)) throw new Error("is not valid UTF-8 text any more");
      // A byte-order mark is not text (TextDecoder leaves it out).
      this.#text = UTF8.decode(bytes);
    }
    return this.#text;
  }
}

const UTF8 = new TextDecoder("utf-8");

/**
 * The content hash (`sourceHash`) of the post at `path` (as messages show it) whose stamp is `stamp`,
 * when a build recorded one: the post is then not read.
 */
export type KnownHashes = (path: string, stamp: string) => string | undefined;

/**
 * A stamp is recorded only for files last written longer ago than this when read: a write within the
 * file system's time resolution of the read (up to 2 s on FAT) could leave size and times as they were.
 * "When read" is the caller's `now`, best taken from the same file system's clock (a network share's
 * server sets the times).
 */
export const SETTLE_MS = 3000;

/** True when the file was last written more than SETTLE_MS before `now`. */
function settled(stat: fs.Stats, now: number): boolean {
  return stat.mtimeMs < now - SETTLE_MS && stat.ctimeMs < now - SETTLE_MS;
}

/** What any write or replacement of a file changes: its size, modification and change times, inode. */
function stampOf(stat: fs.Stats): string {
  return `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
}

/**
 * `cache`: the dev server's texts of files read before. `known`: the content hashes a build recorded
 * by stamp; a post (and its comments file) whose stamp is among them is not read. `now`: the time of
 * reading, which says which files are settled.
 */
export function readContentFolder(
  contentDir: string,
  cache?: ReadCache,
  known?: KnownHashes,
  now = Date.now(),
): ContentFolder {
  const root = path.resolve(contentDir);
  const displayPath = displayPathOf(root);
  const issues: ContentIssue[] = [];
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    return {
      posts: [],
      pages: [],
      bundled: [],
      statics: [],
      settings: undefined,
      theme: [],
      views: [],
      displayPath,
      issues: [contentError(displayPath, undefined, "the content folder does not exist")],
      unread: 0,
    };
  }
  const read = (absolute: string, relative: string, statOf?: fs.Stats): SourceFile | undefined => {
    const shown = `${displayPath}/${relative}`;
    try {
      const stat = statOf ?? fs.statSync(absolute);
      const size = stat.size;
      const known = cache?.get(absolute);
      if (known !== undefined && known.size === size && known.mtimeMs === stat.mtimeMs) {
        return new ReadFile({ path: shown, relative, absolute }, known.text);
      }
      if (size > MAX_POST_BYTES) {
        issues.push(
          contentError(
            shown,
            undefined,
            `the file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_POST_BYTES / 1048576} MB limit for a post`,
          ),
        );
        return undefined;
      }
      const bytes = fs.readFileSync(absolute);
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        issues.push(contentError(shown, undefined, "the file is UTF-16 text (save it as UTF-8)"));
        return undefined;
      }
      if (!isUtf8(bytes)) {
        issues.push(contentError(shown, undefined, "the file is not valid UTF-8 text (save it as UTF-8)"));
        return undefined;
      }
      const file = new ReadFile({ path: shown, relative, absolute }, UTF8.decode(bytes));
      if (cache !== undefined) cache.set(absolute, { size, mtimeMs: stat.mtimeMs, text: file.text });
      return file;
    } catch (error) {
      const reason = `could not be read (${String(error)})`;
      issues.push(contentError(shown, undefined, `the file ${reason}`));
      return undefined;
    }
  };

  const posts: SourceFile[] = [];
  const themeRoot = path.join(root, THEME_FOLDER);
  const theme = listFiles(themeRoot, { skipFolders: [VIEWS_FOLDER] });
  const viewsRoot = path.join(themeRoot, VIEWS_FOLDER);
  const views: ViewSource[] = [];
  if (isDirectory(viewsRoot)) {
    for (const entry of fs
      .readdirSync(viewsRoot, { withFileTypes: true })
      .sort((a, b) => compareText(a.name, b.name))) {
      if (entry.name.startsWith(".") || entry.isDirectory()) continue;
      const absolute = path.join(viewsRoot, entry.name);
      views.push({
        path: `${displayPath}/${THEME_FOLDER}/${VIEWS_FOLDER}/${entry.name}`,
        absolute,
        mtimeMs: fs.statSync(absolute).mtimeMs,
      });
    }
  }
  for (const relative of theme.filter((f) => POST_EXTENSION.test(f))) {
    issues.push(
      contentWarning(
        "theme-markdown",
        `${displayPath}/${THEME_FOLDER}/${relative}`,
        undefined,
        `is in the theme folder, so it is copied to /assets/ and not read as a post`,
      ),
    );
  }
  const all = listFiles(root, { skipFolders: [THEME_FOLDER, STATIC_FOLDER] });
  const markdown = all.filter((f) => POST_EXTENSION.test(f));
  // A folder with an index.md is a post (or page) written as a folder: its other files go with it.
  const bundleFolders = new Set(
    markdown
      .filter((f) => /(^|\/)index\.(md|markdown)$/i.test(f))
      .map((f) => f.slice(0, f.lastIndexOf("/") + 1)),
  );
  const bundleOf = (file: string): string | undefined => {
    for (let at = file.lastIndexOf("/"); at > 0; at = file.lastIndexOf("/", at - 1)) {
      const folder = file.slice(0, at + 1);
      if (bundleFolders.has(folder)) return folder;
    }
    return undefined;
  };
  // A post's comments are in `<post>.comments.yaml` beside it (src/content/parse-comments.ts).
  const commentFiles = new Set(all.filter((f) => COMMENTS_FILE.test(f)));
  const pages: SourceFile[] = [];
  let unreadPosts = 0;
  const statOf = (absolute: string): fs.Stats | undefined => {
    try {
      return fs.statSync(absolute);
    } catch {
      return undefined;
    }
  };
  for (const relative of markdown) {
    const absolute = path.join(root, ...relative.split("/"));
    if (relative.startsWith(`${PAGES_FOLDER}/`)) {
      const page = read(absolute, relative);
      if (page !== undefined) pages.push(page);
      continue;
    }
    const shown = `${displayPath}/${relative}`;
    const commentsRelative = commentsFileOf(relative);
    const comments = commentFiles.delete(commentsRelative)
      ? {
          path: `${displayPath}/${commentsRelative}`,
          relative: commentsRelative,
          absolute: path.join(root, ...commentsRelative.split("/")),
        }
      : undefined;
    const stat = statOf(absolute);
    const commentsStat = comments === undefined ? undefined : statOf(comments.absolute);
    // The post's stamp, when its files are settled: a known one spares reading them.
    const stamp =
      stat !== undefined &&
      settled(stat, now) &&
      (comments === undefined || (commentsStat !== undefined && settled(commentsStat, now)))
        ? `${stampOf(stat)}${commentsStat === undefined ? "" : `|${stampOf(commentsStat)}`}`
        : undefined;
    const hash = stamp === undefined ? undefined : known?.(shown, stamp);
    if (hash !== undefined) {
      const unread = comments === undefined ? undefined : new ReadFile(comments, undefined);
      posts.push(
        new ReadFile({ path: shown, relative, absolute }, undefined, { comments: unread, stamp, hash }),
      );
      unreadPosts++;
      continue;
    }
    const source = read(absolute, relative, stat);
    if (source === undefined) continue;
    const commentsSource =
      comments === undefined ? undefined : read(comments.absolute, comments.relative, commentsStat);
    posts.push(
      new ReadFile({ path: shown, relative, absolute }, source.text, { comments: commentsSource, stamp }),
    );
  }
  for (const relative of commentFiles)
    issues.push(
      contentWarning(
        "stray-file",
        `${displayPath}/${relative}`,
        undefined,
        `is the comments of no post (comments of a post \`x.md\` are in \`x.comments.yaml\` beside it): not shown`,
      ),
    );
  const bundled: string[] = [];
  for (const relative of all) {
    if (POST_EXTENSION.test(relative) || relative === SETTINGS_FILE_NAME || COMMENTS_FILE.test(relative))
      continue;
    if (bundleOf(relative) !== undefined) bundled.push(relative);
    else
      issues.push(
        contentWarning(
          "stray-file",
          `${displayPath}/${relative}`,
          undefined,
          `is not copied: files go in ${displayPath}/${STATIC_FOLDER}/ (copied to the site as they are), or beside a post written as a folder (its index.md)`,
        ),
      );
  }
  const statics = listFiles(path.join(root, STATIC_FOLDER), {}).map((f) => `${STATIC_FOLDER}/${f}`);
  const settingsPath = path.join(root, SETTINGS_FILE_NAME);
  const settings = fs.existsSync(settingsPath) ? read(settingsPath, SETTINGS_FILE_NAME) : undefined;
  return { posts, pages, bundled, statics, settings, theme, views, issues, displayPath, unread: unreadPosts };
}

/**
 * Relative `/`-separated paths of the files under `root` whose name matches `only` (every file without
 * it), in code-point order, skipping hidden files and folders and the top-level folders `skipFolders`.
 */
function listFiles(root: string, options: { only?: RegExp; skipFolders?: readonly string[] }): string[] {
  const out: string[] = [];
  if (!isDirectory(root)) return out;
  const visited = new Set<string>();
  const walk = (dir: string, prefix: string): void => {
    const real = fs.realpathSync(dir);
    if (visited.has(real)) return;
    visited.add(real);
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const absolute = path.join(dir, entry.name);
      const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(absolute));
      if (isDir) {
        if (!(prefix === "" && options.skipFolders?.includes(entry.name))) walk(absolute, relative);
      } else if (options.only === undefined || options.only.test(entry.name)) out.push(relative);
    }
  };
  walk(root, "");
  return out.sort(compareText);
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
