// The views: one typed table of named views, each a function from its input to HTML. A page is
// rendered by looking its view up by name; a view that shows another part of a page (the archive
// shows summaries, the shell shows the header) calls it through `input.views`, so that a site's
// override of one view is used wherever that view appears.
//
// A site overrides a view with `content/theme/views/<name>.ts`, whose default export is called with
// the view's input and the view it replaces (`base`), like markdown-it's `renderer.rules[name]`:
//   export default ((input, base) => html`${base(input)}<p>…</p>`) satisfies Override<"footer">;

import { lazyImages } from "../src/format/bodies.ts";
import { flatten } from "../src/format/flat.ts";
import { Html, isHtml } from "../src/format/html.ts";
import type { SitePost } from "../src/model/types.ts";
import type { SummaryInput, View, ViewName, Views } from "./view-types.ts";
import {
  renderArchive,
  renderBreadcrumbs,
  renderPagination,
  renderSummary,
  renderTermDescription,
} from "./views/archive.ts";
import { renderCalendar, renderOnThisDay } from "./views/calendar.ts";
import { renderComments } from "./views/comments.ts";
import { renderArchivesIndex, renderNotFound, renderTermsIndex } from "./views/indexes.ts";
import { renderLanguages, renderTranslations } from "./views/languages.ts";
import { renderPage } from "./views/page.ts";
import { renderPost, renderPostDate, renderPostTerms, renderToc } from "./views/post.ts";
import { renderRedirect } from "./views/redirect.ts";
import { renderSearch } from "./views/search.ts";
import { renderFooter, renderHeader, renderShell } from "./views/shell.ts";
import { renderSidebar } from "./views/sidebar.ts";

/** annals' own views. */
export const DEFAULT_VIEWS: Views = {
  shell: renderShell,
  header: renderHeader,
  footer: renderFooter,
  sidebar: renderSidebar,
  post: renderPost,
  page: renderPage,
  summary: renderSummary,
  archive: renderArchive,
  archivesIndex: renderArchivesIndex,
  termsIndex: renderTermsIndex,
  termDescription: renderTermDescription,
  calendar: renderCalendar,
  onThisDay: renderOnThisDay,
  toc: renderToc,
  comments: renderComments,
  languages: renderLanguages,
  translations: renderTranslations,
  notFound: renderNotFound,
  search: renderSearch,
  redirect: renderRedirect,
  breadcrumbs: renderBreadcrumbs,
  pagination: renderPagination,
  postDate: renderPostDate,
  postTerms: renderPostTerms,
};

export const VIEW_NAMES = Object.keys(DEFAULT_VIEWS) as ViewName[];

export function isViewName(name: string): name is ViewName {
  return Object.hasOwn(DEFAULT_VIEWS, name);
}

/** A site's override of one view, and the file it came from. */
export interface LoadedOverride {
  readonly name: ViewName;
  /** As the author knows it: `content/theme/views/footer.ts`. */
  readonly file: string;
  readonly view: (input: never, base: never) => unknown;
}

/** A view override failed: it threw, or returned no HTML. The page's URL is added by the renderer. */
export class ViewError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  /** The page being rendered. */
  url: string | undefined;
  constructor(file: string, line: number | undefined, message: string) {
    super(message);
    this.name = "ViewError";
    this.file = file;
    this.line = line;
    this.url = undefined;
  }
}

/**
 * The views of one build: the defaults with the site's overrides in place, and what the views showed
 * on the page being rendered (the posts each list page showed, for the integrity check).
 */
export class ViewTable {
  readonly views: Views;
  /** The override file of each overridden view. */
  readonly overridden: ReadonlyMap<ViewName, string>;
  /** The posts the `summary` view was asked to show since `startPage()`. */
  #shown: SitePost[] = [];

  constructor(overrides: readonly LoadedOverride[] = []) {
    const views: Record<string, unknown> = {};
    const overridden = new Map<ViewName, string>();
    const byName = new Map(overrides.map((o) => [o.name, o]));
    for (const name of VIEW_NAMES) {
      const base = DEFAULT_VIEWS[name] as (input: unknown) => Html;
      const override = byName.get(name);
      let view = base;
      if (override !== undefined) {
        overridden.set(name, override.file);
        view = overrideView(override, base);
      }
      views[name] = view;
    }
    // Each view that appears on every page is made once per section and language (and translated
    // page), and each post's summary once per post, unless a site's override replaces it.
    for (const name of ["header", "footer", "sidebar"] as const)
      views[name] = once(views[name] as View<typeof name>);
    const summary = views.summary as View<"summary">;
    const cached = overridden.has("summary") ? summary : cachedSummary(summary);
    views.summary = (input: SummaryInput): Html => {
      this.#shown.push(input.post);
      return cached(input);
    };
    this.views = views as unknown as Views;
    this.overridden = overridden;
  }

