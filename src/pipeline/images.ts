// Responsive images, with sharp and a cache of annals' own. For each image a post or page shows (a
// file beside it, or under the static folder) the build makes resized variants in the original's format
// and in modern formats (WebP by default), and learns the displayed size (EXIF orientation applied) for
// width and height attributes. The work is cached between builds, in `.cache/annals/images/` beside the
// content folder:
//
//   index.json   { recipe, sources: { "<file>": { size, mtimeMs, key } }, records: { "<key>": Cached } }
//   <key>/       the variants of one image's content (key = sha1 of the recipe and the file's bytes)
//
// A rebuild stats each image; when its size and modification time are the index's, nothing is read.
// Otherwise it reads and hashes the file: the same bytes (a `touch`, a fresh clone, the same picture in
// two posts) find their variants by key; new bytes are resized. A change of recipe (widths, formats,
// RECIPE_VERSION) changes every key. An image that cannot be read (not an image, truncated, over the
// pixel limit) is recorded "as-is" with the reason, and published untouched; SVG and animations are
// published as they are, with their size.

import { createHash } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Metadata, default as Sharp } from "sharp";
import type { ImageSettings } from "../model/settings.ts";
import type { ImageRecord, ImageVariant } from "../model/types.ts";
import { SetupError } from "./options.ts";

/** Where resized images are served: annals' own folder of assets. */
export const VARIANTS_URL = "/assets/annals/img/";

/** Bump when the code that makes variants changes in a way the settings do not show. */
const RECIPE_VERSION = 2;

type Format = ImageVariant["format"];

const ENCODERS: Readonly<Record<Format, object>> = {
  jpeg: { quality: 80 },
  png: {},
  gif: {},
  webp: { quality: 80, effort: 4 },
  // Effort 0: as fast as WebP; sharp's default (4) costs thirty times as much.
  avif: { quality: 50, effort: 0 },
};

/** What the cache keeps of an image: its record, with variant names but no URLs (those depend on the file's name). */
interface Cached {
  readonly key: string;
  readonly status: "resized" | "as-is";
  readonly reason?: string;
  readonly width?: number;
  readonly height?: number;
  readonly variants: readonly { format: Format; width: number; height: number; name: string }[];
}

interface Index {
  recipe: string;
  sources: Record<string, { size: number; mtimeMs: number; key: string }>;
  records: Record<string, Cached>;
}

/**
 * sharp (libvips, ~0.1 s to load), loaded when an image is first made: a build whose images are all
 * in the cache, or that shows none, never loads it.
 */
let sharpLoaded: Promise<typeof Sharp> | undefined;

function loadSharp(): Promise<typeof Sharp> {
  sharpLoaded ??= import("sharp").then(
    ({ default: sharp }) => {
      // A build touches each image once: libvips' operation cache would only hold memory.
      sharp.cache(false);
      return sharp;
    },
    (error: Error) => {
      throw new SetupError(
        `sharp, which resizes images, could not be loaded (${error.message}); run npm install again`,
      );
    },
  );
  return sharpLoaded;
}

/**
 * Widths to make for an image `original` pixels wide: the settings' widths below it (one within 20% of
 * the top is left out: it would add little), and the top: the original, or the largest width.
 */
export function widthsFor(original: number, ladder: readonly number[]): number[] {
  const largest = ladder[ladder.length - 1] ?? original;
  const top = Math.min(original, largest);
  return [...ladder.filter((w) => w * 1.2 < top), top];
}

/** The format the fallback is made in: the original's when browsers take it, else by transparency. */
function fallbackFormat(meta: Metadata): Format {
  if (meta.format === "jpeg" || meta.format === "png" || meta.format === "gif" || meta.format === "webp")
    return meta.format;
  return meta.hasAlpha ? "png" : "jpeg";
}

/** `photo-063d2ee8-960.webp`: the file's name, its content's key and the variant: unique and readable. */
function variantUrl(file: string, key: string, variant: Cached["variants"][number]): string {
  const stem =
    path.posix
      .basename(file)
      .replace(/\.[^.]+$/, "")
      .replace(/[^\p{L}\p{N}_-]+/gu, "-")
      .replace(/^-+|-+$/g, "") || "image";
  return `${VARIANTS_URL}${stem}-${key.slice(0, 8)}-${variant.width}.${variant.format}`;
}

