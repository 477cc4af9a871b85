// `annals init <folder>`: creates a site: its settings (from options, or questions on a terminal), one
// example post, the GitHub Pages workflow, a .gitignore and a package.json that depends on annals. It
// never writes into a folder that is not empty, and ends with the next three commands.

import fs from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { fileURLToPath } from "node:url";
import { DateTime, IANAZone } from "luxon";
import { checkLanguage } from "../content/language-tag.ts";
import { isWholeNumber } from "../content/yaml.ts";
import { slugOf } from "../model/slug.ts";
import { buildTimeOf } from "../pipeline/options.ts";
import { readArgs } from "./args.ts";
import { version } from "./main.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const HELP = `Usage: annals init <folder> [options]

Creates a new site in <folder> (which must be empty or not exist): content/site.yaml, one example post,
the GitHub Pages workflow, .gitignore, and package.json depending on annals. On a terminal it asks for
what the options do not give; otherwise it takes the defaults.

Options:
  --title <text>        the site's title (default: from the folder's name)
  --url <address>       the site's address, e.g. https://example.org (default: none yet; GitHub Pages
                        gives it when the site is deployed)
  --language <tag>      en, de, fr, ja, pt-BR, … (default: en)
  --timezone <zone>     the time zone posts are dated in (default: this machine's, ${machineZone()})
  --posts-per-page <n>  posts on each list page (default: 10)
  --from <spec>         what package.json depends on: a version (^0.2.0), a tarball, a git URL
                        (default: the annals this command runs from)
  --help                show this help

Exit codes: 0 created; 1 the folder is not empty, or a setting is wrong; 2 a wrong option.`;

function machineZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** The dependency on the annals this runs from: its version when installed, else its folder. */
function defaultSpec(): string {
  return ROOT.split(path.sep).includes("node_modules") ? `^${version()}` : `file:${ROOT}`;
}

interface Answers {
  readonly title: string;
  readonly url: string;
  readonly language: string;
  readonly timezone: string;
  readonly postsPerPage: number;
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = readArgs("init", HELP, {
    args: [...argv],
    allowPositionals: true,
    options: {
      title: { type: "string" },
      url: { type: "string" },
      language: { type: "string" },
      timezone: { type: "string" },
      "posts-per-page": { type: "string" },
      from: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (typeof args === "number") return args;
  const [folder, ...extra] = args.positionals;
  if (folder === undefined || extra.length > 0) {
    console.error(
      "Name one folder for the new site: annals init my-blog (annals init --help lists the options)",
    );
    return 2;
  }
  const target = path.resolve(folder);
  if (fs.existsSync(target) && (!fs.statSync(target).isDirectory() || fs.readdirSync(target).length > 0)) {
    console.error(`${folder} is not an empty folder: annals init writes only into a new or empty one.`);
    return 1;
  }
  const { values } = args;
  const name = path.basename(target);
  const defaults: Answers = {
    title: values.title ?? titleOf(name),
    url: values.url ?? "",
    language: values.language ?? "en",
    timezone: values.timezone ?? machineZone(),
    postsPerPage: Number(values["posts-per-page"] ?? "10"),
  };
  const answers =
    process.stdin.isTTY === true && process.stdout.isTTY === true
      ? await ask(defaults, new Set(Object.keys(values)))
      : defaults;
  const problems = check(answers);
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    return 1;
  }

  const now = DateTime.fromMillis(buildTimeOf(), { zone: answers.timezone });
  const files: Record<string, string> = {
    "package.json": `${JSON.stringify(
      {
        name: slugOf(name) || "my-annals",
        private: true,
        type: "module",
        scripts: {
          build: "annals build",
          start: "annals start",
          new: "annals new",
          check: "annals check",
        },
        dependencies: { annals: values.from ?? defaultSpec() },
        engines: { node: ">=20.12" },
        // esbuild (which tsx runs annals' TypeScript with) needs no install script: its binary is a
        // package of its own.
        allowScripts: { esbuild: false },
      },
      null,
      2,
    )}\n`,
    ".gitignore": "node_modules/\n_site/\n.cache/\n",
    ".github/workflows/pages.yml": fs.readFileSync(path.join(ROOT, ".github/workflows/pages.yml"), "utf8"),
    "content/site.yaml": settingsFile(answers),
    [`content/${now.toFormat("yyyy")}/${now.toFormat("yyyy-LL-dd")}-welcome.md`]: examplePost(answers, now),
  };
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(target, ...relative.split("/"));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text, { flag: "wx" });
  }
  console.log(`Created a site in ${folder}: content/site.yaml, one post, the GitHub Pages workflow.

Next:
  cd ${folder.includes(" ") ? JSON.stringify(folder) : folder}
  npm install
  npm start`);
  return 0;
}

/** `my-blog` → `My blog`. */
function titleOf(folder: string): string {
  const words = folder.replace(/[-_.]+/g, " ").trim();
  return words === "" ? "My annals" : words.charAt(0).toUpperCase() + words.slice(1);
}

async function ask(defaults: Answers, given: ReadonlySet<string>): Promise<Answers> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  // Lines typed (or pasted) ahead of a question wait for it; at the end of input, the defaults stand.
  const lines = rl[Symbol.asyncIterator]();
  const question = async (key: string, text: string, value: string): Promise<string> => {
    if (given.has(key)) return value;
    process.stdout.write(`${text}${value === "" ? "" : ` (${value})`}: `);
    const next = await lines.next();
    if (next.done === true) {
      process.stdout.write("\n");
      return value;
    }
    const answer = String(next.value).trim();
    return answer === "" ? value : answer;
  };
  try {
    return {
      title: await question("title", "Title", defaults.title),
      url: await question(
        "url",
        "Address, if you know it (https://…; leave empty for GitHub Pages to give)",
        defaults.url,
      ),
      language: await question("language", "Language", defaults.language),
      timezone: await question("timezone", "Time zone", defaults.timezone),
      postsPerPage: Number(await question("posts-per-page", "Posts per page", String(defaults.postsPerPage))),
    };
  } finally {
    rl.close();
  }
}

function check(answers: Answers): string[] {
  const problems: string[] = [];
  if (answers.title.trim() === "") problems.push("--title: the title is empty");
  if (answers.url !== "" && !/^https?:\/\/[^/\s]+/.test(answers.url))
    problems.push(`--url: "${answers.url}" is not an address such as https://example.org`);
  const language = checkLanguage(answers.language);
  if (typeof language !== "string") problems.push(`--language: ${language.error}`);
  if (!IANAZone.isValidZone(answers.timezone))
    problems.push(
      `--timezone: "${answers.timezone}" is not a time zone (e.g. Europe/Berlin, America/New_York, UTC)`,
    );
  if (!isWholeNumber(answers.postsPerPage, 1, 1000))
    problems.push("--posts-per-page: a whole number from 1 to 1000");
  return problems;
}

const yamlText = (text: string): string => JSON.stringify(text);

function settingsFile(answers: Answers): string {
  return `# The settings of this site. Every key is optional; annals' README lists them all.
title: ${yamlText(answers.title)}
${answers.url === "" ? "# url: https://example.org   (the site's address; GitHub Pages gives it when deploying)" : `url: ${answers.url}`}
language: ${answers.language}
timezone: ${answers.timezone}
postsPerPage: ${answers.postsPerPage}
`;
}

function examplePost(answers: Answers, now: DateTime): string {
  return `---
title: Welcome
date: ${now.toFormat("yyyy-LL-dd HH:mm:ss ZZ")}
tags: [annals]
---

This is the first post of ${answers.title}. Each post is a Markdown file under \`content/\`, with a few
lines of front matter on top: its title, its date, and its tags and category if it has them.

\`npm run new -- "A title"\` starts the next one as a draft; \`npm start\` shows it as you write; remove
\`draft: true\` and push, and the GitHub Pages workflow publishes it. Delete this post when you like.
`;
}
