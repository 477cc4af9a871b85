// Every whole-site fixture (test/fixtures/sites/<case>/), built for real: the exact outcome of each.
// Cases with checks of their own (pages read, markup scanned) add them in other test files.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { expectedOutcome, outcomeOf, runSiteFixture, siteFixtures } from "../support/site-fixtures.ts";

describe("whole-site fixtures: the exact outcome of each case", () => {
  for (const name of siteFixtures()) {
    test(name, () => {
      const run = runSiteFixture(name);
      assert.equal(outcomeOf(run), expectedOutcome(name));
      assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
    });
  }
});
