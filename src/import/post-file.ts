// One WordPress post item to one annals Markdown file: its path, its front matter and its body.
//
// Front-matter keys are written in one fixed order, by the `yaml` package (so any title with quotes,
// colons or `#` reads back as written), with comment lines where WordPress knew something annals has
// no key for (a post's status, a password).

import { Document, isMap, isScalar } from "yaml";
import { slugOf } from "../model/slug.ts";
import { convertBody } from "./body.ts";
import { buildCommentsFile, type CommentsFile } from "./comments.ts";
import type { Attachment } from "./shortcodes.ts";
import {
  decodeSlug,
  formatDateTime,
  formatDay,
  formatWordPressTime,
  hasMarkup,
  plainText,
  type WallTime,
  wordpressTime,
} from "./text.ts";
import type { UploadsResolver } from "./uploads.ts";
import type { WxrItem } from "./wxr.ts";

export const UNTITLED = "Untitled";

/** Statuses of items that are not posts anyone wrote: skipped (and counted). */
const SKIPPED_STATUSES = new Set(["trash", "auto-draft", "inherit"]);

export interface PostContext {
  /** Author display names by login. */
  readonly authors: ReadonlyMap<string, string>;
  /** The blog's address in WordPress (`wp:base_blog_url`, else the channel's link). */
  readonly baseUrl: string;
  readonly attachments: ReadonlyMap<string, Attachment>;
  readonly childrenOf: (postId: string) => readonly Attachment[];
  readonly reusableBlocks: ReadonlyMap<string, string>;
  /** Slugs WordPress gave posts of this export: a slug made up for a draft avoids them. */
  readonly reservedSlugs: ReadonlySet<string>;
  /** Slugs of the posts converted so far (filled in here): slugs stay unique. */
  readonly usedSlugs: Set<string>;
  /** Paths of the pages converted so far (filled in here): two pages never share a file. */
  readonly usedPagePaths: Set<string>;
  /** Keep pingbacks and trackbacks among the comments. */
  readonly pingbacks: boolean;
  /** Finds the blog's uploaded files in texts (src/import/uploads.ts). */
  readonly uploads: UploadsResolver;
  /** The export's pages by id (`wp:post_id`): their slug and parent, for page paths. */
  readonly pages: ReadonlyMap<string, { readonly slug: string; readonly parent: string }>;
}

export interface PostFile {
  readonly id: string;
  /** A post, or a page (under `pages/`, no date, no terms, no comments shown). */
  readonly type: FileKind;
  readonly status: string;
  readonly title: string;
  /** Inside the import folder, with `/`: `2015/2015-01-28-will-kim-go.md`. */
  readonly relativePath: string;
  readonly text: string;
  /** The post's comments file (beside it), when it has comments to keep. */
  readonly comments: CommentsFile;
  /** Uploaded files it references: found in the uploads folder (copied), missing, left remote. */
  readonly uploads: {
    readonly copied: readonly string[];
    readonly missing: readonly string[];
    readonly remote: number;
  };
  /** Losses and decisions worth a line in the report. */
  readonly notes: readonly string[];
  readonly flags: {
    readonly untitled: boolean;
    readonly password: boolean;
    readonly noGmtDate: boolean;
    readonly sticky: boolean;
  };
}

/** What kind of content a file is: a dated post or a page (`pages/…`). */
export type FileKind = "post" | "page";

export type PostResult =
  | { readonly kind: "post"; readonly post: PostFile }
  | { readonly kind: "skipped"; readonly id: string; readonly reason: string };

export function field(item: WxrItem, name: string): string {
  return (item.fields.get(name) ?? "").trim();
}

