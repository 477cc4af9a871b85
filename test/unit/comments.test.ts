// A post's comments file: read with clear errors naming the file and line, threaded, sanitised; and
// shown under the post by the comments view.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MAX_DEPTH, parseComments } from "../../src/content/parse-comments.ts";

const file = (text: string) => ({
  path: "content/2015/x.comments.yaml",
  relative: "2015/x.comments.yaml",
  text,
});

describe("parseComments", () => {
  test("threads: each comment followed by its replies, by date, with depths", () => {
    const { comments, issues } = parseComments(
      file(`- id: "3"
  replyTo: "1"
  author: Cy
  date: 2015-01-29 10:00
  text: <p>Third</p>
- id: "1"
  author: Ann
  url: https://ann.example/
  date: 2015-01-28 10:00
  text: <p>First</p>
- id: "2"
  author: Bo
  date: 2015-01-28 12:00
  text: Second
- id: "4"
  replyTo: "3"
  date: 2015-01-30
  type: pingback
  text: <p>Deep</p>
`),
      "Asia/Seoul",
    );
    assert.deepEqual(issues, []);
    assert.deepEqual(
      comments.map((c) => [c.id, c.depth, c.replyTo, c.author]),
      [
        ["1", 0, undefined, "Ann"],
        ["3", 1, "1", "Cy"],
        ["4", 2, "3", ""],
        ["2", 0, undefined, "Bo"],
      ],
    );
    assert.equal(comments[0]?.date.iso, "2015-01-28T10:00:00+09:00");
    assert.equal(comments[2]?.kind, "pingback");
  });

  test("the text is sanitised: no script, handler or javascript: link survives; links get nofollow ugc", () => {
    const { comments } = parseComments(
      file(`- id: "1"
  date: 2015-01-28
  text: '<p onclick="x()">Hi <a href="javascript:alert(1)">a</a> <a href="https://b.example/">b</a><script>alert(2)</script></p>'
`),
      "UTC",
    );
    assert.equal(
      comments[0]?.html,
      '<p>Hi <a rel="nofollow ugc">a</a> <a rel="nofollow ugc" href="https://b.example/">b</a></p>',
    );
  });

  test("errors and warnings name the file and the comment's line", () => {
    const { comments, issues } = parseComments(
      file(`- id: "1"
  date: 2015-01-28
  text: ok
- id: "1"
  date: 2015-01-29
- id: "2"
  date: yesterday
- author: nobody
  date: 2015-01-28
- id: "5"
  date: 2015-01-28
  url: javascript:alert(1)
  colour: red
- id: "6"
  replyTo: "99"
  date: 2015-01-28
`),
      "UTC",
    );
    assert.deepEqual(
      issues.map((i) => `${i.severity} ${i.file}:${i.line ?? ""} ${i.message}`),
      [
        'error content/2015/x.comments.yaml:4 two comments have the id "1"',
        'error content/2015/x.comments.yaml:6 comment 2: date "yesterday" is not a date (use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS, or with an offset: YYYY-MM-DD HH:MM:SS +01:00)',
        'error content/2015/x.comments.yaml:8 a comment needs an id (`id: "12"`)',
        'warning content/2015/x.comments.yaml:10 unknown comment key "colour" (ignored); comments have id, replyTo, author, url, date, type, text',
        'warning content/2015/x.comments.yaml:10 comment 5: the address "javascript:alert(1)" is not http(s) (not linked)',
        "warning content/2015/x.comments.yaml: comment 6 answers comment 99, which is not in the file: shown at the top",
      ],
    );
    assert.deepEqual(
      comments.map((c) => [c.id, c.url, c.replyTo]),
      [
        ["1", undefined, undefined],
        ["5", undefined, undefined],
        ["6", undefined, undefined],
      ],
    );
  });

  test("a thread thousands of replies deep is read in order, shown at most MAX_DEPTH deep", () => {
    const lines = ['- id: "0"\n  date: 2015-01-01\n  text: top'];
    for (let i = 1; i < 5000; i++)
      lines.push(`- id: "${i}"\n  replyTo: "${i - 1}"\n  date: 2015-01-01\n  text: r`);
    const { comments, issues } = parseComments(file(`${lines.join("\n")}\n`), "UTC");
    assert.deepEqual(issues, []);
    assert.equal(comments.length, 5000);
    assert.deepEqual(
      comments.slice(0, 3).map((c) => c.id),
      ["0", "1", "2"],
    );
    assert.equal(Math.max(...comments.map((c) => c.depth)), MAX_DEPTH);
  });

  test("an id that could not be an anchor is an error", () => {
    const { issues } = parseComments(file('- id: "a b"\n  date: 2015-01-01\n'), "UTC");
    assert.match(issues[0]?.message ?? "", /comment id "a b" must be letters, digits, - and _/);
  });

  test("a file that is no list is an error on its first line", () => {
    const { issues } = parseComments(file("id: 1\n"), "UTC");
    assert.deepEqual(
      issues.map((i) => `${i.line} ${i.message}`),
      ["1 must be a list of comments (each entry starting with `- id:`)"],
    );
    assert.match(parseComments(file("- id: [\n"), "UTC").issues[0]?.message ?? "", /could not be read/);
  });
});
