// The search index's parts (src/pipeline/search-index.ts's planSearchParts): whole years put
// together from the oldest until a part holds enough posts, the newest part the index folder itself
// with the pages; every page in exactly one part, in the order given. And SearchIndexer: the same
// files whether the parts are made in one Pagefind service or shared among several.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import fc from "fast-check";
import { SetupError, searchPartPostsOf } from "../../src/pipeline/options.ts";
import { planSearchParts, SEARCH_BACKLOG, SearchIndexer } from "../../src/pipeline/search-index.ts";

const posts = (year: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ url: `/${year}/${i}/`, year }));

describe("planSearchParts", () => {
  test("years from the oldest, until a part holds the fewest posts; the rest is the newest part, with the pages", () => {
    const documents = [
      { url: "/about/", year: undefined },
      ...posts(2024, 2),
      ...posts(2023, 5),
      ...posts(2022, 1),
      ...posts(2021, 3),
      ...posts(2020, 2),
    ];
    const parts = planSearchParts(documents, 4);
    assert.deepEqual(
      parts.map((p) => [p.folder, p.urls.length]),
      [
        ["", 3],
        ["2022/", 6],
        ["2020/", 5],
      ],
    );
    assert.deepEqual(parts[0]?.urls, ["/about/", "/2024/0/", "/2024/1/"]);
    // In the order given.
    assert.deepEqual(parts[1]?.urls.slice(0, 2), ["/2023/0/", "/2023/1/"]);
  });

  test("a site of fewer posts than a part, or none, is one part: the index folder", () => {
    assert.deepEqual(planSearchParts(posts(2015, 3), 4), [
      { folder: "", urls: posts(2015, 3).map((p) => p.url) },
    ]);
    assert.deepEqual(planSearchParts([], 4), [{ folder: "", urls: [] }]);
    assert.deepEqual(planSearchParts([{ url: "/about/", year: undefined }], 4), [
      { folder: "", urls: ["/about/"] },
    ]);
  });

  test("a new post of the newest year changes the newest part only", () => {
    const before = [...posts(2016, 3), ...posts(2015, 4), ...posts(2014, 4)];
    const after = [{ url: "/2016/new/", year: 2016 }, ...before];
    const [a, b] = [planSearchParts(before, 4), planSearchParts(after, 4)];
    assert.deepEqual(b.slice(1), a.slice(1));
    assert.deepEqual(b[0]?.urls, ["/2016/new/", ...(a[0]?.urls ?? [])]);
  });

  test("more than sixteen parts' worth of posts makes the parts twice as large, as often as needed", () => {
    const documents = Array.from({ length: 40 }, (_, i) => posts(2000 + i, 10)).flat();
    // 400 posts: at 10 a part, 40 parts; at 40 (10 doubled twice), 10.
    assert.equal(planSearchParts(documents, 10).length, 10);
    assert.ok(planSearchParts(documents, 10).every((p, i) => i === 0 || p.urls.length >= 40));
  });

  test("every page is in exactly one part, each part (but the newest) holds the fewest posts, years are never split", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 30 })), {
          maxLength: 30,
        }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 50 }),
        (years, pages, least) => {
          const documents = [
            ...Array.from({ length: pages }, (_, i) => ({ url: `/page-${i}/`, year: undefined })),
            ...years.flatMap(([year, n], j) =>
              Array.from({ length: n }, (_, i) => ({ url: `/${year}/${j}-${i}/`, year })),
            ),
          ];
          const parts = planSearchParts(documents, least);
          const all = parts.flatMap((p) => p.urls);
          assert.deepEqual([...all].sort(), documents.map((d) => d.url).sort());
          assert.equal(parts.filter((p) => p.folder === "").length, 1);
          assert.equal(parts[0]?.folder, "");
          const yearOf = new Map(documents.map((d) => [d.url, d.year]));
          const partOfYear = new Map<number, string>();
          for (const part of parts) {
            const dated = part.urls.filter((u) => yearOf.get(u) !== undefined);
            if (part.folder !== "") {
              assert.ok(dated.length >= least, `${part.folder} holds ${dated.length}`);
              assert.equal(part.urls.length, dated.length, "pages go with the newest part");
              assert.equal(part.folder, `${Math.min(...dated.map((u) => yearOf.get(u) as number))}/`);
            }
            for (const url of dated) {
              const year = yearOf.get(url) as number;
              assert.equal(partOfYear.get(year) ?? part.folder, part.folder, `${year} split`);
              partOfYear.set(year, part.folder);
            }
            // In the order given.
            const order = documents.map((d) => d.url).filter((u) => part.urls.includes(u));
            assert.deepEqual(part.urls, order);
          }
          assert.ok(parts.length <= 17);
        },
      ),
    );
  });
});

