// The import folder (`--into`): every read and write of the import goes through here, and nothing is
// read or written outside it, whatever a path or a symbolic link inside it says.

import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

/** A problem with the import folder (not with the export): one line, naming the path. */
export class ImportError extends Error {
  override readonly name = "ImportError";
}

export class ImportFolder {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The file's text, or undefined when there is none. */
  read(relative: string): string | undefined {
    const target = this.resolve(relative);
    if (!existsSync(target) && !isLink(target)) return undefined;
    this.checkTarget(target);
    return readFileSync(target, "utf8");
  }

  /** The file's bytes, or undefined when there is none. */
  readBytes(relative: string): Buffer | undefined {
    const target = this.resolve(relative);
    if (!existsSync(target) && !isLink(target)) return undefined;
    this.checkTarget(target);
    return readFileSync(target);
  }

  /** Writes the whole file at once (a temporary file renamed over it), making folders as needed. */
  write(relative: string, text: string | Buffer): void {
    const target = this.resolve(relative);
    try {
      mkdirSync(path.dirname(target), { recursive: true });
    } catch (error) {
      throw new ImportError(`${path.dirname(target)}: cannot make the folder (${codeOf(error)})`);
    }
    this.checkInside(path.dirname(target));
    if (existsSync(target) || isLink(target)) this.checkTarget(target);
    const temporary = `${target}.import-${process.pid}.tmp`;
    try {
      writeFileSync(temporary, text);
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw new ImportError(`${target}: cannot write (${codeOf(error)})`);
    }
  }

  private resolve(relative: string): string {
    const parts = relative.split("/");
    if (path.isAbsolute(relative) || parts.some((p) => p === "" || p === "." || p === "..")) {
      throw new Error(`bug: the import made the path "${relative}"`);
    }
    const target = path.resolve(this.root, ...parts);
    const rel = path.relative(this.root, target);
    if (rel.startsWith("..") || path.isAbsolute(rel))
      throw new Error(`bug: "${relative}" is outside the import folder`);
    // The nearest folder that exists must really be inside the import folder (no link out of it).
    let existing = path.dirname(target);
    while (!existsSync(existing) && existing !== this.root && existing !== path.dirname(existing)) {
      existing = path.dirname(existing);
    }
    if (existsSync(existing)) this.checkInside(existing);
    return target;
  }

  private checkInside(folder: string): void {
    if (!existsSync(this.root)) return;
    const root = realpathSync(this.root);
    const real = realpathSync(folder);
    const rel = path.relative(root, real);
    if (rel.startsWith("..") || path.isAbsolute(rel)) {
      throw new ImportError(
        `${folder}: leads outside ${this.root} (a symbolic link?); the import writes only inside it`,
      );
    }
  }

  private checkTarget(target: string): void {
    const stat = lstatSync(target);
    if (stat.isSymbolicLink()) {
      throw new ImportError(`${target}: is a symbolic link; the import does not write through links`);
    }
    if (!stat.isFile()) throw new ImportError(`${target}: is not a file`);
  }
}

function isLink(target: string): boolean {
  try {
    return lstatSync(target).isSymbolicLink();
  } catch {
    return false;
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
