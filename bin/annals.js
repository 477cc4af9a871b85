#!/usr/bin/env node
// The `annals` command line. annals is written in TypeScript, run compiled to JavaScript
// (bin/compiled.js). A build runs in this one process (it needs no Node flags).

import { loadCli } from "./compiled.js";

const run = await loadCli();
process.exitCode = await run(process.argv.slice(2));
