// The `annals` command: one tool with subcommands, run from a site's folder (the one that holds
// `content/`). Each subcommand keeps its options, its help (`annals <command> --help`) and its exit
// codes: 0 done, 1 a problem with the content or the input, 2 a wrong option, a setup problem or a bug.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { IntegrityError } from "../model/integrity.ts";
import { isRefusal, SetupError } from "../pipeline/options.ts";
import { closest } from "../suggest.ts";

type Command = (argv: readonly string[]) => Promise<number> | number;

/** The commands, loaded when run: `annals check` does not load the views' writer or Eleventy. */
const COMMANDS: Readonly<Record<string, { about: string; load: () => Promise<Command> }>> = {
  init: { about: "create a new site in an empty folder", load: async () => (await import("./init.ts")).main },
  new: {
    about: "start a post (a draft unless --publish)",
    load: async () => (await import("./new.ts")).main,
  },
  start: {
    about: "preview the site at http://127.0.0.1:8080/",
    load: async () => (await import("./start.ts")).main,
  },
  check: { about: "check every post and the settings", load: async () => (await import("./check.ts")).main },
  build: { about: "build the site into _site/", load: async () => (await import("./build.ts")).main },
  import: {
    about: "import a blog: annals import wordpress <export.xml>",
    load: async () => (await import("./import.ts")).main,
  },
};

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function version(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    version: string;
  };
  return manifest.version;
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `Usage: annals <command> [options]

${Object.entries(COMMANDS)
  .map(([name, { about }]) => `  ${name.padEnd(width)}  ${about}`)
  .join("\n")}

annals <command> --help shows a command's options. annals --version prints the version.`;
}

export async function run(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    console.log(version());
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    const guess = closest(name, Object.keys(COMMANDS));
    console.error(
      `annals: there is no command "${name}"${guess === undefined ? "" : ` (did you mean annals ${guess}?)`}\n\n${usage()}`,
    );
    return 2;
  }
  try {
    return await (await command.load())(rest);
  } catch (error) {
    // An author's mistakes are reported by each command in its own words; what reaches here is a setup
    // problem (one line: annals' own, or the machine refusing a call, such as a full disk, which names
    // the call and the path) or a bug of annals (with its stack, to report).
    if (error instanceof SetupError || isRefusal(error)) console.error(`annals ${name}: ${error.message}`);
    else if (error instanceof IntegrityError) console.error(error.message);
    else console.error(error);
    return 2;
  }
}
