// A build over the last build's folder (with the build cache) writes exactly what a clean build
// writes: a property test applies random sequences of edits to a small blog (add, delete, rename,
// retitle, re-date and re-tag posts, edit a post's body, link a post to another by its file, edit a
// comment, change a page, change a setting, turn the sidebar's recent posts and counts off or on,
// translate a post into Japanese, turn the languages on or off) and after each step compares every file of the incremental build with a clean build of the
// same content.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import fc from "fast-check";
import { SETTLE_MS } from "../../src/content/read-sources.ts";
import { readParseCache } from "../../src/pipeline/build-cache.ts";
import { FIXED_NOW, listFiles, REPO_ROOT } from "../support/site-build.ts";

const SETTINGS = (title: string, perPage: number) =>
  `title: ${title}\nurl: https://example.org\ntimezone: Europe/Berlin\npostsPerPage: ${perPage}\nsearch: false\n`;

function post(title: string, date: string, tags: readonly string[]): string {
  return `---\ntitle: ${title}\ndate: ${date}\ntags: [${tags.join(", ")}]\ncategory: Notes\n---\n\nAbout ${title.toLowerCase()}.\n\n## A heading\n\nMore.\n`;
}

const LANGUAGES = "languages: [en, ja]\n";
/** A sidebar that a new post changes only when it changes what the sidebar lists. */
const QUIET_SIDEBAR = "recentPosts: 0\nsidebarCounts: false\n";

/** A small blog: eight posts over two years, a page, comments on one post. */
function seed(content: string): void {
  fs.rmSync(content, { recursive: true, force: true });
  fs.mkdirSync(path.join(content, "pages"), { recursive: true });
  fs.writeFileSync(path.join(content, "site.yaml"), SETTINGS("Small", 3));
  for (let i = 1; i <= 8; i++) {
    const date = `${2014 + (i % 2)}-0${1 + (i % 5)}-1${i}`;
    fs.writeFileSync(path.join(content, `post-${i}.md`), post(`Post ${i}`, date, [`t${i % 3}`, "all"]));
  }
  fs.writeFileSync(path.join(content, "pages", "about.md"), "---\ntitle: About\n---\n\nA page.\n");
  fs.writeFileSync(
    path.join(content, "post-1.comments.yaml"),
    '- id: "1"\n  author: Ann\n  date: 2015-03-01\n  text: <p>First.</p>\n',
  );
}

type Edit =
  | { kind: "add"; n: number; year: number; tag: number }
  | { kind: "delete"; n: number }
  | { kind: "rename"; n: number }
  | { kind: "retitle"; n: number; word: string }
  | { kind: "redate"; n: number; year: number }
  | { kind: "retag"; n: number; tag: number }
  | { kind: "comment"; text: string }
  | { kind: "page"; word: string }
  | { kind: "setting"; perPage: number; title: string }
  | { kind: "translate"; n: number }
  | { kind: "languages"; on: boolean }
  | { kind: "body"; n: number; word: string }
  | { kind: "quietSidebar"; on: boolean }
  | { kind: "link"; n: number; to: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("add" as const),
    n: fc.integer({ min: 20, max: 40 }),
    year: fc.integer({ min: 2013, max: 2016 }),
    tag: fc.integer({ min: 0, max: 4 }),
  }),
  fc.record({ kind: fc.constant("delete" as const), n: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant("rename" as const), n: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant("retitle" as const),
    n: fc.integer({ min: 1, max: 8 }),
    word: fc.constantFrom("Moscow", "Seoul", "Rain"),
  }),
  fc.record({
    kind: fc.constant("redate" as const),
    n: fc.integer({ min: 1, max: 8 }),
    year: fc.integer({ min: 2012, max: 2016 }),
  }),
  fc.record({
    kind: fc.constant("retag" as const),
    n: fc.integer({ min: 1, max: 8 }),
    tag: fc.integer({ min: 0, max: 4 }),
  }),
  fc.record({ kind: fc.constant("comment" as const), text: fc.constantFrom("Second.", "Edited.") }),
  fc.record({ kind: fc.constant("page" as const), word: fc.constantFrom("Hello", "Colophon") }),
  fc.record({
    kind: fc.constant("setting" as const),
    perPage: fc.integer({ min: 2, max: 4 }),
    title: fc.constantFrom("Small", "Large"),
  }),
  fc.record({ kind: fc.constant("translate" as const), n: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant("languages" as const), on: fc.boolean() }),
  fc.record({ kind: fc.constant("quietSidebar" as const), on: fc.boolean() }),
  fc.record({
    kind: fc.constant("body" as const),
    n: fc.integer({ min: 1, max: 8 }),
    word: fc.constantFrom("Hail", "Snow"),
  }),
  fc.record({
    kind: fc.constant("link" as const),
    n: fc.integer({ min: 1, max: 8 }),
    to: fc.integer({ min: 1, max: 8 }),
  }),
);

