// Reading the output folder: one walk that lists its files, its empty folders and whether it holds a
// symbolic link, optionally with each file's stamp (size and modification time); and writing a file
// over the last build's, unless its bytes are there. Plain JavaScript, so that a worker thread
// (output-folder-worker.mjs, file-writer-worker.mjs) runs it as it is, without compiling.

import fs from "node:fs";
import path from "node:path";

/**
 * Reads the folder `root` in one walk (links are listed as files, never followed); an absent folder
 * holds nothing. With `stamps`, each file's stamp too, by its path.
 * @param {string} root
 * @param {{ stamps?: boolean }} [options]
 * @returns {{ files: string[], emptyFolders: string[], links: boolean, stamps: Map<string, string> }}
 */
export function readFolder(root, options = {}) {
  /** @type {string[]} */
  const files = [];
  /** @type {string[]} */
  const emptyFolders = [];
  /** @type {Map<string, string>} */
  const stamps = new Map();
  let links = false;
  /** @param {string} dir @param {string} prefix */
  const walk = (dir, prefix) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    if (entries.length === 0 && prefix !== "") emptyFolders.push(prefix);
    for (const entry of entries) {
      const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relative);
      else {
        if (entry.isSymbolicLink()) links = true;
        files.push(relative);
        if (options.stamps === true) {
          const stamp = stampOf(path.join(dir, entry.name));
          if (stamp !== undefined) stamps.set(relative, stamp);
        }
      }
    }
  };
  if (fs.existsSync(root)) walk(root, "");
  return { files, emptyFolders, links, stamps };
}

/**
 * A file's size and modification time (any write changes them); undefined when there is none.
 * @param {string} file
 * @returns {string | undefined}
 */
export function stampOf(file) {
  try {
    return stampOfStats(fs.lstatSync(file));
  } catch {
    return undefined;
  }
}

/**
 * The stamp of a file whose stats are at hand (`stampOf`'s).
 * @param {fs.Stats} stat
 * @returns {string}
 */
function stampOfStats(stat) {
  return `${stat.size}:${stat.mtimeMs}`;
}

/**
 * What a build on the last build needs of its output folder before writing: whether the folder is or
 * holds a symbolic link anywhere (a build never writes through one), each file's stamp, and the
 * folder's files and empty folders (`relistFolder` starts from them). A folder that cannot be read is
 * reported as holding a link, so that it is not built on.
 * @param {string} root
 * @returns {{ links: boolean, stamps: Map<string, string>, files: string[], emptyFolders: string[] }}
 */
export function surveyFolder(root) {
  const none = { links: true, stamps: new Map(), files: [], emptyFolders: [] };
  try {
    if (fs.lstatSync(root).isSymbolicLink()) return none;
    const { links, stamps, files, emptyFolders } = readFolder(root, { stamps: true });
    return { links, stamps, files, emptyFolders };
  } catch {
    return none;
  }
}

/**
 * The folder after a build on the last build wrote into it: each folder the build wrote into
 * (`touched`, `/`-separated paths inside `root`, "" for the root itself) read again from the disk,
 * the others as the survey before writing found them (the build neither wrote nor removed anything
 * there).
 * @param {string} root
 * @param {{ files: readonly string[], emptyFolders: readonly string[] }} survey
 * @param {ReadonlySet<string>} touched
 * @returns {{ files: string[], emptyFolders: string[], links: boolean, stamps: Map<string, string> }}
 */
export function relistFolder(root, survey, touched) {
  const folderOf = (/** @type {string} */ file) => {
    const at = file.lastIndexOf("/");
    return at === -1 ? "" : file.slice(0, at);
  };
  const files = survey.files.filter((file) => !touched.has(folderOf(file)));
  const emptyFolders = survey.emptyFolders.filter((folder) => !touched.has(folder));
  let links = false;
  for (const folder of touched) {
    /** @type {fs.Dirent[]} */
    let entries;
    try {
      entries = fs.readdirSync(folder === "" ? root : path.join(root, ...folder.split("/")), {
        withFileTypes: true,
      });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) continue;
      if (entry.isSymbolicLink()) links = true;
      files.push(folder === "" ? entry.name : `${folder}/${entry.name}`);
    }
  }
  return { files, emptyFolders, links, stamps: new Map() };
}

/**
 * Writes `bytes` to the file `target` unless it holds them already (then left as it is, its time
 * too); its folder is made when the write finds it missing (over the last build's folder, almost
 * every folder is there: one failed call for a new one instead of one call for every file). True
 * when the file was left as it was.
 * @param {string} target
 * @param {Uint8Array} bytes
 * @returns {boolean}
 */
export function writeUnlessThere(target, bytes) {
  let size;
  try {
    size = fs.statSync(target).size;
  } catch {
    size = -1;
  }
  if (size === bytes.length && fs.readFileSync(target).equals(bytes)) return true;
  try {
    fs.writeFileSync(target, bytes);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== "ENOENT") throw error;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
  }
  return false;
}

/** A file being patched is read into this one buffer (grown when a file needs more). */
let patchScratch = Buffer.allocUnsafeSlow(1 << 16);

/**
 * Replaces, in the file `target`, the one run of `from` it holds with `to` (a page's old sidebar with
 * the new one), writing from there to the end (a page's sidebar is near its end): the file's new stamp
 * (as `stampOf` makes it); undefined, the file left as it is, when it holds `from` not exactly once or
 * is not there.
 * @param {string} target
 * @param {Uint8Array} from
 * @param {Uint8Array} to
 * @returns {string | undefined}
 */
export function patchFile(target, from, to) {
  let fd;
  try {
    fd = fs.openSync(target, "r+");
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (patchScratch.length < size) patchScratch = Buffer.allocUnsafeSlow(size * 2);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, patchScratch, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const bytes = patchScratch.subarray(0, read);
    const at = bytes.indexOf(from);
    if (at === -1 || bytes.indexOf(from, at + 1) !== -1) return undefined;
    const tail = bytes.subarray(at + from.length);
    let position = at;
    for (const part of [to, tail]) {
      for (let done = 0; done < part.length; ) {
        const n = fs.writeSync(fd, part, done, part.length - done, position);
        done += n;
        position += n;
      }
    }
    if (position < read) fs.ftruncateSync(fd, position);
    // Taken before closing: where a network file system sets the time only at close, the next build
    // finds another stamp and renders the page (never keeps it wrongly).
    return stampOfStats(fs.fstatSync(fd));
  } finally {
    fs.closeSync(fd);
  }
}
