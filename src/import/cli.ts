// `annals import wordpress <export.xml> [--into content] [--force] [--dry-run]`: the command around
// importWordPress. The report goes to standard output; problems with the input are one line on
// standard error (exit 1), never a stack trace; a bug keeps its stack (exit 2).

import { parseArgs } from "node:util";
import { ImportError } from "./folder.ts";
import { importWordPress } from "./import.ts";
import { formatReport } from "./report.ts";
import { SettingsError } from "./settings-file.ts";
import { WxrError } from "./wxr.ts";

export const USAGE = `Usage: annals import wordpress <export.xml> [--into <folder>] [--force] [--dry-run]
                              [--uploads <folder>] [--pingbacks]

Imports a WordPress export (the WXR file from Tools › Export) into annals: one Markdown file per post
at <folder>/<YYYY>/<YYYY-MM-DD>-<slug>.md, and WordPress's tag and category slugs pinned in
<folder>/site.yaml so that old term URLs keep working. Approved comments are kept beside their post
(<post>.comments.yaml), shown under it read-only; e-mail and IP addresses are never kept. Pages go to
<folder>/pages/ at their old addresses. With --uploads, every uploaded file a post or page shows is
copied to <folder>/static/wp-content/uploads/, where its old address keeps working. A report of
what was converted, lost or decided, and of every file, is printed.

Running it again writes the same files. A file that differs from what the import would write (edited
since) stops the import before anything is written, unless --force.

Options:
  --into <folder>  the content folder to write into (default: content)
  --force          overwrite files that were edited since the last import
  --dry-run        convert and report, but write nothing
  --uploads <dir>  a copy of the blog's wp-content/uploads/ folder (<yyyy>/<mm>/<file>)
  --pingbacks      keep approved pingbacks and trackbacks among the comments
  --help           show this text

Exit codes: 0 imported, 1 a problem with the export or the folder, or edited files (nothing written),
2 a wrong option or a bug.`;

export async function main(argv: readonly string[]): Promise<number> {
  let values: {
    into?: string;
    force?: boolean;
    "dry-run"?: boolean;
    pingbacks?: boolean;
    uploads?: string;
    help?: boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        into: { type: "string" },
        force: { type: "boolean" },
        "dry-run": { type: "boolean" },
        pingbacks: { type: "boolean" },
        uploads: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    process.stderr.write(`import:wordpress: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [exportFile, ...extra] = positionals;
  if (exportFile === undefined || extra.length > 0) {
    process.stderr.write(
      `import:wordpress: ${exportFile === undefined ? "name the export file" : `one export file at a time (got ${positionals.length})`}\n\n${USAGE}\n`,
    );
    return 2;
  }
  try {
    const { report, ok } = await importWordPress({
      exportFile,
      into: values.into ?? "content",
      force: values.force === true,
      dryRun: values["dry-run"] === true,
      pingbacks: values.pingbacks === true,
      uploads: values.uploads,
    });
    process.stdout.write(formatReport(report));
    if (!ok) {
      process.stderr.write(
        `import:wordpress: ${report.refused.length} file${report.refused.length > 1 ? "s" : ""} edited since the import (listed above): nothing written; --force overwrites them\n`,
      );
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof WxrError || error instanceof ImportError || error instanceof SettingsError) {
      process.stderr.write(`import:wordpress: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

// Run as a command (not when a test imports this module).
