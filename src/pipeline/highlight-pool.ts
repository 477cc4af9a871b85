// Highlighting fenced code beside the parse, in other threads. A whole build parses every body in the
// main thread; highlight.js costs about 11 µs per line of code, so a blog with much code hands it to
// worker threads while the parse goes on. The parse's `highlight` then returns a placeholder, unique to
// the build, that `fill` replaces with the highlighted HTML once every answer is in. The first lines
// are highlighted in the main thread (a blog with a little code does not wait for a thread to start),
// and if a thread fails, what it had not answered is highlighted in the main thread.

import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type Highlight, highlightCode, knowsLanguage } from "../content/highlight.ts";

interface Job {
  readonly id: number;
  readonly code: string;
  readonly lang: string;
}

/** Lines of code highlighted in the main thread before the rest goes to other threads (~55 ms). */
export const LINES_IN_THREAD = 5000;
const BATCH = 16;

export class HighlightPool {
  readonly #linesInThread: number;
  readonly #threads: number;
  readonly #mark = `\uE000${randomBytes(6).toString("hex")}:`;
  readonly #jobs: Job[] = [];
  readonly #html: (string | undefined)[] = [];
  #batch: Job[] = [];
  #workers: Worker[] = [];
  #next = 0;
  #lines = 0;
  #failed = false;
  #answered = 0;
  #settled: (() => void) | undefined;

  constructor(options: { readonly linesInThread?: number; readonly threads?: number } = {}) {
    this.#linesInThread = options.linesInThread ?? LINES_IN_THREAD;
    this.#threads = options.threads ?? Math.min(4, Math.max(1, availableParallelism() - 1));
  }

  /** How many blocks went to other threads. */
  get handedOut(): number {
    return this.#jobs.length;
  }

  readonly highlight: Highlight = (code, lang) => {
    if (!knowsLanguage(lang)) return "";
    if (this.#failed || this.#lines < this.#linesInThread) {
      this.#lines += countLines(code);
      return highlightCode(code, lang);
    }
    const job = { id: this.#jobs.length, code, lang };
    this.#jobs.push(job);
    this.#html.push(undefined);
    this.#batch.push(job);
    if (this.#batch.length >= BATCH) this.#send();
    return `${this.#mark}${job.id}\uE000`;
  };

  #send(): void {
    if (this.#batch.length === 0) return;
    if (this.#workers.length === 0) this.#start();
    const worker = this.#workers[this.#next++ % this.#workers.length] as Worker;
    worker.postMessage(this.#batch);
    this.#batch = [];
  }

  #start(): void {
    const tsx = import.meta.resolve("tsx/esm/api");
    const script = new URL("./highlight-worker.ts", import.meta.url).href;
    // The worker is TypeScript, run through tsx as the main thread is.
    const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
    for (let i = 0; i < this.#threads; i++) {
      const worker = new Worker(boot, { eval: true });
      worker.on("message", (answers: readonly { id: number; html: string }[]) => {
        for (const answer of answers) this.#answer(answer.id, answer.html);
      });
      worker.on("error", () => this.#fail());
      worker.on("exit", (code) => {
        if (code !== 0) this.#fail();
      });
      this.#workers.push(worker);
    }
  }

  #answer(id: number, html: string): void {
    if (this.#html[id] !== undefined) return;
    this.#html[id] = html;
    this.#answered++;
    if (this.#answered === this.#jobs.length) this.#settled?.();
  }

  /** A thread failed: every block not yet answered is highlighted here. */
  #fail(): void {
    if (this.#failed) return;
    this.#failed = true;
    for (const job of this.#jobs)
      if (this.#html[job.id] === undefined) this.#answer(job.id, highlightCode(job.code, job.lang));
  }

  /** Waits for every block handed out, then stops the threads. */
  async settle(): Promise<void> {
    this.#send();
    if (this.#answered < this.#jobs.length)
      await new Promise<void>((resolve) => {
        this.#settled = resolve;
      });
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
    this.#workers = [];
  }

  /** The HTML with every placeholder replaced by its block's highlighted code (after `settle`). */
  fill(html: string): string {
    if (this.#jobs.length === 0 || !html.includes(this.#mark)) return html;
    const pattern = new RegExp(`${this.#mark}(\\d+)\uE000`, "g");
    return html.replace(pattern, (_, id: string) => this.#html[Number(id)] ?? "");
  }
}

function countLines(code: string): number {
  let n = 1;
  for (let i = code.indexOf("\n"); i !== -1; i = code.indexOf("\n", i + 1)) n++;
  return n;
}
