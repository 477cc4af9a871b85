#!/usr/bin/env node
// The `annals` command line. annals is written in TypeScript and runs it through tsx; a build keeps
// its memory bounded by collecting garbage on a budget, which needs V8's `gc()` exposed and a larger
// young generation (set here, before anything is allocated).

import v8 from "node:v8";
import { runInNewContext } from "node:vm";

v8.setFlagsFromString("--expose-gc");
v8.setFlagsFromString("--max-semi-space-size=32");
globalThis.gc = runInNewContext("gc");

const { register } = await import("tsx/esm/api");
register();
const { run } = await import("../src/cli/main.ts");
process.exitCode = await run(process.argv.slice(2));
