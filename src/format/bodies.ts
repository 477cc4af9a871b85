// A rendered body made final for its place on the site: every relative link and image made a path of
// the site (so that a teaser on the home page or a tag page links where the post's own page does), and
// every image of the site's own made responsive: width and height (no layout shift), loading lazily
// but for the first, and resized variants with `srcset` in modern formats where the browser takes
// them (`<picture>`). Images elsewhere, and files that are not images, are left alone.

import type { BodyPlace } from "../model/assemble.ts";
import { LINK_SCHEME, PLACEHOLDER, POST_URL_SCHEME } from "../model/source-links.ts";
import type { ImageRecord, ImageVariant } from "../model/types.ts";
import { sitePathOf } from "../model/urls.ts";
import { rewriteUrls, urlsIn } from "./absolute-urls.ts";
import { escapeHtml } from "./html.ts";

/** Files that are images annals can read and resize (by extension). */
export const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|tiff?|svg)$/i;

/** The theme's column, for the browser to pick a variant: 40rem wide, less on a phone. */
export const IMAGE_SIZES = "(min-width: 44rem) 40rem, calc(100vw - 2rem)";

/** Images within this many characters of a body's start may be on the first screen: not lazy. */
const FIRST_SCREEN = 1500;

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The file inside the content folder that a URL written in a body points at, or undefined for an
 * address elsewhere: a relative one from the body's own folder (`photo.jpg` beside `2015/kim/index.md`
 * is `2015/kim/photo.jpg`), a site path from the static folder (`/wp-content/x.png` is
 * `static/wp-content/x.png`).
 */
export function contentFileOf(value: string, folder: string): string | undefined {
  const text = value.trim();
  if (text === "" || SCHEME.test(text) || text.startsWith("//") || text.startsWith("#")) return undefined;
  let path = text.replace(/[?#].*$/, "");
  try {
    path = decodeURI(path);
  } catch {
    return undefined;
  }
  const joined = path.startsWith("/") ? `static${path}` : `${folder}${path}`;
  const parts: string[] = [];
  for (const part of joined.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.pop() === undefined) return undefined;
    } else parts.push(part);
  }
  return parts.join("/");
}

/**
 * The Markdown file inside the content folder that a relative link names (`../2015-01-28-x.md`,
 * `x.md#notes`, from the body's folder); undefined for any other link.
 */