export function buildPostFile(item: WxrItem, ctx: PostContext): PostResult {
  const id = field(item, "wp:post_id");
  const status = field(item, "wp:status") || "publish";
  if (SKIPPED_STATUSES.has(status)) return { kind: "skipped", id, reason: `status ${status}` };
  const notes: string[] = [];
  const comments = new Map<string, string[]>();
  const comment = (key: string, text: string): void => {
    comments.set(key, [...(comments.get(key) ?? []), text]);
  };

  const rawTitle = field(item, "title");
  let title = plainText(rawTitle);
  if (hasMarkup(rawTitle)) notes.push(`title markup removed (was "${rawTitle}")`);
  const untitled = title === "";
  if (untitled) {
    title = UNTITLED;
    comment("title", "WordPress: the post had no title");
    notes.push(`no title: "${UNTITLED}" given`);
  }

  const date = postDate(item);
  if (date === undefined) return { kind: "skipped", id, reason: "no valid wp:post_date or wp:post_date_gmt" };
  if (date.note !== undefined) {
    notes.push(date.note);
    comment("date", date.comment ?? date.note);
  }

  const slug = chooseSlug(item, title, id, ctx, notes);

  const terms = (domain: string): string[] => [
    ...new Set(item.terms.filter((t) => t.domain === domain).map((t) => plainText(t.name))),
  ];
  const tags = terms("post_tag").filter((n) => n !== "");
  const categories = terms("category").filter((n) => n !== "");

  const password = field(item, "wp:post_password") !== "";
  // draft, pending, private, future (and any status a plugin made up) are not public.
  const draft = status !== "publish" || password;
  if (status !== "publish") comment("draft", `WordPress status: ${status}`);
  if (password) {
    comment("draft", "WordPress: password-protected");
    notes.push("password-protected: imported as a draft (a static page cannot ask for a password)");
  }
  const sticky = field(item, "wp:is_sticky") === "1";
  const excerpt = plainText(field(item, "excerpt:encoded"));
  const login = field(item, "dc:creator");
  const author = ctx.authors.get(login) || login;
  if (login !== "" && !ctx.authors.has(login))
    notes.push(
      `author "${login}" is none of the export's authors: kept as written (add it to authors: in site.yaml, or fix the name)`,
    );
  const aliases = [...postAliases(item, id, ctx.baseUrl), ...attachmentAliases(id, ctx)].filter(
    (alias, i, all) => all.indexOf(alias) === i,
  );
  const image = featuredImage(item, ctx);

  const front: Record<string, unknown> = { title, date: date.text, slug };
  if (tags.length > 0) front.tags = tags;
  if (categories.length > 0) front.categories = categories;
  if (draft) front.draft = true;
  if (sticky) front.sticky = true;
  if (excerpt !== "") front.excerpt = excerpt;
  if (author !== "") front.author = author;
  const body = bodyOf(item, id, ctx, notes, image);
  if (body.image !== undefined) front.image = body.image;
  if (aliases.length > 0) front.aliases = aliases;
  const thread = buildCommentsFile(item.comments, title, { pingbacks: ctx.pingbacks });
  // Closed comments say so on the page ("Comments Off"), as WordPress showed them.
  if (field(item, "wp:comment_status") === "closed") front.commentsClosed = true;

  const text = `---\n${frontMatter(front, comments)}---\n${body.text}`;
  return {
    kind: "post",
    post: {
      id,
      type: "post",
      uploads: body.uploads,
      status,
      title,
      relativePath: `${date.day.slice(0, 4)}/${date.day}-${slug}.md`,
      text,
      comments: thread,
      notes,
      flags: { untitled, password, noGmtDate: date.noGmt, sticky },
    },
  };
}

type Uploads = PostFile["uploads"];

/**
 * The item's body as Markdown, after the front matter: converted, its uploaded files served from the
 * site where the uploads folder has them, other links to the blog made site paths.
 */
