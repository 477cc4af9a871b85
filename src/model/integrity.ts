// The integrity guarantee, checked on every build: no post is lost, none appears where it does not
// belong, no two pages share a URL, and no URL can leave the output folder. A violation is a bug of
// ours (the content was already checked), so it stops the build with a stack trace.

import { isFuture, isShown } from "./publishing.ts";
import { type Route, routesOf, type WholeSite } from "./routes.ts";
import type { Post, Redirect, Site } from "./types.ts";
import {
  dayUrl,
  feedUrlOf,
  homeUrlIn,
  monthUrl,
  onThisDayUrl,
  outputPathOf,
  pageUrl,
  yearUrl,
} from "./urls.ts";

export class IntegrityError extends Error {
  readonly violations: readonly string[];
  constructor(stage: string, violations: readonly string[]) {
    const shown = violations.slice(0, 20);
    const more = violations.length > shown.length ? `\n…and ${violations.length - shown.length} more` : "";
    super(
      `annals integrity check failed ${stage} (a bug in annals, please report it):\n${shown.join("\n")}${more}`,
    );
    this.name = "IntegrityError";
    this.violations = violations;
  }
}

/**
 * Why a URL is unsafe to write, or undefined when it is safe: it must be a site-relative path with no
 * empty, `.`, `..` or hidden segment, and no `#`, `?`, `\`, white space or control character.
 */
