// `annals start`: the dev server. Eleventy serves on 127.0.0.1 with live reload, rendering each page from
// the model on request (src/eleventy/dev-server.ts), drafts and future posts included and marked. It
// runs under `tsx watch`, which restarts it when one of annals' TypeScript modules changes; Eleventy
// itself watches the content folder, the site's view overrides included, which are imported again
// after an edit without a restart.

import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { contentDirOf } from "../pipeline/options.ts";
import { readArgs } from "./args.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const HELP = `Usage: annals start [options]

Serves the site at http://127.0.0.1:8080/ (this machine only) and reloads the browser when a post,
the settings, a layout or any TypeScript module changes. Drafts and future posts are shown, marked.

Options:
  --port <n>        the port (default 8080; the next free one if taken)
  --content <dir>   the content folder (default: content, or $ANNALS_CONTENT)
  --help            show this help`;

export function main(argv: readonly string[]): Promise<number> | number {
  const args = readArgs("start", HELP, {
    args: [...argv],
    options: {
      port: { type: "string", default: "8080" },
      content: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (typeof args === "number") return args;
  const port = Number(args.values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`--port must be a port number, not "${args.values.port}"`);
    return 2;
  }
  const content = path.resolve(contentDirOf(args.values.content));
  const tsx = path.join(
    path.dirname(createRequire(import.meta.url).resolve("tsx/package.json")),
    "dist/cli.mjs",
  );
  // The server and tsx's watcher form a process group of their own, stopped as one: on Ctrl-C, on
  // SIGTERM, when the terminal closes (SIGHUP). The server also stops by itself if this process dies
  // without a word (--owner).
  const child = spawn(
    process.execPath,
    [
      tsx,
      "watch",
      "--clear-screen=false",
      `--exclude=${content}/**`,
      path.join(ROOT, "src/eleventy/serve.ts"),
      `--content=${content}`,
      `--output=${path.resolve("_site")}`,
      `--port=${port}`,
      `--owner=${process.pid}`,
    ],
    { cwd: process.cwd(), stdio: "inherit", detached: true },
  );
  const group = child.pid;
  const signalGroup = (signal: NodeJS.Signals): void => {
    if (group === undefined) return;
    try {
      process.kill(-group, signal);
    } catch {
      // already gone
    }
  };
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    signalGroup("SIGTERM");
    // Whatever has not stopped after three seconds is killed.
    setTimeout(() => signalGroup("SIGKILL"), 3000).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, stop);
  return new Promise((resolve) =>
    child.on("exit", (code) => {
      signalGroup("SIGTERM");
      resolve(stopping ? 0 : (code ?? 0));
    }),
  );
}
