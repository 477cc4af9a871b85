// The blog's uploaded files. A WordPress export holds none; `--uploads <folder>` names a copy of the
// blog's `wp-content/uploads/` (laid out `<yyyy>/<mm>/<file>`). Every reference a post or page makes to
// one of them is found in its converted text: by the blog's own address
// (`https://blog.example/wp-content/uploads/2016/05/logo.png`), site-relative
// (`/wp-content/uploads/…`), or, for a WordPress.com blog, `https://<name>.files.wordpress.com/2016/05/
// logo.png`, with or without a query (`?w=300`), in Markdown links, images, HTML attributes and
// `srcset` lists alike. A referenced file that the folder has is copied into the content's static
// folder at its old path (`static/wp-content/uploads/2016/05/logo.png`, so the old address keeps
// working) and the reference becomes site-relative. A resized variant the folder lacks
// (`logo-300x200.png`) is served by its original when the folder has that. Missing files are listed
// per post and their references left on the old host.

import { realpathSync, statSync } from "node:fs";
import path from "node:path";

export const UPLOADS_PATH = "/wp-content/uploads/";

export interface UploadsContext {
  /** The copy of `wp-content/uploads/` (absolute), or undefined when none was given. */
  readonly folder: string | undefined;
  /** The blog's address in WordPress. */
  readonly baseUrl: string;
}

export interface ResolvedUploads {
  readonly text: string;
  /** Paths inside the uploads folder (`2016/05/logo.png`) of the files the text now serves locally. */
  readonly copied: readonly string[];
  /** Paths inside the uploads folder of referenced files the folder does not have. */
  readonly missing: readonly string[];
  /** References to the old blog's uploads left as they were (no folder given, or missing). */
  readonly remote: number;
}

/** Any address, or a site path into the uploads. */
const CANDIDATE =
  /(?:https?:)?\/\/[^\s"'()<>[\]\\,]+|(?<![\w./-])\/[^\s"'()<>[\]\\,]*wp-content\/uploads\/[^\s"'()<>[\]\\,]+/g;
const RESIZED = /^(.*)-\d+x\d+(\.[A-Za-z0-9]+)$/;

export class UploadsResolver {
  readonly #ctx: UploadsContext;
  readonly #base: URL | undefined;
  readonly #basePath: string;
  /** `<name>` of `<name>.wordpress.com`: its uploads are at `<name>.files.wordpress.com`. */
  readonly #wpcom: string | undefined;
  readonly #exists = new Map<string, boolean>();

  constructor(ctx: UploadsContext) {
    this.#ctx = ctx;
    let base: URL | undefined;
    try {
      base = new URL(ctx.baseUrl);
    } catch {
      base = undefined;
    }
    this.#base = base;
    this.#basePath = (base?.pathname ?? "").replace(/\/+$/, "");
    this.#wpcom = base === undefined ? undefined : /^([a-z0-9-]+)\.wordpress\.com$/i.exec(base.host)?.[1];
  }

  /** True when an uploads folder was given. */
  get hasFolder(): boolean {
    return this.#ctx.folder !== undefined;
  }

  /** The path inside the uploads folder that a reference points at, or undefined for any other. */
  uploadPathOf(reference: string): string | undefined {
    let url: URL;
    try {
      url = new URL(reference.startsWith("//") ? `https:${reference}` : reference, "https://site.invalid");
    } catch {
      return undefined;
    }
    const relative = !/^(?:https?:)?\/\//i.test(reference);
    let rest: string | undefined;
    const wpcom = /^([a-z0-9-]+)\.files\.wordpress\.com$/i.exec(url.host)?.[1];
    if (wpcom !== undefined) {
      if (this.#wpcom === undefined || wpcom.toLowerCase() !== this.#wpcom.toLowerCase()) return undefined;
      rest = url.pathname.replace(/^\/(?:wp-content\/uploads\/)?/, "");
      if (!/^\d{4}\/\d{2}\//.test(rest)) return undefined;
    } else {
      if (!relative && (this.#base === undefined || url.host !== this.#base.host)) return undefined;
      for (const prefix of [`${this.#basePath}${UPLOADS_PATH}`, UPLOADS_PATH])
        if (url.pathname.startsWith(prefix)) {
          rest = url.pathname.slice(prefix.length);
          break;
        }
    }
    if (rest === undefined || rest === "") return undefined;
    let decoded: string;
    try {
      decoded = decodeURIComponent(rest);
    } catch {
      return undefined;
    }
    const parts = decoded.split("/");
    if (parts.some((p) => p === "" || p === "." || p === ".." || p.includes("\\") || p.includes("\0")))
      return undefined;
    return parts.join("/");
  }

  /**
   * True when the uploads folder has the file: a real file inside the folder (a symbolic link that
   * leads out of it does not count, so nothing outside the folder is ever copied into the site).
   */
  #has(relative: string): boolean {
    const folder = this.#ctx.folder;
    if (folder === undefined) return false;
    let known = this.#exists.get(relative);
    if (known === undefined) {
      const file = path.join(folder, ...relative.split("/"));
      try {
        this.#root ??= realpathSync(folder);
        const real = realpathSync(file);
        known = real.startsWith(`${this.#root}${path.sep}`) && statSync(real).isFile();
      } catch {
        known = false;
      }
      this.#exists.set(relative, known);
    }
    return known;
  }

  #root: string | undefined;

  /** The text with every reference to a file the folder has made site-relative. */
  resolve(text: string): ResolvedUploads {
    const copied = new Set<string>();
    const missing = new Set<string>();
    let remote = 0;
    const out = text.replace(CANDIDATE, (reference) => {
      const upload = this.uploadPathOf(reference);
      if (upload === undefined) return reference;
      let served = upload;
      if (!this.#has(served)) {
        const original = RESIZED.exec(served);
        const fallback = original === null ? undefined : `${original[1]}${original[2]}`;
        if (fallback !== undefined && this.#has(fallback)) served = fallback;
      }
      if (!this.#has(served)) {
        if (this.#ctx.folder !== undefined) missing.add(upload);
        if (/^(?:https?:)?\/\//i.test(reference)) remote++;
        return reference;
      }
      copied.add(served);
      return `${UPLOADS_PATH}${served.split("/").map(encodeURIComponent).join("/")}`;
    });
    return { text: out, copied: [...copied], missing: [...missing], remote };
  }
}
