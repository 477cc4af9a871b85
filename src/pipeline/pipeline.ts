// The pipeline in one place: read, render, write.
//   content folder ──read──▶ ContentFolder ──buildModel──▶ Site ──routesOf──▶ Route[]
//   Route ──renderRoute (the views, with the site's overrides)──▶ file ──Writer──▶ output folder
// `build()` does all of it for a whole site; the dev server calls `update(changed)` after an edit
// (only changed files are read and parsed again) and `render(url)` for each request.

import path from "node:path";
import {
  IN_SHELL,
  type RenderContext,
  type RenderedFile,
  renderRoute,
  sidebarOf,
} from "../../layouts/render.ts";
import { ViewError, ViewTable } from "../../layouts/table.ts";
import { wordsOf } from "../../layouts/words/languages.ts";
import type { Words } from "../../layouts/words/words.ts";
import { SETTINGS_FILE_NAME } from "../content/parse-settings.ts";
import {
  type ContentFolder,
  type ReadCache,
  readContentFolder,
  STATIC_FOLDER,
  type ViewSource,
} from "../content/read-sources.ts";
import { imageFilesOf } from "../format/bodies.ts";
import { type ContentIssue, contentError, contentWarning, sortIssues } from "../issues.ts";
import { folderOf } from "../model/assemble.ts";
import { IntegrityError } from "../model/integrity.ts";
import { isRendered, type RenderedRoute, type Route, routesOf } from "../model/routes.ts";
import type { ImageRecord, Post, Site, SitePost } from "../model/types.ts";
import { hrefOf, linkPrefixOf, outputPathOf } from "../model/urls.ts";
import {
  annalsCodeHash,
  buildCacheDirOf,
  fileSystemNow,
  lastBuildFinished,
  type ParseCache,
  type RenderRecord,
  type RenderRecords,
  readParseCache,
  readRenderRecords,
  readSearchDocuments,
  readSearchParts,
  type SearchDocuments,
  type SearchPartRecord,
  writeBuildState,
  writeParseCache,
  writeRenderRecords,
  writeSearchDocuments,
  writeSearchParts,
} from "./build-cache.ts";
import {
  assembleContent,
  fillBodies,
  type ModelBuild,
  type ParsedContent,
  parseContent,
} from "./build-model.ts";
import { checkOutputFolder, readFileStates } from "./check-output.ts";
import { HighlightPool } from "./highlight-pool.ts";
import { ImageCache, imageCacheDirOf } from "./images.ts";
import { checkLinks } from "./link-check.ts";
import type { PipelineOptions } from "./options.ts";
import { type FolderSurvey, relistFolder, stampOf, surveyFolder } from "./output-folder.mjs";
import { FILES_PER_PASS, GarbageBudget, planPasses } from "./passes.ts";
import { hashOf, type ParseOrigins, RenderKeys } from "./render-keys.ts";
import {
  checkSearchIndex,
  documentHashes,
  isSearchable,
  planSearchParts,
  type SearchDocument,
  SearchIndexer,
  type SearchPart,
  searchDocumentOf,
  searchPartRecords,
} from "./search-index.ts";
import { mark } from "./timings.ts";
import { loadViewOverrides } from "./view-overrides.ts";
import {
  type CopiedFile,
  copiesOf,
  emptyOutputFolder,
  keepOutputFolder,
  readOutputFolder,
  removeStale,
  type SidebarPatch,
  surveyOutputFolder,
  type Writer,
} from "./write.ts";

export interface Loaded {
  /** Undefined when any issue is an error; on a multilingual site, the default language's tree. */
  readonly site: Site | undefined;
  /** Every tree of the site, the default language's first (one for a site in one language); empty when any issue is an error. */
  readonly sites: readonly Site[];
  /** Every issue, sorted by file and line. */
  readonly issues: readonly ContentIssue[];
  /** Every file the site has, rendered or copied; empty when the content has errors. */
  readonly routes: readonly Route[];
  /** How many post files were found. */
  readonly files: number;
  /** The files of the theme's views folder (the site's view overrides). */
  readonly views: readonly ViewSource[];
}

export interface BuildOptions {
  /** Files per pass (src/pipeline/passes.ts). */
  readonly filesPerPass?: number;
  /** Told how many files are written so far, after each pass. */
  readonly onProgress?: (written: number, total: number) => void;
}

export interface Built {
  /** HTML pages written (redirect pages not counted). */
  readonly pages: number;
  readonly feeds: number;
  readonly redirects: number;
  /** Every file of the site: written, copied, or kept as it was. */
  readonly files: number;
  /** Posts in the search index; undefined when search is off. */
  readonly searchIndexed: number | undefined;
  /** The search index's parts: how many were indexed in this build, of how many; undefined when search is off. */
  readonly searchParts: { readonly indexed: number; readonly all: number } | undefined;
  /** True when the build wrote over the last finished build's folder (src/pipeline/build-cache.ts). */
  readonly incremental: boolean;
  /** Of the files: those kept as they were, not rendered again (their render keys unchanged). */
  readonly kept: number;
  /** Of the files: pages given the new sidebar in place, not rendered again (their render keys unchanged). */
  readonly patched: number;
}