export function unsafeUrlReason(url: string): string | undefined {
  if (!url.startsWith("/")) return "does not start with /";
  if (/[#?\\]/.test(url)) return "holds # ? or \\";
  if (/[\p{Cc}\p{Zl}\p{Zp}\s]/u.test(url)) return "holds white space or a control character";
  const segments = url.slice(1).split("/");
  const inner = url.endsWith("/") ? segments.slice(0, -1) : segments;
  for (const segment of inner) {
    if (segment === "") return "has an empty segment (//)";
    if (segment === "." || segment === "..") return `has a ${segment} segment`;
    if (segment.startsWith(".")) return `has a hidden segment "${segment}"`;
  }
  return undefined;
}

export interface ModelCheckInput {
  readonly site: Site;
  /** Every post that parsed, published or not. */
  readonly parsed: readonly Post[];
  readonly now: number;
}

export function checkSiteModel({ site, parsed, now }: ModelCheckInput): string[] {
  const v: string[] = [];
  const { settings } = site;

  // 1. Every parsed post is published, a draft or future: exactly one, and counted.
  const published = new Map(site.posts.map((p) => [p.file, p]));
  if (published.size !== site.posts.length) v.push("two published posts come from the same file");
  let drafts = 0;
  let future = 0;
  for (const post of parsed) {
    const shouldPublish = isShown(post, settings, now, site.preview);
    if (post.draft) drafts++;
    else if (isFuture(post, settings, now)) future++;
    if (shouldPublish !== published.has(post.file)) {
      v.push(`${post.file} is ${shouldPublish ? "missing from" : "wrongly in"} the published posts`);
    }
  }
  if (site.held.drafts !== drafts || site.held.future !== future) {
    v.push(
      `held back counts ${site.held.drafts}, ${site.held.future} differ from ${drafts} drafts and ${future} future`,
    );
  }
  if (site.held.posts.length !== drafts + future) {
    v.push(`${site.held.posts.length} posts are listed as held back, not ${drafts + future}`);
  }
  const parsedFiles = new Set(parsed.map((p) => p.file));
  for (const file of published.keys()) {
    if (!parsedFiles.has(file)) v.push(`${file} is published but was never parsed`);
  }
  for (let i = 1; i < site.posts.length; i++) {
    const a = site.posts[i - 1];
    const b = site.posts[i];
    if (a !== undefined && b !== undefined && a.date.epochMs < b.date.epochMs) {
      v.push(`posts out of order: ${a.file} before newer ${b.file}`);
    }
  }

  // 2. Every post is on exactly one page of each of its archives, and on no other archive's pages.
  const archives = site.archives;
  // Of archives sharing a URL (itself a violation), the last one's pages are the ones counted.
  const firstOfUrl = new Map<string, number>();
  const lastOfUrl = new Map<string, number>();
  archives.forEach((archive, i) => {
    if (!firstOfUrl.has(archive.url)) firstOfUrl.set(archive.url, i);
    lastOfUrl.set(archive.url, i);
  });
  // By post file, the URL of the list of each page it is on (once per page it is on).
  const placed = new Map<string, string[]>();
  archives.forEach((archive, a) => {
    if (firstOfUrl.get(archive.url) !== a) v.push(`two archives share the URL ${archive.url}`);
    let seen = 0;
    archive.pages.forEach((pager, i) => {
      if (pager.number !== i + 1) v.push(`${archive.url} page ${i + 1} is numbered ${pager.number}`);
      if (pager.url !== pageUrl(archive.url, i + 1))
        v.push(`${archive.url} page ${i + 1} has the URL ${pager.url}`);
      if (pager.total !== archive.pages.length)
        v.push(`${archive.url} page ${i + 1} says ${pager.total} pages`);
      if (pager.items.length > settings.postsPerPage)
        v.push(`${pager.url} holds ${pager.items.length} posts`);
      if (i < archive.pages.length - 1 && pager.items.length !== settings.postsPerPage) {
        v.push(`${pager.url} is not full but is not the last page`);
      }
      if (lastOfUrl.get(archive.url) === a)
        for (const item of pager.items) {
          const lists = placed.get(item.file);
          if (lists === undefined) placed.set(item.file, [archive.url]);
          else lists.push(archive.url);
        }
      seen += pager.items.length;
    });
    if (seen !== archive.posts.length) {
      v.push(`${archive.url} counts ${archive.posts.length} posts but its pages hold ${seen}`);
    }
  });
  // Each post's lists (of a file twice among the posts, the last one's).
  const expectedOf = new Map<string, string[]>();
  for (const post of site.posts) {
    const { year, month, day } = post.date;
    const expected = [
      homeUrlIn(site.tree),
      ...post.tags.map((t) => t.url),
      ...post.categories.map((c) => c.url),
      ...(post.author?.url === undefined ? [] : [post.author.url]),
      yearUrl(year, site.tree),
      monthUrl(year, month, site.tree),
      dayUrl(year, month, day, site.tree),
    ];
    expectedOf.set(post.file, expected);
    if (post.categories.length === 0) v.push(`${post.file} has no category`);
    const lists = placed.get(post.file) ?? [];
    expected.forEach((url, i) => {
      if (expected.indexOf(url) !== i) return;
      let count = 0;
      for (const list of lists) if (list === url) count++;
      if (count !== 1) v.push(`${post.file} is on ${count} pages of ${url} (expected exactly 1)`);
    });
  }
  // Posts listed where they do not belong, in the order of the lists (by where each URL first comes),
  // and in each list in the order its pages show them.
  const misplaced: { url: string; file: string; at: number }[] = [];
  for (const [file, lists] of placed) {
    const expected = expectedOf.get(file);
    lists.forEach((url, i) => {
      if (lists.indexOf(url) === i && !expected?.includes(url)) misplaced.push({ url, file, at: -1 });
    });
  }
  if (misplaced.length > 0) {
    const positionIn = (url: string, file: string): number => {
      const archive = archives[lastOfUrl.get(url) ?? -1];
      let at = 0;
      for (const pager of archive?.pages ?? [])
        for (const item of pager.items) {
          if (item.file === file) return at;
          at++;
        }
      return at;
    };
    for (const m of misplaced) m.at = positionIn(m.url, m.file);
    misplaced.sort((a, b) => (firstOfUrl.get(a.url) ?? 0) - (firstOfUrl.get(b.url) ?? 0) || a.at - b.at);
    for (const { url, file } of misplaced) v.push(`${file} is listed on ${url}, where it does not belong`);
  }

  // 2b. Every post is on exactly one "on this day" page: its calendar day's, under its year; each
  // post's link to the page and each day archive's count the page's posts; a month's calendar counts
  // its posts.
  const onDay = new Map<string, number>();
  const dayPages = new Map(site.onThisDay.map((d) => [d.url, d]));
  if (dayPages.size !== site.onThisDay.length) v.push(`two "on this day" pages share a URL`);
  for (const day of site.onThisDay) {
    if (day.url !== onThisDayUrl(day.month, day.day, site.tree))
      v.push(`the "on this day" page of ${day.month}-${day.day} is at ${day.url}`);
    const listed = day.years.flatMap((y) => y.posts);
    if (listed.length !== day.posts.length)
      v.push(`${day.url} lists ${listed.length} posts but holds ${day.posts.length}`);
    for (let i = 1; i < day.years.length; i++) {
      if ((day.years[i - 1]?.year ?? 0) <= (day.years[i]?.year ?? 0))
        v.push(`${day.url} is not newest year first`);
    }
    for (const { year, posts } of day.years) {
      for (const post of posts) {
        onDay.set(post.file, (onDay.get(post.file) ?? 0) + 1);
        const { month, day: d } = post.date;
        if (post.date.year !== year || month !== day.month || d !== day.day)
          v.push(`${post.file} is listed on ${day.url} under ${year}, where it does not belong`);
      }
    }
  }
  for (const post of site.posts) {
    const count = onDay.get(post.file) ?? 0;
    if (count !== 1) v.push(`${post.file} is on ${count} "on this day" pages (expected exactly 1)`);
    const page = dayPages.get(post.onThisDay.url);
    if (page === undefined || page.posts.length !== post.onThisDay.count)
      v.push(
        `${post.file} links ${post.onThisDay.url} with ${post.onThisDay.count} posts, which holds ${page?.posts.length ?? 0}`,
      );
  }
  for (const archive of site.dateArchives) {
    if (
      archive.onThisDay !== undefined &&
      dayPages.get(archive.onThisDay.url)?.posts.length !== archive.onThisDay.count
    )
      v.push(`${archive.url} counts ${archive.onThisDay.count} posts on ${archive.onThisDay.url}`);
    if (archive.kind === "month") {
      const inDays = archive.days.reduce((n, d) => n + d.count, 0);
      if (inDays !== archive.posts.length)
        v.push(`the calendar of ${archive.url} counts ${inDays} posts, not ${archive.posts.length}`);
    }
  }

  // 3. Counts shown on the sidebar match the archives they link to.
  const byUrl = new Map(archives.map((a) => [a.url, a]));
  for (const link of [
    ...site.sidebar.categories,
    ...site.sidebar.months,
    ...site.sidebar.earlierYears,
    ...site.sidebar.tagCloud,
  ]) {
    const archive = byUrl.get(link.url);
    if (archive === undefined) v.push(`the sidebar links ${link.url}, which is no archive`);
    else if (archive.posts.length !== link.count) {
      v.push(`the sidebar counts ${link.count} posts for ${link.url}, which has ${archive.posts.length}`);
    }
  }

  // 4. Feeds hold the latest posts of their list.
  for (const feed of site.feeds) {
    const archive = feed.pageUrl === homeUrlIn(site.tree) ? undefined : byUrl.get(feed.pageUrl);
    const source = archive?.posts ?? site.posts;
    const expected = source.slice(0, settings.feedSize).map((p) => p.file);
    const actual = feed.posts.map((p) => p.file);
    if (expected.join("\n") !== actual.join("\n"))
      v.push(`the feed ${feed.url} does not hold the latest posts of ${feed.pageUrl}`);
    if (feed.url !== feedUrlOf(feed.pageUrl)) v.push(`the feed of ${feed.pageUrl} is at ${feed.url}`);
  }

  // 5. No two outputs share a URL, and every URL is safe to write.
  const outputs = new Map<string, string[]>();
  const pages: string[] = [];
  const routes = routesOf(site);
  for (const output of routes) {
    // Keyed by the file written: `/a/` and `/a/index.html` are one file.
    const file = outputPathOf(output.url);
    outputs.set(file, [...(outputs.get(file) ?? []), output.what]);
    if (output.listed) pages.push(output.url);
    const unsafe = unsafeUrlReason(output.url);
    if (unsafe !== undefined) v.push(`the URL ${JSON.stringify(output.url)} (${output.what}) ${unsafe}`);
  }
  for (const [file, owners] of outputs) {
    if (owners.length > 1)
      v.push(`${owners.join(" and ")} share the URL ${file.replace(/index\.html$/, "")}`);
  }
  // A file URL must not be a folder of another URL (`/a.xml` and `/a.xml/b/` cannot both be written).
  const sorted = [...outputs.keys()].sort();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const file = sorted[i] ?? "";
    const next = sorted[i + 1] ?? "";
    if (!file.endsWith("/") && next.startsWith(`${file}/`))
      v.push(`${next} would need ${file} to be a folder`);
  }

  // 6. The sitemap lists every page of content once: among them every post and every page of every list.
  // (A multilingual site's sitemap and redirects span its trees: `checkWholeSite` checks them.)
  const multilingual = site.languages.length > 0;
  if (settings.url !== "" && !multilingual) {
    const content = [
      ...site.posts.map((p) => p.url),
      ...archives.flatMap((a) => a.pages.map((p) => p.url)),
      ...site.onThisDay.map((d) => d.url),
    ];
    v.push(...sitemapViolations(routes, [...pages, ...content]));
  }

  // 7. Every redirect leads to a page of the site.
  if (!multilingual) v.push(...redirectViolations(site.redirects, outputs));
  return v;
}

/** The sitemap among `routes` lists each of its pages once, every one of `pages`, and nothing else. */
function sitemapViolations(routes: readonly Route[], pages: readonly string[]): string[] {
  const v: string[] = [];
  const listed = routes.flatMap((r) => (r.kind === "sitemap" ? r.sitemap.entries.map((e) => e.url) : []));
  if (new Set(listed).size !== listed.length) v.push("the sitemap lists a page twice");
  const listedSet = new Set(listed);
  for (const url of pages) if (!listedSet.has(url)) v.push(`the sitemap misses ${url}`);
  const pageSet = new Set(pages);
  for (const url of listed) if (!pageSet.has(url)) v.push(`the sitemap lists ${url}, which is no page`);
  return v;
}

/** Every redirect leads to a file of `outputs` (by output file) that no redirect takes. */
function redirectViolations(redirects: readonly Redirect[], outputs: ReadonlyMap<string, unknown>): string[] {
  const redirected = new Set(redirects.map((r) => r.from));
  return redirects.flatMap((redirect) =>
    !outputs.has(outputPathOf(redirect.to)) || redirected.has(redirect.to)
      ? [`the redirect from ${redirect.from} leads to ${redirect.to}, which is no page`]
      : [],
  );
}

/**
 * A multilingual site as a whole (each tree was checked by `checkSiteModel`): every published post is
 * in exactly one tree, its language's; no two routes of any trees share a file; the one sitemap lists
 * every page of every tree once, and each page's alternates are its translations, each pointing back;
 * every redirect leads to a page of some tree.
 */
export function checkWholeSite(
  sites: readonly Site[],
  whole: WholeSite,
  /** Every post that parsed, published or not. */
  parsed: readonly Pick<Post, "file" | "language" | "date" | "draft">[],
  now: number,
): string[] {
  const v: string[] = [];
  const treeOf = new Map<string, Site[]>();
  for (const site of sites) {
    for (const post of site.posts) {
      treeOf.set(post.file, [...(treeOf.get(post.file) ?? []), site]);
      if (post.language !== site.settings.language)
        v.push(`${post.file} (${post.language}) is in the tree of ${site.settings.language}`);
    }
  }
  const [root] = sites;
  for (const post of parsed) {
    const tree = sites.find((s) => s.settings.language === post.language) ?? root;
    if (tree === undefined || !isShown(post, tree.settings, now, tree.preview)) continue;
    const count = treeOf.get(post.file)?.length ?? 0;
    if (count !== 1) v.push(`${post.file} is in ${count} language trees (expected exactly 1)`);
  }

  const outputs = new Map<string, string[]>();
  for (const route of whole.routes) {
    const file = outputPathOf(route.url);
    outputs.set(file, [...(outputs.get(file) ?? []), route.what]);
    if (whole.siteOf.get(route) === undefined) v.push(`${route.url} (${route.what}) belongs to no tree`);
  }
  for (const [file, owners] of outputs)
    if (owners.length > 1)
      v.push(`${owners.join(" and ")} share the URL ${file.replace(/index\.html$/, "")}`);

  if (root !== undefined && root.settings.url !== "") {
    const pages = whole.routes.filter((r) => r.listed).map((r) => r.url);
    v.push(...sitemapViolations(whole.routes, pages));
  }

  // Translations: each points at a post or page of its language's tree, which points back.
  const byLanguage = new Map(sites.map((s) => [s.settings.language, s]));
  for (const site of sites) {
    const own = new Set([...site.posts.map((p) => p.url), ...site.pages.map((p) => p.url)]);
    for (const [url, translations] of site.translations) {
      if (!own.has(url))
        v.push(`${site.settings.language} has translations of ${url}, which is none of its pages`);
      for (const t of translations) {
        const other = byLanguage.get(t.language);
        const back = other?.translations.get(t.url) ?? [];
        if (other === site) v.push(`${url} is linked to ${t.url} in its own language`);
        if (!back.some((b) => b.url === url && b.language === site.settings.language))
          v.push(
            `${url} (${site.settings.language}) links its translation ${t.url} (${t.language}), which does not link it back`,
          );
      }
    }
  }

  v.push(
    ...redirectViolations(
      sites.flatMap((s) => s.redirects),
      outputs,
    ),
  );
  return v;
}
