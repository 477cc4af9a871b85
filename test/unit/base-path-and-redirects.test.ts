// The path prefix rewrite and the redirect views, on their own.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { legacyQueryScript, renderRedirectsFile } from "../../layouts/files/redirects.ts";
import { absolutizeHtml, withBasePath } from "../../src/format/absolute-urls.ts";
import { assembleSite } from "../../src/model/assemble.ts";
import type { Site } from "../../src/model/types.ts";
import { LATER, post, settings } from "../support/builders.ts";
import { renderUrl } from "../support/render.ts";

describe("withBasePath", () => {
  test("root-relative URLs in any URL attribute get the prefix; others stay", () => {
    const html =
      '<a href="/2015/">x</a> <img src="/i.png" srcset="/a.png 1x, b.png 2x, //cdn/c.png 3x">' +
      '<a href=\'/tag/x/\'>y</a> <a href="//host/p">z</a> <a href="https://e.org/">w</a> <a href="#top">t</a>' +
      '<meta http-equiv="refresh" content="0; url=/new/"><p>text href="/not-a-tag/"</p>';
    assert.equal(
      withBasePath(html, "/blog"),
      '<a href="/blog/2015/">x</a> <img src="/blog/i.png" srcset="/blog/a.png 1x, b.png 2x, //cdn/c.png 3x">' +
        '<a href=\'/blog/tag/x/\'>y</a> <a href="//host/p">z</a> <a href="https://e.org/">w</a> <a href="#top">t</a>' +
        '<meta http-equiv="refresh" content="0; url=/blog/new/"><p>text href="/not-a-tag/"</p>',
    );
    assert.equal(withBasePath(html, ""), html, "no prefix, no change");
  });

  test("feeds: prefixed first, then absolute under the site's path", () => {
    const body = withBasePath('<a href="/2015/01/">Jan</a>', "/blog");
    assert.equal(
      absolutizeHtml(body, "https://user.github.io/blog/2015/01/28/x/"),
      '<a href="https://user.github.io/blog/2015/01/">Jan</a>',
    );
  });
});

describe("redirect views", () => {
  function siteWith(aliases: string[]): Site {
    const result = assembleSite(
      [post({ title: "Kim <b>", date: "2015-01-28", slug: "kim", aliases })],
      settings({ url: "https://example.org", title: "T & T" }),
      { now: LATER },
    );
    if (result.site === undefined) throw new Error("no site");
    return result.site;
  }

  test("a redirect page refreshes to the new URL, with a canonical link and no index", () => {
    const site = siteWith(["/old/"]);
    const [redirect] = site.redirects;
    assert.ok(redirect);
    const page = renderUrl(site, redirect.from).text;
    assert.match(page, /<meta http-equiv="refresh" content="0; url=\/2015\/01\/28\/kim\/">/);
    assert.match(page, /<link rel="canonical" href="https:\/\/example\.org\/2015\/01\/28\/kim\/">/);
    assert.match(page, /<meta name="robots" content="noindex">/);
    assert.match(page, /<title>Moved – T &amp; T<\/title>/);
  });

  test("_redirects: forced rules, the query rule first, the path prefix on both sides", () => {
    const site = siteWith(["/?p=12", "/old/"]);
    assert.equal(
      renderRedirectsFile(site, "/blog"),
      "/blog/ p=:value /blog/p/:value/ 301!\n/blog/old/ /blog/2015/01/28/kim/ 301!\n/blog/p/12/ /blog/2015/01/28/kim/ 301!\n",
    );
  });

  test("the legacy script sends only the old query on, under the prefix", () => {
    assert.equal(legacyQueryScript(siteWith(["/old/"]), ""), "", "no query aliases, no script");
    const script = legacyQueryScript(siteWith(["/?p=12"]), "/blog");
    const run = (search: string) => {
      let went: string | undefined;
      const body = /<script>([\s\S]*)<\/script>/.exec(script)?.[1] ?? "";
      new Function("location", body)({ search, replace: (u: string) => (went = u) });
      return went;
    };
    assert.equal(run("?p=12"), "/blog/p/12/");
    assert.equal(run("?utm=1&p=12"), "/blog/p/12/");
    assert.equal(run("?q=12"), undefined);
    assert.equal(run("?p=<script>"), undefined);
  });
});