/** What a build on the last build keeps of it (`Pipeline.#reusable`). */
interface Reuse {
  readonly keys: RenderKeys;
  /**
   * What becomes of the route's file when its key, size and time are the last build's: "keep", as it
   * is; or, a page whose sidebar alone changed, `{ from }`, the old sidebar's text there, to be
   * replaced by the new one's. Its stamp is then in `stamps` (and its search document handed on).
   * Undefined: it is rendered. Asked once per route.
   */
  readonly plan: (route: RenderedRoute) => "keep" | { readonly from: string } | undefined;
  /** The files kept or patched, each with its size and time on disk. */
  readonly stamps: Map<string, string>;
}

/** A tree's sidebar as its pages hold it, and the hash the render records know it by. */
interface SidebarText {
  readonly text: string;
  readonly hash: string;
}

/** A view override did something wrong on a page: the author's to fix, so an error with its file. */
export class ViewFault extends Error {
  readonly issue: ContentIssue;
  constructor(issue: ContentIssue) {
    super(`${issue.file}${issue.line === undefined ? "" : `:${issue.line}`}  ${issue.message}`);
    this.name = "ViewFault";
    this.issue = issue;
  }
}

export class Pipeline {
  readonly options: PipelineOptions;
  // Kept between `update()` calls (the dev server), so that only changed files are read and parsed.
  readonly #reads: ReadCache = new Map();
  readonly #parses: ParseCache = { key: "", entries: new Map(), changed: false };
  #loaded: Loaded = { site: undefined, sites: [], issues: [], routes: [], files: 0, views: [] };
  /** What each route is rendered with: its tree's site, words and views. */
  #contextOf: ((route: RenderedRoute) => RenderContext) | undefined;
  /** The views of the loaded site: annals' own, and its overrides. */
  #table: ViewTable | undefined;
  #byUrl: Map<string, RenderedRoute> | undefined;
  /**
   * The output folder as the last build left it, surveyed (by a worker thread) while the site is
   * loaded, when the next build may build on it.
   */
  #survey: (() => Promise<FolderSurvey>) | undefined;
  /**
   * The attribute a list page links each post by (its tree's prefix and its URL), made once a post of
   * the loaded site: made anew by each `load()`.
   */
  #listLinks = new WeakMap<SitePost, string>();
  #sidebars = new Map<Site, SidebarText>();

  constructor(options: PipelineOptions) {
    this.options = options;
  }

  get loaded(): Loaded {
    return this.#loaded;
  }