export class ImageCache {
  readonly #dir: string;
  readonly #contentDir: string;
  readonly #settings: ImageSettings;
  readonly #recipe: string;
  #index: Index;
  readonly #used = new Set<string>();
  readonly #pending = new Map<string, Promise<Cached>>();
  /** What the last `resolveAll` did: read from the index, found by content, made, published as is. */
  readonly stats = { statHits: 0, hashHits: 0, resized: 0, asIs: 0 };

  constructor(cacheDir: string, contentDir: string, settings: ImageSettings) {
    this.#dir = cacheDir;
    this.#contentDir = contentDir;
    this.#settings = settings;
    this.#recipe = JSON.stringify({ v: RECIPE_VERSION, s: settings, e: ENCODERS });
    this.#index = this.#readIndex();
  }

  /** The cache folder of one image's variants. */
  folderOf(key: string): string {
    return path.join(this.#dir, key);
  }

  #readIndex(): Index {
    try {
      const index = JSON.parse(fs.readFileSync(path.join(this.#dir, "index.json"), "utf8")) as Index;
      if (index.recipe === this.#recipe) return index;
    } catch {
      // no index yet, or an unreadable one: start afresh (variants on disk are found again by key)
    }
    return { recipe: this.#recipe, sources: {}, records: {} };
  }

  /**
   * The record of each image (files inside the content folder), resizing what the cache lacks, two
   * images per core at a time (each runs its widths in turn and its formats side by side).
   */
  async resolveAll(files: readonly string[]): Promise<Map<string, ImageRecord>> {
    const results = new Map<string, ImageRecord>();
    const queue = [...new Set(files)];
    const worker = async (): Promise<void> => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        const cached = await this.#resolve(file);
        results.set(file, {
          key: cached.key,
          status: cached.status,
          reason: cached.reason,
          width: cached.width,
          height: cached.height,
          variants: cached.variants.map((v) => ({ ...v, url: variantUrl(file, cached.key, v) })),
        });
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, 2 * os.availableParallelism()) }, worker));
    return new Map([...results].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  async #resolve(file: string): Promise<Cached> {
    const absolute = path.join(this.#contentDir, ...file.split("/"));
    const stat = await fsp.stat(absolute);
    const known = this.#index.sources[file];
    if (known !== undefined && known.size === stat.size && known.mtimeMs === stat.mtimeMs) {
      const record = this.#index.records[known.key];
      if (record !== undefined && (record.status === "as-is" || fs.existsSync(this.folderOf(known.key)))) {
        this.stats.statHits++;
        this.#used.add(known.key);
        return record;
      }
    }
    const bytes = await fsp.readFile(absolute);
    const key = createHash("sha1").update(this.#recipe).update("\0").update(bytes).digest("hex");
    this.#index.sources[file] = { size: stat.size, mtimeMs: stat.mtimeMs, key };
    this.#used.add(key);
    const cached = this.#index.records[key] ?? this.#readRecord(key);
    if (cached !== undefined) {
      this.stats.hashHits++;
      this.#index.records[key] = cached;
      return cached;
    }
    // The same bytes under two names are resized once.
    let pending = this.#pending.get(key);
    if (pending === undefined) {
      pending = this.#process(key, bytes);
      this.#pending.set(key, pending);
    }
    const record = await pending;
    this.#index.records[key] = record;
    return record;
  }

  #readRecord(key: string): Cached | undefined {
    try {
      return JSON.parse(fs.readFileSync(path.join(this.folderOf(key), "record.json"), "utf8")) as Cached;
    } catch {
      return undefined;
    }
  }

  async #process(key: string, bytes: Buffer): Promise<Cached> {
    const dir = this.folderOf(key);
    const tmp = `${dir}.tmp-${process.pid}`;
    await fsp.rm(tmp, { recursive: true, force: true });
    await fsp.mkdir(tmp, { recursive: true });
    const record = await this.#makeVariants(key, bytes, tmp);
    if (record.status === "resized") this.stats.resized++;
    else this.stats.asIs++;
    await fsp.writeFile(path.join(tmp, "record.json"), JSON.stringify(record));
    // Whole folders only: a build stopped half-way leaves a .tmp folder, never a partial one.
    await fsp.rm(dir, { recursive: true, force: true });
    await fsp.rename(tmp, dir);
    return record;
  }

  async #makeVariants(key: string, bytes: Buffer, dir: string): Promise<Cached> {
    const sharp = await loadSharp();
    let meta: Metadata;
    try {
      // The header only: fails on what is no image, and on images over the pixel limit.
      meta = await (async () => sharp(bytes).metadata())();
    } catch (error) {
      // Over the pixel limit, the header still gives the size for the <img> (sharp's constructor throws
      // at once on an empty file, hence the async wrapper).
      const size = await (async () => sharp(bytes, { limitInputPixels: false }).metadata())().catch(
        () => undefined,
      );
      const known =
        size === undefined ? {} : { width: size.autoOrient.width, height: size.autoOrient.height };
      return { key, status: "as-is", reason: (error as Error).message, ...known, variants: [] };
    }
    const frames = meta.pages ?? 1;
    const width = meta.autoOrient.width;
    const height = frames > 1 && meta.pageHeight !== undefined ? meta.pageHeight : meta.autoOrient.height;
    const known = { key, width, height };
    if (meta.format === "svg") return { ...known, status: "as-is", reason: "svg", variants: [] };
    if (frames > 1) return { ...known, status: "as-is", reason: "animated", variants: [] };
    if (!this.#settings.resize) return { ...known, status: "as-is", reason: "not resized", variants: [] };
    const formats = [...new Set<Format>([...this.#settings.formats, fallbackFormat(meta)])];
    const variants: { format: Format; width: number; height: number; name: string }[] = [];
    try {
      for (const w of widthsFor(width, this.#settings.widths)) {
        // failOn "error": libjpeg's warnings are fine (browsers show those files), broken data is not.
        const resized = sharp(bytes, { failOn: "error" })
          .autoOrient()
          .resize({ width: w, withoutEnlargement: true });
        await Promise.all(
          formats.map(async (format) => {
            const name = `${w}.${format}`;
            const info = await resized
              .clone()
              .toFormat(format, ENCODERS[format])
              .toFile(path.join(dir, name));
            variants.push({ format, width: info.width, height: info.height, name });
          }),
        );
      }
    } catch {
      // libvips' own message depends on which of its threads saw the damage first ("Unknown error"
      // when several did): the reason is ours, the same on every machine.
      const reason = "its data is damaged or cut short";
      return { ...known, status: "as-is", reason, variants: [] };
    }
    variants.sort((a, b) => formats.indexOf(a.format) - formats.indexOf(b.format) || a.width - b.width);
    return { ...known, status: "resized", variants };
  }

  /**
   * Writes the index, keeping only the images this build used; with `prune` (a whole build), also
   * removes the variants of images no longer used.
   */
  async save(options: { readonly prune: boolean }): Promise<void> {
    const sources: Index["sources"] = {};
    for (const [file, entry] of Object.entries(this.#index.sources))
      if (this.#used.has(entry.key)) sources[file] = entry;
    const records: Index["records"] = {};
    for (const key of this.#used) {
      const record = this.#index.records[key];
      if (record !== undefined) records[key] = record;
    }
    this.#index = { recipe: this.#recipe, sources, records };
    await fsp.mkdir(this.#dir, { recursive: true });
    const tmp = path.join(this.#dir, `index.json.tmp-${process.pid}`);
    await fsp.writeFile(tmp, JSON.stringify(this.#index));
    await fsp.rename(tmp, path.join(this.#dir, "index.json"));
    if (!options.prune) return;
    for (const name of await fsp.readdir(this.#dir)) {
      if (name === "index.json" || this.#used.has(name)) continue;
      await fsp.rm(path.join(this.#dir, name), { recursive: true, force: true });
    }
  }
}

/** The image cache of a content folder: `.cache/annals/images/` beside it (in the site's folder). */
export function imageCacheDirOf(contentDir: string): string {
  return path.join(path.dirname(path.resolve(contentDir)), ".cache", "annals", "images");
}
