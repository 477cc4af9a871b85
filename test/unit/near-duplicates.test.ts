import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findNearDuplicates, type NearDuplicate } from "../../src/model/near-duplicates.ts";

/** A seeded generator (mulberry32) of whole numbers below `n`: the same names on every run. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

/** The pairs found, as "a | b | reason" lines, for short assertions. */
function pairs(names: readonly string[]): string[] {
  return findNearDuplicates(names).map(({ a, b, reason }) => `${a} | ${b} | ${reason}`);
}

describe("one name is part of the other", () => {
  test("a name written without separators inside a longer name", () => {
    assert.deepEqual(pairs(["Kim Jong-un", "Jongun"]), [
      'Jongun | Kim Jong-un | "Jongun" is part of "Kim Jong-un"',
    ]);
    assert.deepEqual(pairs(["Kim Jong Un", "jong-un visit"]), []);
  });

  test("a name of two or more words inside a longer one", () => {
    assert.deepEqual(pairs(["North Korea", "North Korea crisis"]), [
      'North Korea | North Korea crisis | "North Korea" is part of "North Korea crisis"',
    ]);
    assert.deepEqual(pairs(["Data Base", "Oracle database"]), [
      'Data Base | Oracle database | "Data Base" is part of "Oracle database"',
    ]);
  });

  test("the contained words must be a run, not scattered", () => {
    assert.deepEqual(pairs(["North Korea", "North and South Korea"]), []);
  });

  test("a single word found as a single word is another term", () => {
    assert.deepEqual(pairs(["North Korea", "Korea"]), []);
    assert.deepEqual(pairs(["Kim Jong-un", "Jong"]), []);
  });

  test("short parts mean nothing", () => {
    assert.deepEqual(pairs(["Cold War", "War"]), []);
    // Two words, but only three letters joined.
    assert.deepEqual(pairs(["A Bc", "A Bc Def"]), []);
    assert.deepEqual(pairs(["Ab Cd", "Ab Cd Ef"]), ['Ab Cd | Ab Cd Ef | "Ab Cd" is part of "Ab Cd Ef"']);
  });

  test("parts of words are not words", () => {
    assert.deepEqual(pairs(["Korea", "Koreanisation policy"]), []);
    assert.deepEqual(pairs(["Jong Un", "Kim Jongunism"]), []);
  });
});

describe("one letter apart", () => {
  test("a letter left out, added or changed", () => {
    assert.deepEqual(pairs(["JavaScript", "Javascipt"]), ["Javascipt | JavaScript | differ by one letter"]);
    assert.deepEqual(pairs(["Pyongyang", "Pyongjang"]), ["Pyongjang | Pyongyang | differ by one letter"]);
    assert.deepEqual(pairs(["Moscow", "Mosscow"]), ["Moscow | Mosscow | differ by one letter"]);
  });

  test("accents, case and punctuation are not letters that differ", () => {
    assert.deepEqual(pairs(["Pyöngyang", "pyong-jang"]), ["Pyöngyang | pyong-jang | differ by one letter"]);
  });

  test("short keys are different words more often than typos", () => {
    assert.deepEqual(pairs(["Iran", "Iraq"]), []);
    assert.deepEqual(pairs(["Mali", "Malia"]), []);
  });

  test("digits and symbols are not typos", () => {
    assert.deepEqual(pairs(["Windows 7", "Windows 8"]), []);
    assert.deepEqual(pairs(["2015 election", "2016 election"]), []);
    assert.deepEqual(pairs(["Python 3", "Python"]), []);
    assert.deepEqual(pairs(["Swift", "Swift#"]), []);
  });

  test("two letters apart, or swapped, is not one letter", () => {
    assert.deepEqual(pairs(["JavaScript", "Javsacript"]), []);
    assert.deepEqual(pairs(["JavaScript", "Javascrpi"]), []);
  });
});

