// Tag and category housekeeping from the settings: aliases merge names (the old URL redirects),
// pinned slugs win; and what a preview shows. Through the settings parser and assembly, as a build does.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseSettings } from "../../src/content/parse-settings.ts";
import { formatIssue } from "../../src/issues.ts";
import { assembleSite } from "../../src/model/assemble.ts";
import { checkSiteModel } from "../../src/model/integrity.ts";
import { normaliseOldUrl } from "../../src/model/post-redirects.ts";
import type { Post, Site } from "../../src/model/types.ts";
import { linkPrefixOf } from "../../src/model/urls.ts";
import { LATER, post } from "../support/builders.ts";

const settingsOf = (text: string) => {
  const parsed = parseSettings({ path: "content/site.yaml", relative: "site.yaml", text }, "content");
  return { settings: parsed.settings, messages: parsed.issues.map(formatIssue) };
};

function build(posts: Post[], yaml: string, options: { now?: number; preview?: boolean } = {}) {
  const { settings, messages } = settingsOf(`url: https://example.org\n${yaml}`);
  assert.deepEqual(messages, [], "the settings parse cleanly");
  const now = options.now ?? LATER;
  const result = assembleSite(posts, settings, {
    now,
    preview: options.preview ?? false,
    settingsFile: "content/site.yaml",
  });
  if (result.site === undefined) throw new Error(result.issues.map(formatIssue).join("\n"));
  assert.deepEqual(
    checkSiteModel({ site: result.site, parsed: posts, now }),
    [],
    "the model passes its checks",
  );
  return { site: result.site, issues: result.issues.map(formatIssue) };
}
const tagNames = (site: Site) => site.tags.terms.map((t) => `${t.name} ${t.url} ${t.posts.length}`);

describe("tag aliases", () => {
  const posts = () => [
    post({ title: "A", date: "2015-01-21", tags: ["Jong-un"], file: "content/a.md" }),
    post({ title: "B", date: "2015-01-28", tags: ["Kim Jong-un"], file: "content/b.md" }),
    post({ title: "C", date: "2015-02-01", tags: ["North Korea"], file: "content/c.md" }),
  ];

  test("merge two names into one term, and the old term URL redirects to it", () => {
    const { site } = build(posts(), "tags:\n  aliases:\n    Jong-un: Kim Jong-un\n");
    assert.deepEqual(tagNames(site), ["Kim Jong-un /tag/kim-jong-un/ 2", "North Korea /tag/north-korea/ 1"]);
    assert.deepEqual(site.redirects, [
      { from: "/tag/jong-un/", to: "/tag/kim-jong-un/", why: 'tag "Jong-un" is now "Kim Jong-un"' },
    ]);
    // Post A keeps its spelling in the file but is filed under the merged term.
    assert.deepEqual(
      site.posts.find((p) => p.title === "A")?.tags.map((t) => t.url),
      ["/tag/kim-jong-un/"],
    );
  });

  test("chains resolve to their end; names match whatever their case or punctuation", () => {
    const { site } = build(posts(), "tags:\n  aliases:\n    jong un: Kim\n    KIM: Kim Jong-un\n");
    assert.deepEqual(tagNames(site), ["Kim Jong-un /tag/kim-jong-un/ 2", "North Korea /tag/north-korea/ 1"]);
    assert.deepEqual(
      site.redirects.map((r) => `${r.from} ${r.to}`),
      ["/tag/jong-un/ /tag/kim-jong-un/", "/tag/kim/ /tag/kim-jong-un/"],
    );
  });

  test("an alias whose target has no posts redirects nowhere, with a warning", () => {
    const { site, issues } = build(posts(), "tags:\n  aliases:\n    Seoul: South Korea\n");
    assert.deepEqual(site.redirects, []);
    assert.ok(
      issues.some((i) => i.startsWith("content/site.yaml") && i.includes('"Seoul" -> "South Korea"')),
      issues.join("\n"),
    );
  });

  test("a redirect never replaces a page: a term that holds the old URL wins", () => {
    // "North Korea" is pinned to the slug that "Jong-un" had.
    const clash = build(
      posts(),
      "tags:\n  aliases:\n    Jong-un: Kim Jong-un\n  slugs:\n    North Korea: jong-un\n",
    );
    assert.equal(clash.site.tags.terms.find((t) => t.name === "North Korea")?.url, "/tag/jong-un/");
    assert.deepEqual(clash.site.redirects, []);
    assert.ok(
      clash.issues.some((i) => i.includes("belongs to another tag")),
      clash.issues.join("\n"),
    );
  });

  test("settings errors name the line: cycles, self-aliases, non-mappings", () => {
    const cycle = settingsOf("tags:\n  aliases:\n    A: B\n    B: A\n");
    assert.ok(
      cycle.messages.some((m) => /^content\/site\.yaml:3 .*circle/.test(m)),
      cycle.messages.join("\n"),
    );
    const same = settingsOf("categories:\n  aliases:\n    Jong-un: jongun\n");
    assert.ok(
      same.messages.some((m) => /^content\/site\.yaml:3 .*already one category/.test(m)),
      same.messages.join("\n"),
    );
    const list = settingsOf("tags: [a, b]\n");
    assert.ok(
      list.messages.some((m) => /^content\/site\.yaml:1 .*must be a mapping/.test(m)),
      list.messages.join("\n"),
    );
    const unknown = settingsOf("tags:\n  alias:\n    a: b\n");
    assert.ok(unknown.messages.some((m) => /^content\/site\.yaml:2 .*tags\.alias is not a setting/.test(m)));
  });
});

