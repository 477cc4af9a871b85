import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cleanName, termKey } from "../../src/model/term-name.ts";

describe("term names", () => {
  test("case, accents and word punctuation do not make a different term", () => {
    const same = ["Jongun", "jongun", "JONGUN", "Jong-un", "Jong un", "Jong_un", "Jóngun"];
    assert.equal(new Set(same.map(termKey)).size, 1);
    assert.equal(termKey("Node.js"), termKey("NodeJS"));
  });

  test("symbols that carry meaning do", () => {
    const distinct = ["C", "C++", "C#", "F#"];
    assert.equal(new Set(distinct.map(termKey)).size, distinct.length);
  });

  test("marks that change a word in other scripts are kept", () => {
    assert.notEqual(termKey("が"), termKey("か"));
    assert.notEqual(termKey("नमस्ते"), termKey("नमसत"));
    assert.equal(termKey("김정은"), "김정은");
  });

  test("names of punctuation only still have a key", () => {
    assert.equal(termKey("..."), "...");
    assert.notEqual(termKey("..."), termKey("--"));
  });

  test("cleanName trims, joins white space, drops control characters, composes", () => {
    assert.equal(cleanName("  North \n Korea\t"), "North Korea");
    assert.equal(cleanName("a\u0000b"), "a b");
    assert.equal(cleanName("Cafe\u0301"), "Café");
  });
});

describe("invisible characters", () => {
  test("zero-width spaces, soft hyphens and word joiners are dropped from names", () => {
    assert.equal(cleanName("Jong\u200Bun"), "Jongun");
    assert.equal(cleanName("Jong\u00ADun\u2060"), "Jongun");
    assert.equal(cleanName("\uFEFFTag"), "Tag");
    assert.equal(cleanName("می\u200Cخواهم"), "می\u200Cخواهم");
  });
});
