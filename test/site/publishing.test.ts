// The publishing loop as an author drives it: each command spawned as a process on real files in a
// temporary folder. `new` makes a post the next build publishes at the URL it printed; `check`
// reports a broken post with file and line; drafts and future posts stay out of a build and show in
// the dev server (which listens on 127.0.0.1 only); aliases leave a working redirect; and a site
// served under a path has no link that leaves it.

import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import * as cheerio from "cheerio";
import { buildSite, FIXED_NOW, fixturePath, listFiles, REPO_ROOT, readPage } from "../support/site-build.ts";

function tempContent(fixture = "sites/reference/content"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annals-publish-"));
  fs.cpSync(fixturePath(fixture), dir, { recursive: true });
  return dir;
}

function run(command: "new" | "check", args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["bin/annals.js", command, ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, ANNALS_NOW: FIXED_NOW, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The file a URL is served from, in an output folder. */
const fileOf = (output: string, url: string) =>
  path.join(output, decodeURI(url), url.endsWith("/") ? "index.html" : "");

describe("npm run new", () => {
  test("creates a post dated now in the site zone that the next build publishes at the printed URL", () => {
    const content = tempContent();
    const made = run("new", [
      "Will he come back?",
      "--tags",
      "Jongun, Moscow",
      "--category",
      "WWII News",
      "--publish",
      "--content",
      content,
    ]);
    assert.equal(made.code, 0, made.stderr);
    // 2026-01-01T00:00Z is still December 31st in New York, the fixture's zone.
    const file = path.join(content, "2025/2025-12-31-will-he-come-back.md");
    assert.match(made.stdout, /Created .*2025\/2025-12-31-will-he-come-back\.md/);
    const text = fs.readFileSync(file, "utf8");
    assert.match(text, /^date: 2025-12-31 19:00:00 -05:00$/m);
    assert.match(text, /^tags: \["Jongun", "Moscow"\]$/m);
    assert.doesNotMatch(text, /draft/);
    assert.match(text, /---\n$/, "an empty body: nothing written for the author");
    const url = /^URL: https:\/\/example\.org(\/\S+)$/m.exec(made.stdout)?.[1];
    assert.equal(url, "/2025/12/31/will-he-come-back/");

    const built = buildSite({ content });
    assert.equal(built.code, 0, built.stderr);
    const $ = cheerio.load(fs.readFileSync(fileOf(built.output, url), "utf8"));
    assert.equal($("h1").text(), "Will he come back?");
    assert.match(readPage(built.output, "tag/jongun/index.html"), /Will he come back\?/);
  });

  test("never overwrites: the same title on the same day is refused and the file is untouched", () => {
    const content = tempContent();
    assert.equal(run("new", ["Twice", "--content", content]).code, 0);
    const file = path.join(content, "2025/2025-12-31-twice.md");
    fs.appendFileSync(file, "My words.\n");
    const again = run("new", ["Twice", "--content", content]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists; nothing was written/);
    assert.match(fs.readFileSync(file, "utf8"), /My words\.\n$/);
  });

  test("a URL clash with another post is caught and no file is left behind", () => {
    const content = tempContent();
    // The fixture has /2015/01/28/kim/; a new post dated that day with that slug would clash.
    const clash = run("new", ["Kim", "--content", content], { ANNALS_NOW: "2015-01-28T20:00:00Z" });
    assert.equal(clash.code, 1, clash.stdout);
    assert.match(clash.stderr, /has the URL \/2015\/01\/28\/kim\//);
    assert.equal(fs.existsSync(path.join(content, "2015/2015-01-28-kim.md")), false);
  });

  test("a draft unless --publish; --help documents the options; no title is a usage error", () => {
    const content = tempContent();
    const draft = run("new", ["Not ready", "--content", content]);
    assert.equal(draft.code, 0, draft.stderr);
    assert.match(
      fs.readFileSync(path.join(content, "2025/2025-12-31-not-ready.md"), "utf8"),
      /^draft: true$/m,
    );
    assert.match(draft.stdout, /It is a draft/);
    const help = run("new", ["--help"]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--tags "a, b"/);
    assert.equal(run("new", ["--content", content]).code, 2);
    assert.equal(run("new", ["x", "--nope"]).code, 2);
  });
});

describe("npm run check", () => {
  test("clean content passes with a summary line", () => {
    const checked = run("check", ["--content", fixturePath("sites/reference/content")]);
    assert.equal(checked.code, 0, checked.stderr);
    assert.match(checked.stdout, /^annals check: 5 files fine: 4 posts to publish, 1 draft, 0 future/m);
  });

  test("a broken post is reported with file and line, and the exit code is 1", () => {
    const content = tempContent();
    fs.writeFileSync(path.join(content, "broken.md"), "---\ntitle: Broken\ndate: 2015-02-30\n---\nBody.\n");
    const checked = run("check", ["--content", content]);
    assert.equal(checked.code, 1);
    assert.match(checked.stderr, /broken\.md:3 {2}date "2015-02-30" is not a calendar date/);
    assert.match(checked.stderr, /annals check: 1 error in 1 file \(6 post files read\)/);
  });

  test("it suggests an alias for near-duplicate tags", () => {
    const content = tempContent();
    fs.writeFileSync(
      path.join(content, "2015-02-02-kim.md"),
      "---\ntitle: Kim again\ndate: 2015-02-02\ntags: [Kim Jong-un]\n---\nBody.\n",
    );
    const checked = run("check", ["--content", content]);
    assert.equal(checked.code, 0, checked.stderr);
    assert.match(
      checked.stderr,
      /hint {2}.*tag "Kim Jong-un" \(1 posts\) looks like "Jongun"|hint {2}.*tag "Jongun" .* looks like "Kim Jong-un"/,
    );
    assert.match(checked.stdout, /1 hint;/);
  });
});

describe("drafts and future posts", () => {
  const content = tempContent();
  fs.writeFileSync(
    path.join(content, "2099-01-01-later.md"),
    "---\ntitle: From the future\ndate: 2099-01-01\n---\nSoon.\n",
  );

  test("are absent from a production build, and counted in its summary", () => {
    const built = buildSite({ content });
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stdout, /2 held back \(1 draft, 1 future\)/);
    const files = listFiles(built.output);
    assert.equal(
      files.some((f) => f.startsWith("2015/03/10/draft") || f.startsWith("2099/")),
      false,
    );
    const all = files
      .filter((f) => f.endsWith(".html"))
      .map((f) => readPage(built.output, f))
      .join("\n");
    assert.doesNotMatch(all, /Not yet|From the future/);
  });

  describe("the dev server (npm start)", () => {
    let server: ChildProcess | undefined;
    after(() => {
      server?.kill("SIGTERM");
    });

    test("shows them, marked, on 127.0.0.1 only", async () => {
      const port = 18_000 + (process.pid % 1000);
      server = spawn(
        process.execPath,
        ["bin/annals.js", "start", "--port", String(port), "--content", content],
        {
          cwd: REPO_ROOT,
          env: {
            ...process.env,
            ANNALS_NOW: FIXED_NOW,
            ANNALS_OUTPUT: fs.mkdtempSync(path.join(os.tmpdir(), "annals-serve-")),
          },
          stdio: ["ignore", "pipe", "pipe"],
          detached: true,
        },
      );
      let log = "";
      server.stdout?.on("data", (chunk: Buffer) => {
        log += chunk.toString();
      });
      server.stderr?.on("data", (chunk: Buffer) => {
        log += chunk.toString();
      });
      const base = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 60_000;
      while (!log.includes("previewing at")) {
        if (Date.now() > deadline) throw new Error(`the dev server did not start:\n${log}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      assert.match(log, new RegExp(`previewing at http://127\\.0\\.0\\.1:${port}/`));

      const draft = await fetch(`${base}/2015/03/10/draft/`);
      assert.equal(draft.status, 200);
      assert.match(await draft.text(), /<strong class="post-status">Draft, not published<\/strong>/);
      const future = await (await fetch(`${base}/2099/01/01/later/`)).text();
      assert.match(future, /<strong class="post-status">Scheduled/);
      const home = await (await fetch(`${base}/`)).text();
      assert.match(home, /From the future/);

      // Listening on the loopback address only: the kernel's socket table shows 127.0.0.1:<port>.
      const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
      const listening = fs
        .readFileSync("/proc/net/tcp", "utf8")
        .split("\n")
        .filter((line) => / 0A /.test(line) && line.includes(`:${hexPort} `))
        .map((line) => line.trim().split(/\s+/)[1]);
      assert.deepEqual(listening, [`0100007F:${hexPort}`]);
      assert.equal(
        fs
          .readFileSync("/proc/net/tcp6", "utf8")
          .includes(`:${hexPort} 00000000000000000000000000000000:0000 0A`),
        false,
        "not on every IPv6 address either",
      );
      if (server.pid !== undefined) process.kill(-server.pid, "SIGTERM");
      server = undefined;
    });
  });
});

describe("aliases", () => {
  test("merge two spellings into one term and leave a redirect that leads to it", () => {
    const content = tempContent();
    fs.writeFileSync(
      path.join(content, "2015-02-02-kim.md"),
      "---\ntitle: Kim again\ndate: 2015-02-02\ntags: [Kim Jong-un]\n---\nBody.\n",
    );
    fs.appendFileSync(path.join(content, "site.yaml"), "tags:\n  aliases:\n    Kim Jong-un: Jongun\n");
    const built = buildSite({ content });
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stdout, /1 redirect/);
    assert.match(readPage(built.output, "tag/jongun/index.html"), /Kim again/);
    const moved = cheerio.load(readPage(built.output, "tag/kim-jong-un/index.html"));
    const target = /url=(\S+)$/.exec(moved('meta[http-equiv="refresh"]').attr("content") ?? "")?.[1];
    assert.equal(target, "/tag/jongun/");
    assert.equal(moved('link[rel="canonical"]').attr("href"), "https://example.org/tag/jongun/");
    assert.ok(fs.existsSync(fileOf(built.output, target)), "the redirect leads to a page");
    assert.equal(readPage(built.output, "_redirects"), "/tag/kim-jong-un/ /tag/jongun/ 301!\n");
  });
});

describe("a site served under a path", () => {
  test("every link of every page stays under the path and leads to a file", () => {
    const content = tempContent();
    const settings = path.join(content, "site.yaml");
    fs.writeFileSync(
      settings,
      fs
        .readFileSync(settings, "utf8")
        .replace("url: https://example.org", "url: https://user.github.io/blog"),
    );
    const built = buildSite({ content });
    assert.equal(built.code, 0, built.stderr);
    const pages = listFiles(built.output).filter((f) => f.endsWith(".html"));
    let links = 0;
    for (const page of pages) {
      const $ = cheerio.load(readPage(built.output, page));
      $("[href], [src]").each((_, element) => {
        const value = $(element).attr("href") ?? $(element).attr("src") ?? "";
        if (/^(#|https?:|mailto:)/.test(value)) {
          if (value.startsWith("https://user.github.io/"))
            assert.match(value, /^https:\/\/user\.github\.io\/blog\//, `${page}: ${value}`);
          return;
        }
        links++;
        assert.match(value, /^\/blog\//, `${page} links ${value}, outside /blog/`);
        const target = value.replace(/^\/blog/, "").replace(/#.*$/, "");
        assert.ok(fs.existsSync(fileOf(built.output, target)), `${page} links ${value}, which is no file`);
      });
    }
    assert.ok(links > 100, `only ${links} links checked`);
    // Feeds carry absolute addresses under the path too.
    assert.match(
      readPage(built.output, "feed.xml"),
      /<link rel="alternate" type="text\/html" href="https:\/\/user\.github\.io\/blog\/2015\//,
    );
  });
});

describe("annals start: errors in the browser, and nothing left behind", () => {
  /** The processes whose command line names `marker` (the dev server and its watcher). */
  function processesNaming(marker: string): number[] {
    const found: number[] = [];
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(marker)) found.push(Number(entry));
      } catch {
        // gone meanwhile
      }
    }
    return found;
  }

  async function until<T>(
    what: string,
    probe: () => Promise<T | undefined> | T | undefined,
    ms = 30_000,
  ): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  async function start(content: string, port: number): Promise<{ child: ChildProcess; log: () => string }> {
    const child = spawn(
      process.execPath,
      ["bin/annals.js", "start", "--port", String(port), "--content", content],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ANNALS_NOW: FIXED_NOW },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let log = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      log += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      log += chunk.toString();
    });
    await until("the dev server", () => (log.includes("previewing at") ? true : undefined), 60_000);
    return { child, log: () => log };
  }

  test("a content error is a page with its file:line, replaced by the site once fixed", async () => {
    const content = tempContent();
    const port = 19_000 + (process.pid % 1000);
    const { child } = await start(content, port);
    try {
      const file = path.join(content, "2015-01-28-kim.md");
      const good = fs.readFileSync(file, "utf8");
      const bad = good.replace(/^title: .*$/m, "title: Kim: will he go?");
      fs.writeFileSync(file, bad);
      // The watcher may still be starting when the server says it is previewing (slow under load):
      // an edit it missed is made again every few seconds.
      let wrote = Date.now();
      const page = await until("the error page", async () => {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.status === 500) return await response.text();
        if (Date.now() - wrote > 3000) {
          fs.writeFileSync(file, `${bad}\n`);
          fs.writeFileSync(file, bad);
          wrote = Date.now();
        }
        return undefined;
      });
      assert.match(page, /2015-01-28-kim\.md:2 {2}the title holds a colon and a space/);
      assert.doesNotMatch(page, /\n\s+at /, "no stack trace");
      fs.writeFileSync(file, good);
      await until("the site again", async () =>
        (await fetch(`http://127.0.0.1:${port}/`)).status === 200 ? true : undefined,
      );
    } finally {
      child.kill("SIGTERM");
    }
  });

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGKILL"] as const) {
    test(`stopped by ${signal}, it leaves no process behind`, async () => {
      const content = tempContent();
      const port = 19_100 + (process.pid % 500) + ["SIGINT", "SIGTERM", "SIGHUP", "SIGKILL"].indexOf(signal);
      const { child } = await start(content, port);
      assert.ok(processesNaming(content).length >= 2, "the server and its watcher run");
      child.kill(signal);
      await until(`every process of the dev server to stop after ${signal}`, () =>
        processesNaming(content).length === 0 ? true : undefined,
      );
      await assert.rejects(fetch(`http://127.0.0.1:${port}/`), "nothing listens any more");
    });
  }
});