describe("ANNALS_SEARCH_PART_POSTS", () => {
  test("a whole number of posts, at least 1; unset is the default; anything else a setup error naming it", () => {
    assert.equal(searchPartPostsOf({}), undefined);
    assert.equal(searchPartPostsOf({ ANNALS_SEARCH_PART_POSTS: "" }), undefined);
    assert.equal(searchPartPostsOf({ ANNALS_SEARCH_PART_POSTS: "3" }), 3);
    for (const text of ["0", "-2", "1.5", "ten", "03", "1e3"])
      assert.throws(
        () => searchPartPostsOf({ ANNALS_SEARCH_PART_POSTS: text }),
        (error: unknown) =>
          error instanceof SetupError && error.message.includes(`ANNALS_SEARCH_PART_POSTS="${text}"`),
        text,
      );
  });
});

describe("SearchIndexer", () => {
  /** Every file under `dir`, by path relative to it, with its bytes. */
  const filesOf = (dir: string): Map<string, Buffer> =>
    new Map(
      (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const file = path.join(entry.parentPath, entry.name);
          return [path.relative(dir, file), fs.readFileSync(file)];
        }),
    );

  /** The Pagefind services (child processes) of this process running now (Linux's /proc). */
  const pagefindChildren = (): number => {
    let count = 0;
    for (const task of fs.readdirSync(`/proc/${process.pid}/task`)) {
      let children: string[] = [];
      try {
        children = fs.readFileSync(`/proc/${process.pid}/task/${task}/children`, "utf8").split(" ");
      } catch {
        // the thread ended between the two reads
      }
      for (const child of children) {
        try {
          if (child.trim() !== "" && fs.readFileSync(`/proc/${child}/comm`, "utf8").startsWith("pagefind"))
            count++;
        } catch {
          // the process ended between the two reads
        }
      }
    }
    return count;
  };

  const documents = [2024, 2023, 2022, 2021].flatMap((year) =>
    Array.from({ length: 3 }, (_, i) => ({
      url: `/${year}/${i}/`,
      year,
      document: `<html lang="en"><body><article data-pagefind-body><h1>Post ${i} of ${year}</h1><p>word${year} common ${"text ".repeat(i + 1)}</p></article></body></html>`,
    })),
  );

  test("parts shared among three services are written as one service writes them, each part in its folder", async (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annals-indexer-"));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const parts = planSearchParts(documents, 3);
    assert.equal(parts.length, 4);
    const build = async (services: number, into: string) => {
      // The most services seen running at once, looked at every few milliseconds.
      let running = 0;
      const looking =
        process.platform === "linux"
          ? setInterval(() => {
              running = Math.max(running, pagefindChildren());
            }, 5)
          : undefined;
      try {
        const indexer = await SearchIndexer.start(parts, services);
        indexer.index(parts.map((p) => p.folder));
        // Handed over as a build does, a few pages at a time, in the parts' order.
        for (let i = 0; i < documents.length; i += 5) await indexer.add(documents.slice(i, i + 5));
        const pages = await indexer.finish(into);
        return { pages, running };
      } finally {
        clearInterval(looking);
      }
    };
    const one = await build(1, path.join(dir, "one"));
    const three = await build(3, path.join(dir, "three"));
    assert.equal(one.pages, 12);
    assert.equal(three.pages, 12);
    if (process.platform === "linux") {
      assert.equal(one.running, 1);
      assert.equal(three.running, 3);
    }
    const a = filesOf(path.join(dir, "one", "pagefind"));
    const b = filesOf(path.join(dir, "three", "pagefind"));
    assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
    for (const [file, bytes] of a) assert.ok(bytes.equals(b.get(file) as Buffer), file);
    for (const part of parts)
      assert.ok(a.has(path.join(part.folder, "pagefind-entry.json")), `${part.folder} has its index`);
    assert.deepEqual(
      JSON.parse(a.get("parts.json")?.toString() ?? "{}").parts.map((p: { path: string }) => p.path),
      parts.map((p) => p.folder),
    );
  });

  test("closed with pages still on their way (a build that failed): they are taken first, and no service is left", async () => {
    // More pages than Pagefind may be behind: the hand-over waits for Pagefind to have them.
    const many = Array.from({ length: SEARCH_BACKLOG + 1 }, (_, i) => ({
      url: `/${2020 + (i % 3)}/${i}/`,
      year: 2020 + (i % 3),
      document: `<html lang="en"><body><article data-pagefind-body><h1>Post ${i}</h1><p>word${i}</p></article></body></html>`,
    }));
    const parts = planSearchParts(many, 300);
    const indexer = await SearchIndexer.start(parts, 3);
    indexer.index(parts.map((p) => p.folder));
    const handing = indexer.add(many);
    await indexer.close();
    // Stopped with the pages unread, the services would reject the hand-over ("Pagefind backend
    // closed") and print their own errors.
    await handing;
    if (process.platform === "linux") {
      let running = pagefindChildren();
      for (let waited = 0; running > 0 && waited < 5000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        running = pagefindChildren();
      }
      assert.equal(running, 0);
    }
  });
});
