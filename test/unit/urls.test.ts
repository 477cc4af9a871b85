import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parsePostDate } from "../../src/content/parse-date.ts";
import {
  dayUrl,
  hrefOf,
  monthUrl,
  outputPathOf,
  pageUrl,
  postUrl,
  taxonomyIndexUrl,
  termUrl,
  yearUrl,
} from "../../src/model/urls.ts";

describe("urls", () => {
  const date = (() => {
    const r = parsePostDate("2015-01-28", "UTC");
    if (!r.ok) throw new Error(r.error);
    return r.date;
  })();

  test("WordPress shapes", () => {
    assert.equal(
      postUrl("/:year/:month/:day/:slug/", { date, slug: "kim", categorySlug: "news" }),
      "/2015/01/28/kim/",
    );
    assert.equal(postUrl(":category/:slug", { date, slug: "kim", categorySlug: "news" }), "/news/kim/");
    assert.equal(termUrl("tag", "jongun"), "/tag/jongun/");
    assert.equal(termUrl("category", "wwii-news"), "/category/wwii-news/");
    assert.equal(taxonomyIndexUrl("tag"), "/tags/");
    assert.equal(taxonomyIndexUrl("category"), "/categories/");
    assert.equal(yearUrl(2015), "/2015/");
    assert.equal(monthUrl(2015, 1), "/2015/01/");
    assert.equal(dayUrl(2015, 1, 8), "/2015/01/08/");
  });

  test("page 1 is the base; later pages under page/N/", () => {
    assert.equal(pageUrl("/tag/x/", 1), "/tag/x/");
    assert.equal(pageUrl("/tag/x/", 2), "/tag/x/page/2/");
    assert.equal(pageUrl("/", 3), "/page/3/");
  });

  test("files and hrefs", () => {
    assert.equal(outputPathOf("/tag/x/"), "/tag/x/index.html");
    assert.equal(outputPathOf("/404.html"), "/404.html");
    assert.equal(hrefOf("/tag/김정은/"), "/tag/%EA%B9%80%EC%A0%95%EC%9D%80/");
    assert.equal(hrefOf("/tag/jongun/"), "/tag/jongun/");
  });
});
