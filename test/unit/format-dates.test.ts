import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DateFormats, formatOrdinal } from "../../layouts/words/dates.ts";

const formatDay = (day: { year: number; month: number; day: number }, language: string) =>
  new DateFormats(language).day(day);
const formatMonth = (day: { year: number; month: number }, language: string) =>
  new DateFormats(language).month(day.year, day.month);

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

  test("a day of any year, and the week from a given first day", () => {
    assert.equal(new DateFormats("en").monthDay(2, 29), "February 29th");
    assert.equal(new DateFormats("de").monthDay(1, 28), "28. Januar");
    assert.deepEqual(new DateFormats("en").weekdays(7, "short").slice(0, 2), ["Sun", "Mon"]);
    assert.deepEqual(new DateFormats("de").weekdays(1, "short").slice(0, 2), ["Mo", "Di"]);
  });
});
