// The WordPress import, start to end. The export is streamed three times, so that no more than one
// post's text is held in memory at once, however large the export:
//   1. the small parts: authors, terms, attachments (for galleries), the slugs WordPress gave;
//   2. every post converted and compared with the file already there: a file that differs (edited
//      since the last import) stops the import before anything is written, unless `force`;
//   3. the posts written (only those that change), then the settings' slug maps.
// Conversion is a pure function of the export, so passes 2 and 3 agree and a second run writes
// byte-identical files.

import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { commentsFileOf } from "../content/read-sources.ts";
import { slugOf } from "../model/slug.ts";
import { termKey } from "../model/term-name.ts";
import { ImportError, ImportFolder } from "./folder.ts";
import { type MenuItem, type MenuTargets, planMenu, readMenuItem } from "./menus.ts";
import {
  buildPageFile,
  buildPostFile,
  field,
  type PostContext,
  type PostFile,
  sitePath,
} from "./post-file.ts";
import type { FileState, ImportReport, PostNotes, ReportFile } from "./report.ts";
import { planSettings, SETTINGS_FILE } from "./settings-file.ts";
import type { Attachment } from "./shortcodes.ts";
import { type TermCatalog, TermCollector } from "./terms.ts";
import { decodeSlug, plainText } from "./text.ts";
import { UploadsResolver } from "./uploads.ts";
import { readWxr, type WxrChannel, type WxrItem } from "./wxr.ts";

export interface ImportOptions {
  readonly exportFile: string;
  /** The content folder to write into. */
  readonly into: string;
  readonly force: boolean;
  /** Plan and report only. */
  readonly dryRun?: boolean;
  /** Keep approved pingbacks and trackbacks among the comments. */
  readonly pingbacks?: boolean;
  /** A copy of the blog's `wp-content/uploads/` folder: the files posts reference are copied in. */
  readonly uploads?: string;
}

export interface ImportResult {
  readonly report: ImportReport;
  /** False when edited files stopped the import (nothing was written). */
  readonly ok: boolean;
}

export interface Gathered {
  readonly channel: WxrChannel;
  readonly attachments: Map<string, Attachment>;
  readonly children: Map<string, Attachment[]>;
  readonly reusableBlocks: Map<string, string>;
  readonly reservedSlugs: Set<string>;
  readonly terms: TermCollector;
  readonly types: Map<string, number>;
  /** The export's pages by id: slug and parent, for their paths. */
  readonly pages: ReadonlyMap<string, { readonly slug: string; readonly parent: string }>;
  readonly statuses: Map<string, number>;
  readonly comments: number;
  /** Logins of the authors of posts. */
  readonly logins: ReadonlySet<string>;
  /** Every entry of every navigation menu. */
  readonly menuItems: readonly MenuItem[];
  /** `tags:<key>` and `categories:<key>` of the terms published posts use. */
  readonly usedTerms: ReadonlySet<string>;
}

