// Where a build reads and writes, and its build time. The commands make these from their arguments;
// the pipeline and the Eleventy adapter are given them (nothing below the commands reads the
// environment). A module of its own, light to import.

export interface PipelineOptions {
  readonly contentDir: string;
  /** Where the site is written. */
  readonly outputDir: string;
  /** The build time, in milliseconds since the epoch: posts dated after it are held back. */
  readonly now: number;
  /** A preview (the dev server): drafts and future posts are shown, marked; nothing is checked. */
  readonly preview?: boolean;
  /**
   * Where the host serves the site (`--base-url`, which the GitHub Pages workflow takes from
   * actions/configure-pages): the site's address unless the settings give one on another host.
   */
  readonly servedAt?: string;
  /**
   * Keep a build cache (src/pipeline/build-cache.ts) and build on the last build when it can; false
   * (`annals build --clean`, and whatever is not a build) makes a clean build.
   */
  readonly useCache?: boolean;
  /**
   * The fewest posts in a part of the search index (src/pipeline/search-index.ts's `planSearchParts`);
   * `ANNALS_SEARCH_PART_POSTS`, for tests of an index in parts on a small site.
   */
  readonly searchPartPosts?: number;
}

/** `--base-url`: an absolute http(s) address, without a query or fragment; its trailing slash dropped. */
export function baseUrlOf(given: string | undefined): string | undefined {
  if (given === undefined || given.trim() === "") return undefined;
  let url: URL;
  try {
    url = new URL(given.trim());
  } catch {
    throw new SetupError(`--base-url "${given}" is not an address such as https://owner.github.io/repo`);
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.search !== "" || url.hash !== "")
    throw new SetupError(`--base-url "${given}" is not an address such as https://owner.github.io/repo`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/**
 * The build time a command uses: now, or `ANNALS_NOW` (an ISO date-time) when set, which fixes it for
 * tests and for previewing a scheduled post.
 */
export function buildTimeOf(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.ANNALS_NOW;
  if (text === undefined || text === "") return Date.now();
  const now = Date.parse(text);
  if (Number.isNaN(now))
    throw new SetupError(`ANNALS_NOW="${text}" is not a date-time (use e.g. 2026-01-01T00:00:00Z)`);
  return now;
}

/** `ANNALS_SEARCH_PART_POSTS` when set: a whole number of posts, at least 1. */
export function searchPartPostsOf(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const text = env.ANNALS_SEARCH_PART_POSTS;
  if (text === undefined || text === "") return undefined;
  if (!/^[1-9]\d{0,8}$/.test(text))
    throw new SetupError(`ANNALS_SEARCH_PART_POSTS="${text}" is not a whole number of posts (use e.g. 1000)`);
  return Number(text);
}

/** The content folder a command uses: `--content`, else `ANNALS_CONTENT`, else `content`. */
export function contentDirOf(given: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return given ?? env.ANNALS_CONTENT ?? "content";
}

/** A problem with how annals was run (not with the content): one line, exit code 2. */
export class SetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SetupError";
  }
}

/**
 * Refusals of the machine rather than mistakes of annals: a full disk or quota, no permission, a
 * read-only file system, a file where a folder must be (or the reverse), too many open files, a
 * failing device, a port in use.
 */
const REFUSALS = new Set([
  "ENOSPC",
  "EDQUOT",
  "EACCES",
  "EPERM",
  "EROFS",
  "ENOTDIR",
  "EISDIR",
  "EEXIST",
  "ENAMETOOLONG",
  "EMFILE",
  "ENFILE",
  "EIO",
  "EBUSY",
  "EADDRINUSE",
]);

/** An error of a system call: it has the call and a code (ENOENT, ENOSPC, …). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  return error instanceof Error && typeof syscall === "string" && typeof code === "string";
}

/** A system call's error that the machine refused it for (`REFUSALS`). */
export function isRefusal(error: unknown): error is NodeJS.ErrnoException {
  return isSystemError(error) && REFUSALS.has(error.code as string);
}
