import assert from "node:assert/strict";
import { test } from "node:test";
import { slugOf } from "../../src/model/slug.ts";

test("slug", () => {
  assert.equal(slugOf("Jongun"), "jongun");
});
