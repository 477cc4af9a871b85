// A worker thread that writes a build's files over the last build's folder (write.ts's FileWriter,
// for builds that render or patch many files), so that the main thread renders one pass while this
// one writes the pass before. Each message is one pass: its rendered files' paths and texts, each
// written unless its bytes are there (output-folder.mjs's `writeUnlessThere`); or pages whose sidebar
// alone changed, each with the old sidebar's text replaced by the new one's (`patchFile`). The answer
// counts the files left as they were, or gives each patched file's new stamp (null for one that did
// not hold the old sidebar once); a file that cannot be written ends the pass with the error and the
// file's place in the pass.

import { parentPort, workerData } from "node:worker_threads";
import { patchFile, writeUnlessThere } from "./output-folder.mjs";

/** How many passes this thread has finished, shared with the main thread (which reads it to know whether this one is busy). */
const finished = workerData?.finished;

/** Each text is encoded into this one buffer (grown when a text needs more), not a buffer per file. */
let scratch = Buffer.allocUnsafeSlow(1 << 20);

parentPort?.on("message", answer);

/** A pass's answer, counted as finished first (the main thread may read the count as soon as it has the answer). */
function reply(/** @type {object} */ message) {
  if (finished !== undefined) Atomics.add(finished, 0, 1);
  parentPort?.postMessage(message);
}

/** Writes or patches one pass, and answers. */
function answer({ pass, files, patches, texts }) {
  let unchanged = 0;
  /** @type {(string | null)[]} */
  const stamps = [];
  let index = 0;
  try {
    if (patches !== undefined) {
      const bytes = texts.map((/** @type {string} */ text) => Buffer.from(text));
      for (const [target, from, to] of patches) {
        stamps.push(patchFile(target, bytes[from], bytes[to]) ?? null);
        index++;
      }
      reply({ pass, unchanged, stamps });
      return;
    }
    for (const { target, text } of files) {
      // (UTF-8 takes at most three bytes for each UTF-16 unit of a JavaScript string.)
      if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafeSlow(text.length * 3);
      if (writeUnlessThere(target, scratch.subarray(0, scratch.write(text)))) unchanged++;
      index++;
    }
  } catch (error) {
    const { code, errno, syscall, path: at, message } = error ?? {};
    reply({
      pass,
      unchanged,
      failed: { index, code, errno, syscall, path: at, message: String(message ?? error) },
    });
    return;
  }
  reply({ pass, unchanged });
}
