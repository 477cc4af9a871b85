// A worker thread that writes the files of a build over the last build's folder (write.ts's
// FileWriter), so that the main thread renders one pass while this one writes the pass before. Each
// message is one pass: its files' paths and texts. A file whose bytes are already there is left as it
// is (its time too); the others are written, their folder made when a write finds it missing. The
// answer counts the files left as they were; a file that cannot be written ends the pass with the
// error, and the file's place in the pass.

import fs from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";

/** Each text is encoded into this one buffer (grown when a text needs more), not a buffer per file. */
let scratch = Buffer.allocUnsafeSlow(1 << 20);

/** True when the file at `target` holds exactly `bytes`. */
function holds(target, bytes) {
  let size;
  try {
    size = fs.statSync(target).size;
  } catch {
    return false;
  }
  return size === bytes.length && fs.readFileSync(target).equals(bytes);
}

/** Writes a file, making its folder when the write finds it missing. */
function write(target, bytes) {
  try {
    fs.writeFileSync(target, bytes);
  } catch (error) {
    if (error?.code !== "ENOENT") throw error;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
  }
}

parentPort?.on("message", ({ pass, files }) => {
  let unchanged = 0;
  for (const [index, { target, text }] of files.entries()) {
    try {
      // (UTF-8 takes at most three bytes for each UTF-16 unit of a JavaScript string.)
      if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafeSlow(text.length * 3);
      const bytes = scratch.subarray(0, scratch.write(text));
      if (holds(target, bytes)) unchanged++;
      else write(target, bytes);
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