function bodyOf(
  item: WxrItem,
  id: string,
  ctx: PostContext,
  notes: string[],
  image: string | undefined,
): { text: string; uploads: Uploads; image: string | undefined } {
  const body = convertBody(item.fields.get("content:encoded") ?? "", {
    postId: id,
    attachments: ctx.attachments,
    childrenOf: ctx.childrenOf,
    reusableBlocks: ctx.reusableBlocks,
  });
  notes.push(...body.notes);
  const found = ctx.uploads.resolve(body.markdown);
  const picture = image === undefined ? undefined : ctx.uploads.resolve(image);
  const copied = [...new Set([...found.copied, ...(picture?.copied ?? [])])];
  const missing = [...new Set([...found.missing, ...(picture?.missing ?? [])])];
  if (missing.length > 0)
    notes.push(
      `${missing.length} uploaded file${missing.length > 1 ? "s" : ""} not in the uploads folder (left on the old host): ${missing.join(", ")}`,
    );
  const markdown = siteRelativeLinks(found.text, ctx.baseUrl, notes, ctx.uploads.hasFolder);
  return {
    text: markdown === "" ? "" : `\n${markdown}\n`,
    uploads: { copied, missing, remote: found.remote + (picture?.remote ?? 0) },
    image: picture?.text,
  };
}

/**
 * One WordPress page to an annals page: `pages/<parent slugs>/<slug>.md`, so that its URL is its
 * WordPress permalink (`/about/team/`); a page whose old link was another path (`/?page_id=12`,
 * a custom permalink) keeps it as an alias. Drafts, pending and private pages are imported with
 * `draft: true`, as posts are.
 */
export function buildPageFile(item: WxrItem, ctx: PostContext): PostResult {
  const id = field(item, "wp:post_id");
  const status = field(item, "wp:status") || "publish";
  if (SKIPPED_STATUSES.has(status)) return { kind: "skipped", id, reason: `status ${status}` };
  const notes: string[] = [];
  const comments = new Map<string, string[]>();
  const rawTitle = field(item, "title");
  let title = plainText(rawTitle);
  const untitled = title === "";
  if (untitled) {
    title = UNTITLED;
    comments.set("title", ["WordPress: the page had no title"]);
    notes.push(`no title: "${UNTITLED}" given`);
  }
  // The path: each ancestor's slug, then the page's own (a page without one takes its id).
  const slugs: string[] = [];
  const seen = new Set<string>();
  for (let at: string | undefined = id; at !== undefined && at !== "0" && !seen.has(at); ) {
    seen.add(at);
    const page = ctx.pages.get(at);
    if (page === undefined) break;
    slugs.unshift(slugOf(page.slug === "" ? `page-${at}` : page.slug));
    at = page.parent;
  }
  if (slugs.length === 0) slugs.push(slugOf(`page-${id}`));
  // WordPress lets a draft share a published page's slug, and two slugs can be one once made URL-safe.
  const wanted = slugs.join("/");
  let taken = wanted;
  for (let n = 2; ctx.usedPagePaths.has(taken); n++) taken = `${wanted}-${n}`;
  if (taken !== wanted) {
    notes.push(`the page path /${wanted}/ is another page's: /${taken}/ used`);
    slugs.splice(0, slugs.length, ...taken.split("/"));
  }
  ctx.usedPagePaths.add(taken);
  const url = `/${slugs.join("/")}/`;
  const password = field(item, "wp:post_password") !== "";
  const draft = status !== "publish" || password;
  const front: Record<string, unknown> = { title };
  if (draft) {
    front.draft = true;
    comments.set("draft", [password ? "WordPress: password-protected" : `WordPress status: ${status}`]);
  }
  const excerpt = plainText(field(item, "excerpt:encoded"));
  if (excerpt !== "") front.excerpt = excerpt;
  const aliases: string[] = [];
  if (/^\d+$/.test(id)) aliases.push(`/?page_id=${id}`);
  const old = sitePath(field(item, "link"), ctx.baseUrl);
  if (old !== undefined && old !== "/" && old !== url && !old.startsWith("/?")) aliases.push(old);
  if (aliases.length > 0) front.aliases = aliases;
  if (item.comments.length > 0)
    notes.push(
      `${item.comments.length} comment${item.comments.length > 1 ? "s" : ""} on the page, not imported (pages show no comments)`,
    );
  const body = bodyOf(item, id, ctx, notes, undefined);
  const text = `---\n${frontMatter(front, comments)}---\n${body.text}`;
  return {
    kind: "post",
    post: {
      id,
      type: "page",
      uploads: body.uploads,
      status,
      title,
      relativePath: `pages/${slugs.join("/")}.md`,
      text,
      comments: { text: undefined, kept: 0, left: new Map() },
      notes,
      flags: { untitled, password, noGmtDate: false, sticky: false },
    },
  };
}