export function markdownFileOf(value: string, folder: string): string | undefined {
  if (!/\.(md|markdown)(#[^#]*)?$/i.test(value) || !isRelative(value)) return undefined;
  return contentFileOf(value, folder);
}

/** A URL relative to the page it is on: `photo.jpg`, `../x/`, not `/x/`, `#top` or `https://…`. */
function isRelative(value: string): boolean {
  const text = value.trim();
  return (
    text !== "" &&
    !SCHEME.test(text) &&
    !text.startsWith("/") &&
    !text.startsWith("#") &&
    !text.startsWith("?")
  );
}

/** The attributes of one tag, by lower-case name (values as written, entities and all). */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of tag.matchAll(
    /\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
  )) {
    const name = (m[1] ?? "").toLowerCase();
    if (!attributes.has(name)) attributes.set(name, m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attributes;
}

const MIME: Readonly<Record<ImageVariant["format"], string>> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
};

/**
 * An image of the site's own, responsive: a `<picture>` with a `<source>` per modern format and an
 * `<img>` in the original's format, or (published as it is: an SVG, an animation, a file that could
 * not be read) the `<img>` alone with its size when known. Other attributes of the image are kept.
 */
export function responsiveImage(
  record: ImageRecord,
  attributes: ReadonlyMap<string, string>,
  src: string,
  eager: boolean,
): string {
  const kept = [...attributes]
    .filter(
      ([name]) =>
        !["src", "srcset", "sizes", "width", "height", "loading", "decoding", "fetchpriority"].includes(name),
    )
    .map(([name, value]) => ` ${name}="${value}"`)
    .join("");
  const loading = eager ? ` loading="eager" fetchpriority="high"` : ` loading="lazy"`;
  const size =
    record.width !== undefined && record.height !== undefined
      ? ` width="${record.width}" height="${record.height}"`
      : "";
  if (record.status === "as-is" || record.variants.length === 0) {
    return `<img src="${escapeHtml(src)}"${kept}${size}${loading} decoding="async">`;
  }
  const formats = [...new Set(record.variants.map((v) => v.format))];
  const fallback = formats[formats.length - 1] as ImageVariant["format"];
  const srcset = (format: ImageVariant["format"]) =>
    record.variants
      .filter((v) => v.format === format)
      .map((v) => `${encodeURI(v.url)} ${v.width}w`)
      .join(", ");
  const sizes = eager ? IMAGE_SIZES : `auto, ${IMAGE_SIZES}`;
  const largest = record.variants.filter((v) => v.format === fallback).at(-1) as ImageVariant;
  const img = `<img src="${encodeURI(largest.url)}" srcset="${srcset(fallback)}" sizes="${sizes}"${kept} width="${largest.width}" height="${largest.height}"${loading} decoding="async">`;
  if (formats.length === 1) return img;
  const sources = formats
    .slice(0, -1)
    .map((f) => `<source type="${MIME[f]}" srcset="${srcset(f)}" sizes="${sizes}">`)
    .join("");
  return `<picture>${sources}${img}</picture>`;
}

/**
 * True when a body holds a link that making it final rewrites: a relative URL (to a post's file, an
 * image beside it, a page) or a Jekyll link tag. A post whose bodies hold none is self-contained.
 */
export function linksBySource(html: string): boolean {
  return html.includes(POST_URL_SCHEME) || html.includes(LINK_SCHEME) || urlsIn(html).some(isRelative);
}

/** True when none of a post's bodies (body, list body, teaser; absent ones skipped) links by source. */
export function selfContained(bodies: readonly (string | undefined)[]): boolean {
  return !bodies.some((html) => html !== undefined && linksBySource(html));
}

/**
 * Makes bodies final (see the top of this file), with what is known of the site's images, by their
 * files inside the content folder.
 */
export function bodyFinisher(
  images: ReadonlyMap<string, ImageRecord>,
): (html: string, where: BodyPlace) => string {
  return (html, where) => {
    let first = true;
    const imaged =
      images.size === 0 || !html.includes("<img")
        ? html
        : html.replace(/<img\b[^>]*>/gi, (tag, offset: number) => {
            const attributes = attributesOf(tag);
            const src = attributes.get("src");
            const file = src === undefined ? undefined : contentFileOf(src, where.folder);
            const record = file === undefined ? undefined : images.get(file);
            if (record === undefined || src === undefined) return tag;
            const eager = first && offset < FIRST_SCREEN;
            first = false;
            return responsiveImage(record, attributes, src, eager);
          });
    // Most bodies link only addresses elsewhere and site paths: nothing to rewrite (known from the parse
    // when the post says it is self-contained; images made responsive get site paths only).
    if (where.selfContained === true || !linksBySource(imaged)) return imaged;
    const byTag = imaged.includes(POST_URL_SCHEME) || imaged.includes(LINK_SCHEME);
    const linked = rewriteUrls(imaged, (value) => bySource(value, where) ?? sitePathOf(value, where.url));
    // A tag outside a link (in text or code, as Jekyll writes the URL there too) becomes the URL.
    return byTag ? linked.replace(PLACEHOLDER, (whole) => bySource(whole, where) ?? whole) : linked;
  };
}

/**
 * The URL a link by source leads to: a Jekyll tag made an address when parsed
 * (`annals-post-url:2015-01-28-name`), or a relative link to a post's or page's file
 * (`../2015-01-28-name.md#notes`); undefined for any other link.
 */
function bySource(value: string, where: BodyPlace): string | undefined {
  const links = where.links;
  if (links === undefined) return undefined;
  for (const [scheme, kind] of [
    [POST_URL_SCHEME, "post_url"],
    [LINK_SCHEME, "link"],
  ] as const) {
    if (!value.startsWith(scheme) || !value.endsWith("~")) continue;
    let target = value.slice(scheme.length, -1);
    try {
      target = decodeURIComponent(target);
    } catch {
      return undefined;
    }
    return links.urlOfTag({ kind, target });
  }
  const file = markdownFileOf(value, where.folder);
  const url = file === undefined ? undefined : links.urlOfSource(file);
  if (url === undefined) return undefined;
  const hash = value.indexOf("#");
  return hash === -1 ? url : `${url}${value.slice(hash)}`;
}

/** The images of the site's own a body shows: the files inside the content folder its `<img>` point at. */
export function imageFilesOf(html: string, folder: string): string[] {
  if (!html.includes("<img")) return [];
  const files: string[] = [];
  for (const m of html.matchAll(/<img\b[^>]*>/gi)) {
    const src = attributesOf(m[0]).get("src");
    const file = src === undefined ? undefined : contentFileOf(src, folder);
    if (file !== undefined && IMAGE_FILE.test(file)) files.push(file);
  }
  return files;
}

/** A body shown below another on a list page: none of its images is on the first screen. */
export function lazyImages(html: string): string {
  return html.includes("fetchpriority")
    ? html.replaceAll(' loading="eager" fetchpriority="high"', ' loading="lazy"')
    : html;
}
