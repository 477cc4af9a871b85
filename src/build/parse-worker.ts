// A worker thread that parses a share of the posts (YAML and Markdown are most of a build's CPU time
// before rendering). It receives source files and the site's zone, and returns each file's result.

import { parentPort } from "node:worker_threads";
import { createMarkdown } from "../content/markdown.ts";
import { parsePost } from "../content/parse-post.ts";
import type { SourceFile } from "../model/types.ts";

export interface ParseJob {
  readonly sources: readonly SourceFile[];
  readonly zone: string;
}

parentPort?.on("message", (job: ParseJob) => {
  const md = createMarkdown();
  parentPort?.postMessage(job.sources.map((source) => parsePost(source, { zone: job.zone, md })));
});