function frontMatter(values: Record<string, unknown>, comments: ReadonlyMap<string, string[]>): string {
  const doc = new Document(values);
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      const lines = comments.get(key);
      if (lines !== undefined && isScalar(pair.key))
        pair.key.commentBefore = lines.map((l) => ` ${l}`).join("\n");
    }
  }
  // No folding: a long title stays on its line.
  return doc.toString({ lineWidth: 0 });
}

interface PostDate {
  readonly text: string;
  /** The post's day where it was written: `2015-01-28`. */
  readonly day: string;
  readonly noGmt: boolean;
  readonly note: string | undefined;
  readonly comment: string | undefined;
}

/**
 * WordPress keeps the local time (`wp:post_date`) and UTC (`wp:post_date_gmt`); their difference is
 * the blog's offset at the time, so the date keeps both the wall-clock time and the instant.
 */
function postDate(item: WxrItem): PostDate | undefined {
  const t = wordpressTime(field(item, "wp:post_date"), field(item, "wp:post_date_gmt"));
  if (t === undefined) return undefined;
  switch (t.kind) {
    case "both":
      return {
        text: formatWordPressTime(t),
        day: formatDay(t.time),
        noGmt: false,
        note: undefined,
        comment: undefined,
      };
    case "apart":
      return withoutOffset(
        t.time,
        `wp:post_date and wp:post_date_gmt are ${t.minutes} minutes apart: local time kept, without an offset`,
      );
    case "local":
      return withoutOffset(
        t.time,
        "no wp:post_date_gmt (usual for drafts): local time kept, without an offset",
      );
    case "gmt":
      return {
        text: formatWordPressTime(t),
        day: formatDay(t.time),
        noGmt: false,
        note: "no wp:post_date: the UTC time used",
        comment: undefined,
      };
  }
}

function withoutOffset(local: WallTime, note: string): PostDate {
  return {
    text: formatDateTime(local, undefined),
    day: formatDay(local),
    noGmt: true,
    note,
    comment: "WordPress gave no UTC time: this is wall-clock time in the site's time zone",
  };
}

/** WordPress's slug (decoded, made URL-safe); for a draft without one, a slug from the title. */
function chooseSlug(item: WxrItem, title: string, id: string, ctx: PostContext, notes: string[]): string {
  const written = decodeSlug(field(item, "wp:post_name"));
  let base: string;
  if (written !== "") {
    base = slugOf(written);
    if (base !== written) notes.push(`slug "${written}" made URL-safe: "${base}"`);
  } else {
    base = slugOf(title === UNTITLED ? `post-${id}` : title);
    notes.push(`no slug in WordPress: "${base}" made from the ${title === UNTITLED ? "post id" : "title"}`);
  }
  let slug = base;
  for (let n = 2; ctx.usedSlugs.has(slug) || (written === "" && ctx.reservedSlugs.has(slug)); n++) {
    slug = `${base}-${n}`;
  }
  if (slug !== base) notes.push(`slug "${base}" is taken by another post: "${slug}" used`);
  ctx.usedSlugs.add(slug);
  return slug;
}

/**
 * The post's featured image (`_thumbnail_id`): the attachment's address, served from the site when
 * the uploads folder has the file (see `bodyOf`), else left on the old host.
 */