/** The post file numbered n, wherever a rename put it (undefined when deleted). */
function postFile(content: string, n: number): string | undefined {
  const name = fs.readdirSync(content).find((f) => new RegExp(`^post-${n}(-moved)*\\.md$`).test(f));
  return name === undefined ? undefined : path.join(content, name);
}

function apply(content: string, e: Edit): void {
  const file = "n" in e && e.kind !== "add" ? postFile(content, e.n) : undefined;
  const text = file === undefined ? undefined : fs.readFileSync(file, "utf8");
  switch (e.kind) {
    case "add":
      fs.writeFileSync(
        path.join(content, `post-${e.n}.md`),
        post(`Post ${e.n}`, `${e.year}-05-0${1 + (e.n % 9)}`, [`t${e.tag}`]),
      );
      return;
    case "delete":
      if (file !== undefined) fs.rmSync(file, { force: true });
      return;
    case "rename":
      if (file !== undefined) fs.renameSync(file, file.replace(/\.md$/, "-moved.md"));
      return;
    case "retitle":
      if (file !== undefined && text !== undefined)
        fs.writeFileSync(file, text.replace(/^title: .*$/m, `title: ${e.word} ${e.n}`));
      return;
    case "redate":
      if (file !== undefined && text !== undefined)
        fs.writeFileSync(file, text.replace(/^date: \d{4}/m, `date: ${e.year}`));
      return;
    case "retag":
      if (file !== undefined && text !== undefined)
        fs.writeFileSync(file, text.replace(/^tags: .*$/m, `tags: [t${e.tag}]`));
      return;
    case "comment":
      fs.writeFileSync(
        path.join(content, "post-1.comments.yaml"),
        `- id: "1"\n  author: Ann\n  date: 2015-03-01\n  text: <p>First.</p>\n- id: "2"\n  replyTo: "1"\n  date: 2015-03-02\n  text: <p>${e.text}</p>\n`,
      );
      return;
    case "page":
      fs.writeFileSync(path.join(content, "pages", "about.md"), `---\ntitle: About\n---\n\n${e.word}.\n`);
      return;
    case "setting": {
      const settings = path.join(content, "site.yaml");
      const text = fs.readFileSync(settings, "utf8");
      const kept = [LANGUAGES, QUIET_SIDEBAR].filter((part) => text.includes(part)).join("");
      fs.writeFileSync(settings, `${SETTINGS(e.title, e.perPage)}${kept}`);
      return;
    }
    case "quietSidebar": {
      const settings = path.join(content, "site.yaml");
      const text = fs.readFileSync(settings, "utf8").replace(QUIET_SIDEBAR, "");
      fs.writeFileSync(settings, e.on ? `${text}${QUIET_SIDEBAR}` : text);
      return;
    }
    case "translate":
      // The same file name and day in the Japanese folder: its translation, once the languages are on
      // (a slug of its own, so that it is a post of its own while they are off).
      if (file !== undefined && text !== undefined) {
        fs.mkdirSync(path.join(content, "ja"), { recursive: true });
        fs.writeFileSync(
          path.join(content, "ja", path.basename(file)),
          text
            .replace(/^title: .*$/m, `title: 記事 ${e.n}\nslug: kiji-${e.n}`)
            .replace(/^tags: .*$/m, "tags: [日本]"),
        );
      }
      return;
    case "body":
      // The body only: the sidebar (recent posts, counts) stays as it was.
      if (file !== undefined && text !== undefined)
        fs.writeFileSync(file, text.replace(/^(More|Hail|Snow)\.$/m, `${e.word}.`));
      return;
    case "link": {
      // A link by source file: the linking post's body follows the linked post's URL.
      const to = postFile(content, e.to);
      if (file !== undefined && text !== undefined && to !== undefined && to !== file)
        fs.writeFileSync(file, `${text}\nSee [the other](${path.basename(to)}).\n`);
      return;
    }
    case "languages": {
      const settings = path.join(content, "site.yaml");
      const text = fs.readFileSync(settings, "utf8").replace(LANGUAGES, "");
      fs.writeFileSync(settings, e.on ? `${text}${LANGUAGES}` : text);
      return;
    }
  }
}