describe("singular and plural", () => {
  test("-s, -es and -ies", () => {
    assert.deepEqual(pairs(["Archives", "Archive"]), ["Archive | Archives | singular and plural"]);
    assert.deepEqual(pairs(["Batteries", "Battery"]), ["Battery | Batteries | singular and plural"]);
    assert.deepEqual(pairs(["Church", "Churches"]), ["Church | Churches | singular and plural"]);
    // Short keys too: no length rule for plurals beyond a three-letter singular.
    assert.deepEqual(pairs(["Bus", "Buses"]), ["Bus | Buses | singular and plural"]);
    assert.deepEqual(pairs(["North Korean", "North Koreans"]), [
      "North Korean | North Koreans | singular and plural",
    ]);
  });

  test("the plural reason wins over one letter", () => {
    assert.deepEqual(pairs(["Missile", "Missiles"]), ["Missile | Missiles | singular and plural"]);
  });

  test("words that end in s without being plurals", () => {
    // Not a plural, though still a letter apart.
    assert.deepEqual(pairs(["Status", "Statu"]), ["Statu | Status | differ by one letter"]);
    assert.deepEqual(pairs(["Glass", "Glas"]), []);
    assert.deepEqual(pairs(["US", "U"]), []);
    assert.deepEqual(pairs(["Mines", "Min"]), []);
  });
});

describe("what is not flagged", () => {
  test("C, C++ and C# are three terms", () => {
    assert.deepEqual(pairs(["C", "C++", "C#", "C++ Templates"]), []);
  });

  test("names that are already one term", () => {
    assert.deepEqual(pairs(["Jong-un", "Jongun", "JONGUN"]), []);
    assert.deepEqual(pairs(["Archive", "Archive"]), []);
  });

  test("unrelated names", () => {
    assert.deepEqual(pairs(["Moscow", "Putin", "Seoul", "Nuclear tests", "WWII News"]), []);
    assert.deepEqual(pairs([]), []);
  });
});

describe("output", () => {
  const names = [
    "Kim Jong-un",
    "Jongun",
    "JavaScript",
    "Javascipt",
    "Archives",
    "Archive",
    "Battery",
    "Batteries",
    "North Korea",
    "Korea",
    "Cold War",
    "War",
    "Éclair",
    "Eclairs",
    "😀 emoji name",
    "😀 emoji names",
    // U+FF37 sorts before U+1F600 by code point, after it by UTF-16 unit (0xFF37 > 0xD83D).
    "Ｗidget",
    "Ｗidgets",
  ];

  test("each pair once, sorted by a then b in code-point order, shorter name first", () => {
    const found = findNearDuplicates(names);
    assert.deepEqual(
      found.map(({ a, b }) => [a, b]),
      [
        ["Archive", "Archives"],
        ["Battery", "Batteries"],
        ["Javascipt", "JavaScript"],
        ["Jongun", "Kim Jong-un"],
        ["Éclair", "Eclairs"],
        ["Ｗidget", "Ｗidgets"],
        ["😀 emoji name", "😀 emoji names"],
      ],
    );
  });

  test("a pair matched by several rules is reported once", () => {
    const found = findNearDuplicates(["Kim Jong", "Kim Jongs", "Kim Jongs Un"]);
    const ids = found.map(({ a, b }) => `${a}|${b}`);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(
      found.find(({ a, b }) => a === "Kim Jong" && b === "Kim Jongs"),
      { a: "Kim Jong", b: "Kim Jongs", reason: "singular and plural" } satisfies NearDuplicate,
    );
  });

  test("the order of the input does not matter", () => {
    const expected = findNearDuplicates(names);
    const next = random(7);
    for (let round = 0; round < 20; round++) {
      const shuffled = [...names];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = next(i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
      }
      assert.deepEqual(findNearDuplicates(shuffled), expected);
    }
  });
});

describe("many names", () => {
  test("20,000 generated names finish and the planted pairs are found", () => {
    // Made-up three-syllable words from a fixed seed: plenty of shared words, prefixes and lengths.
    const syllables = ["ka", "lo", "mi", "nu", "ped", "rau", "sil", "tor", "vex", "wyn", "zo", "bri"];
    const next = random(42);
    const word = () => [0, 1, 2].map(() => syllables[next(syllables.length)]).join("");
    const names = new Set<string>();
    while (names.size < 20_000) {
      const count = 1 + next(3);
      names.add(
        Array.from({ length: count }, word)
          .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
          .join(" "),
      );
    }
    const input = [...names, "Kim Jong-un", "Jongun", "JavaScript", "Javascipt", "Battery", "Batteries"];

    const found = findNearDuplicates(input);

    const has = (a: string, b: string, reason: string) =>
      found.some((pair) => pair.a === a && pair.b === b && pair.reason === reason);
    assert.ok(has("Jongun", "Kim Jong-un", '"Jongun" is part of "Kim Jong-un"'));
    assert.ok(has("Javascipt", "JavaScript", "differ by one letter"));
    assert.ok(has("Battery", "Batteries", "singular and plural"));
    // Generated names of several words contain generated names of two: the rule fires at scale too.
    assert.ok(found.length > 3);
  });
});