export async function importWordPress(options: ImportOptions): Promise<ImportResult> {
  const into = options.into.replace(/[\\/]+$/, "") || ".";
  if (options.uploads !== undefined && !isFolder(options.uploads))
    throw new ImportError(
      `${options.uploads}: no such folder (--uploads names a copy of the blog's wp-content/uploads/)`,
    );
  const gathered = await gather(options.exportFile);
  const show = (relative: string): string => path.posix.join(into.split(path.sep).join("/"), relative);
  const folder = new ImportFolder(into);

  // Pass 2: convert and compare. Only the outcome of each file is kept, not its text.
  // UTC offsets of the posts' dates, for the time zone of a new settings file.
  const offsets = new Map<string, number>();
  const planned: { post: PostFile; relativePath: string; hash: string; state: FileState }[] = [];
  const skippedPosts: { id: string; reason: string }[] = [];
  const commentsLeft = new Map<string, number>();
  let commentsKept = 0;
  const uploads = new Set<string>();
  let uploadsMissing = 0;
  let uploadsRemote = 0;
  await forEachPost(
    options.exportFile,
    gathered,
    options,
    (post) => {
      for (const [relativePath, text] of filesOf(post)) {
        const current = folder.read(relativePath);
        const hash = hashOf(text);
        const state: FileState =
          current === undefined
            ? "written"
            : hashOf(current) === hash
              ? "unchanged"
              : options.force
                ? "overwritten"
                : "refused";
        planned.push({ post: { ...post, text: "" }, relativePath, hash, state });
      }
      commentsKept += post.comments.kept;
      for (const file of post.uploads.copied) uploads.add(file);
      uploadsMissing += post.uploads.missing.length;
      uploadsRemote += post.uploads.remote;
      for (const [reason, n] of post.comments.left)
        commentsLeft.set(reason, (commentsLeft.get(reason) ?? 0) + n);
      const offset = /^date: \S+([+-]\d{2}:\d{2})$/m.exec(post.text)?.[1];
      if (offset !== undefined) offsets.set(offset, (offsets.get(offset) ?? 0) + 1);
    },
    skippedPosts,
  );
  // The uploaded files the posts and pages reference, copied to the static folder at their old path.
  const copies: { relativePath: string; source: string; state: FileState }[] = [];
  if (options.uploads !== undefined)
    for (const file of [...uploads].sort()) {
      const relativePath = `static/wp-content/uploads/${file}`;
      const source = path.join(options.uploads, ...file.split("/"));
      const current = folder.readBytes(relativePath);
      const state: FileState =
        current === undefined
          ? "written"
          : hashOf(current) === hashOf(readFileSync(source))
            ? "unchanged"
            : options.force
              ? "overwritten"
              : "refused";
      copies.push({ relativePath, source, state });
    }
  const refused = [...planned, ...copies]
    .filter((e) => e.state === "refused")
    .map((e) => show(e.relativePath));

  const catalog = gathered.terms.catalog();
  const menu = planMenu(gathered.menuItems, menuTargets(gathered, catalog, planned));
  const names = authorNames(gathered);
  const settings = planSettings(
    folder.read(SETTINGS_FILE),
    show(SETTINGS_FILE),
    gathered.channel,
    catalog,
    zoneOfOffsets(offsets),
    {
      authors: gathered.channel.authors
        .filter((a) => gathered.logins.has(a.login))
        // Two authors of one display name are told apart by their logins.
        .map((a) => ({ login: a.login, name: names.get(a.login)?.profile ?? "" })),
      usedTerms: gathered.usedTerms,
      menu,
    },
  );
  const ok = refused.length === 0;
  const writing = ok && options.dryRun !== true;

  // Pass 3: write what changes, checking that the export still converts as planned.
  if (writing) {
    const changed = (state: FileState): boolean => state === "written" || state === "overwritten";
    if (planned.some((e) => changed(e.state))) {
      let index = 0;
      await forEachPost(options.exportFile, gathered, options, (post) => {
        for (const [relativePath, text] of filesOf(post)) {
          const plan = planned[index++];
          if (plan === undefined || plan.relativePath !== relativePath || plan.hash !== hashOf(text)) {
            throw new ImportError(`${options.exportFile}: the file changed during the import; run it again`);
          }
          if (changed(plan.state)) folder.write(relativePath, text);
        }
      });
    }
    for (const copy of copies)
      if (changed(copy.state)) folder.write(copy.relativePath, readFileSync(copy.source));
    if (settings.text !== undefined) folder.write(SETTINGS_FILE, settings.text);
  }

  const files: ReportFile[] = [...planned, ...copies].map((e) => ({
    path: show(e.relativePath),
    state: !writing && (e.state === "written" || e.state === "overwritten") ? "would be written" : e.state,
  }));
  const pick = (flag: keyof PostFile["flags"]): string[] =>
    planned
      .filter((e) => e.relativePath === e.post.relativePath && e.post.flags[flag])
      .map((e) => show(e.post.relativePath));
  const postNotes: PostNotes[] = planned
    .filter((e) => e.relativePath === e.post.relativePath && e.post.notes.length > 0)
    .map((e) => ({ path: show(e.post.relativePath), title: e.post.title, notes: e.post.notes }));
  const settingsState = !writing
    ? "not written"
    : settings.text === undefined
      ? "unchanged"
      : settings.created
        ? "created"
        : "updated";
  const report: ImportReport = {
    exportFile: options.exportFile,
    into,
    postsByStatus: gathered.statuses,
    skippedByType: gathered.types,
    pages: planned
      .filter((e) => e.post.type === "page" && e.relativePath === e.post.relativePath)
      .map((e) => ({ path: show(e.relativePath), title: e.post.title, status: e.post.status })),
    skippedPosts,
    terms: catalog,
    settings: {
      path: show(SETTINGS_FILE),
      state: settingsState,
      notes: settings.notes,
      pinned: settings.pinned,
    },
    untitled: pick("untitled"),
    passwordProtected: pick("password"),
    noGmtDate: pick("noGmtDate"),
    sticky: pick("sticky"),
    comments: { total: gathered.comments, kept: commentsKept, left: sortedCounts(commentsLeft) },
    uploads: {
      folder: options.uploads,
      copied: copies.length,
      missing: uploadsMissing,
      remote: uploadsRemote,
    },
    postNotes,
    files,
    refused,
  };
  return { report, ok };
}

