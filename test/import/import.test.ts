import assert from "node:assert/strict";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parseComments } from "../../src/content/parse-comments.ts";
import { parseSettings } from "../../src/content/parse-settings.ts";
import { ImportError } from "../../src/import/folder.ts";
import { importWordPress } from "../../src/import/import.ts";
import { formatReport } from "../../src/import/report.ts";
import { readWxr } from "../../src/import/wxr.ts";
import {
  errorsOf,
  parsePageWithAnnals,
  parseWithAnnals,
  readTree,
  THEME_EXPORT,
  TINY_EXPORT,
  temporaryFolder,
} from "./helpers.ts";

const TINY_FILES = [
  "2015/2015-01-28-will-kim-go.comments.yaml",
  "2015/2015-01-28-will-kim-go.md",
  "2015/2015-02-01-draft-notes-and-ideas.md",
  "2015/2015-03-01-members-only.md",
  "2015/2015-04-15-김정은.md",
  "2015/2015-05-09-parade-day.md",
  "pages/about.md",
  "site.yaml",
];

const WILL_KIM_GO = `---
title: 'Will Kim go to "Moscow"? #1: a view'
date: 2015-01-28T22:10:00+09:00
slug: will-kim-go
tags:
  - Jongun
  - 김정은
categories:
  - News & Views
  - Local
sticky: true
excerpt: Three reasons the invitation matters.
author: Alice Example
aliases:
  - /?p=10
  - /2015/01/28/will-kim-go/
  - /?attachment_id=30
  - /2015/01/28/will-kim-go/square/
  - /?attachment_id=31
  - /2015/01/28/will-kim-go/kremlin/
---

A week after the invitation, everyone has an opinion.\\
Here is mine.

<!--more-->

<figure>
<a href="https://example.org/blog/wp-content/uploads/2015/01/square.jpg"><img src="https://example.org/blog/wp-content/uploads/2015/01/square-300x300.jpg" alt="Red Square" width="300" height="300"></a>
<figcaption>Red Square, <em>in winter</em></figcaption>
</figure>

- ![The Kremlin](https://example.org/blog/wp-content/uploads/2015/01/kremlin.jpg) The Kremlin at dusk
- ![Red Square](https://example.org/blog/wp-content/uploads/2015/01/square.jpg)

[contact-form subject="Write to me"]

<https://www.youtube.com/watch?v=dQw4w9WgXcQ>

<audio controls src="https://example.org/blog/wp-content/uploads/2015/01/anthem.mp3"></audio>

<video controls src="https://example.org/blog/wp-content/uploads/2015/01/parade.mp4" width="640" height="360"></video>

<https://vimeo.com/12345>

-   first
    1.  nested
-   second

Done, with ~~no~~ regrets.
`;

const TINY_SETTINGS = `# Settings for this blog, first written by the WordPress import. Every key is optional; the README lists them.
# A WordPress export does not name the blog's time zone: Etc/GMT-9 is the posts' most common UTC offset.
# Write your zone instead (e.g. America/Denver) if its clocks change for daylight saving time.

title: The Long View & Other Stories
description: Notes on anniversaries
url: https://example.org/blog
language: en-GB
timezone: Etc/GMT-9
feedRedirects: true
authors:
  alice: Alice Example
  bob: bob
tags:
  slugs:
    C++: cpp
    Jongun: jongun
    김정은: 김정은
categories:
  slugs:
    Café Culture: cafe-culture
    Local: local
    News & Views: news-views
redirects:
  /category/café-culture/: /category/cafe-culture/
  /category/news-views/local/: /category/local/
`;

const run = (into: string, options: { force?: boolean; exportFile?: string; dryRun?: boolean } = {}) =>
  importWordPress({
    exportFile: options.exportFile ?? TINY_EXPORT,
    into,
    force: options.force ?? false,
    dryRun: options.dryRun ?? false,
  });

