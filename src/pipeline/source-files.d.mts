// The types of source-files.mjs (plain JavaScript: the command line runs it before compiling).

import type { Hash } from "node:crypto";

export function hashSourceFiles(hash: Hash, root: string): void;