function itemType(item: WxrItem): string {
  return field(item, "wp:post_type") || "post";
}

/** Pass 1: everything that is not a post body. */
export async function gather(exportFile: string): Promise<Gathered> {
  const attachments = new Map<string, Attachment>();
  const reusableBlocks = new Map<string, string>();
  const reservedSlugs = new Set<string>();
  const types = new Map<string, number>();
  const pages = new Map<string, { slug: string; parent: string }>();
  const statuses = new Map<string, number>();
  const itemTerms = new Map<string, [string, string, string]>();
  let comments = 0;
  const logins = new Set<string>();
  const usedTerms = new Set<string>();
  const menuItems: MenuItem[] = [];
  const channel = await readWxr(exportFile, (item) => {
    const type = itemType(item);
    if (type === "attachment") {
      const id = field(item, "wp:post_id");
      const alt = item.meta.find((m) => m.key === "_wp_attachment_image_alt")?.value ?? "";
      attachments.set(id, {
        id,
        url: field(item, "wp:attachment_url") || field(item, "guid"),
        title: plainText(field(item, "title")),
        caption: plainText(field(item, "excerpt:encoded")),
        alt: plainText(alt),
        parent: field(item, "wp:post_parent"),
        menuOrder: Number(field(item, "wp:menu_order")) || 0,
        link: field(item, "link"),
      });
    }
    if (type === "wp_block")
      reusableBlocks.set(field(item, "wp:post_id"), item.fields.get("content:encoded") ?? "");
    if (type === "page") {
      pages.set(field(item, "wp:post_id"), {
        slug: decodeSlug(field(item, "wp:post_name")),
        parent: field(item, "wp:post_parent"),
      });
      return;
    }
    if (type === "nav_menu_item") {
      const entry = readMenuItem(item);
      if (entry !== undefined) menuItems.push(entry);
      return;
    }
    if (type !== "post") {
      types.set(type, (types.get(type) ?? 0) + 1);
      return;
    }
    const status = field(item, "wp:status") || "publish";
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    comments += item.comments.length;
    logins.add(field(item, "dc:creator"));
    const name = decodeSlug(field(item, "wp:post_name"));
    if (name !== "") reservedSlugs.add(slugOf(name));
    for (const t of item.terms)
      itemTerms.set(`${t.domain}\u0000${t.nicename}\u0000${t.name}`, [t.domain, t.name, t.nicename]);
    // Terms of published posts have archives on the site: descriptions and menu entries go to them.
    if (status === "publish" && field(item, "wp:post_password") === "")
      for (const t of item.terms) {
        const kind = t.domain === "post_tag" ? "tags" : t.domain === "category" ? "categories" : undefined;
        if (kind !== undefined) usedTerms.add(`${kind}:${termKey(plainText(t.name))}`);
      }
  });
  // Channel terms first: they carry the category parents.
  const terms = new TermCollector();
  for (const t of channel.terms) terms.add(t.taxonomy, t.name, t.slug, t.parent, t.description);
  for (const [domain, name, nicename] of itemTerms.values()) terms.add(domain, name, nicename);

  const children = new Map<string, Attachment[]>();
  for (const a of attachments.values()) {
    const list = children.get(a.parent);
    if (list === undefined) children.set(a.parent, [a]);
    else list.push(a);
  }
  for (const list of children.values())
    list.sort((a, b) => a.menuOrder - b.menuOrder || Number(a.id) - Number(b.id));
  return {
    logins,
    menuItems,
    usedTerms,
    channel,
    attachments,
    children,
    reusableBlocks,
    reservedSlugs,
    terms,
    types: sortedCounts(types),
    pages,
    statuses: sortedCounts(statuses),
    comments,
  };
}

