import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { daysInMonth, parsePostDate } from "../../src/content/parse-date.ts";

function ok(raw: string, zone = "UTC") {
  const r = parsePostDate(raw, zone);
  if (!r.ok) throw new Error(r.error);
  return r;
}
function error(raw: string, zone = "UTC"): string {
  const r = parsePostDate(raw, zone);
  if (r.ok) throw new Error(`expected an error for ${raw}`);
  return r.error;
}

describe("parsePostDate", () => {
  test("a date-only value is that calendar day in the site zone, in any zone", () => {
    for (const zone of [
      "UTC",
      "America/Los_Angeles",
      "Pacific/Kiritimati",
      "Pacific/Pago_Pago",
      "Asia/Kolkata",
    ]) {
      const { date } = ok("2015-01-28", zone);
      assert.deepEqual(
        [date.year, date.month, date.day, date.dateOnly, date.machine],
        [2015, 1, 28, true, "2015-01-28"],
      );
    }
    assert.equal(
      ok("2015-01-28", "America/New_York").date.iso,
      "2015-01-28T00:00:00.000-05:00".replace(".000", ""),
    );
  });

  test("a date-time without an offset is wall-clock time in the site zone", () => {
    const { date } = ok("2015-01-28 23:30:00", "Asia/Tokyo");
    assert.equal(date.iso, "2015-01-28T23:30:00+09:00");
    assert.equal(date.day, 28);
    assert.equal(date.dateOnly, false);
  });

  test("a date-time with an offset is that instant, filed under its day in the site zone", () => {
    const jekyll = ok("2015-01-28 23:30:00 +01:00", "UTC").date;
    assert.equal(jekyll.iso, "2015-01-28T22:30:00Z");
    const late = ok("2015-01-31T23:30:00-05:00", "Europe/London").date;
    assert.deepEqual([late.year, late.month, late.day], [2015, 2, 1]);
    assert.equal(late.iso, "2015-02-01T04:30:00+00:00");
    const newYear = ok("2014-12-31T20:00:00Z", "Asia/Tokyo").date;
    assert.deepEqual([newYear.year, newYear.month, newYear.day], [2015, 1, 1]);
  });

  test("every accepted form", () => {
    const instants = [
      "2015-01-28T10:00:00Z",
      "2015-01-28T10:00Z",
      "2015-01-28 10:00:00 UTC",
      "2015-01-28T11:00:00+01:00",
      "2015-01-28T11:00:00+0100",
      "2015-01-28 11:00:00 +01",
      "2015-01-28T10:00:00.000Z",
      "2015-01-28t10:00:00z",
    ].map((raw) => ok(raw).date.epochMs);
    assert.equal(new Set(instants).size, 1);
    assert.equal(ok("2015-01-28T10:00:00.5Z").date.epochMs % 1000, 500);
  });

  test("impossible calendar dates are errors, never rolled over", () => {
    assert.equal(error("2015-02-30"), 'date "2015-02-30" is not a calendar date (use YYYY-MM-DD)');
    assert.equal(error("2015-02-29"), 'date "2015-02-29" is not a calendar date (use YYYY-MM-DD)');
    assert.ok(ok("2016-02-29").ok);
    assert.equal(error("2015-13-01"), 'date "2015-13-01" is not a calendar date (use YYYY-MM-DD)');
    assert.equal(error("2015-00-10"), 'date "2015-00-10" is not a calendar date (use YYYY-MM-DD)');
    assert.equal(error("2015-04-31"), 'date "2015-04-31" is not a calendar date (use YYYY-MM-DD)');
  });

  test("impossible times and offsets are errors", () => {
    assert.equal(
      error("2015-01-28 24:00:00"),
      'date "2015-01-28 24:00:00" has no such time of day (hours 00-23, minutes and seconds 00-59)',
    );
    assert.match(error("2015-01-28 10:60"), /no such time of day/);
    assert.equal(
      error("2015-01-28 10:00:00 +24:00"),
      'date "2015-01-28 10:00:00 +24:00" has an impossible UTC offset "+24:00" (use -23:59 to +23:59)',
    );
    assert.match(error("2015-01-28 10:00:00 +01:75"), /impossible UTC offset/);
  });

  test("what Jekyll (Ruby) reads is read as written, with a warning: offsets no zone uses, one-digit hours", () => {
    const far = ok("2015-01-28 10:00:00 +15:00", "UTC");
    assert.equal(far.date.iso, "2015-01-27T19:00:00Z");
    assert.equal(
      far.warning,
      'date "2015-01-28 10:00:00 +15:00" has the UTC offset +15:00, which no time zone uses (-12:00 to +14:00); read as written',
    );
    assert.equal(ok("2015-01-28 10:00:00 +20:30", "UTC").date.iso, "2015-01-27T13:30:00Z");
    const early = ok("2013-11-22 5:00:00 +0000", "UTC");
    assert.equal(early.date.iso, "2013-11-22T05:00:00Z");
    assert.equal(early.warning, 'date "2013-11-22 5:00:00 +0000" has a one-digit hour; read as 05:00');
    assert.equal(
      ok("2015-01-28 10:00:00 -05:00", "UTC").warning,
      undefined,
      "an ordinary offset: no warning",
    );
  });

  test("text that is not a date says which forms work", () => {
    const forms = "use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS, or with an offset: YYYY-MM-DD HH:MM:SS +01:00";
    for (const raw of ["Jan 28 2015", "28/01/2015", "2015-1-28", "2015-01-28 +01:00", "yesterday", ""]) {
      assert.equal(error(raw), `date "${raw}" is not a date (${forms})`);
    }
  });

  test("a wall time skipped by a clock change is read forward, with a warning", () => {
    const r = ok("2015-03-08 02:30:00", "America/New_York");
    assert.equal(r.date.iso, "2015-03-08T03:30:00-04:00");
    assert.equal(
      r.warning,
      'date "2015-03-08 02:30:00" does not exist in America/New_York (the clocks changed); read as 03:30',
    );
    assert.equal(ok("2015-03-08 01:30:00", "America/New_York").warning, undefined);
  });

  test("property: every real calendar day parses to itself in any zone; others are errors", () => {
    const zones = [
      "UTC",
      "America/New_York",
      "Asia/Tokyo",
      "Pacific/Chatham",
      "America/St_Johns",
      "Africa/Casablanca",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom(...zones),
        (year, month, day, zone) => {
          const raw = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const r = parsePostDate(raw, zone);
          if (day > daysInMonth(year, month)) assert.equal(r.ok, false);
          else {
            assert.ok(r.ok);
            assert.deepEqual([r.date.year, r.date.month, r.date.day], [year, month, day]);
          }
        },
      ),
    );
  });
});
