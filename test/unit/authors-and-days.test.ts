import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatIssue } from "../../src/issues.ts";
import { type AssembleOptions, assembleSite } from "../../src/model/assemble.ts";
import { checkSiteModel } from "../../src/model/integrity.ts";
import type { AuthorProfile, Settings, TermDescription } from "../../src/model/settings.ts";
import { NO_TERM_SETTINGS } from "../../src/model/settings.ts";
import type { Post, Site } from "../../src/model/types.ts";
import { LATER, post, settings } from "../support/builders.ts";

function assemble(posts: Post[], overrides: Partial<Settings> = {}, options: Partial<AssembleOptions> = {}) {
  const result = assembleSite(posts, settings(overrides), { now: LATER, ...options });
  if (result.site === undefined) throw new Error(result.issues.map(formatIssue).join("\n"));
  assert.deepEqual(checkSiteModel({ site: result.site, parsed: posts, now: LATER }), []);
  return { site: result.site, issues: result.issues.map(formatIssue) };
}

const profile = (key: string, name: string, more: Partial<AuthorProfile> = {}): [string, AuthorProfile] => [
  key.toLowerCase(),
  { key, name, bio: undefined, link: undefined, avatar: undefined, line: 3, ...more },
];

const authorsOf = (site: Site) =>
  site.authors?.terms.map((t) => [t.url, t.name, t.posts.map((p) => p.title)]);

describe("authors", () => {
  test("one author: no author pages; a post that names its author shows the name, unlinked", () => {
    const { site } = assemble([post({ title: "A", author: "Ana" }), post({ title: "B" })], { author: "Ana" });
    assert.equal(site.authors, undefined);
    assert.deepEqual(site.posts.map((p) => [p.title, p.author]).sort(), [
      ["A", { name: "Ana", url: undefined }],
      ["B", undefined],
    ]);
    assert.ok(!site.archives.some((a) => a.kind === "author"));
  });

  test("two authors: pages for each, paginated with feeds; posts that name none are the site author's", () => {
    const { site } = assemble(
      [
        post({ title: "A", date: "2015-01-01", author: "Ana López" }),
        post({ title: "B", date: "2015-01-02", author: "Ben" }),
        post({ title: "C", date: "2015-01-03" }),
      ],
      { author: "Ana López", url: "https://example.org" },
    );
    assert.deepEqual(authorsOf(site), [
      ["/author/ana-lopez/", "Ana López", ["C", "A"]],
      ["/author/ben/", "Ben", ["B"]],
    ]);
    assert.deepEqual(
      site.posts.map((p) => [p.title, p.author]),
      [
        ["C", { name: "Ana López", url: "/author/ana-lopez/" }],
        ["B", { name: "Ben", url: "/author/ben/" }],
        ["A", { name: "Ana López", url: "/author/ana-lopez/" }],
      ],
    );
    assert.equal(site.authors?.url, "/authors/");
    assert.ok(site.feeds.some((f) => f.url === "/author/ben/feed.xml"));
  });

  test("authorPages: true gives one author a page; false takes two authors' away", () => {
    const one = assemble([post({ title: "A", author: "Ana" })], { authorPages: true });
    assert.deepEqual(authorsOf(one.site), [["/author/ana/", "Ana", ["A"]]]);
    const two = assemble([post({ author: "Ana" }), post({ author: "Ben" })], { authorPages: false });
    assert.equal(two.site.authors, undefined);
    assert.deepEqual(
      two.site.posts.map((p) => p.author?.url),
      [undefined, undefined],
    );
  });

  test("with `authors:`, posts name keys: the profile's name shows, the key makes the URL", () => {
    const { site, issues } = assemble(
      [
        post({ title: "A", author: "ana", file: "content/a.md" }),
        post({ title: "B", author: "BEN", file: "content/b.md" }),
        post({ title: "C", author: "anna", file: "content/c.md" }),
      ],
      {
        authors: new Map([
          profile("ana", "Ana López", { bio: { html: "<p>Bio.</p>", text: "Bio." } }),
          profile("ben", "Ben Okafor"),
        ]),
      },
    );
    assert.deepEqual(authorsOf(site), [
      ["/author/ana/", "Ana López", ["A"]],
      ["/author/ben/", "Ben Okafor", ["B"]],
    ]);
    assert.equal(site.authors?.terms[0]?.description?.text, "Bio.");
    assert.equal(site.authors?.terms[0]?.profile?.key, "ana");
    assert.deepEqual(site.posts.find((p) => p.title === "C")?.author, { name: "anna", url: undefined });
    assert.deepEqual(issues, [
      'content/c.md  author "anna" is none of the keys of `authors:` in site.yaml (shown as written, on no author page; did you mean ana?)',
    ]);
  });

  test("an avatar that is no file of the static folder is a warning", () => {
    const authors = new Map([
      profile("ana", "Ana", { avatar: "/img/ana.png" }),
      profile("ben", "Ben", { avatar: "/img/ben.png" }),
    ]);
    const { issues } = assemble(
      [post({ author: "ana" }), post({ author: "ben" })],
      { authors },
      {
        files: { statics: ["static/img/ana.png"], bundled: [], displayPath: "content" },
      },
    );
    assert.deepEqual(issues, [
      "site.yaml:3  authors: ben: the avatar /img/ben.png is no file of the static folder (static/img/ben.png)",
    ]);
  });
});