function sortedCounts(map: Map<string, number>): Map<string, number> {
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * What each post names its author by: the display name (markup dropped, as WordPress shows it), or
 * the login where two authors share a display name (the settings then name both by login).
 */
function authorNames(g: Gathered): Map<string, { readonly post: string; readonly profile: string }> {
  const names = g.channel.authors.map((a) => [a.login, plainText(a.displayName)] as const);
  const counts = new Map<string, number>();
  for (const [, name] of names)
    if (name !== "") counts.set(termKey(name), (counts.get(termKey(name)) ?? 0) + 1);
  return new Map(
    names.map(([login, name]) =>
      (counts.get(termKey(name)) ?? 0) > 1
        ? [login, { post: login, profile: `${name} (${login})` }]
        : [login, { post: name, profile: name }],
    ),
  );
}

/** What the export's menu entries can lead to: published pages and posts, used terms, known paths. */
function menuTargets(
  g: Gathered,
  catalog: TermCatalog,
  planned: readonly { readonly post: PostFile; readonly relativePath: string }[],
): MenuTargets {
  const published = new Map<string, { file: string; title: string; type: string }>();
  for (const { post, relativePath } of planned)
    if (relativePath === post.relativePath && post.status === "publish" && !post.flags.password)
      published.set(`${post.type}:${post.id}`, {
        file: post.relativePath,
        title: post.title,
        type: post.type,
      });
  const terms = new Map<string, { path: string; name: string }>();
  for (const t of g.channel.terms) {
    const kind = t.taxonomy === "post_tag" ? "tag" : t.taxonomy === "category" ? "category" : undefined;
    if (kind === undefined || t.id === "") continue;
    const name = plainText(t.name);
    if (!g.usedTerms.has(`${kind === "tag" ? "tags" : "categories"}:${termKey(name)}`)) continue;
    const pinned = catalog[kind === "tag" ? "tags" : "categories"].find(
      (p) => termKey(p.name) === termKey(name),
    );
    if (pinned !== undefined)
      terms.set(`${kind}:${t.id}`, { path: `/${kind}/${pinned.slug}/`, name: pinned.name });
  }
  const paths = new Set(["/", ...[...terms.values()].map((t) => t.path)]);
  for (const entry of published.values())
    if (entry.type === "page") paths.add(`/${entry.file.slice("pages/".length).replace(/\.md$/, "")}/`);
  const baseUrl = g.channel.baseBlogUrl || g.channel.link;
  const pick = (type: string) => (id: string) => {
    const found = published.get(`${type}:${id}`);
    return found === undefined ? undefined : { file: found.file, title: found.title };
  };
  return {
    page: pick("page"),
    post: pick("post"),
    term: (kind, id) => terms.get(`${kind}:${id}`),
    sitePath: (url) => sitePath(url, baseUrl),
    hasPath: (path) => paths.has(path),
  };
}

/** The files of a converted post: the post, and its comments file when it has comments to keep. */
function filesOf(post: PostFile): [string, string][] {
  const files: [string, string][] = [[post.relativePath, post.text]];
  if (post.comments.text !== undefined) files.push([commentsFileOf(post.relativePath), post.comments.text]);
  return files;
}

export function postContext(
  g: Gathered,
  options: { readonly pingbacks?: boolean; readonly uploads?: string } = {},
): PostContext {
  return {
    authors: new Map([...authorNames(g)].map(([login, names]): [string, string] => [login, names.post])),
    baseUrl: g.channel.baseBlogUrl || g.channel.link,
    attachments: g.attachments,
    childrenOf: (id) => g.children.get(id) ?? [],
    reusableBlocks: g.reusableBlocks,
    reservedSlugs: g.reservedSlugs,
    usedSlugs: new Set(),
    usedPagePaths: new Set(),
    pingbacks: options.pingbacks ?? false,
    pages: g.pages,
    uploads: new UploadsResolver({
      folder: options.uploads === undefined ? undefined : path.resolve(options.uploads),
      baseUrl: g.channel.baseBlogUrl || g.channel.link,
    }),
  };
}

/** Streams the export's posts and pages, converted, in file order; skipped ones go to `skipped`. */
export async function forEachPost(
  exportFile: string,
  gathered: Gathered,
  options: { readonly pingbacks?: boolean; readonly uploads?: string },
  visit: (post: PostFile) => void,
  skipped?: { id: string; reason: string }[],
): Promise<void> {
  const ctx = postContext(gathered, options);
  await readWxr(exportFile, (item) => {
    const type = itemType(item);
    if (type !== "post" && type !== "page") return;
    const result = type === "post" ? buildPostFile(item, ctx) : buildPageFile(item, ctx);
    if (result.kind === "post") visit(result.post);
    else skipped?.push({ id: result.id, reason: result.reason });
  });
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

function hashOf(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The zone a new settings file gets: the most common whole-hour offset of the posts, as a fixed
 * zone (`-07:00` is `Etc/GMT+7`, whose sign POSIX inverts), so that posts keep the day WordPress
 * filed them under; undefined when the posts have no offsets.
 */
export function zoneOfOffsets(offsets: ReadonlyMap<string, number>): string | undefined {
  const [top] = [...offsets.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  if (top === undefined) return undefined;
  // Etc zones exist for whole hours only: a +05:30 blog is left to the author (the settings say so).
  if (!top[0].endsWith(":00")) return undefined;
  const hours = Number(top[0].slice(0, 3));
  if (hours === 0) return "UTC";
  return `Etc/GMT${hours < 0 ? "+" : "-"}${Math.abs(hours)}`;
}
