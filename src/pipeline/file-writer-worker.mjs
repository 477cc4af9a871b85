// A worker thread that writes a build's rendered files over the last build's folder (write.ts's
// FileWriter, for builds that render many files), so that the main thread renders one pass while this
// one writes the pass before. Each message is one pass: its files' paths and texts; each is written
// unless its bytes are there (output-folder.mjs's `writeUnlessThere`). The answer counts the files
// left as they were; a file that cannot be written ends the pass with the error and the file's place
// in the pass.

import { parentPort } from "node:worker_threads";
import { writeUnlessThere } from "./output-folder.mjs";

/** Each text is encoded into this one buffer (grown when a text needs more), not a buffer per file. */
let scratch = Buffer.allocUnsafeSlow(1 << 20);

parentPort?.on("message", ({ pass, files }) => {
  let unchanged = 0;
  for (const [index, { target, text }] of files.entries()) {
    try {
      // (UTF-8 takes at most three bytes for each UTF-16 unit of a JavaScript string.)
      if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafeSlow(text.length * 3);
      if (writeUnlessThere(target, scratch.subarray(0, scratch.write(text)))) unchanged++;
    } catch (error) {
      const { code, errno, syscall, path: at, message } = error ?? {};
      parentPort?.postMessage({
        pass,
        unchanged,
        failed: { index, code, errno, syscall, path: at, message: String(message ?? error) },
      });
      return;
    }
  }
  parentPort?.postMessage({ pass, unchanged });
});
