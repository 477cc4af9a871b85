// A worker thread's survey of the output folder (output-folder.mjs), made while the main thread reads
// the content and assembles the site.

import { parentPort, workerData } from "node:worker_threads";
import { surveyFolder } from "./output-folder.mjs";

parentPort?.postMessage(surveyFolder(workerData.root));