describe("importWordPress: the tiny export", () => {
  it("writes one file per post and the settings with WordPress's slugs", async (t) => {
    const into = path.join(temporaryFolder(t), "content");
    const { ok, report } = await run(into);
    assert.ok(ok);
    const tree = readTree(into);
    assert.deepEqual([...tree.keys()], TINY_FILES);
    assert.equal(tree.get("2015/2015-01-28-will-kim-go.md"), WILL_KIM_GO);
    assert.equal(tree.get("site.yaml"), TINY_SETTINGS);
    assert.match(
      tree.get("2015/2015-02-01-draft-notes-and-ideas.md") ?? "",
      /\n# WordPress gave no UTC time: this is wall-clock time in the site's time zone\ndate: 2015-02-01T09:00:00\n/,
    );
    assert.match(tree.get("2015/2015-05-09-parade-day.md") ?? "", /\ndate: 2015-05-09T10:00:00-05:00\n/);
    assert.match(
      tree.get("2015/2015-04-15-김정은.md") ?? "",
      /\nslug: 김정은\n[\s\S]*\n# WordPress status: private\ndraft: true\n[\s\S]*\n {2}- \/2015\/04\/15\/김정은\/\n/,
    );

    assert.deepEqual(Object.fromEntries(report.postsByStatus), {
      draft: 1,
      future: 1,
      private: 1,
      publish: 2,
      trash: 1,
    });
    assert.deepEqual(Object.fromEntries(report.skippedByType), { attachment: 2 });
    assert.deepEqual(report.skippedPosts, [{ id: "15", reason: "status trash" }]);
    assert.deepEqual(report.terms.flattened, [{ parent: "News & Views", child: "Local" }]);
    assert.deepEqual(report.comments, { total: 1, kept: 1, left: new Map() });
    assert.equal(
      tree.get("2015/2015-01-28-will-kim-go.comments.yaml"),
      [
        '# Comments on "Will Kim go to "Moscow"? #1: a view", kept from WordPress and shown under the post, read-only.',
        "# Edit or delete any of them; no e-mail or IP address is kept.",
        "",
        '- id: "1"',
        "  author: A reader",
        "  date: 2015-01-29T08:00:00+09:00",
        "  text: <p>Nice post.</p>",
        "",
      ].join("\n"),
    );
    assert.deepEqual(report.untitled, [`${into}/2015/2015-03-01-members-only.md`]);
    assert.deepEqual(report.passwordProtected, [`${into}/2015/2015-03-01-members-only.md`]);
    assert.deepEqual(report.noGmtDate, [`${into}/2015/2015-02-01-draft-notes-and-ideas.md`]);
    assert.ok(report.files.every((f) => f.state === "written"));
  });

  it("every file reads without errors by annals' own parsers", async (t) => {
    const into = temporaryFolder(t);
    await run(into);
    for (const [file, text] of readTree(into)) {
      if (file.endsWith(".comments.yaml")) {
        assert.deepEqual(parseComments({ path: file, relative: file, text }, "UTC").issues, [], file);
        continue;
      }
      if (file.startsWith("pages/")) {
        assert.deepEqual(errorsOf(parsePageWithAnnals(file, text)), [], file);
        continue;
      }
      if (file === "site.yaml") {
        const settings = parseSettings({ path: file, relative: file, text }, into);
        assert.deepEqual(
          settings.issues.filter((i) => i.severity === "error"),
          [],
        );
        assert.equal(settings.settings.title, "The Long View & Other Stories");
        continue;
      }
      assert.deepEqual(errorsOf(parseWithAnnals(file, text)), [], file);
    }
  });

  it("the report lists losses with their post, and every file", async (t) => {
    const into = temporaryFolder(t);
    const text = formatReport((await run(into)).report);
    assert.match(text, /^# WordPress import: .*tiny\.wordpress\.xml into /);
    assert.match(
      text,
      /\n- posts: 6 \(draft 1, future 1, private 1, publish 2, trash 1\); 1 password-protected, imported as drafts\n/,
    );
    assert.match(
      text,
      /\n- pages: 1, at their WordPress addresses \(content\/pages\/…\)\n- skipped items: attachment 2\n/,
    );
    assert.match(
      text,
      /will-kim-go\.md \(Will Kim go to "Moscow"\? #1: a view\)\n {2}- unknown shortcode \[contact-form\] \(left as text\)\n/,
    );
    assert.match(
      text,
      /\n- category "Local" \(a child of "News & Views"\) imported as a category of its own\n/,
    );
    assert.match(
      text,
      /\n- category "Café Culture": slug "café-culture" is not URL-safe in annals; "cafe-culture" pinned, and the old URL redirects there\n/,
    );
    assert.match(text, /\n- written: .*\/2015\/2015-01-28-will-kim-go\.md\n/);
    assert.match(text, /\n5 post files, 1 pages, 1 comments files and 0 uploads: written 7\.\n$/);
  });

  it("a second run writes nothing and leaves every file byte-identical", async (t) => {
    const into = temporaryFolder(t);
    await run(into);
    const first = readTree(into);
    const { ok, report } = await run(into);
    assert.ok(ok);
    assert.deepEqual(readTree(into), first);
    assert.ok(report.files.every((f) => f.state === "unchanged"));
    assert.equal(report.settings.state, "unchanged");
  });

  it("refuses to overwrite an edited file, writing nothing, unless forced", async (t) => {
    const into = temporaryFolder(t);
    await run(into);
    const edited = path.join(into, "2015/2015-03-01-members-only.md");
    writeFileSync(edited, `${readFileSync(edited, "utf8")}\nMy own addition.\n`);
    const deleted = path.join(into, "2015/2015-05-09-parade-day.md");
    rmSync(deleted);
    const before = readTree(into);

    const refused = await run(into);
    assert.equal(refused.ok, false);
    assert.deepEqual(refused.report.refused, [`${into}/2015/2015-03-01-members-only.md`]);
    assert.deepEqual(readTree(into), before, "nothing written");
    assert.match(
      formatReport(refused.report),
      /Nothing was written\. Run again with --force to overwrite them\./,
    );

    const forced = await run(into, { force: true });
    assert.ok(forced.ok);
    const states = Object.fromEntries(forced.report.files.map((f) => [path.basename(f.path), f.state]));
    assert.equal(states["2015-03-01-members-only.md"], "overwritten");
    assert.equal(states["2015-05-09-parade-day.md"], "written");
    assert.equal(states["2015-01-28-will-kim-go.md"], "unchanged");
    assert.doesNotMatch(readFileSync(edited, "utf8"), /My own addition/);
  });

  it("--dry-run reports what it would write and writes nothing", async (t) => {
    const into = path.join(temporaryFolder(t), "content");
    const { ok, report } = await run(into, { dryRun: true });
    assert.ok(ok);
    assert.ok(report.files.every((f) => f.state === "would be written"));
    assert.throws(() => readTree(into));
  });

  it("updates only the slug maps of an existing site.yaml, keeping comments, keys and the author's slugs", async (t) => {
    const into = temporaryFolder(t);
    const existing = `# My blog.
title: Mine # the title
timezone: Europe/London
tags:
  aliases:
    김정은: Jongun
  slugs:
    # pinned by hand
    C++: c-plus-plus
categories: {}
`;
    writeFileSync(path.join(into, "site.yaml"), existing);
    const { report } = await run(into);
    const updated = readFileSync(path.join(into, "site.yaml"), "utf8");
    assert.equal(
      updated,
      `# My blog.
title: Mine # the title
timezone: Europe/London
tags:
  aliases:
    김정은: Jongun
  slugs:
    # pinned by hand
    C++: c-plus-plus
    Jongun: jongun
    김정은: 김정은
categories:
  slugs:
    Café Culture: cafe-culture
    Local: local
    News & Views: news-views
authors:
  alice: Alice Example
  bob: bob
redirects:
  /category/café-culture/: /category/cafe-culture/
  /category/news-views/local/: /category/local/
feedRedirects: true
`,
    );
    assert.equal(report.settings.state, "updated");
    assert.deepEqual(report.settings.notes, [
      'tag "C++": the slug "c-plus-plus" already pinned is kept (WordPress had "cpp")',
      `tag "김정은" is an alias in ${into}/site.yaml: its old URL (slug "김정은") redirects to the term it is merged into`,
      "authors: each author's display name is under `authors:`; a WordPress export holds no biography, website or picture: add `bio:`, `link:` and `avatar:` there",
    ]);
    const settings = parseSettings({ path: "site.yaml", relative: "site.yaml", text: updated }, into);
    assert.deepEqual(
      settings.issues.filter((i) => i.severity === "error"),
      [],
    );
    // And again: nothing left to add, so the file is not touched.
    assert.equal((await run(into)).report.settings.state, "unchanged");
    assert.equal(readFileSync(path.join(into, "site.yaml"), "utf8"), updated);
  });

  it("never writes through a link out of the import folder", async (t) => {
    const root = temporaryFolder(t);
    const into = path.join(root, "content");
    const outside = path.join(root, "outside");
    mkdirSync(into);
    mkdirSync(outside);
    symlinkSync(outside, path.join(into, "2015"));
    await assert.rejects(run(into), (error: unknown) => {
      assert.ok(error instanceof ImportError);
      assert.match(
        error.message,
        /2015: leads outside .*content \(a symbolic link\?\); the import writes only inside it$/,
      );
      return true;
    });
    assert.deepEqual([...readTree(outside).keys()], []);
  });
});

describe("importWordPress: the theme unit test export", () => {
  it("imports all 58 posts, which annals reads without errors, and does it again identically", async (t) => {
    const into = temporaryFolder(t);
    const { ok, report } = await run(into, { exportFile: THEME_EXPORT });
    assert.ok(ok);
    const tree = readTree(into);
    const posts = [...tree.keys()].filter((f) => f.endsWith(".md") && !f.startsWith("pages/"));
    assert.equal(posts.length, 58);
    assert.equal([...tree.keys()].filter((f) => f.startsWith("pages/")).length, 21);
    // Every approved comment (read from the export here, not by the importer) is in a comments file.
    const approved: string[] = [];
    await readWxr(THEME_EXPORT, (item) => {
      if ((item.fields.get("wp:post_type") ?? "post") !== "post") return;
      for (const c of item.comments)
        if (c.get("approved") === "1" && (c.get("type") || "comment") === "comment")
          approved.push(c.get("id") ?? "");
    });
    const kept: string[] = [];
    for (const [file, text] of tree) {
      if (!file.endsWith(".comments.yaml")) continue;
      const parsed = parseComments({ path: file, relative: file, text }, "UTC");
      assert.deepEqual(parsed.issues, [], file);
      kept.push(...parsed.comments.map((c) => c.id));
    }
    assert.deepEqual(kept.sort(), approved.sort());
    // No commenter's e-mail or IP address, as the export has them, is in any file.
    const raw = readFileSync(THEME_EXPORT, "utf8");
    const private_ = [...raw.matchAll(/<wp:comment_author_(?:email|IP)>(?:<!\[CDATA\[)?([^<\]]+)/g)].map(
      (m) => m[1] ?? "",
    );
    assert.ok(private_.length > 10);
    for (const [file, text] of tree)
      for (const value of private_) assert.ok(!text.includes(value), `${value} in ${file}`);
    assert.ok(approved.length >= 20, `${approved.length} approved comments`);
    assert.equal(report.comments.kept, approved.length);
    for (const [file, text] of tree) {
      if (file.endsWith(".comments.yaml")) continue;
      if (file.startsWith("pages/")) {
        assert.deepEqual(errorsOf(parsePageWithAnnals(file, text)), [], file);
        continue;
      }
      if (file === "site.yaml") {
        const settings = parseSettings({ path: file, relative: file, text }, into);
        assert.deepEqual(
          settings.issues.filter((i) => i.severity === "error"),
          [],
        );
      } else {
        assert.deepEqual(errorsOf(parseWithAnnals(file, text)), [], file);
      }
    }
    assert.deepEqual(Object.fromEntries(report.skippedByType), { attachment: 37 });
    assert.equal(report.pages.length, 21);
    assert.deepEqual(Object.fromEntries(report.postsByStatus), { draft: 1, future: 1, publish: 56 });
    assert.equal(report.sticky.length, 1);
    assert.ok(report.terms.flattened.length >= 10);
    assert.ok(
      formatReport(report).includes(
        '- category "Child 2" (a child of "Child 1") imported as a category of its own',
      ),
    );
    // The export names one post's author ">themereviewteam", no author of its own: the report says so.
    assert.match(formatReport(report), /author ">themereviewteam" is none of the export's authors/);

    const again = await run(into, { exportFile: THEME_EXPORT });
    assert.ok(again.report.files.every((f) => f.state === "unchanged"));
    assert.deepEqual(readTree(into), tree);
  });
});
