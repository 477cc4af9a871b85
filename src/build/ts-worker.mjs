// Entry point for worker threads: Node 20 does not pass `--import tsx` on to workers, so a worker
// registers tsx itself, then loads the TypeScript module named in its workerData.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
