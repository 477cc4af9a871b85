import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { SetupError } from "../../src/pipeline/options.ts";
import { FileWriter } from "../../src/pipeline/write.ts";

function folder(t: { after: (fn: () => void) => void }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annals-writer-"));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test("a copy whose source cannot be read names the source", async (t) => {
  const dir = folder(t);
  const writer = new FileWriter(path.join(dir, "out"));
  const from = path.join(dir, "gone.png");
  await assert.rejects(writer.copy([{ url: "/files/gone.png", from }]), (error: unknown) => {
    assert.ok(error instanceof SetupError);
    assert.match(error.message, new RegExp(`^cannot read ${from}: ENOENT: `));
    return true;
  });
});

test("a copy or a write the output folder refuses names the output file", async (t) => {
  const dir = folder(t);
  const out = path.join(dir, "out");
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, "files"), "a file where a folder must be");
  const from = path.join(dir, "here.png");
  fs.writeFileSync(from, "bytes");
  const writer = new FileWriter(out);
  for (const attempt of [
    () => writer.copy([{ url: "/files/here.png", from }]),
    () => writer.write([{ url: "/files/page/", text: "<p>page</p>", shown: undefined }]),
  ])
    await assert.rejects(attempt(), (error: unknown) => {
      assert.ok(error instanceof SetupError, String(error));
      assert.match(
        error.message,
        /^cannot write .*out\/files\/(here\.png|page\/index\.html): (ENOTDIR|EEXIST): /,
      );
      assert.match(error.message, /the next build is a clean one\.$/);
      return true;
    });
});