describe("pinned slugs", () => {
  test("a pinned slug wins over the natural slug of any name, even an older term's", () => {
    const { site, issues } = build(
      [
        post({ date: "2014-01-01", tags: ["C"], file: "content/old.md" }),
        post({ date: "2015-01-01", tags: ["C++"], file: "content/new.md" }),
        post({ date: "2015-01-02", tags: ["C#"], file: "content/sharp.md" }),
      ],
      "tags:\n  slugs:\n    C++: c\n    c#: csharp\n",
    );
    assert.deepEqual(
      site.tags.terms.map((t) => `${t.name} ${t.url}`),
      ["C /tag/c-2/", "C# /tag/csharp/", "C++ /tag/c/"],
    );
    assert.ok(
      issues.some((i) => i.includes('tag "C" makes the same slug as "C++"')),
      issues.join("\n"),
    );
  });

  test("pins must be URL-safe and distinct", () => {
    const bad = settingsOf("tags:\n  slugs:\n    C++: C Plus\n");
    assert.ok(
      bad.messages.some((m) => /^content\/site\.yaml:3 .*write "c-plus"/.test(m)),
      bad.messages.join("\n"),
    );
    const twice = settingsOf("tags:\n  slugs:\n    a: x\n    b: x\n");
    assert.ok(
      twice.messages.some((m) => /:4 .*both pinned to "x"/.test(m)),
      twice.messages.join("\n"),
    );
    const unicode = settingsOf("url: https://example.org\ntags:\n  slugs:\n    東京: 東京\n");
    assert.deepEqual(unicode.messages, []);
  });
});

test("an alias with a pinned slug (an imported WordPress term) redirects from that slug", () => {
  const { site } = build(
    [post({ tags: ["Kim Jong-un"], file: "content/k.md" })],
    "tags:\n  aliases:\n    Jong-un: Kim Jong-un\n  slugs:\n    Jong-un: jong-un-2\n",
  );
  assert.deepEqual(
    site.redirects.map((r) => `${r.from} ${r.to}`),
    ["/tag/jong-un-2/ /tag/kim-jong-un/"],
  );
});

/** Aliases as parse-post reads them. */
const parsed = (aliases: string[]) => aliases.map((a) => normaliseOldUrl(a) as string);

describe("redirects from the settings and from posts", () => {
  test("paths are normalised; a redirect never takes a file, a folder or annals' own paths", () => {
    const { site, issues } = build(
      [
        post({
          title: "A",
          date: "2015-01-28",
          slug: "a",
          aliases: parsed(["/old/a/index.html", "/feed.xml/x/"]),
        }),
        post({ title: "B", date: "2015-01-29", slug: "b", aliases: parsed(["/?p=7", "/2015"]) }),
      ],
      "redirects:\n  /%EA%B9%80: /2015/01/28/a/\n  /assets/x/: /2015/01/28/a/\n  /gone/: /nowhere/\n  /?page_id=3: /2015/01/29/b/\n",
    );
    assert.deepEqual(
      site.redirects.map((r) => `${r.from} ${r.to}`),
      ["/old/a/ /2015/01/28/a/", "/p/7/ /2015/01/29/b/", "/page_id/3/ /2015/01/29/b/", "/김/ /2015/01/28/a/"],
    );
    const text = issues.join("\n");
    assert.match(text, /\/feed\.xml\/x\/ would need a file of the site to be a folder/);
    assert.match(text, /\/2015\/ is a page of the site/);
    assert.match(text, /\/assets\/x\/ is kept for annals' own files/);
    assert.match(text, /\/gone\/ would lead to \/nowhere\/, which is no page of the site/);
  });

  test("aliases that are not paths of this site are errors with the line", () => {
    const bad = settingsOf("redirects:\n  /old.php: /new/\n");
    assert.ok(
      bad.messages.some((m) => /:2 .*\.html page/.test(m)),
      bad.messages.join("\n"),
    );
  });
});

describe("previews and the path prefix", () => {
  const now = Date.parse("2015-06-01T00:00:00Z");
  const posts = () => [
    post({ title: "Live", date: "2015-01-01", file: "content/live.md" }),
    post({ title: "Draft", date: "2015-01-02", draft: true, file: "content/draft.md" }),
    post({ title: "Later", date: "2015-12-01", file: "content/later.md" }),
  ];

  test("a build leaves drafts and future posts out; a preview shows them, each with its status", () => {
    const built = build(posts(), "", { now });
    assert.deepEqual(
      built.site.posts.map((p) => `${p.title} ${p.status}`),
      ["Live published"],
    );
    assert.deepEqual([built.site.held.drafts, built.site.held.future], [1, 1]);
    const preview = build(posts(), "", { now, preview: true });
    assert.deepEqual(
      preview.site.posts.map((p) => `${p.title} ${p.status}`),
      ["Later scheduled", "Draft draft", "Live published"],
    );
  });

  test("links carry the path of the url setting, but not in a preview", () => {
    const { settings } = settingsOf("url: https://user.github.io/annals-blog/\n");
    assert.equal(linkPrefixOf({ settings, preview: false }), "/annals-blog");
    assert.equal(linkPrefixOf({ settings, preview: true }), "");
    assert.equal(
      linkPrefixOf({ settings: settingsOf("url: https://example.org\n").settings, preview: false }),
      "",
    );
  });
});