describe("term descriptions", () => {
  const described = (name: string, text: string): [string, TermDescription] => [
    name.toLowerCase(),
    { name, description: { html: `<p>${text}</p>`, text }, line: 7 },
  ];

  test("a described tag carries its description to its archive and its feed; an unused one is a warning", () => {
    const tags = {
      ...NO_TERM_SETTINGS,
      aliases: new Map([["old", { from: "Old", to: "Travel" }]]),
      descriptions: new Map([described("Old", "Where I went."), described("Unused", "Nothing.")]),
    };
    const { site, issues } = assemble([post({ title: "A", tags: ["Travel", "Food"] })], {
      tags,
      url: "https://example.org",
    });
    const travel = site.tags.terms.find((t) => t.name === "Travel");
    assert.equal(travel?.description?.text, "Where I went.");
    assert.equal(site.tags.terms.find((t) => t.name === "Food")?.description, undefined);
    assert.equal(site.feeds.find((f) => f.pageUrl === "/tag/travel/")?.description, "Where I went.");
    assert.deepEqual(issues, [
      'site.yaml:7  tag "Unused" has a description, but no published post is filed under it (ignored)',
    ]);
  });
});

describe("walking by date: calendars and on this day", () => {
  const posts = () => [
    post({ title: "2015a", date: "2015-01-28 10:00" }),
    post({ title: "2015b", date: "2015-01-28 12:00" }),
    post({ title: "2015c", date: "2015-01-03" }),
    post({ title: "2016", date: "2016-01-28" }),
    post({ title: "Leap", date: "2016-02-29" }),
    post({ title: "2013", date: "2013-12-31" }),
  ];

  test("a page per calendar day with posts, in calendar order, years newest first", () => {
    const { site } = assemble(posts());
    assert.deepEqual(
      site.onThisDay.map((d) => [d.url, d.years.map((y) => [y.year, y.posts.map((p) => p.title)])]),
      [
        ["/on-this-day/01-03/", [[2015, ["2015c"]]]],
        [
          "/on-this-day/01-28/",
          [
            [2016, ["2016"]],
            [2015, ["2015b", "2015a"]],
          ],
        ],
        ["/on-this-day/02-29/", [[2016, ["Leap"]]]],
        ["/on-this-day/12-31/", [[2013, ["2013"]]]],
      ],
    );
    const post2016 = site.posts.find((p) => p.title === "2016");
    assert.deepEqual(post2016?.onThisDay, {
      place: { kind: "onThisDay", month: 1, day: 28 },
      url: "/on-this-day/01-28/",
      count: 3,
    });
  });

  test("a month knows its days with posts, in order; a day its page of other years", () => {
    const { site } = assemble(posts());
    const january = site.dateArchives.find((a) => a.url === "/2015/01/");
    assert.deepEqual(january?.days, [
      { day: 3, url: "/2015/01/03/", count: 1 },
      { day: 28, url: "/2015/01/28/", count: 2 },
    ]);
    assert.equal(january?.onThisDay, undefined);
    const day = site.dateArchives.find((a) => a.url === "/2015/01/28/");
    assert.equal(day?.onThisDay?.count, 3);
    assert.deepEqual(site.dateArchives.find((a) => a.url === "/2015/")?.days, []);
  });
});
