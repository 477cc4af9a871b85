import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
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

// A build over the last build's folder that renders few files writes them in the main thread; one
// that renders many, in a thread of their own: both are tried.
for (const [how, rendering] of [
  ["in the main thread", 100],
  ["in a thread of their own", 100_000],
] as const) {
  test(`over the last build's folder, files written ${how} are kept when their bytes are there, written when not`, async (t) => {
    const dir = folder(t);
    const out = path.join(dir, "out");
    fs.mkdirSync(path.join(out, "kept"), { recursive: true });
    fs.writeFileSync(path.join(out, "kept", "index.html"), "<p>kept ‘as is’</p>");
    fs.writeFileSync(path.join(out, "changed.xml"), "<old/>");
    const keptTime = new Date("2020-01-01T00:00:00Z");
    fs.utimesSync(path.join(out, "kept", "index.html"), keptTime, keptTime);
    const writer = new FileWriter(out);
    writer.keepsUnchanged(rendering);
    const page = (url: string, text: string) => ({ url, text, shown: undefined });
    await writer.write([
      page("/kept/", "<p>kept ‘as is’</p>"),
      page("/changed.xml", "<new/>"),
      page("/new/deep/folder/", "<p>new ‘page’ ✓</p>"),
    ]);
    // A second pass while none is pending: the thread is used again.
    await writer.write([page("/second/", "<p>second</p>")]);
    await writer.close();
    assert.equal(writer.passesInThread, rendering >= 5000 ? 2 : 0);
    assert.equal(writer.unchanged, 1);
    assert.equal(fs.statSync(path.join(out, "kept", "index.html")).mtimeMs, keptTime.getTime());
    assert.equal(fs.readFileSync(path.join(out, "changed.xml"), "utf8"), "<new/>");
    assert.equal(
      fs.readFileSync(path.join(out, "new", "deep", "folder", "index.html"), "utf8"),
      "<p>new ‘page’ ✓</p>",
    );
    assert.equal(fs.readFileSync(path.join(out, "second", "index.html"), "utf8"), "<p>second</p>");
  });

  test(`over the last build's folder, pages patched ${how} get the new sidebar where they hold the old one once`, async (t) => {
    const dir = folder(t);
    const out = path.join(dir, "out");
    const old = '<aside class="sidebar"><a href="/a/">‘Old’ post</a></aside>';
    const fresh = '<aside class="sidebar"><a href="/b/">A newer post ✓</a></aside>';
    const pages = {
      "one/index.html": `<main>One</main>\n${old}\n<footer>f</footer>\n`,
      "two/index.html": `<main>Two ✓</main>\n${old}\n`,
      "twice/index.html": `${old}${old}`,
      "none/index.html": "<main>No sidebar</main>",
    };
    for (const [file, text] of Object.entries(pages)) {
      fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
      fs.writeFileSync(path.join(out, file), text);
    }
    const writer = new FileWriter(out);
    writer.keepsUnchanged(0, rendering);
    const patch = (url: string) => ({ url, from: old, to: fresh });
    const first = await writer.patch([patch("/one/"), patch("/twice/"), patch("/none/"), patch("/gone/")]);
    const second = await writer.patch([patch("/two/")]);
    await writer.close();
    assert.equal(writer.passesInThread, rendering >= 5000 ? 2 : 0);
    assert.equal(
      fs.readFileSync(path.join(out, "one", "index.html"), "utf8"),
      `<main>One</main>\n${fresh}\n<footer>f</footer>\n`,
    );
    assert.equal(
      fs.readFileSync(path.join(out, "two", "index.html"), "utf8"),
      `<main>Two ✓</main>\n${fresh}\n`,
    );
    assert.deepEqual([...first.stamps.keys(), ...second.stamps.keys()], ["/one/", "/two/"]);
    const { size, mtimeMs } = fs.statSync(path.join(out, "two", "index.html"));
    assert.equal(second.stamps.get("/two/"), `${size}:${mtimeMs}`);
    // Not holding the old sidebar once (or not there): left as they were, to be rendered.
    assert.deepEqual(first.missed, ["/twice/", "/none/", "/gone/"]);
    assert.equal(fs.readFileSync(path.join(out, "twice", "index.html"), "utf8"), `${old}${old}`);
    assert.equal(fs.readFileSync(path.join(out, "none", "index.html"), "utf8"), "<main>No sidebar</main>");
    assert.ok(!fs.existsSync(path.join(out, "gone")));
  });

  test(`over the last build's folder, a shorter sidebar patched ${how} leaves no old bytes at the end, in a file of any size`, async (t) => {
    const dir = folder(t);
    const out = path.join(dir, "out");
    const old = '<aside class="sidebar"><a href="/a/">A longer ‘old’ sidebar ✓</a></aside>';
    const short = "<aside>new</aside>";
    // Larger than the buffer a patch reads into at first (64 KiB), then a small one after it.
    const big = `<main>${"x".repeat(200_000)}</main>\n${old}\n<footer>${"é".repeat(5_000)}</footer>\n`;
    const small = `<main>S</main>${old}<footer>f</footer>`;
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, "big.html"), big);
    fs.writeFileSync(path.join(out, "small.html"), small);
    const writer = new FileWriter(out);
    writer.keepsUnchanged(0, rendering);
    const first = await writer.patch([{ url: "/big.html", from: old, to: short }]);
    const second = await writer.patch([{ url: "/small.html", from: old, to: short }]);
    await writer.close();
    assert.deepEqual([...first.missed, ...second.missed], []);
    assert.equal(fs.readFileSync(path.join(out, "big.html"), "utf8"), big.replace(old, short));
    assert.equal(fs.readFileSync(path.join(out, "small.html"), "utf8"), small.replace(old, short));
  });

  test(`over the last build's folder, a page patched ${how} that the output folder refuses is named`, async (t) => {
    const dir = folder(t);
    const out = path.join(dir, "out");
    // A folder where the page's file should be: it cannot be opened for writing.
    fs.mkdirSync(path.join(out, "page.html"), { recursive: true });
    const writer = new FileWriter(out);
    writer.keepsUnchanged(0, rendering);
    await assert.rejects(writer.patch([{ url: "/page.html", from: "<a>", to: "<b>" }]), (error: unknown) => {
      assert.ok(error instanceof SetupError, String(error));
      assert.match(error.message, /^cannot write .*out\/page\.html: EISDIR: /);
      return true;
    });
    await writer.close();
  });

  test(`over the last build's folder, a file written ${how} that the output folder refuses is named`, async (t) => {
    const dir = folder(t);
    const out = path.join(dir, "out");
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "files"), "a file where a folder must be");
    const writer = new FileWriter(out);
    writer.keepsUnchanged(rendering);
    await assert.rejects(
      writer.write([
        { url: "/fine/", text: "<p>fine</p>", shown: undefined },
        { url: "/files/page/", text: "<p>page</p>", shown: undefined },
      ]),
      (error: unknown) => {
        assert.ok(error instanceof SetupError, String(error));
        assert.match(error.message, /^cannot write .*out\/files\/page\/index\.html: (ENOTDIR|EEXIST): /);
        return true;
      },
    );
    await writer.close();
    assert.equal(fs.readFileSync(path.join(out, "fine", "index.html"), "utf8"), "<p>fine</p>");
  });
}

