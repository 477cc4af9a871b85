// urlsIn (the fast way, with indexOf) finds exactly the URLs rewriteUrls (tag by tag) sees, however
// the attributes are written.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { rewriteUrls, urlsIn } from "../../src/format/absolute-urls.ts";

const seen = (html: string): string[] => {
  const urls: string[] = [];
  rewriteUrls(html, (url) => {
    urls.push(url);
    return url;
  });
  return urls;
};

const url = fc.constantFrom("/a/", "b.png", "https://x.example/?q=1", "../c.md#top", "#n");
const attribute = fc
  .tuple(
    fc.constantFrom("href", "src", "HREF", "Src", "cite", "title", "alt"),
    fc.constantFrom('="@"', "='@'", "=@", ' = "@"', '= "@"'),
    url,
  )
  .map(([name, form, value]) => ` ${name}${form.replace("@", value)}`);
const fragment = fc.oneof(
  fc.array(attribute, { maxLength: 3 }).map((attributes) => `<a${attributes.join("")}>x</a>`),
  fc.constantFrom("text a = b ", "<p>", "</p>", "x=1 ", "<code>href='y'</code>", "it’s "),
);

describe("urlsIn", () => {
  test("property: the same URLs as rewriteUrls, in any attribute form", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 8 }), (parts) => {
        const html = parts.join("");
        // srcset aside (its candidates are split the same way by both), the lists are equal.
        assert.deepEqual(urlsIn(html), seen(html), html);
      }),
      { numRuns: 500 },
    );
  });
});
