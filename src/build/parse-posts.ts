// Parsing every post: in this thread for small sites, across worker threads for large ones. Either
// way the results come back in the order of the sources, so the output does not depend on it.

import os from "node:os";
import { Worker } from "node:worker_threads";
import { createMarkdown } from "../content/markdown.ts";
import { type ParsedPost, parsePost } from "../content/parse-post.ts";
import type { SourceFile } from "../model/types.ts";
import type { ParseJob } from "./parse-worker.ts";

/** Below this many posts, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 400;

export function parsePostsHere(sources: readonly SourceFile[], zone: string): ParsedPost[] {
  const md = createMarkdown();
  return sources.map((source) => parsePost(source, { zone, md }));
}

/** Parses across all cores: this thread takes one share, worker threads the others. */
export async function parsePosts(sources: readonly SourceFile[], zone: string): Promise<ParsedPost[]> {
  const threads = Math.min(os.availableParallelism(), 8);
  if (sources.length < PARALLEL_THRESHOLD || threads < 2) return parsePostsHere(sources, zone);
  const [mine = [], ...theirs] = split(sources, threads);
  const others = Promise.all(theirs.map((share) => parseInWorker({ sources: share, zone })));
  const own = parsePostsHere(mine, zone);
  return [...own, ...(await others).flat()];
}

/** Contiguous shares of about equal text length. */
function split(sources: readonly SourceFile[], parts: number): SourceFile[][] {
  const total = sources.reduce((n, s) => n + s.text.length, 0);
  const shares: SourceFile[][] = [[]];
  let size = 0;
  for (const source of sources) {
    const current = shares[shares.length - 1] as SourceFile[];
    if (size >= (total / parts) * shares.length && shares.length < parts && current.length > 0)
      shares.push([]);
    (shares[shares.length - 1] as SourceFile[]).push(source);
    size += source.text.length;
  }
  return shares;
}

function parseInWorker(job: ParseJob): Promise<ParsedPost[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./ts-worker.mjs", import.meta.url), {
      workerData: { module: new URL("./parse-worker.ts", import.meta.url).href },
    });
    worker.once("message", (result: ParsedPost[]) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.postMessage(job);
  });
}
