// A thread that highlights fenced code for src/pipeline/highlight-pool.ts: each message is one block,
// answered with its HTML.

import { parentPort } from "node:worker_threads";
import { highlightCode } from "../content/highlight.ts";

parentPort?.on("message", (jobs: readonly { id: number; code: string; lang: string }[]) => {
  parentPort?.postMessage(jobs.map((job) => ({ id: job.id, html: highlightCode(job.code, job.lang) })));
});