// A writing thread that cannot start, or stops without answering: its passes, and the next ones, are
// written in the main thread.
for (const [how, code] of [
  ["cannot start", "import './no-such-module.mjs';\n"],
  [
    "stops without answering",
    "import { parentPort } from 'node:worker_threads';\nparentPort.once('message', () => process.exit(1));\n",
  ],
] as const) {
  test(`a writing thread that ${how}: the files are written in the main thread`, async (t) => {
    const dir = folder(t);
    const out = path.join(dir, "out");
    fs.mkdirSync(path.join(out, "kept"), { recursive: true });
    fs.writeFileSync(path.join(out, "kept", "index.html"), "<p>kept</p>");
    const threadFile = path.join(dir, "thread.mjs");
    fs.writeFileSync(threadFile, code);
    const writer = new FileWriter(out, { threadCode: pathToFileURL(threadFile) });
    writer.keepsUnchanged(100_000);
    const page = (url: string, text: string) => ({ url, text, shown: undefined });
    await writer.write([page("/kept/", "<p>kept</p>"), page("/a/", "<p>a</p>")]);
    await writer.write([page("/b/", "<p>b</p>")]);
    fs.writeFileSync(path.join(out, "c.html"), "<aside>old</aside>");
    const patched = await writer.patch([
      { url: "/c.html", from: "<aside>old</aside>", to: "<aside>new</aside>" },
    ]);
    await writer.close();
    assert.deepEqual([...patched.stamps.keys()], ["/c.html"]);
    assert.equal(fs.readFileSync(path.join(out, "c.html"), "utf8"), "<aside>new</aside>");
    assert.equal(writer.passesInThread, 0);
    assert.equal(writer.unchanged, 1);
    assert.equal(fs.readFileSync(path.join(out, "a", "index.html"), "utf8"), "<p>a</p>");
    assert.equal(fs.readFileSync(path.join(out, "b", "index.html"), "utf8"), "<p>b</p>");
  });
}

test("patches handed over while the writing thread writes a pass are patched in the main thread", async (t) => {
  const dir = folder(t);
  const out = path.join(dir, "out");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, "a.html"), "<aside>old</aside>");
  const writer = new FileWriter(out);
  writer.keepsUnchanged(100_000);
  // A pass the thread takes a while to write, and patches handed over meanwhile.
  const page = (n: number) => ({
    url: `/p${n}/`,
    text: `<p>${"x".repeat(50_000)} ${n}</p>`,
    shown: undefined,
  });
  const writing = writer.write(Array.from({ length: 400 }, (_, n) => page(n)));
  const patched = await writer.patch([
    { url: "/a.html", from: "<aside>old</aside>", to: "<aside>new</aside>" },
  ]);
  await writing;
  await writer.close();
  assert.equal(writer.passesInThread, 1, "the thread wrote the pass; the patch was not handed to it");
  assert.deepEqual([...patched.stamps.keys()], ["/a.html"]);
  assert.equal(fs.readFileSync(path.join(out, "a.html"), "utf8"), "<aside>new</aside>");
  assert.ok(fs.existsSync(path.join(out, "p399", "index.html")));
});
