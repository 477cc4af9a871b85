// WordPress's feed addresses kept (`feedRedirects: true`): `/feed/`, `/tag/<slug>/feed/`,
// `/category/<slug>/feed/`, `/author/<slug>/feed/` and `/comments/feed/` each answer with an RSS 2.0
// document on any static host (GitHub Pages serves a folder's index.xml; `_redirects` and `_headers`
// do it on Netlify and Cloudflare Pages), and every page's head advertises them.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, describe, test } from "node:test";
import { load } from "cheerio";
import { readAtom, readRss } from "../support/feeds.ts";
import { buildSite, listFiles, readPage } from "../support/site-build.ts";
import { copyContent } from "../support/site-copy.ts";
import { SITES } from "../support/site-fixtures.ts";

describe("WordPress's feed addresses", () => {
  const content = copyContent(
    path.join(SITES, "blog", "content"),
    (text) => `${text}\nfeedRedirects: true\n`,
  );
  const run = buildSite({ content });
  after(() => {
    fs.rmSync(content, { recursive: true, force: true });
    fs.rmSync(run.output, { recursive: true, force: true });
  });

  test("each Atom feed has an RSS 2.0 twin at its list's feed/ folder, with the same posts", () => {
    assert.equal(run.code, 0, run.stderr);
    const atoms = listFiles(run.output).filter((f) => /(^|\/)feed\.xml$/.test(f));
    assert.ok(atoms.length > 10);
    for (const atomFile of atoms) {
      const folder = atomFile.replace(/feed\.xml$/, "feed/");
      const rssFile = `${folder}index.xml`;
      const atom = readAtom(readPage(run.output, atomFile), atomFile);
      const rss = readRss(readPage(run.output, rssFile), rssFile);
      assert.deepEqual(
        rss.entries.map((e) => e.url),
        atom.entries.map((e) => e.url),
        rssFile,
      );
      assert.equal(rss.self, encodeURI(`https://example.org/${folder}`), rssFile);
      assert.ok(
        !fs.existsSync(path.join(run.output, folder, "index.html")),
        `no index.html hides ${rssFile}`,
      );
    }
  });

  test("the site's comments at /comments/feed/, newest first, each linked to its anchor", () => {
    const rss = readRss(readPage(run.output, "comments/feed/index.xml"), "comments feed");
    assert.equal(rss.title, "Comments for The Long View");
    assert.equal(rss.entries.length, 4);
    assert.match(rss.entries[0]?.url ?? "", /\/2016\/06\/22\/barbarossa\/#comment-44$/);
    assert.match(rss.entries[0]?.title ?? "", /^Comment on June 22nd, 1941 by Anonymous$/);
    assert.match(rss.entries[3]?.content ?? "", /grandfather was in Brest/);
  });

  test("_redirects answers each feed folder with its index.xml; _headers gives it the RSS type", () => {
    const redirects = readPage(run.output, "_redirects");
    for (const line of [
      "/feed/ /feed/index.xml 200",
      "/feed /feed/index.xml 200",
      "/:a/feed/ /:a/feed/index.xml 200",
      "/:a/:b/feed/ /:a/:b/feed/index.xml 200",
    ])
      assert.ok(redirects.split("\n").includes(line), line);
    assert.ok(!/ \/feed\/ .*301/.test(redirects), "no redirect of a feed address");
    assert.equal(
      readPage(run.output, "_headers"),
      "/feed/\n  Content-Type: application/rss+xml; charset=utf-8\n/:a/feed/\n  Content-Type: application/rss+xml; charset=utf-8\n/:a/:b/feed/\n  Content-Type: application/rss+xml; charset=utf-8\n",
    );
  });

  test("every page's head advertises its feeds: the RSS address first, then Atom, and the comments", () => {
    const $ = load(readPage(run.output, "tag/anniversaries/index.html"));
    assert.deepEqual(
      $('link[rel="alternate"]')
        .toArray()
        .map((l) => `${l.attribs.type} ${l.attribs.href}`),
      [
        "application/rss+xml /feed/",
        "application/atom+xml /feed.xml",
        "application/rss+xml /tag/anniversaries/feed/",
        "application/atom+xml /tag/anniversaries/feed.xml",
        "application/rss+xml /comments/feed/",
      ],
    );
  });
});
