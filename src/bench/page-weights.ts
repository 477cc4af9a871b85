// Page weights: what a reader downloads for one page of each type of a built site (the HTML, the
// stylesheets it links and the scripts it loads), raw and gzipped as a static host serves it. The
// search page also fetches Pagefind's engine and parts of the index when the reader first searches:
// that is a row of its own. `npm run weights -- [_site]` prints the table the README shows.

import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { load } from "cheerio";

export interface Weight {
  readonly raw: number;
  readonly gzip: number;
}

export interface PageWeight {
  readonly type: string;
  readonly url: string;
  readonly html: Weight;
  readonly css: Weight;
  readonly js: Weight;
  /** The images a desktop browser (40rem column, one pixel per CSS pixel, WebP) downloads. */
  readonly images: Weight;
  readonly total: Weight;
}

interface ManifestLists {
  readonly posts: readonly { readonly url: string }[];
  readonly archives: readonly {
    readonly kind: string;
    readonly url: string;
    readonly count: number;
    readonly pages: readonly { readonly url: string }[];
  }[];
  readonly outputs: readonly string[];
}

/**
 * A page of each type of a built site, found in its manifest (`archive.json`): the newest post, the
 * tag and category with the most posts, the newest year, month and day, the indexes, the 404 and
 * search pages, and page 2 of the home page and of the largest tag when they exist.
 */
export function pagesToWeigh(root: string): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "archive.json"), "utf8")) as ManifestLists;
  const pages: Record<string, string> = { home: "/" };
  const largest = (kind: string) =>
    manifest.archives.filter((a) => a.kind === kind).sort((a, b) => b.count - a.count)[0];
  const first = (kind: string) => manifest.archives.find((a) => a.kind === kind);
  const home = first("home");
  if (home?.pages[1] !== undefined) pages["home, page 2"] = home.pages[1].url;
  if (manifest.posts[0] !== undefined) pages.post = manifest.posts[0].url;
  const withImages = manifest.posts.find((p) => /<img\b/.test(fs.readFileSync(fileOf(root, p.url), "utf8")));
  if (withImages !== undefined) pages["post with images"] = withImages.url;
  const page = (manifest as { pages?: { url: string }[] }).pages?.[0];
  if (page !== undefined) pages.page = page.url;
  const tag = largest("tag");
  if (tag !== undefined) pages.tag = tag.url;
  if (tag?.pages[1] !== undefined) pages["tag, page 2"] = tag.pages[1].url;
  const category = largest("category");
  if (category !== undefined) pages.category = category.url;
  for (const kind of ["year", "month", "day"]) {
    const archive = first(kind);
    if (archive !== undefined) pages[kind] = archive.url;
  }
  const outputs = new Set(manifest.outputs);
  for (const [type, url] of [
    ["tags index", "/tags/"],
    ["categories index", "/categories/"],
    ["archives index", "/archives/"],
    ["not found (404)", "/404.html"],
    ["search", "/search/"],
  ] as const)
    if (outputs.has(url)) pages[type] = url;
  return pages;
}

const ZERO: Weight = { raw: 0, gzip: 0 };

