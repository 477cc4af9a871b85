// A content folder copied to a temporary folder, with its settings edited and files added: the
// sample blog under a path prefix, with search off, with a theme.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export function copyContent(
  from: string,
  editSettings: (text: string) => string = (text) => text,
  extraFiles: Record<string, string | Buffer> = {},
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annals-copy-"));
  fs.cpSync(from, dir, { recursive: true });
  const settings = path.join(dir, "site.yaml");
  fs.writeFileSync(settings, editSettings(fs.existsSync(settings) ? fs.readFileSync(settings, "utf8") : ""));
  for (const [name, content] of Object.entries(extraFiles)) {
    const file = path.join(dir, ...name.split("/"));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}
