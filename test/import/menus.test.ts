// WordPress navigation menus to the site's one-level `menu:`.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type MenuItem, type MenuTargets, planMenu } from "../../src/import/menus.ts";

const item = (id: string, menu: string, extra: Partial<MenuItem>): MenuItem => ({
  id,
  menu: { slug: menu, name: menu === "primary" ? "Primary" : "Footer links" },
  order: Number(id),
  parent: "0",
  type: "custom",
  object: "custom",
  objectId: "",
  url: "",
  title: "",
  ...extra,
});

const targets: MenuTargets = {
  page: (id) => (id === "2" ? { file: "pages/about.md", title: "About" } : undefined),
  post: (id) => (id === "7" ? { file: "2015/2015-01-28-kim.md", title: "Will Kim go?" } : undefined),
  term: (kind, id) =>
    kind === "category" && id === "5" ? { path: "/category/news/", name: "News" } : undefined,
  sitePath: (url) =>
    url.startsWith("https://blog.example") ? url.slice("https://blog.example".length) || "/" : undefined,
  hasPath: (path) => path === "/" || path === "/about/",
};

describe("planMenu", () => {
  test("the main menu, top level in order: pages by file, posts, terms, own paths and addresses", () => {
    const plan = planMenu(
      [
        item("9", "footer", { url: "https://elsewhere.example/", title: "Elsewhere" }),
        item("1", "primary", { url: "https://blog.example/", title: "Home" }),
        item("3", "primary", { type: "post_type", object: "page", objectId: "2" }),
        item("4", "primary", { type: "post_type", object: "page", objectId: "2", title: "Who we are" }),
        item("5", "primary", { type: "taxonomy", object: "category", objectId: "5" }),
        item("6", "primary", { type: "post_type", object: "post", objectId: "7" }),
        item("7", "primary", { url: "https://friends.example/", title: "Friends" }),
        item("8", "primary", { url: "#", title: "More" }),
        item("10", "primary", { type: "post_type", object: "page", objectId: "99", title: "Draft page" }),
        item("11", "primary", { url: "https://blog.example/wp-login.php", title: "Log in" }),
        item("12", "primary", { parent: "5", url: "https://friends.example/sub", title: "Sub" }),
      ],
      targets,
    );
    assert.deepEqual(plan?.entries, [
      { Home: "/" },
      "pages/about.md",
      { "Who we are": "pages/about.md" },
      { News: "/category/news/" },
      { "Will Kim go?": "2015/2015-01-28-kim.md" },
      { Friends: "https://friends.example/" },
    ]);
    assert.deepEqual(plan?.notes, [
      'menu: the WordPress menu "Primary" (primary) became `menu:`, 6 entries; its 1 sub-entries left out (annals\' menu has one level)',
      'menu entry "More" left out: it links nowhere (#)',
      'menu entry "Draft page" left out: page 99 is not published',
      'menu entry "Log in" left out: /wp-login.php is no page the imported site has',
      'menus not imported (annals has one menu): "Footer links"',
    ]);
  });

  test("without a main menu by name, the one with the most top-level entries", () => {
    const plan = planMenu(
      [
        item("1", "short", { url: "https://a.example/", title: "A" }),
        item("2", "long", { url: "https://b.example/", title: "B" }),
        item("3", "long", { url: "https://c.example/", title: "C" }),
      ],
      targets,
    );
    assert.deepEqual(plan?.entries, [{ B: "https://b.example/" }, { C: "https://c.example/" }]);
    assert.equal(planMenu([], targets), undefined);
  });
});