  /** Starts recording what a page shows. */
  startPage(): void {
    this.#shown = [];
  }

  /** The posts shown on the page since `startPage()`, in order. */
  shownPosts(): readonly SitePost[] {
    return this.#shown;
  }
}

function overrideView(override: LoadedOverride, base: (input: unknown) => Html): (input: unknown) => Html {
  const view = override.view as (input: unknown, base: (input: unknown) => Html) => unknown;
  return (input) => {
    let result: unknown;
    try {
      result = view(input, base);
    } catch (error) {
      if (error instanceof ViewError) throw error;
      throw new ViewError(override.file, lineIn(error, override.file), `threw ${describeError(error)}`);
    }
    if (isHtml(result)) return new Html(result.value);
    if (typeof result === "string") return new Html(result);
    if (result !== null && typeof result === "object") {
      const text = String(result);
      if (text !== "[object Object]") return new Html(text);
    }
    throw new ViewError(
      override.file,
      undefined,
      `returned ${result === null ? "null" : typeof result === "object" ? "an object without toString()" : typeof result}, not HTML (return a string, or html\`…\`)`,
    );
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** The line of `file` where an error was thrown, from its stack, when the stack names the file. */
function lineIn(error: unknown, file: string): number | undefined {
  if (!(error instanceof Error) || error.stack === undefined) return undefined;
  const name = file.split("/").slice(-3).join("/");
  for (const frame of error.stack.split("\n")) {
    const at = frame.indexOf(name);
    if (at === -1) continue;
    const m = /:(\d+):\d+\)?$/.exec(frame);
    if (m !== null) return Number(m[1]);
  }
  return undefined;
}

/**
 * A frame view, made once per section and language of the build (and, for a page with translations,
 * once per page: the header's language links lead to them).
 */
function once<N extends "header" | "footer" | "sidebar">(view: View<N>): View<N> {
  const made = new Map<string, Html>();
  return (input) => {
    const translated = input.url !== undefined && input.site.translations.has(input.url);
    const key = `${input.words.language}\u0000${input.section ?? ""}\u0000${translated ? input.url : ""}`;
    let html = made.get(key);
    if (html === undefined) {
      html = new Html(flatten(view(input).value));
      made.set(key, html);
    }
    return html;
  };
}

/**
 * annals' summary of a post is the same on every list that shows it (about nine per post: home, tags,
 * category, year, month, day): its markup around the post's body is made once per post, and joined to
 * the body at each use, so that the body is kept once.
 */
function cachedSummary(view: View<"summary">): View<"summary"> {
  interface Parts {
    readonly before: string;
    readonly after: string;
    /** The body as shown below the first post on a page (its images lazy): made once, when it differs. */
    readonly below: string | undefined;
  }
  const parts = new WeakMap<SitePost, Parts | null>();
  const MARK = "\u0000annals-body\u0000";
  return (input) => {
    const { post } = input;
    let split = parts.get(post);
    if (split === undefined) {
      const marked = {
        ...post,
        bodyHtml: MARK,
        listBodyHtml: MARK,
        teaserHtml: post.teaserHtml === undefined ? undefined : MARK,
      };
      const text = view({ ...input, post: marked, position: 0 }).value;
      const at = text.indexOf(MARK);
      const body = post.teaserHtml ?? post.listBodyHtml;
      const lazy = lazyImages(body);
      split =
        at === -1 || text.indexOf(MARK, at + 1) !== -1
          ? null
          : {
              before: flatten(text.slice(0, at)),
              after: flatten(text.slice(at + MARK.length)),
              below: lazy === body ? undefined : lazy,
            };
      parts.set(post, split);
    }
    if (split === null) return view(input);
    const body = post.teaserHtml ?? post.listBodyHtml;
    return new Html(
      split.before + (input.position > 0 && split.below !== undefined ? split.below : body) + split.after,
    );
  };
}
