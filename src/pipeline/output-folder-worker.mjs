// A worker thread's reading of the output folder (output-folder.mjs): the survey before a build on
// the last build writes, made while the main thread loads the site; or the folder as written, read
// while the main thread records the build for the next.

import { parentPort, workerData } from "node:worker_threads";
import { readFolder, surveyFolder } from "./output-folder.mjs";

parentPort?.postMessage(workerData.survey ? surveyFolder(workerData.root) : readFolder(workerData.root));
