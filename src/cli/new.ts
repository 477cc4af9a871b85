// `annals new "Title" [--tags "a, b"] [--category X] [--publish]`: starts a post, a draft unless
// --publish, with an empty body (nothing to publish by accident). The file goes to
// `content/<year>/<year>-<month>-<day>-<slug>.md`, dated now in the site's time zone; an existing file
// is never overwritten. It prints the path and the URL the post will have, found by the same model
// the build uses (so a clash with another post's URL is caught here, and the file is not left behind).

import fs from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { parseSettings } from "../content/parse-settings.ts";
import { readContentFolder } from "../content/read-sources.ts";
import { formatIssue } from "../issues.ts";
import { slugOf } from "../model/slug.ts";
import { cleanName } from "../model/term-name.ts";
import { absoluteUrl } from "../model/urls.ts";
import { buildModel } from "../pipeline/build-model.ts";
import { buildTimeOf, contentDirOf } from "../pipeline/options.ts";
import { errorsOf } from "../pipeline/report.ts";
import { readArgs } from "./args.ts";

const HELP = `Usage: annals new "Title" [options]

Creates a post dated now (in the site's time zone) at content/<year>/<date>-<slug>.md and prints its
path and the URL it will have. The post is a draft (\`annals start\` shows it, the build leaves it out)
unless --publish; its body is empty, for you to write. It never overwrites a file.

Options:
  --tags "a, b"     tags, comma-separated
  --category <X>    the category (default: the site's default category)
  --slug <slug>     the URL slug (default: made from the title)
  --language <tag>  on a blog in several languages, the post's language: the post goes to
                    content/<tag>/<year>/… (default: the site's default language)
  --publish         not a draft: the next build publishes it
  --content <dir>   the content folder (default: content, or $ANNALS_CONTENT)
  --help            show this help`;

/** A YAML scalar that reads back as exactly this text (JSON strings are YAML double-quoted scalars). */
const yamlText = (text: string): string => JSON.stringify(text);

export function main(argv: readonly string[]): number {
  const args = readArgs("new", HELP, {
    args: [...argv],
    allowPositionals: true,
    options: {
      tags: { type: "string" },
      category: { type: "string" },
      slug: { type: "string" },
      language: { type: "string" },
      publish: { type: "boolean", default: false },
      // The default now; still accepted.
      draft: { type: "boolean", default: false },
      content: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (typeof args === "number") return args;
  const title = cleanName(args.positionals.join(" "));
  if (title === "") {
    console.error('Give the post a title: annals new "My title" (annals new --help lists the options)');
    return 2;
  }
  const options = { contentDir: contentDirOf(args.values.content), now: buildTimeOf() };
  if (!fs.existsSync(options.contentDir) || !fs.statSync(options.contentDir).isDirectory()) {
    console.error(`The content folder ${options.contentDir} does not exist (create it, or pass --content).`);
    return 1;
  }
  const before = readContentFolder(options.contentDir);
  const { settings } = parseSettings(before.settings, before.displayPath);
  const now = DateTime.fromMillis(options.now, { zone: settings.timezone });
  const slug = slugOf(args.values.slug ?? title);
  const tags = (args.values.tags ?? "")
    .split(",")
    .map(cleanName)
    .filter((t) => t !== "");
  const category = cleanName(args.values.category ?? "");

  const publish = args.values.publish && !args.values.draft;
  // A language of the site's other than the default: the post goes to that language's folder.
  const codes = settings.languages.map((l) => l.code);
  let folder = "";
  if (args.values.language !== undefined) {
    const code = codes.find((c) => c.toLowerCase() === args.values.language?.toLowerCase());
    if (code === undefined) {
      console.error(
        codes.length === 0
          ? `--language ${args.values.language}: this blog is in one language (languages: in site.yaml lists a blog's languages)`
          : `--language ${args.values.language} is not one of the blog's languages (${codes.join(", ")})`,
      );
      return 2;
    }
    // The language's folder as the blog already writes it (`pt-BR/`), else its tag in lower case.
    if (code !== codes[0]) {
      const existing = fs
        .readdirSync(options.contentDir)
        .find((name) => name.toLowerCase() === code.toLowerCase());
      folder = `${existing ?? code.toLowerCase()}/`;
    }
  }
  const relative = `${folder}${now.toFormat("yyyy")}/${now.toFormat("yyyy-LL-dd")}-${slug}.md`;
  const file = path.join(options.contentDir, relative);
  const lines = [
    "---",
    `title: ${yamlText(title)}`,
    `date: ${now.toFormat("yyyy-LL-dd HH:mm:ss ZZ")}`,
    ...(tags.length > 0 ? [`tags: [${tags.map(yamlText).join(", ")}]`] : []),
    ...(category !== "" ? [`category: ${yamlText(category)}`] : []),
    ...(args.values.slug !== undefined ? [`slug: ${yamlText(slug)}`] : []),
    ...(publish ? [] : ["draft: true"]),
    "---",
    "",
  ];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // `wx`: fails if the file exists, even if it appeared a moment ago.
    fs.writeFileSync(file, lines.join("\n"), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      console.error(`${file} already exists; nothing was written (choose another title or --slug).`);
      return 1;
    }
    throw error;
  }

  // Where will it be? Ask the model, as a preview would show it (drafts too).
  const after = readContentFolder(options.contentDir);
  const model = buildModel(after, options.now, { preview: true, check: false });
  const shown = `${after.displayPath}/${relative}`;
  const mine = errorsOf(model.issues).filter((i) => i.file === shown || i.message.includes(shown));
  if (mine.length > 0) {
    fs.rmSync(file);
    for (const issue of mine) console.error(formatIssue(issue));
    console.error(`${shown} was not kept (give it another title or --slug).`);
    return 1;
  }
  const post = model.sites.flatMap((s) => s.posts).find((p) => p.file === shown);
  console.log(`Created ${shown}`);
  if (post === undefined) {
    console.log("Its URL is known once the content's other errors are fixed (annals check lists them).");
    return 0;
  }
  // Without a `url` setting there is no address to print, only the path.
  console.log(`URL: ${settings.url === "" ? post.url : absoluteUrl(settings.url, post.url)}`);
  if (!publish) console.log("It is a draft: `annals start` shows it; remove `draft: true` to publish it.");
  else console.log("Preview it with `annals start`; the next build publishes it.");
  return 0;
}
