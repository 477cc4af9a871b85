import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { addressWarnings, parseSettings } from "../../src/content/parse-settings.ts";
import { formatIssue } from "../../src/issues.ts";
import { DEFAULT_SETTINGS, servedAddress } from "../../src/model/settings.ts";

const file = (text: string) => ({ path: "content/site.yaml", relative: "site.yaml", text });
const messages = (text: string) => parseSettings(file(text), "content").issues.map(formatIssue);

describe("parseSettings", () => {
  test("no file: the defaults, with a warning", () => {
    const { settings, issues } = parseSettings(undefined, "content");
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.deepEqual(issues.map(formatIssue), ["content/site.yaml  no settings file; using the defaults"]);
  });

  test("every key", () => {
    const { settings, issues } = parseSettings(
      file(
        [
          "title: The Long View",
          "description: Notes.",
          "url: https://example.org/blog/",
          "language: en-gb",
          "timezone: Europe/London",
          "postsPerPage: 5",
          "permalink: /:year/:slug",
          "defaultCategory: Misc",
          "author: Ann Author",
          "feedSize: 20",
          "feedContent: teaser",
          "tagCloudSize: 30",
          "recentPosts: 0",
          "sidebarCounts: false",
          "futurePosts: publish",
          "search: false",
          "tags:",
          "  aliases:",
          "    Jong-un: Kim Jong-un",
          "  slugs:",
          "    C++: cpp",
          "  descriptions:",
          "    Kim Jong-un: The *leader*.",
          "categories:",
          "  slugs: { WWII News: ww2 }",
          "feedRedirects: true",
          "redirects:",
          "  /old: /2015/01/28/new/",
          "toc: 3",
          "readingTime: false",
          "authorPages: true",
          "authors:",
          "  ana:",
          "    name: Ana López",
          "    bio: Writes about **trains**.",
          "    link: https://ana.example/",
          "    avatar: avatars/ana.jpg",
          "  Ben: Ben Okafor",
        ].join("\n"),
      ),
      "content",
    );
    assert.deepEqual(issues, []);
    assert.deepEqual(settings, {
      title: "The Long View",
      description: "Notes.",
      url: "https://example.org/blog",
      language: "en-GB",
      timezone: "Europe/London",
      postsPerPage: 5,
      permalink: "/:year/:slug/",
      defaultCategory: "Misc",
      author: "Ann Author",
      feedSize: 20,
      feedContent: "teaser",
      tagCloudSize: 30,
      recentPosts: 0,
      sidebarCounts: false,
      futurePosts: "publish",
      search: false,
      tags: {
        aliases: new Map([["jongun", { from: "Jong-un", to: "Kim Jong-un" }]]),
        slugs: new Map([["c++", "cpp"]]),
        descriptions: new Map([
          [
            "kimjongun",
            {
              name: "Kim Jong-un",
              description: { html: "<p>The <em>leader</em>.</p>\n", text: "The leader." },
              line: 23,
            },
          ],
        ]),
      },
      categories: { aliases: new Map(), slugs: new Map([["wwiinews", "ww2"]]), descriptions: new Map() },
      feedRedirects: true,
      redirects: new Map([["/old/", "/2015/01/28/new/"]]),
      labels: new Map(),
      menu: undefined,
      brokenLinks: "warn",
      image: undefined,
      images: { resize: true, widths: [480, 960, 1600], formats: ["webp"] },
      toc: 3,
      readingTime: false,
      authorPages: true,
      languages: [],
      defaultLanguageInFolder: false,
      authors: new Map([
        [
          "ana",
          {
            key: "ana",
            name: "Ana López",
            bio: { html: "<p>Writes about <strong>trains</strong>.</p>\n", text: "Writes about trains." },
            link: "https://ana.example/",
            avatar: "/avatars/ana.jpg",
            line: 33,
          },
        ],
        [
          "ben",
          { key: "Ben", name: "Ben Okafor", bio: undefined, link: undefined, avatar: undefined, line: 38 },
        ],
      ]),
    });
  });

  test("authors, descriptions and the new switches: each bad value an error with its line", () => {
    assert.deepEqual(
      messages(
        [
          "toc: yes",
          "readingTime: 3",
          "authors:",
          "  ana:",
          "    name: Ana",
          "    link: ana.example",
          "    avatar: javascript:alert(1)",
          "    nickname: A",
          "  Ana: Another Ana",
          "  ben: Ben",
          "  bob: Ben",
          "  carl: [1]",
          "tags:",
          "  descriptions:",
          "    Travel: [a, b]",
        ].join("\n"),
      ),
      [
        'content/site.yaml:1  toc must be false or how many headings a post needs for a table of contents (such as 4), not "yes"',
        "content/site.yaml:2  readingTime must be true or false, not a number",
        'content/site.yaml:4  authors: ana: "nickname" is not an author setting (name, bio, link, avatar)',
        'content/site.yaml:4  authors: ana: link must be an address such as https://ana.example/, not "ana.example"',
        'content/site.yaml:4  authors: ana: avatar must be a file of static/ (/avatars/ana.jpg) or an address, not "javascript:alert(1)"',
        'content/site.yaml:9  authors: "Ana" is given twice (as "ana" too)',
        'content/site.yaml:11  authors: "bob" and "ben" have the same name "Ben"; readers could not tell them apart',
        "content/site.yaml:12  authors: carl: must be a name, or name, bio, link and avatar, not a list",
        'content/site.yaml:15  tags.descriptions: "Travel" must map to a text (Markdown), not a list',
      ],
    );
  });

  test("bad values are errors with their line", () => {
    assert.deepEqual(
      messages(
        [
          "title: [a]",
          "url: example.org",
          "language: not a language!",
          "timezone: Mars/Olympus",
          "postsPerPage: 0",
          "permalink: /:year/:nope/",
          "feedContent: summary",
          "feedSize: 1.5",
          "search: no thanks",
          "recentPosts: -1",
          "sidebarCounts: yes please",
        ].join("\n"),
      ),
      [
        "content/site.yaml:1  title must be text, not a list",
        'content/site.yaml:2  url must be the site\'s absolute address, e.g. https://example.org or https://example.org/blog, not "example.org"',
        'content/site.yaml:3  language must be a language tag such as en, en-GB, de or pt-BR, not "not a language!"',
        'content/site.yaml:4  timezone "Mars/Olympus" is not an IANA time zone (e.g. Europe/Berlin, America/New_York, UTC)',
        "content/site.yaml:5  postsPerPage must be a whole number from 1 to 1000, not a number",
        'content/site.yaml:6  permalink "/:year/:nope/" uses unknown :nope (known: :year, :month, :day, :slug, :category)',
        'content/site.yaml:7  feedContent must be full or teaser, not "summary"',
        "content/site.yaml:8  feedSize must be a whole number from 1 to 1000, not a number",
        'content/site.yaml:9  search must be true or false, not "no thanks"',
        "content/site.yaml:10  recentPosts must be a whole number from 0 (no recent posts) to 100, not a number",
        'content/site.yaml:11  sidebarCounts must be true or false, not "yes please"',
      ],
    );
  });

  test("a site without a url, or with an example one, is warned what that means", () => {
    const warned = (url: string) => addressWarnings(url, "content/site.yaml", 3).map(formatIssue);
    assert.deepEqual(warned(""), [
      "content/site.yaml:3  no `url` setting: feeds, the sitemap and canonical links need the site's address, so they are left out",
    ]);
    assert.deepEqual(warned("https://example.org/blog"), [
      "content/site.yaml:3  url https://example.org/blog is an example address: canonical links, feeds and the sitemap point there (set the site's own address, or build with --base-url)",
    ]);
    assert.deepEqual(warned("https://news.example.net.au"), []);
    assert.equal(warned("https://kim.test").length, 1, "a reserved top-level domain");
    assert.equal(warned("http://localhost:8080").length, 1);
  });

  test("the address the host serves the site at wins, unless the settings name another host", () => {
    assert.equal(servedAddress("", "https://o.github.io/r"), "https://o.github.io/r");
    assert.equal(servedAddress("https://example.org", "https://o.github.io/r"), "https://o.github.io/r");
    assert.equal(servedAddress("https://o.github.io", "https://o.github.io/r"), "https://o.github.io/r");
    assert.equal(servedAddress("https://kimwatch.org", "https://o.github.io/r"), "https://kimwatch.org");
    assert.equal(servedAddress("https://kimwatch.org", undefined), "https://kimwatch.org");
  });

  test("language: a tag Intl knows; a language's name suggests its tag", () => {
    assert.deepEqual(messages("url: https://e.org\nlanguage: french"), [
      'content/site.yaml:2  language must be a language tag such as en, en-GB, de or pt-BR, not "french" (did you mean fr?)',
    ]);
    assert.deepEqual(messages("url: https://e.org\nlanguage: Deutsch"), [
      'content/site.yaml:2  language must be a language tag such as en, en-GB, de or pt-BR, not "Deutsch" (did you mean de?)',
    ]);
    assert.deepEqual(messages("url: https://e.org\nlanguage: pt-br"), []);
  });

  test("permalinks must hold :slug and stay inside the site", () => {
    assert.deepEqual(messages("url: https://e.org\npermalink: /:year/:month/"), [
      'content/site.yaml:2  permalink "/:year/:month/" must contain :slug, or posts would share URLs',
    ]);
    assert.deepEqual(messages("url: https://e.org\npermalink: /../:slug/"), [
      'content/site.yaml:2  permalink "/../:slug/" must not have a segment starting with "." (hidden or parent folders)',
    ]);
    assert.deepEqual(messages("url: https://e.org\npermalink: /a?b/:slug/"), [
      'content/site.yaml:2  permalink "/a?b/:slug/" may only hold letters, digits, - _ . ~ and / besides its tokens',
    ]);
  });

  test("unknown keys are warnings", () => {
    const { issues } = parseSettings(file("titel: typo\nurl: https://example.org"), "content");
    assert.deepEqual(
      issues.map((i) => [i.severity, formatIssue(i)]),
      [["warning", 'content/site.yaml:1  unknown settings key "titel" (ignored; did you mean title?)']],
    );
  });
});
