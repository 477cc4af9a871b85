import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { displayPathOf, readContentFolder } from "../../src/content/read-sources.ts";
import { formatIssue } from "../../src/issues.ts";

function folder(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "annals-read-"));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, ...name.split("/"));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

describe("readContentFolder", () => {
  test("every .md file in every sub-folder, in code-point order; hidden files skipped, other files warned", () => {
    const root = folder({
      "b.md": "b",
      "a/z.md": "z",
      "A.markdown": "A",
      ".hidden.md": "h",
      ".git/x.md": "g",
      "notes.txt": "t",
      "site.yaml": "title: T",
    });
    const read = readContentFolder(root);
    assert.deepEqual(
      read.posts.map((p) => p.relative),
      ["A.markdown", "a/z.md", "b.md"],
    );
    assert.equal(read.settings?.text, "title: T");
    assert.deepEqual(read.issues.map(formatIssue), [
      `${root}/notes.txt  is not copied: files go in ${root}/static/ (copied to the site as they are), or beside a post written as a folder (its index.md)`,
    ]);
  });

  test("pages, static files, and files beside a post written as a folder", () => {
    const root = folder({
      "pages/about.md": "a",
      "pages/about/team.md": "t",
      "static/favicon.ico": "i",
      "static/wp-content/uploads/x.png": "x",
      "2015/kim/index.md": "k",
      "2015/kim/photo.jpg": "p",
      "2015/kim/extra/chart.png": "c",
      "2015/lone.md": "l",
    });
    const read = readContentFolder(root);
    assert.deepEqual(
      read.pages.map((p) => p.relative),
      ["pages/about.md", "pages/about/team.md"],
    );
    assert.deepEqual(
      read.posts.map((p) => p.relative),
      ["2015/kim/index.md", "2015/lone.md"],
    );
    assert.deepEqual(read.statics, ["static/favicon.ico", "static/wp-content/uploads/x.png"]);
    assert.deepEqual(read.bundled, ["2015/kim/extra/chart.png", "2015/kim/photo.jpg"]);
    assert.deepEqual(read.issues, []);
  });

  test("a file that is not UTF-8 is an error naming it", () => {
    const root = folder({ "latin1.md": Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]) });
    const read = readContentFolder(root);
    assert.deepEqual(read.posts, []);
    assert.deepEqual(read.issues.map(formatIssue), [
      `${displayPathOf(root)}/latin1.md  the file is not valid UTF-8 text (save it as UTF-8)`,
    ]);
  });

  test("a post's text is its UTF-8 decoded (a byte-order mark left out), with its comments", () => {
    const post = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("---\ntitle: Kim’s day\n---\n"),
    ]);
    const root = folder({ "kim.md": post, "kim.comments.yaml": "- author: Ann\n" });
    const [read] = readContentFolder(root).posts;
    assert.equal(read?.text, "---\ntitle: Kim’s day\n---\n");
    assert.equal(read?.comments?.text, "- author: Ann\n");
    assert.equal(read?.comments?.relative, "kim.comments.yaml");
    assert.equal(read?.relative, "kim.md");
  });

  test("a settled post whose stamp is known is not read; its text is read when wanted", () => {
    const root = folder({ "a.md": "---\ntitle: A\n---\nfirst", "b.md": "b", "b.comments.yaml": "[]\n" });
    const asked: string[] = [];
    const stampOfFile = /^\d+:[\d.]+:[\d.]+:\d+$/;
    const read = readContentFolder(
      root,
      undefined,
      (file, stamp) => {
        asked.push(file);
        const [own, comments, ...rest] = stamp.split("|");
        assert.match(own ?? "", stampOfFile);
        assert.deepEqual(rest, []);
        if (file.endsWith("b.md")) assert.match(comments ?? "", stampOfFile, "the comments file's too");
        return file.endsWith("a.md") ? "hash-of-a" : undefined;
      },
      Date.now() + 10_000,
    );
    assert.deepEqual(asked, [`${displayPathOf(root)}/a.md`, `${displayPathOf(root)}/b.md`]);
    const [a, b] = read.posts;
    assert.equal(a?.hash, "hash-of-a");
    assert.equal(b?.hash, undefined);
    assert.ok(b?.stamp !== undefined, "b read, with its stamp for the next build");
    // Written after the folder was read: a's text is read only now, b's was read with the folder.
    fs.writeFileSync(path.join(root, "a.md"), "---\ntitle: A\n---\nsecond");
    fs.writeFileSync(path.join(root, "b.md"), "c");
    assert.equal(a?.text, "---\ntitle: A\n---\nsecond");
    assert.equal(b?.text, "b");
    assert.equal(b?.comments?.text, "[]\n");
  });

  test("a post written just now has no stamp: it is read, never known by its stamp", () => {
    const root = folder({ "a.md": "a" });
    const read = readContentFolder(root, undefined, () => assert.fail("not asked"));
    assert.equal(read.posts[0]?.stamp, undefined);
    assert.equal(read.posts[0]?.text, "a");
  });

  test("a missing content folder is an error", () => {
    const read = readContentFolder("/nonexistent/annals-content");
    assert.deepEqual(read.issues.map(formatIssue), [
      "/nonexistent/annals-content  the content folder does not exist",
    ]);
  });

  test("shown paths are relative to the working directory, with /", () => {
    assert.equal(displayPathOf(path.join(process.cwd(), "content", "x.md")), "content/x.md");
  });
});
