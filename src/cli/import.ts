// `annals import <source> …`: imports a blog from elsewhere into the content folder. WordPress is the
// one source so far (`annals import wordpress <export.xml>`).

import { main as importWordPress } from "../import/cli.ts";

export function main(argv: readonly string[]): Promise<number> | number {
  const [source, ...rest] = argv;
  if (source === "wordpress") return importWordPress(rest);
  console.error(
    `annals import: ${source === undefined ? "name what to import from" : `annals cannot import from "${source}"`}: annals import wordpress <export.xml> (annals import wordpress --help lists the options)`,
  );
  return source === "--help" || source === "-h" ? 0 : 2;
}
