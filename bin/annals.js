#!/usr/bin/env node
// The `annals` command line. annals is written in TypeScript, run compiled to JavaScript
// (bin/compiled.js). A build runs with a larger young generation (32 MB semi-spaces), a flag Node
// takes only when it starts, and with `--expose-gc` for the garbage budget (src/pipeline/passes.ts:
// without `gc()` it collects nothing itself), so `annals build` starts Node again with both
// (docs/decisions.md says why, with the measurements).

import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const BUILD_FLAGS = ["--expose-gc", "--max-semi-space-size=32"];
const argv = process.argv.slice(2);

if (argv[0] === "build" && !process.execArgv.includes("--expose-gc")) {
  const child = spawn(
    process.execPath,
    [...BUILD_FLAGS, ...process.execArgv, fileURLToPath(import.meta.url), ...argv],
    {
      stdio: "inherit",
    },
  );
  // A signal sent to this process alone (a terminal's Ctrl-C reaches both) goes on to the build.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal === null ? 1 : 128 + 2);
  });
} else {
  // Imported here, so that a build's first process starts the second without loading it (~5 ms).
  const { loadCli } = await import("./compiled.js");
  const run = await loadCli();
  process.exitCode = await run(argv);
}