function build(content: string, output: string, clean: boolean, env: Record<string, string> = {}): string {
  return run(content, output, clean, false, 0, env).stdout;
}

/** A build, its phases timed (`ANNALS_TIMINGS=1`), exiting with `status`: its output and its timings. */
function run(
  content: string,
  output: string,
  clean: boolean,
  timed = false,
  status = 0,
  env: Record<string, string> = {},
): { stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ["bin/annals.js", "build", "--content", content, "--output", output, ...(clean ? ["--clean"] : [])],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { ...process.env, ANNALS_NOW: FIXED_NOW, ANNALS_TIMINGS: timed ? "1" : "0", ...env },
      timeout: 120_000,
    },
  );
  assert.equal(result.status, status, result.stderr);
  return result;
}

/** How many posts a timed build says it knew by their stamps, without reading them. */
function unreadBy(timings: string): number {
  return Number(/read content \((\d+) of \d+ posts known by their stamps/.exec(timings)?.[1]);
}

/** A work folder of the test's own, removed when the test ends. */
function workFolder(t: { after: (fn: () => void) => void }): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "annals-incremental-"));
  t.after(() => fs.rmSync(work, { recursive: true, force: true }));
  return work;
}

/** Every file of a folder, by path, with its bytes. */
function tree(root: string): Map<string, Buffer> {
  return new Map(listFiles(root).map((f) => [f, fs.readFileSync(path.join(root, f))]));
}

/** A work folder with the small blog in it (not built yet): its content and output folders. */
function smallBlog(t: { after: (fn: () => void) => void }): {
  work: string;
  content: string;
  output: string;
} {
  const work = workFolder(t);
  const content = path.join(work, "site", "content");
  seed(content);
  return { work, content, output: path.join(work, "out") };
}

/** Builds the content clean into a folder of its own and asserts `output` holds exactly its files. */
function assertSameAsClean(
  work: string,
  content: string,
  output: string,
  after = "",
  env: Record<string, string> = {},
): void {
  const clean = path.join(work, "clean");
  fs.rmSync(clean, { recursive: true, force: true });
  build(content, clean, true, env);
  const [a, b] = [tree(output), tree(clean)];
  assert.deepEqual([...a.keys()], [...b.keys()], `the same files${after}`);
  for (const [file, bytes] of a) assert.ok(bytes.equals(b.get(file) as Buffer), `${file} differs${after}`);
}

/** How many files a build's summary says it kept without rendering them. */
function keptBy(said: string): number {
  return Number(/\((\d+) not rendered again\)/.exec(said)?.[1]);
}

/** How many pages a build's summary says it gave the new sidebar without rendering them. */
function patchedBy(said: string): number {
  return Number(/, (\d+) pages? given the new sidebar without rendering/.exec(said)?.[1] ?? 0);
}

