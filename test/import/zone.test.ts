import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { IANAZone } from "luxon";
import { zoneOfOffsets } from "../../src/import/import.ts";

describe("the time zone a new settings file gets", () => {
  test("the most common whole-hour offset, as an Etc zone with POSIX's inverted sign", () => {
    const zone = zoneOfOffsets(
      new Map([
        ["-07:00", 40],
        ["-06:00", 12],
        ["+00:00", 3],
      ]),
    );
    assert.equal(zone, "Etc/GMT+7");
    assert.ok(IANAZone.isValidZone(zone ?? ""));
    assert.equal(IANAZone.create(zone ?? "").offset(Date.parse("2015-01-28T00:00:00Z")), -7 * 60);
    assert.equal(zoneOfOffsets(new Map([["+09:00", 2]])), "Etc/GMT-9");
    assert.equal(zoneOfOffsets(new Map([["+00:00", 2]])), "UTC");
  });

  test("none when the posts have no offset, or the most common one is not whole hours", () => {
    assert.equal(zoneOfOffsets(new Map()), undefined);
    assert.equal(
      zoneOfOffsets(
        new Map([
          ["+05:30", 9],
          ["+06:00", 1],
        ]),
      ),
      undefined,
    );
  });
});