function featuredImage(item: WxrItem, ctx: PostContext): string | undefined {
  const id = item.meta.find((m) => m.key === "_thumbnail_id")?.value.trim();
  const attachment = id === undefined ? undefined : ctx.attachments.get(id);
  if (attachment === undefined || attachment.url === "") return undefined;
  return attachment.url;
}

/**
 * WordPress gives each attached file a page of its own (`/?attachment_id=30`, `/<post>/<file>/`):
 * those addresses go on to the post the file is attached to.
 */
function attachmentAliases(postId: string, ctx: PostContext): string[] {
  const out: string[] = [];
  for (const attachment of ctx.childrenOf(postId)) {
    if (/^\d+$/.test(attachment.id)) out.push(`/?attachment_id=${attachment.id}`);
    const path = sitePath(attachment.link, ctx.baseUrl);
    if (path !== undefined && path !== "/" && !path.startsWith("/?")) out.push(path);
  }
  return out;
}

/** The post's old addresses, relative to the blog: `/?p=ID` and its permalink when that differs. */
function postAliases(item: WxrItem, id: string, baseUrl: string): string[] {
  const aliases: string[] = [];
  if (/^\d+$/.test(id)) aliases.push(`/?p=${id}`);
  const path = sitePath(field(item, "link"), baseUrl);
  if (path !== undefined && path !== "/" && !aliases.includes(path)) aliases.push(path);
  return aliases;
}

/**
 * Links to the blog's own pages (`https://blog.example/2012/01/07/x/`, in Markdown links and HTML
 * attributes) become site-relative (`/2012/01/07/x/`): they then work wherever the site moves, and
 * an old permalink among them reaches the post through its redirect. Links to uploads
 * (`/wp-content/…`) stay as they are, on the old host, and the report counts them.
 */
export function siteRelativeLinks(
  markdown: string,
  baseUrl: string,
  notes: string[],
  uploadsGiven = false,
): string {
  if (baseUrl === "") return markdown;
  let uploads = 0;
  const out = markdown.replace(
    /(\]\(|<|(?:href|src)=")(https?:\/\/[^\s)"<>]+)/g,
    (whole, lead: string, url: string) => {
      const path = sitePath(url, baseUrl);
      if (path === undefined) return whole;
      if (path.startsWith("/wp-content/")) {
        uploads++;
        return whole;
      }
      // Spaces and parentheses would end a Markdown link destination.
      return lead === "<" ? `<${url}` : `${lead}${path.replace(/[ ()]/g, (c) => encodeURIComponent(c))}`;
    },
  );
  if (uploads > 0)
    notes.push(
      uploadsGiven
        ? `${uploads} link${uploads > 1 ? "s" : ""} to files under /wp-content/ kept on the old host`
        : `${uploads} link${uploads > 1 ? "s" : ""} to files under /wp-content/ kept on the old host: copy the files over (--uploads <folder> does)`,
    );
  return out;
}

export function sitePath(link: string, baseUrl: string): string | undefined {
  let url: URL;
  let base: URL;
  try {
    url = new URL(link);
    base = new URL(baseUrl);
  } catch {
    return undefined;
  }
  if (url.host !== base.host) return undefined;
  const basePath = base.pathname.replace(/\/+$/, "");
  // WordPress sometimes writes a doubled slash (`https://blog.example//greek/x/`): one is meant.
  let path = url.pathname.replace(/\/{2,}/g, "/");
  if (basePath !== "") {
    if (path !== basePath && !path.startsWith(`${basePath}/`)) return undefined;
    path = path.slice(basePath.length) || "/";
  }
  // Percent-encoded letters read better decoded (`/김정은/`); decodeURI keeps `%2F`, `%3F` and `%23`.
  let readable = path;
  try {
    readable = decodeURI(path);
  } catch {
    // a malformed escape: keep the path as WordPress wrote it
  }
  return `${readable}${url.search}`;
}