describe("a build over the last build", () => {
  test("property: after any sequence of edits, every file is what a clean build writes", async (t) => {
    const work = workFolder(t);
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const content = path.join(work, "site", "content");
        const output = path.join(work, "out");
        fs.rmSync(path.join(work, "site"), { recursive: true, force: true });
        fs.rmSync(output, { recursive: true, force: true });
        seed(content);
        build(content, output, false);
        for (const e of edits) {
          apply(content, e);
          const said = build(content, output, false);
          assert.match(said, /built on the last build: \d+ files? unchanged/, "built on the last build");
          assertSameAsClean(work, content, output, ` after ${JSON.stringify(e)}`);
        }
      }),
      {
        numRuns: 4,
        seed: 20261130,
        // Always also: a blog turning multilingual, a translation added and edited, the languages off.
        examples: [
          // A sidebar without recent posts or counts: posts added, deleted, re-tagged and re-dated
          // with most files kept.
          [
            [
              { kind: "quietSidebar", on: true },
              { kind: "add", n: 22, year: 2015, tag: 2 },
              { kind: "retag", n: 4, tag: 3 },
              { kind: "redate", n: 5, year: 2013 },
              { kind: "delete", n: 6 },
              { kind: "quietSidebar", on: false },
            ],
          ],
          // Edits that leave the sidebar as it was, so that most files are kept, not rendered again.
          [
            [
              { kind: "body", n: 2, word: "Hail" },
              { kind: "link", n: 1, to: 3 },
              { kind: "rename", n: 3 },
              { kind: "comment", text: "Edited." },
              { kind: "page", word: "Colophon" },
              { kind: "body", n: 2, word: "Snow" },
            ],
          ],
          [
            [
              { kind: "languages", on: true },
              { kind: "translate", n: 1 },
              { kind: "retitle", n: 1, word: "Rain" },
              { kind: "add", n: 21, year: 2015, tag: 1 },
              { kind: "languages", on: false },
            ],
          ],
        ],
      },
    );
  });

  test("an old post's body edited: the files that do not show it are kept, not rendered again", (t) => {
    const { work, content, output } = smallBlog(t);
    build(content, output, false);
    const before = tree(output);
    apply(content, { kind: "body", n: 2, word: "Hail" });
    const said = build(content, output, false);
    const kept = keptBy(said);

    const after = tree(output);
    const changed = [...after].filter(([file, bytes]) => !bytes.equals(before.get(file) as Buffer));
    // The post's page and the lists and feeds that hold it are written again; nothing else changed.
    assert.deepEqual(
      changed.map(([file]) => file),
      [
        "2014/03/12/index.html",
        "2014/03/12/post-2/index.html",
        "2014/03/index.html",
        "2014/index.html",
        "category/notes/feed.xml",
        "category/notes/page/3/index.html",
        "feed.xml",
        "page/3/index.html",
        "tag/all/feed.xml",
        "tag/all/page/3/index.html",
        "tag/t2/feed.xml",
        "tag/t2/index.html",
      ],
    );
    // Of the other files, those with render keys (posts, lists, feeds) were not rendered at all; the
    // files made from the whole site (home, indexes, sitemap, manifest, …) were, and were the same.
    assert.ok(kept >= 30, `${kept} of ${after.size} files kept`);
    assertSameAsClean(work, content, output);
  });

  test("a post known by its stamp is not read; edited to the same size with its time put back, it is", async (t) => {
    const { work, content, output } = smallBlog(t);
    // A modification time a tool can put back exactly (whole seconds).
    const file = path.join(content, "post-2.md");
    const then = new Date("2020-01-01T00:00:00Z");
    fs.utimesSync(file, then, then);
    // Files written (or touched) less than SETTLE_MS before a build are read whatever their stamp.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 200));
    assert.equal(unreadBy(run(content, output, false, true).stderr), 0, "the first build reads every post");
    const stamps = readParseCache(path.join(work, "site", ".cache", "annals", "build")).stamps;
    assert.equal(stamps?.size, 8, "each settled post's stamp recorded with its hash");
    assert.equal(unreadBy(run(content, output, false, true).stderr), 8, "nothing changed: no post read");
    // The same size, the same modification time: only the change time tells.
    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, text.replace("About post 2.", "About rain 2."));
    fs.utimesSync(file, then, then);
    assert.equal(fs.statSync(file).mtimeMs, then.getTime());
    // Settled again, so that its stamp is looked up.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 200));
    assert.equal(unreadBy(run(content, output, false, true).stderr), 7, "the edited post read");
    assert.match(
      fs.readFileSync(path.join(output, "2014", "03", "12", "post-2", "index.html"), "utf8"),
      /About rain 2\./,
    );
    assertSameAsClean(work, content, output);
  });

  test("with the sidebar's recent posts and counts off, a new post keeps the files it does not touch", (t) => {
    const { work, content, output } = smallBlog(t);
    apply(content, { kind: "quietSidebar", on: true });
    build(content, output, false);
    // In a month that has posts, without tags: the sidebar lists the same months and the same cloud.
    fs.writeFileSync(path.join(content, "post-23.md"), post("Post 23", "2015-04-20", []));
    const said = build(content, output, false);
    const kept = keptBy(said);
    assert.ok(kept >= 25, `${kept} files kept: ${said}`);
    assertSameAsClean(work, content, output);
  });

  test("with search on, kept posts are indexed from the cache, and the index is a clean build's", (t) => {
    const { work, content, output } = smallBlog(t);
    const settings = path.join(content, "site.yaml");
    fs.writeFileSync(settings, fs.readFileSync(settings, "utf8").replace("search: false", "search: true"));
    build(content, output, false);
    apply(content, { kind: "body", n: 2, word: "Hail" });
    const said = build(content, output, false);
    const kept = keptBy(said);
    // The same files as with search off: the posts and the page too, whose documents the cache holds.
    assert.ok(kept >= 35, `${kept} files kept: ${said}`);
    assert.ok(listFiles(output).some((f) => f.startsWith("pagefind/")));
    assertSameAsClean(work, content, output);
  });

  test("with search on, an index in parts: a post added indexes its part again, the others kept; a part's files changed by hand, or a post moved to another part, index again what they touch; each build a clean build's", (t) => {
    const { work, content, output } = smallBlog(t);
    const settings = path.join(content, "site.yaml");
    fs.writeFileSync(settings, fs.readFileSync(settings, "utf8").replace("search: false", "search: true"));
    // Three posts a part at least: 2014's four posts a part, 2015's the newest, with the page.
    const env = { ANNALS_SEARCH_PART_POSTS: "3" };
    assert.match(build(content, output, false, env), /search index: 8 posts and 1 page in 2 parts,/);
    const older = path.join(output, "pagefind", "2014");
    const times = () =>
      new Map(listFiles(older).map((f) => [f, fs.statSync(path.join(older, ...f.split("/"))).mtimeMs]));
    const before = times();
    assert.ok(before.has("pagefind-entry.json"));

    apply(content, { kind: "add", n: 21, year: 2015, tag: 1 });
    assert.match(build(content, output, false, env), /in 2 parts, 1 of them kept,/);
    assert.deepEqual(times(), before, "the 2014 part's files as they were");
    assertSameAsClean(work, content, output, " after a post added", env);

    // Nothing changed: both kept.
    assert.match(build(content, output, false, env), /in 2 parts, 2 of them kept,/);

    // A file of the older part changed by hand (its size), another removed: that part indexed again.
    const entry = path.join(older, "pagefind-entry.json");
    fs.appendFileSync(entry, " ");
    assert.match(build(content, output, false, env), /in 2 parts, 1 of them kept,/);
    assertSameAsClean(work, content, output, " after a part's file changed", env);
    const fragment = listFiles(older).find((f) => f.startsWith("fragment/")) as string;
    fs.rmSync(path.join(older, ...fragment.split("/")));
    assert.match(build(content, output, false, env), /in 2 parts, 1 of them kept,/);
    assertSameAsClean(work, content, output, " after a part's file removed", env);

    // A post of 2015 moved to 2014: both parts' pages change.
    apply(content, { kind: "redate", n: 21, year: 2014 });
    const said = build(content, output, false, env);
    assert.match(said, /search index: 9 posts and 1 page in 2 parts,/);
    assert.doesNotMatch(said, /of them kept/);
    assertSameAsClean(work, content, output, " after a post re-dated", env);

    // A post's body edited: its part only.
    apply(content, { kind: "body", n: 2, word: "Hail" });
    assert.match(build(content, output, false, env), /in 2 parts, 1 of them kept,/);
    assertSameAsClean(work, content, output, " after a body edited", env);
  });

  test("an output folder holding a symbolic link is built clean, never written through", (t) => {
    const { work, content, output } = smallBlog(t);
    const victim = path.join(work, "victim");
    fs.mkdirSync(victim);
    build(content, output, false);
    const year = fs.readdirSync(output).find((f) => /^\d{4}$/.test(f)) as string;
    fs.rmSync(path.join(output, year), { recursive: true });
    fs.symlinkSync(victim, path.join(output, year));
    const said = build(content, output, false);
    assert.doesNotMatch(said, /built on the last build/);
    assert.deepEqual(fs.readdirSync(victim), [], "nothing written through the link");
    assertSameAsClean(work, content, output);
  });

  for (const search of [false, true])
    test(`a file where the build writes a post's folder: one line naming the page, exit 2, then a clean build${search ? " (search on)" : ""}`, (t) => {
      const { work, content, output } = smallBlog(t);
      const settings = path.join(content, "site.yaml");
      if (search)
        fs.writeFileSync(
          settings,
          fs.readFileSync(settings, "utf8").replace("search: false", "search: true"),
        );
      build(content, output, false);
      const page = listFiles(output).find((f) => f.endsWith("/post-3/index.html")) as string;
      const folder = path.join(output, path.dirname(page));
      fs.rmSync(folder, { recursive: true });
      fs.writeFileSync(folder, "in the way");
      const failed = run(content, output, false, false, 2);
      const errors = failed.stderr.split("\n").filter((line) => line.startsWith("annals build:"));
      assert.deepEqual(
        errors,
        [
          `annals build: cannot write ${path.join(output, page)}: ENOTDIR: not a directory, open '${path.join(output, page)}'. The output folder is left unfinished; the next build is a clean one.`,
        ],
        failed.stderr,
      );
      assert.doesNotMatch(failed.stderr, /^\s+at /m, "no stack trace");
      fs.rmSync(folder);
      assert.doesNotMatch(build(content, output, false), /built on the last build/);
      assertSameAsClean(work, content, output);
    });

  test("an output folder the system will not make: one line naming it, exit 2", (t) => {
    const { work, content } = smallBlog(t);
    fs.writeFileSync(path.join(work, "a-file"), "not a folder");
    const failed = run(content, path.join(work, "a-file", "out"), false, false, 2);
    assert.match(failed.stderr, /^annals build: ENOTDIR: not a directory, \w+ '.*a-file\/out'$/m);
    assert.doesNotMatch(failed.stderr, /^\s+at /m, "no stack trace");
  });

  test("with the default sidebar, a new post gives the pages it does not touch the new sidebar, not rendering them", (t) => {
    const { work, content, output } = smallBlog(t);
    build(content, output, false);
    // The newest post: the sidebar's recent posts and its counts change on every page.
    fs.writeFileSync(path.join(content, "post-23.md"), post("Post 23", "2015-12-20", ["t1"]));
    const said = build(content, output, false);
    const patched = patchedBy(said);
    assert.ok(patched >= 15, `${patched} pages given the new sidebar: ${said}`);
    assert.match(
      fs.readFileSync(path.join(output, "2014", "03", "12", "post-2", "index.html"), "utf8"),
      /<aside class="sidebar"[\s\S]*Post 23[\s\S]*<\/aside>/,
      "an old post's page lists the new post among the recent ones",
    );
    assertSameAsClean(work, content, output);
  });

  test("with search on, under a path prefix, in several languages, a new post's sidebar is given in place as a clean build has it", (t) => {
    const { work, content, output } = smallBlog(t);
    const settings = path.join(content, "site.yaml");
    fs.writeFileSync(
      settings,
      `${fs
        .readFileSync(settings, "utf8")
        .replace("search: false", "search: true")
        .replace("url: https://example.org", "url: https://example.org/blog/")}${LANGUAGES}`,
    );
    apply(content, { kind: "translate", n: 1 });
    build(content, output, false);
    fs.writeFileSync(path.join(content, "post-23.md"), post("Post 23", "2015-12-20", ["t1"]));
    const said = build(content, output, false);
    assert.ok(patchedBy(said) >= 15, said);
    assert.ok(listFiles(output).some((f) => f.startsWith("pagefind/")));
    assert.match(
      fs.readFileSync(path.join(output, "2014", "03", "12", "post-2", "index.html"), "utf8"),
      /<aside class="sidebar"[\s\S]*href="\/blog\/2015\/12\/20\/post-23\/"[\s\S]*<\/aside>/,
    );
    assertSameAsClean(work, content, output);
  });

  test("with WordPress's feed addresses kept, a post with a new tag (a new RSS feed) leaves the other pages unrendered", (t) => {
    const { work, content, output } = smallBlog(t);
    const settings = path.join(content, "site.yaml");
    fs.writeFileSync(settings, `${fs.readFileSync(settings, "utf8")}feedRedirects: true\n`);
    build(content, output, false);
    fs.writeFileSync(path.join(content, "post-23.md"), post("Post 23", "2015-12-20", ["brand-new"]));
    const said = build(content, output, false);
    assert.ok(
      fs.existsSync(path.join(output, "tag", "brand-new", "feed", "index.xml")),
      "the tag's RSS feed",
    );
    assert.ok(patchedBy(said) >= 15, said);
    assertSameAsClean(work, content, output);
    // And when its last post goes, the feed with it.
    fs.rmSync(path.join(content, "post-23.md"));
    assert.ok(patchedBy(build(content, output, false)) >= 15);
    assertSameAsClean(work, content, output);
  });

  test("a page that does not hold its old sidebar where the build looks for it is rendered again", (t) => {
    const { work, content, output } = smallBlog(t);
    build(content, output, false);
    // A modification time a tool can put back exactly (whole seconds), recorded by a build.
    const page = path.join(output, "2014", "03", "12", "post-2", "index.html");
    const then = new Date("2020-01-01T00:00:00Z");
    fs.utimesSync(page, then, then);
    build(content, output, false);
    // The page's sidebar changed by hand, its size and time as they were: the build takes it as the
    // last build left it, and finds no old sidebar in it to replace.
    fs.writeFileSync(
      page,
      fs.readFileSync(page, "utf8").replace('<aside class="sidebar"', '<aside class="sidebaR"'),
    );
    fs.utimesSync(page, then, then);
    fs.writeFileSync(path.join(content, "post-23.md"), post("Post 23", "2015-12-20", ["t1"]));
    const { stdout, stderr } = run(content, output, false, true);
    assert.ok(patchedBy(stdout) >= 15, stdout);
    assert.match(stderr, /render 1 pages that did not hold their old sidebar/);
    assertSameAsClean(work, content, output);
  });

  test("a stale file is deleted, and a file edited in the output folder is written again", (t) => {
    const { work, content, output } = smallBlog(t);
    build(content, output, false);
    fs.rmSync(path.join(content, "post-2.md"));
    fs.writeFileSync(path.join(output, "index.html"), "tampered");
    fs.mkdirSync(path.join(output, "stray", "empty"), { recursive: true });
    build(content, output, false);
    assertSameAsClean(work, content, output);
    assert.ok(!listFiles(output).some((f) => f.includes("post-2")));
    assert.ok(!fs.existsSync(path.join(output, "stray")), "the empty folders are gone");
  });

  test("a page that would be kept, edited by hand in the output folder, is written again", (t) => {
    const { work, content, output } = smallBlog(t);
    build(content, output, false);
    apply(content, { kind: "body", n: 2, word: "Hail" });
    const page = path.join(output, "2015", "02", "11", "post-1", "index.html");
    fs.writeFileSync(page, fs.readFileSync(page, "utf8").replace("About post 1", "About something else"));
    const said = build(content, output, false);
    assert.match(said, /not rendered again/);
    assertSameAsClean(work, content, output);
  });

  test("a view override removed: the pages it made are rendered again", (t) => {
    const { work, content, output } = smallBlog(t);
    const views = path.join(content, "theme", "views");
    fs.mkdirSync(views, { recursive: true });
    fs.writeFileSync(
      path.join(views, "footer.ts"),
      `import { html } from ${JSON.stringify(path.join(REPO_ROOT, "src/format/html.ts"))};\n` +
        // (The override's own template, written out: \x24 is the dollar sign.)
        'export default (input, base) => html`\x24{base(input)}<p class="colophon">Set by hand.</p>`;\n',
    );
    build(content, output, false);
    assert.match(
      fs.readFileSync(path.join(output, "2015", "02", "11", "post-1", "index.html"), "utf8"),
      /colophon/,
    );
    fs.rmSync(path.join(content, "theme"), { recursive: true });
    build(content, output, false);
    assertSameAsClean(work, content, output);
  });
});