function add(a: Weight, b: Weight): Weight {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

function weightOf(bytes: Buffer): Weight {
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

function fileOf(root: string, url: string): string {
  const pathname = decodeURI(new URL(url, "https://site.invalid/").pathname);
  return path.join(root, ...pathname.split("/"), pathname.endsWith("/") ? "index.html" : "");
}

export function measurePage(root: string, type: string, url: string): PageWeight {
  const bytes = fs.readFileSync(fileOf(root, url));
  const $ = load(bytes.toString("utf8"));
  const sum = (urls: string[]): Weight =>
    urls.reduce((w, u) => add(w, weightOf(fs.readFileSync(fileOf(root, u)))), ZERO);
  const css = sum(
    $('link[rel="stylesheet"]')
      .toArray()
      .map((l) => l.attribs.href ?? ""),
  );
  const js = sum(
    $("script[src]")
      .toArray()
      .map((s) => s.attribs.src ?? ""),
  );
  const html = weightOf(bytes);
  // For each image: the smallest candidate of its first <source> (WebP) at least 640 pixels wide (the
  // theme's 40rem column on a desktop), else of the <img>'s srcset, else its src. Images are not
  // compressed again in transit (gzip: their own size).
  const images = $("img")
    .toArray()
    .map((img) => {
      const source = $(img).parent("picture").find("source").first().attr("srcset");
      const candidates = (source ?? $(img).attr("srcset") ?? "")
        .split(",")
        .map((c) => c.trim().split(/\s+/))
        .filter(([u]) => u !== undefined && u !== "")
        .map(([u, w]) => ({ url: u as string, width: Number((w ?? "0w").replace("w", "")) }))
        .sort((a, b) => a.width - b.width);
      const chosen = candidates.find((c) => c.width >= 640) ?? candidates.at(-1);
      return chosen?.url ?? $(img).attr("src") ?? "";
    })
    .filter((u) => u !== "" && !/^[a-z]+:/i.test(u));
  const imageWeight = images.reduce((w, u) => {
    const size = fs.statSync(fileOf(root, u)).size;
    return add(w, { raw: size, gzip: size });
  }, ZERO);
  return { type, url, html, css, js, images: imageWeight, total: add(add(add(html, css), js), imageWeight) };
}

/**
 * What the first search adds: Pagefind's engine (pagefind.js, its worker and the WebAssembly of the
 * index's language), the index's entry and metadata, the filters the UI lists, the largest index
 * chunk (a query loads one or a few) and the fragments of the first five results (at their average).
 */
export function measureFirstSearch(root: string): Weight | undefined {
  const dir = path.join(root, "pagefind");
  if (!fs.existsSync(dir)) return undefined;
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => f.split(path.sep).join("/"));
  const weight = (f: string) => weightOf(fs.readFileSync(path.join(dir, f)));
  const entry = JSON.parse(fs.readFileSync(path.join(dir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { wasm: string }>;
  };
  const wasm = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm}.pagefind`));
  const fixed = files.filter(
    (f) =>
      f === "pagefind.js" ||
      f === "pagefind-worker.js" ||
      f === "pagefind-entry.json" ||
      wasm.has(f) ||
      /\.pf_meta$/.test(f) ||
      f.startsWith("filter/"),
  );
  const largest = files
    .filter((f) => f.startsWith("index/"))
    .map(weight)
    .reduce((a, b) => (b.raw > a.raw ? b : a), ZERO);
  const fragments = files.filter((f) => f.startsWith("fragment/")).map(weight);
  const shown = Math.min(5, fragments.length);
  const average = fragments.reduce(add, ZERO);
  const results =
    fragments.length === 0
      ? ZERO
      : {
          raw: Math.round((average.raw * shown) / fragments.length),
          gzip: Math.round((average.gzip * shown) / fragments.length),
        };
  return add(fixed.map(weight).reduce(add, largest), results);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)}`;

/** The README's table: KB raw / gzipped per column. */
export function formatTable(rows: readonly PageWeight[], firstSearch: Weight | undefined): string {
  const cell = (w: Weight) => (w.raw === 0 ? "–" : `${kb(w.raw)} / ${kb(w.gzip)}`);
  const lines = [
    "| page type | HTML | CSS | JS | images | total |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.type} | ${cell(r.html)} | ${cell(r.css)} | ${cell(r.js)} | ${r.images.raw === 0 ? "–" : kb(r.images.raw)} | **${cell(r.total)}** |`,
    ),
  ];
  if (firstSearch !== undefined) {
    lines.push(`| search: first query adds | | | ${cell(firstSearch)} | | **${cell(firstSearch)}** |`);
  }
  return lines.join("\n");
}

function main(argv: readonly string[]): number {
  const root = path.resolve(argv[0] ?? "_site");
  if (!fs.existsSync(path.join(root, "index.html"))) {
    console.error(`${root} holds no built site: run npm run build first (or name the output folder)`);
    return 2;
  }
  const rows = Object.entries(pagesToWeigh(root)).map(([type, url]) => measurePage(root, type, url));
  console.log("KB raw / gzipped (as a static host serves them compressed)\n");
  console.log(formatTable(rows, measureFirstSearch(root)));
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  process.exitCode = main(process.argv.slice(2));
}
