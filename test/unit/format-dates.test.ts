import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatDay, formatMonth, formatOrdinal } from "../../src/format/dates.ts";

describe("dates for readers", () => {
  test("English ordinals", () => {
    const got = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 24, 28, 31].map((n) => formatOrdinal(n, "en"));
    assert.deepEqual(got, [
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "24th",
      "28th",
      "31st",
    ]);
  });

  test("the WordPress form in English, the language's own form elsewhere", () => {
    assert.equal(formatDay({ year: 2015, month: 1, day: 28 }, "en"), "January 28th, 2015");
    assert.equal(formatDay({ year: 2015, month: 1, day: 28 }, "en-GB"), "January 28th, 2015");
    assert.equal(formatDay({ year: 2015, month: 1, day: 28 }, "de"), "28. Januar 2015");
    assert.equal(formatMonth({ year: 2015, month: 1 }, "en"), "January 2015");
    assert.equal(formatMonth({ year: 2015, month: 1 }, "fr"), "janvier 2015");
  });
});