  /**
   * Reads the content folder and makes the site: the model (checked for integrity, but in a preview),
   * the words of its language, the site's view overrides and its routes.
   */
  async load(options: { readonly check?: boolean; readonly images?: boolean } = {}): Promise<Loaded> {
    const preview = this.options.preview ?? false;
    const cacheDir = this.#cacheDir();
    if (cacheDir !== undefined && lastBuildFinished(cacheDir, this.options.outputDir))
      this.#survey ??= surveyOutputFolder(this.options.outputDir);
    if (cacheDir !== undefined && this.#parses.key === "") {
      const stored = readParseCache(cacheDir);
      this.#parses.key = stored.key;
      this.#parses.changed = stored.changed;
      this.#parses.stored = stored.stored;
      this.#parses.stamps = stored.stamps;
      this.#parses.stampsChanged = stored.stampsChanged;
      for (const [file, entry] of stored.entries) this.#parses.entries.set(file, entry);
      mark("read the parse cache");
    }
    // A post whose stamp is the one recorded with its hash is not read (unless it must be parsed).
    const stamps = this.#parses.stamps;
    const folder = readContentFolder(
      this.options.contentDir,
      preview ? this.#reads : undefined,
      stamps === undefined
        ? undefined
        : (file, stamp) => {
            const known = stamps.get(file);
            return known?.stamp === stamp ? known.hash : undefined;
          },
      cacheDir === undefined ? Date.now() : fileSystemNow(cacheDir),
    );
    mark(`read content (${folder.unread} of ${folder.posts.length} posts known by their stamps, not read)`);
    const modelOptions = {
      cache: preview || cacheDir !== undefined ? this.#parses : undefined,
      check: (options.check ?? true) && !preview,
      preview,
      servedAt: this.options.servedAt,
    };
    // A whole build hands fenced code to other threads while it parses; the dev server's rebuilds
    // parse a post or two, in this thread.
    const pool = preview ? undefined : new HighlightPool();
    let parsed = parseContent(folder, { ...modelOptions, highlight: pool?.highlight });
    if (pool !== undefined && pool.handedOut > 0) {
      await pool.settle();
      parsed = fillBodies(parsed, (html) => pool.fill(html));
      // The cache keeps the posts as filled, never a placeholder.
      if (modelOptions.cache !== undefined)
        folder.posts.forEach((source, i) => {
          const entry = this.#parses.entries.get(source.path);
          const result = parsed.posts[i];
          if (entry !== undefined && result !== undefined) entry.result = result;
        });
      mark("highlight code");
    }
    const images =
      (options.images ?? true) ? await this.#images(folder, parsed) : { records: new Map(), issues: [] };
    const model = assembleContent(folder, parsed, this.options.now, {
      ...modelOptions,
      images: images.records,
    });
    const settingsFile = folder.settings?.path ?? `${folder.displayPath}/${SETTINGS_FILE_NAME}`;
    const issues = [...model.issues, ...images.issues];
    const routes = model.site === undefined ? [] : (model.whole?.routes ?? routesOf(model.site));
    if (model.site !== undefined) {
      const texts = new Map([...folder.posts, ...folder.pages].map((f) => [f.path, f]));
      const bodies = [...parsed.posts.map((p) => p.post), ...parsed.pages.map((p) => p.page)].flatMap(
        (item) =>
          item === undefined
            ? []
            : [{ file: item.file, source: texts.get(item.file), bodyHtml: item.bodyHtml }],
      );
      issues.push(...checkLinks(model.sites, routes, bodies, `${folder.displayPath}/${STATIC_FOLDER}`));
      mark("check links");
    }
    // The words of each tree's language (the settings as that tree has them: its labels).
    const wordsBySite = new Map<Site, Words>();
    const seen = new Set<string>();
    for (const site of model.sites) {
      const language = wordsOf(site.settings.language, site.settings.labels, settingsFile);
      for (const issue of language.issues) {
        const key = `${issue.line}:${issue.message}`;
        if (!seen.has(key)) issues.push(issue);
        seen.add(key);
      }
      wordsBySite.set(site, language.words);
    }
    if (model.sites.length === 0)
      issues.push(...wordsOf(model.settings.language, model.settings.labels, settingsFile).issues);
    const overrides = await loadViewOverrides(folder.views);
    issues.push(...overrides.issues);
    mark("load the views");
    const failed = issues.some((i) => i.severity === "error");
    const site = failed ? undefined : model.site;
    this.#table = new ViewTable(overrides.overrides);
    this.#contextOf = site === undefined ? undefined : contextsOf(model, wordsBySite, this.#table);
    this.#listLinks = new WeakMap();
    this.#sidebars = new Map();
    this.#byUrl = undefined;
    this.#loaded = {
      site,
      sites: failed ? [] : model.sites,
      issues: sortIssues(issues),
      routes: site === undefined ? [] : routes,
      files: model.files,
      views: folder.views,
    };
    return this.#loaded;
  }

  /**
   * The images the posts and pages show in their bodies (files beside them or in the static folder; an
   * `image:` is a file of its own, copied as it is), resized or read
   * from the cache; an image that cannot be read is a warning naming the post and the file.
   */
  async #images(
    folder: ContentFolder,
    parsed: ParsedContent,
  ): Promise<{ records: Map<string, ImageRecord>; issues: ContentIssue[] }> {
    const existing = new Set([...folder.bundled, ...folder.statics]);
    const shownBy = new Map<string, string[]>();
    const note = (file: string, by: string) => shownBy.set(file, [...(shownBy.get(file) ?? []), by]);
    for (const item of [...parsed.posts.map((p) => p.post), ...parsed.pages.map((p) => p.page)]) {
      if (item === undefined) continue;
      const folderOfItem = folderOf(item.source);
      for (const file of imageFilesOf(item.bodyHtml, folderOfItem))
        if (existing.has(file)) note(file, item.file);
    }
    const settings = parsed.settings.settings;
    if (shownBy.size === 0) return { records: new Map(), issues: [] };
    const cache = new ImageCache(
      imageCacheDirOf(this.options.contentDir),
      this.options.contentDir,
      settings.images,
    );
    const records = await cache.resolveAll([...shownBy.keys()]);
    // A whole build prunes what no post shows any more; a preview keeps it.
    await cache.save({ prune: !(this.options.preview ?? false) });
    mark(`images (${cache.stats.statHits + cache.stats.hashHits} cached, ${cache.stats.resized} resized)`);
    const issues: ContentIssue[] = [];
    for (const [file, record] of records) {
      if (record.status !== "as-is" || ["svg", "animated", "not resized"].includes(record.reason ?? ""))
        continue;
      for (const by of new Set(shownBy.get(file))) {
        issues.push(
          contentWarning(
            "bad-image",
            by,
            undefined,
            `shows ${folder.displayPath}/${file}, which could not be read as an image (${record.reason}); it is published as it is`,
          ),
        );
      }
    }
    return { records, issues };
  }

  /** The build cache's folder, when this pipeline keeps one (a build, not `--clean`, not a preview). */
  #cacheDir(): string | undefined {
    if (this.options.preview === true || this.options.useCache !== true) return undefined;
    return buildCacheDirOf(this.options.contentDir);
  }

  /**
   * Writes the loaded site: empties the output folder (or, on the last finished build's folder, keeps
   * it), copies the files that are copied, renders the rest pass by pass through the writer (and the
   * search indexer; a file whose bytes are already there is not written again), deletes files no
   * longer produced, checks that the folder holds exactly the site's files, then writes the search
   * index and checks it.
   */
  async build(writer: Writer, options: BuildOptions = {}): Promise<Built> {
    const { site, sites, routes } = this.#loaded;
    if (site === undefined) throw new Error("internal error: the site has errors and cannot be built");
    const outputDir = this.options.outputDir;
    const cacheDir = this.#cacheDir();
    const finished = cacheDir !== undefined && lastBuildFinished(cacheDir, outputDir);
    // The survey load() started, taken once; a build without one surveys the folder here.
    const survey = !finished
      ? undefined
      : this.#survey !== undefined
        ? await this.#survey()
        : surveyFolder(path.resolve(outputDir));
    this.#survey = undefined;
    const incremental = cacheDir !== undefined && survey !== undefined && !survey.links;
    if (cacheDir !== undefined) writeBuildState(cacheDir, outputDir, false);
    if (incremental) keepOutputFolder(outputDir, this.options.contentDir);
    else emptyOutputFolder(outputDir, this.options.contentDir);
    const copies = copiesOf(routes, this.options.contentDir);
    const search = site.settings.search;
    // With search on, what the index reads of each post and page: the last build's, for the pages kept,
    // and this build's as they are rendered (kept for the next build).
    const lastDocuments = search && cacheDir !== undefined ? readSearchDocuments(cacheDir) : undefined;
    if (lastDocuments !== undefined) mark("read the search documents");
    // By output path: the kept pages' documents, then the rendered pages'.
    const documents = new Map<string, Buffer>();
    const reuse =
      incremental && cacheDir !== undefined
        ? this.#reusable(cacheDir, writer, survey.stamps, lastDocuments?.entries, (route, document) =>
            documents.set(outputPathOf(route.url), document),
          )
        : undefined;
    const toRender = routes.filter(isRendered);
    // Not rendered: the files kept as they are, and the pages given the new sidebar (with the old
    // sidebar's text in each).
    const keptRoutes = new Set<RenderedRoute>();
    const patches = new Map<RenderedRoute, string>();
    if (reuse !== undefined) {
      for (const route of toRender) {
        const plan = reuse.plan(route);
        if (plan === undefined) continue;
        keptRoutes.add(route);
        if (plan !== "keep") patches.set(route, plan.from);
      }
      mark(`keys: ${keptRoutes.size - patches.size} files kept, ${patches.size} given the new sidebar`);
    }
    // Passes over every route, kept or not, so that Pagefind is handed the pages in the same order as
    // in a clean build (the pages it reads first).
    const passes = planPasses(toRender, options.filesPerPass ?? FILES_PER_PASS);
    // With search on, the index's parts (src/pipeline/search-index.ts). On the last build's folder, a
    // part of the same pages in the same order as the last build's, whose files are as it left them,
    // may be kept: it is once every page's document is known to be the last build's (after the
    // passes). The others are indexed as the passes go.
    const searchables = search ? passes.flat().filter(isSearchable) : [];
    const parts = search
      ? planSearchParts(
          searchables.map((r) => ({ url: r.url, year: r.kind === "post" ? r.post.date.year : undefined })),
          this.options.searchPartPosts,
        )
      : [];
    const lastParts =
      incremental && lastDocuments !== undefined && cacheDir !== undefined
        ? readSearchParts(cacheDir, annalsCodeHash())
        : new Map<string, SearchPartRecord>();
    const mayKeep = new Map<string, SearchPartRecord>();
    for (const part of parts) {
      const last = lastParts.get(part.folder);
      if (
        last !== undefined &&
        last.documents.length === part.urls.length &&
        last.documents.every(([url], i) => url === part.urls[i]) &&
        last.files.every(([file, stamp]) => survey?.stamps.get(file) === stamp)
      )
        mayKeep.set(part.folder, last);
    }
    const indexer = search ? await SearchIndexer.start(parts) : undefined;
    indexer?.index(parts.map((p) => p.folder).filter((folder) => !mayKeep.has(folder)));
    const rendering = toRender.length - keptRoutes.size;
    if (incremental) writer.keepsUnchanged?.(rendering, patches.size);
    // Pages that did not hold their old sidebar once (changed since): rendered after the passes.
    const missed = new Set<string>();
    // The patches handed to the writer, awaited after the passes; the first that failed, thrown at the
    // next pass.
    const patched: Promise<void>[] = [];
    let patchFailure: { readonly error: unknown } | undefined;
    const garbage = new GarbageBudget(rendering);
    let written = copies.length;
    // The search index's parts kept as the last build left them: by folder, their files.
    const keptParts = new Map<string, readonly (readonly [string, string])[]>();
    // With the build cache, each part's pages with their documents' hashes, by folder.
    const partDocuments = new Map<string, [string, string][]>();
    // The pass the writer is writing.
    let writing: Promise<void> | undefined;
    try {
      await writer.copy(copies);
      for (const [n, pass] of passes.entries()) {
        if (patchFailure !== undefined) throw patchFailure.error;
        const files: RenderedFile[] = [];
        const patching: SidebarPatch[] = [];
        const searched: SearchDocument[] = [];
        for (const route of pass) {
          const searchable = indexer?.indexes(route.url) === true;
          if (keptRoutes.has(route)) {
            const from = patches.get(route);
            if (from !== undefined) patching.push({ url: route.url, from, to: this.#sidebarOf(route).text });
            const document = searchable ? documents.get(outputPathOf(route.url)) : undefined;
            if (document !== undefined) searched.push({ url: route.url, document: document.toString() });
            continue;
          }
          const file = this.render(route);
          files.push(file);
          if (search && isSearchable(route)) {
            const document = searchDocumentOf(file.text);
            if (searchable) searched.push({ url: route.url, document });
            if (lastDocuments !== undefined) documents.set(outputPathOf(route.url), Buffer.from(document));
          }
        }
        mark(`render pass ${n + 1} of ${passes.length}`);
        // Pagefind indexes this pass's posts while the writer writes it; the writer may go on writing
        // it while the next pass is rendered (annals' own, over the last build's folder, writes in a
        // thread of its own). At most one pass waits for the writer, and Pagefind may be up to 1,000
        // pages behind (`SEARCH_BACKLOG`), so that pages do not pile up in memory when either is
        // slower than rendering.
        const indexing = indexer?.add(searched);
        // A pass's patches hold no page: they are handed over at once (the writer patches them in this
        // thread when its own is busy), and awaited after the passes.
        if (patching.length > 0) {
          const handed = this.#patch(writer, patching, reuse, missed);
          handed.catch((error: unknown) => {
            patchFailure ??= { error };
          });
          patched.push(handed);
        }
        await writing;
        writing = writer.write(files);
        // Awaited with the next pass (or after the last); a failure meanwhile must not go unhandled.
        writing.catch(() => {});
        await indexing;
        written += pass.length;
        garbage.collectWhenDue();
        mark(`write pass ${n + 1} of ${passes.length}`);
        options.onProgress?.(written, routes.length);
      }
      await writing;
      await Promise.all(patched);
      // The parts that may be kept: kept when every page's document is the last build's, else indexed
      // now, from the documents.
      if (lastDocuments !== undefined)
        for (const part of parts) partDocuments.set(part.folder, documentHashes(part, documents));
      for (const [folder, last] of mayKeep) {
        const now = partDocuments.get(folder);
        if (now?.every(([, hash], i) => hash === last.documents[i]?.[1])) {
          keptParts.set(folder, last.files);
          continue;
        }
        indexer?.index([folder]);
        const part = parts.find((p) => p.folder === folder) as SearchPart;
        await indexer?.add(
          part.urls.map((url) => {
            const document = documents.get(outputPathOf(url));
            if (document === undefined) throw new Error(`internal error: no search document of ${url}`);
            return { url, document: document.toString() };
          }),
        );
      }
      if (search) mark(`search index: ${keptParts.size} of ${parts.length} parts kept`);
      if (missed.size > 0) {
        const again = toRender.filter((route) => missed.has(route.url));
        for (const route of again) {
          keptRoutes.delete(route);
          patches.delete(route);
          reuse?.stamps.delete(outputPathOf(route.url));
        }
        // Pass by pass, as the others (every page of the site might be among them).
        for (const pass of planPasses(again, options.filesPerPass ?? FILES_PER_PASS))
          await writer.write(pass.map((route) => this.render(route)));
        mark(`render ${again.length} pages that did not hold their old sidebar`);
      }
      await writer.close();
      // The folder as written: on the last build's folder, each folder this build wrote into read
      // again and the rest as surveyed; else read whole, by a worker thread while this one records the
      // build for the next (the record is marked complete only once the folder and the search index
      // are checked).
      const reading =
        incremental && survey !== undefined
          ? Promise.resolve(
              relistFolder(path.resolve(outputDir), survey, this.#touched(toRender, keptRoutes, copies)),
            )
          : readOutputFolder(outputDir);
      // Awaited below; a failure while the cache is written must not leave it unhandled.
      reading.catch(() => {});
      if (cacheDir !== undefined) {
        this.#writeCache(cacheDir, writer, outputDir, reuse, lastDocuments, documents);
        mark("write the build cache");
      }
      const folder = await reading;
      let files = folder.files;
      if (incremental) {
        const outputs = new Set(routes.map((r) => outputPathOf(r.url)));
        // The search index's files are not the site's: those of the parts kept stay.
        const staying = new Set(outputs);
        for (const kept of keptParts.values()) for (const [file] of kept) staying.add(`/${file}`);
        const removed = removeStale(staying, outputDir, files, folder.emptyFolders);
        files = files.filter((f) => outputs.has(`/${f}`));
        mark(`remove ${removed} files no longer produced`);
      }
      const violations = checkOutputFolder(
        routes.map((r) => r.url),
        outputDir,
        files,
      );
      if (violations.length > 0) throw new IntegrityError("after writing the site", violations);
      mark("check the output folder");
    } catch (error) {
      // Pagefind's services are child processes: stopped (once they have read what they were
      // handed), or the failed build would never exit.
      await indexer?.close();
      // Closed first: a writer that writes on (a thread, Eleventy) stops or ends the pass it writes.
      await writer.close();
      await writing?.catch(() => {});
      throw error;
    }

    // Search: Pagefind writes its index into /pagefind/. This comes after the output-folder check on
    // purpose: that check proves the folder holds exactly the site's files, and the index is not one
    // of them; checkSearchIndex then proves that indexing only added files under /pagefind/ and indexed
    // every post and page once.
    let searchIndexed: number | undefined;
    if (indexer !== undefined) {
      const before = readFileStates(outputDir);
      searchIndexed = await indexer.finish(outputDir);
      mark(`write the search index (${parts.length - keptParts.size} of ${parts.length} parts)`);
      const after = readFileStates(outputDir);
      const problems = checkSearchIndex(
        before,
        after,
        sites.reduce((n, s) => n + s.posts.length + s.pages.length, 0),
        searchIndexed,
      );
      if (problems.length > 0) throw new IntegrityError("after indexing the site", problems);
      mark("check the search index");
      if (cacheDir !== undefined && lastDocuments !== undefined) {
        writeSearchParts(cacheDir, annalsCodeHash(), searchPartRecords(parts, partDocuments, after));
        mark("record the search index's parts");
      }
    }
    if (cacheDir !== undefined) writeBuildState(cacheDir, outputDir, true);
    const count = (kind: Route["kind"]) => routes.filter((r) => r.kind === kind).length;
    return {
      pages: routes.filter((r) => r.listed).length + count("notFound") + count("search"),
      feeds: count("feed") + count("rss"),
      redirects: count("redirect"),
      files: written,
      searchIndexed,
      searchParts: search ? { indexed: parts.length - keptParts.size, all: parts.length } : undefined,
      incremental,
      kept: keptRoutes.size - patches.size,
      patched: patches.size,
    };
  }

  /**
   * A pass's pages given the new sidebar by the writer: each patched file's new stamp put in `reuse`,
   * a page that did not hold its old sidebar once put in `missed`.
   */
  async #patch(
    writer: Writer,
    patching: readonly SidebarPatch[],
    reuse: Reuse | undefined,
    missed: Set<string>,
  ): Promise<void> {
    if (writer.patch === undefined) throw new Error("internal error: a patch for a writer that cannot");
    const { stamps, missed: notThere } = await writer.patch(patching);
    for (const [url, stamp] of stamps) reuse?.stamps.set(outputPathOf(url), stamp);
    for (const url of notThere) missed.add(url);
  }

  /** The sidebar of the route's tree, as every page of it in the shell holds it. */
  sidebarOf(route: RenderedRoute): string {
    return this.#sidebarOf(route).text;
  }

  /** The sidebar of the route's tree, as its pages hold it (made once per tree and load). */
  #sidebarOf(route: RenderedRoute): SidebarText {
    const contextOf = this.#contextOf;
    if (contextOf === undefined) throw new Error("internal error: nothing loaded to render");
    const context = contextOf(route);
    let sidebar = this.#sidebars.get(context.site);
    if (sidebar === undefined) {
      const text = sidebarOf(context);
      sidebar = { text, hash: hashOf(text) };
      this.#sidebars.set(context.site, sidebar);
    }
    return sidebar;
  }

  /** The folders a build wrote into (or copied into), as `/`-separated paths in the output folder. */
  #touched(
    rendered: readonly RenderedRoute[],
    kept: ReadonlySet<RenderedRoute>,
    copies: readonly CopiedFile[],
  ): Set<string> {
    const folders = new Set<string>([""]);
    const add = (url: string) => {
      const file = outputPathOf(url);
      folders.add(file.slice(1, Math.max(1, file.lastIndexOf("/"))));
    };
    for (const route of rendered) if (!kept.has(route)) add(route.url);
    for (const copy of copies) add(copy.url);
    return folders;
  }

  /**
   * The build cache for the next build: the render records (each keyed file's key and stamp), the
   * search documents and the parse cache. Not yet marked complete.
   */
  #writeCache(
    cacheDir: string,
    writer: Writer,
    outputDir: string,
    reuse: Reuse | undefined,
    lastDocuments: SearchDocuments | undefined,
    documents: ReadonlyMap<string, Buffer>,
  ): void {
    const { routes } = this.#loaded;
    // Records only of files the keys describe: none from a writer that may change the bytes, and
    // none made by view overrides (their code is not in the keys; once removed, their pages must
    // not be kept).
    const records = this.#keyed(writer)
      ? this.#renderRecords(routes, outputDir, reuse)
      : { files: new Map(), sidebars: new Map() };
    writeRenderRecords(cacheDir, records);
    if (lastDocuments !== undefined) {
      const entries: SearchDocuments["entries"] = new Map();
      for (const [file, { key }] of records.files) {
        const document = documents.get(file);
        if (document !== undefined) entries.set(file, { hash: key, value: document });
      }
      writeSearchDocuments(cacheDir, { entries, stored: lastDocuments.stored });
    }
    writeParseCache(cacheDir, this.#parses);
  }

  /**
   * On the last build's folder: which files can be kept as they are, not rendered (their render key,
   * and their size and time on disk, what the last build recorded). None when the site has view
   * overrides (a view's code is not in the keys), when the writer does not keep unchanged files
   * (Eleventy's transforms may read anything), or in a preview. With search on (`lastDocuments`), a
   * post or page is kept only when the last build's search document of it is under the same key; the
   * document is then handed to `onKeptDocument`, for the index.
   */
  #reusable(
    cacheDir: string,
    writer: Writer,
    stamps: ReadonlyMap<string, string>,
    lastDocuments: SearchDocuments["entries"] | undefined,
    onKeptDocument: (route: RenderedRoute, document: Buffer) => void,
  ): Reuse | undefined {
    const contextOf = this.#contextOf;
    if (contextOf === undefined || !this.#keyed(writer)) return undefined;
    const records = readRenderRecords(cacheDir);
    if (records.files.size === 0) return undefined;
    const reuse: Reuse = {
      keys: new RenderKeys(this.#loaded.sites, annalsCodeHash(), this.#origins()),
      stamps: new Map(),
      plan: (route) => {
        const file = outputPathOf(route.url);
        const last = records.files.get(file);
        if (last === undefined || reuse.keys.keyOf(route, contextOf(route).site) !== last.key)
          return undefined;
        // With search on, a post or page is kept only when the index's document of it is at hand.
        const searched = lastDocuments !== undefined && isSearchable(route);
        const document = searched ? lastDocuments.get(file) : undefined;
        if (searched && document?.hash !== last.key) return undefined;
        if (stamps.get(file.slice(1)) !== last.stamp) return undefined;
        // A page in the shell holding another sidebar than this build's: patched when the writer can
        // and the old sidebar's text is known.
        let from: string | undefined;
        const sidebar = IN_SHELL.has(route.kind) ? this.#sidebarOf(route).hash : undefined;
        if (last.sidebar !== sidebar) {
          from = last.sidebar === undefined ? undefined : records.sidebars.get(last.sidebar);
          if (from === undefined || sidebar === undefined || writer.patch === undefined) return undefined;
        }
        reuse.stamps.set(file, last.stamp);
        if (document !== undefined) onKeptDocument(route, document.value);
        return from === undefined ? "keep" : { from };
      },
    };
    return reuse;
  }

  /**
   * True when the render keys describe what this build writes: annals' own views (no overrides),
   * written as rendered (annals' writer, not Eleventy's, whose transforms may read anything).
   */
  #keyed(writer: Writer): boolean {
    return (
      writer.keepsUnchanged !== undefined && this.#table !== undefined && this.#table.overridden.size === 0
    );
  }

  /** The posts as parsed, by file, with their sources' paths and hashes: the parse cache's entries. */
  #origins(): ParseOrigins {
    const posts = new Map<string, { path: string; hash: string; post: Post }>();
    for (const [path, { hash, result }] of this.#parses.entries)
      if (result.post !== undefined) posts.set(result.post.file, { path, hash, post: result.post });
    return { key: this.#parses.key, posts };
  }

  /** Each keyed file's render key and its size and time on disk, for the next build. */
  #renderRecords(routes: readonly Route[], outputDir: string, reuse: Reuse | undefined): RenderRecords {
    const contextOf = this.#contextOf;
    const files = new Map<string, RenderRecord>();
    const sidebars = new Map<string, string>();
    if (contextOf === undefined) return { files, sidebars };
    const keys = reuse?.keys ?? new RenderKeys(this.#loaded.sites, annalsCodeHash(), this.#origins());
    const root = path.resolve(outputDir);
    for (const route of routes) {
      if (!isRendered(route)) continue;
      const key = keys.keyOf(route, contextOf(route).site);
      if (key === undefined) continue;
      const file = outputPathOf(route.url);
      const stamp = reuse?.stamps.get(file) ?? stampOf(path.join(root, file));
      if (stamp === undefined) continue;
      if (!IN_SHELL.has(route.kind)) files.set(file, { key, stamp });
      else {
        const sidebar = this.#sidebarOf(route);
        sidebars.set(sidebar.hash, sidebar.text);
        files.set(file, { key, stamp, sidebar: sidebar.hash });
      }
    }
    return { files, sidebars };
  }

  /** After an edit: the content read and the site made again, reading and parsing only what changed. */
  async update(changed: readonly string[] = []): Promise<Loaded> {
    for (const file of changed) this.#reads.delete(file);
    return this.load();
  }

  /**
   * Renders one route and checks it: every page of a list shows the posts the model puts on it, in
   * order, each linked. A view override that throws, or that leaves a post out, is a `ViewFault`
   * naming its file; anything else that goes wrong here is an `IntegrityError` (a bug of ours).
   */
  render(route: RenderedRoute): RenderedFile {
    if (this.#contextOf === undefined) throw new Error("internal error: nothing loaded to render");
    const context = this.#contextOf(route);
    let file: RenderedFile;
    try {
      file = renderRoute(route, context);
    } catch (error) {
      if (error instanceof ViewError) {
        throw new ViewFault(
          contentError(error.file, error.line, `${error.message} while rendering ${error.url ?? route.url}`),
        );
      }
      throw error;
    }
    if (route.kind === "archive" && !(this.options.preview ?? false)) this.#checkList(route, file, context);
    return file;
  }

  /** The file at a URL (the dev server's lookup): `/2015/` and `/2015` alike; undefined when none. */
  renderUrl(url: string): RenderedFile | undefined {
    if (this.#byUrl === undefined) {
      this.#byUrl = new Map();
      for (const route of this.#loaded.routes) if (isRendered(route)) this.#byUrl.set(route.url, route);
      // A folder's index.xml (an RSS feed at `/feed/`) answers for the folder, as static hosts do.
      for (const route of this.#loaded.routes)
        if (route.kind === "rss" && !this.#byUrl.has(route.rss.folder))
          this.#byUrl.set(route.rss.folder, route);
    }
    const route = this.#byUrl.get(url) ?? this.#byUrl.get(`${url}/`);
    return route === undefined ? undefined : this.render(route);
  }

  #checkList(route: RenderedRoute & { kind: "archive" }, file: RenderedFile, context: RenderContext): void {
    const wanted = route.pager.items;
    const shown = file.shown ?? [];
    const prefix = linkPrefixOf(context.site);
    const { overridden } = context.table;
    let problem: string | undefined;
    let blame: string[] = [];
    if (shown.length !== wanted.length || shown.some((post, i) => post !== wanted[i])) {
      const missing = wanted.filter((p) => !shown.includes(p));
      problem = `shows ${shown.length} of the ${wanted.length} posts the model puts on ${route.url}${
        missing.length > 0
          ? ` (missing ${missing.map((p) => p.file).join(", ")})`
          : " (in another order, or twice)"
      }`;
      blame = ["archive"];
    } else {
      // Each link looked for after the last one found (a page links its posts in order: one scan of
      // the page), and anywhere in it when not found there.
      const text = file.text;
      let from = 0;
      const unlinked = wanted.filter((p) => {
        let link = this.#listLinks.get(p);
        if (link === undefined) {
          link = `href="${prefix}${hrefOf(p.url)}"`;
          this.#listLinks.set(p, link);
        }
        const at = text.indexOf(link, from);
        if (at !== -1) from = at + link.length;
        return at === -1 && !text.includes(link);
      });
      if (unlinked.length > 0) {
        problem = `does not link ${unlinked.map((p) => p.url).join(", ")} on ${route.url}, which the page lists`;
        blame = ["summary", "archive", "shell"];
      }
    }
    if (problem === undefined) return;
    const culprit = blame.map((name) => overridden.get(name as never)).find((f) => f !== undefined);
    if (culprit !== undefined) {
      throw new ViewFault(
        contentError(
          culprit,
          undefined,
          `${problem}: a list page must show and link every post the model puts on it`,
        ),
      );
    }
    throw new IntegrityError("after rendering", [`the ${blame[0]} view ${problem}`]);
  }
}

/**
 * What each route renders with: its tree's site and words (a multilingual site's whole-site files, the
 * sitemap and the redirects files, with the default tree's words), and the one view table.
 */
function contextsOf(
  model: ModelBuild,
  wordsBySite: ReadonlyMap<Site, Words>,
  table: ViewTable,
): (route: RenderedRoute) => RenderContext {
  const [root] = model.sites;
  if (root === undefined) throw new Error("internal error: no site to render");
  const contexts = new Map<Site, RenderContext>();
  const contextOf = (site: Site): RenderContext => {
    let context = contexts.get(site);
    if (context === undefined) {
      const words = wordsBySite.get(site) ?? wordsBySite.get(root);
      if (words === undefined) throw new Error("internal error: a tree without words");
      context = { site, words, table };
      contexts.set(site, context);
    }
    return context;
  };
  const siteOf = model.whole?.siteOf;
  return (route) => contextOf(siteOf?.get(route) ?? root);
}
