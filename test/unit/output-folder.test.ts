// Reading the output folder: one walk lists files, empty folders and links; the survey a build on
// the last build makes before writing (links anywhere, every file's stamp), in a worker thread and
// in this one alike.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { Worker } from "node:worker_threads";
import { readFolder, relistFolder, stampOf, surveyFolder } from "../../src/pipeline/output-folder.mjs";
import { readOutputFolder, surveyOutputFolder } from "../../src/pipeline/write.ts";

function folder(t: { after: (fn: () => void) => void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annals-output-folder-"));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const root = path.join(dir, "site");
  fs.mkdirSync(path.join(root, "2015", "01", "28", "kim"), { recursive: true });
  fs.mkdirSync(path.join(root, "empty", "inner"), { recursive: true });
  fs.writeFileSync(path.join(root, "index.html"), "<p>home</p>");
  fs.writeFileSync(path.join(root, "2015", "01", "28", "kim", "index.html"), "<p>a post</p>");
  return root;
}

test("one walk lists every file, the empty folders and no link", (t) => {
  const root = folder(t);
  const listing = readFolder(root);
  assert.deepEqual([...listing.files].sort(), ["2015/01/28/kim/index.html", "index.html"]);
  assert.deepEqual(listing.emptyFolders, ["empty/inner"]);
  assert.equal(listing.links, false);
  assert.equal(listing.stamps.size, 0, "stamps only when asked for");
  assert.deepEqual(readFolder(path.join(root, "absent")).files, []);
});

test("the survey stamps every file; a worker thread reads the folder as this one does", async (t) => {
  const root = folder(t);
  const here = surveyFolder(root);
  assert.equal(here.links, false);
  assert.deepEqual(
    new Map(here.stamps),
    new Map([
      ["index.html", stampOf(path.join(root, "index.html"))],
      ["2015/01/28/kim/index.html", stampOf(path.join(root, "2015/01/28/kim/index.html"))],
    ]),
  );
  assert.match(here.stamps.get("index.html") ?? "", /^11:\d+(\.\d+)?$/, "size, then time");
  // The worker's own answers (surveyOutputFolder and readOutputFolder fall back to reading the folder
  // in this thread without one).
  const fromWorker = (survey: boolean) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL("../../src/pipeline/output-folder-worker.mjs", import.meta.url), {
        workerData: { root, survey },
      });
      worker.once("message", resolve);
      worker.once("error", reject);
    });
  assert.deepEqual(await fromWorker(true), here);
  assert.deepEqual(await fromWorker(false), readFolder(root));
  assert.deepEqual(await readOutputFolder(root), readFolder(root));
  assert.deepEqual(await surveyOutputFolder(root)(), here);
});

test("a link anywhere, the folder itself a link, or no folder: not to be built on", async (t) => {
  const root = folder(t);
  const outside = path.join(path.dirname(root), "outside");
  fs.mkdirSync(outside);
  fs.symlinkSync(outside, path.join(root, "2015", "01", "29"));
  assert.equal(readFolder(root).links, true);
  assert.equal(surveyFolder(root).links, true);
  assert.equal((await surveyOutputFolder(root)()).links, true);

  const linked = path.join(path.dirname(root), "linked");
  fs.symlinkSync(root, linked);
  assert.equal(surveyFolder(linked).links, true, "the output folder itself a link");
  assert.equal(surveyFolder(path.join(root, "absent")).links, true, "no folder to build on");
});

test("after writing, the folders written into are read again; the others are as surveyed", (t) => {
  const root = folder(t);
  const survey = surveyFolder(root);
  assert.deepEqual([...survey.files].sort(), ["2015/01/28/kim/index.html", "index.html"]);
  assert.deepEqual(survey.emptyFolders, ["empty/inner"]);
  // The build writes a page into a new folder and the root, and a file of the root goes missing.
  fs.mkdirSync(path.join(root, "2015", "01", "29", "ann"), { recursive: true });
  fs.writeFileSync(path.join(root, "2015", "01", "29", "ann", "index.html"), "<p>another</p>");
  fs.writeFileSync(path.join(root, "feed.xml"), "<feed/>");
  fs.rmSync(path.join(root, "index.html"));
  const listing = relistFolder(root, survey, new Set(["", "2015/01/29/ann"]));
  assert.deepEqual(
    [...listing.files].sort(),
    ["2015/01/28/kim/index.html", "2015/01/29/ann/index.html", "feed.xml"],
    "the root read again (index.html gone, feed.xml there); 2015/01/28/kim as surveyed",
  );
  assert.deepEqual(listing.emptyFolders, ["empty/inner"]);
  assert.equal(listing.links, false);
});
