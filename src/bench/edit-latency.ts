// How long a one-post edit takes to show under the dev server: start it on a corpus (as `npm start`
// does, without the restart-on-edit wrapper),
// wait until it serves, change a post's title, and poll the post's page until the new title is
// there. The browser's reload adds one page request to this: the page is rendered on request.

import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

async function get(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return await response.text();
  } catch {
    return undefined;
  }
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Median seconds from saving a changed post to the dev server serving it, over `edits` edits. */
export async function measureEdit(corpus: string, port: number, edits = 3): Promise<number> {
  const server = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "src/eleventy/serve.ts",
      `--content=${corpus}`,
      `--output=${path.join(corpus, "..", "serve-out")}`,
      `--port=${port}`,
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"] },
  );
  let log = "";
  server.stdout?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const manifest = await until(async () => {
      const text = await get(`${base}/archive.json`);
      return text?.startsWith("{")
        ? (JSON.parse(text) as { posts: { source: string; url: string }[] })
        : undefined;
    }, 300_000);
    // Edits count once the watcher is set up: Eleventy says so, and the file watcher needs a moment
    // more to finish crawling a folder of thousands of files.
    await until(async () => (log.includes("Watching") ? true : undefined), 300_000);
    await new Promise((r) => setTimeout(r, 3000 + manifest.posts.length / 5));
    const post = manifest.posts[Math.floor(manifest.posts.length / 2)];
    if (post === undefined) throw new Error("the corpus has no posts");
    const file = path.join(corpus, post.source);
    const original = fs.readFileSync(file, "utf8");
    const seconds: number[] = [];
    try {
      for (let i = 1; i <= edits; i++) {
        const marker = `Edited ${i} ${Date.now()}`;
        fs.writeFileSync(file, original.replace(/^title: (.*)$/m, `title: "${marker}"`));
        const started = performance.now();
        await until(
          async () => ((await get(`${base}${encodeURI(post.url)}`))?.includes(marker) ? true : undefined),
          60_000,
        );
        seconds.push((performance.now() - started) / 1000);
        await new Promise((r) => setTimeout(r, 1500));
      }
    } finally {
      fs.writeFileSync(file, original);
    }
    seconds.sort((a, b) => a - b);
    return seconds[Math.floor(seconds.length / 2)] ?? 0;
  } finally {
    server.kill();
  }
}
