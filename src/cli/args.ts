// What every command does with its arguments: `--help` prints the usage; an unknown or malformed
// option is one line that points to `--help` (exit code 2), never a stack trace.

import { type ParseArgsConfig, parseArgs } from "node:util";

export type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** The parsed arguments, or the exit code when the command should stop (help shown, or bad usage). */
export function readArgs<T extends ParseArgsConfig>(
  command: string,
  help: string,
  config: T,
): Parsed<T> | number {
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    console.error(
      `${error instanceof Error ? error.message : String(error)} (annals ${command} --help lists the options)`,
    );
    return 2;
  }
  if ((parsed.values as Record<string, unknown>).help === true) {
    console.log(help);
    return 0;
  }
  return parsed;
}

/** Runs a command's main function and sets the exit code; a failure of ours is reported, exit code 2. */
export function runCommand(main: () => Promise<number> | number): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        console.error(error);
        process.exitCode = 2;
      },
    );
}
