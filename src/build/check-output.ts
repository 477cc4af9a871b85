// The integrity check after writing: what Eleventy wrote is exactly what the model says, inside the
// output folder, and every list page shows the posts the model put on it.

import fs from "node:fs";
import path from "node:path";
import { compareText } from "../issues.ts";
import { siteOutputs } from "../model/outputs.ts";
import type { Site } from "../model/types.ts";
import { hrefOf, outputPathOf } from "../model/urls.ts";

export interface WrittenFile {
  readonly url: string;
  readonly outputPath: string;
  readonly content: string;
}

/** The links a rendered list page gives its posts' titles (see layouts/archive.ts). */
const POST_TITLE_LINK = /<h2 class="post-title"><a href="([^"]*)"/g;

export function checkWrittenSite(site: Site, outputDir: string, written: readonly WrittenFile[]): string[] {
  const v: string[] = [];
  const root = path.resolve(outputDir);
  const inside = (file: string): boolean => file.startsWith(`${root}${path.sep}`);

  const expected = new Map(siteOutputs(site).map((o) => [o.url, o]));
  const writtenByUrl = new Map<string, WrittenFile>();
  for (const file of written) {
    const absolute = path.resolve(file.outputPath);
    if (!inside(absolute)) v.push(`${file.outputPath} was written outside the output folder ${outputDir}`);
    else if (
      path
        .relative(root, absolute)
        .split(path.sep)
        .some((s) => s.startsWith("."))
    ) {
      v.push(`${file.outputPath} is a hidden file`);
    }
    const url = decodeURI(file.url);
    if (writtenByUrl.has(url)) v.push(`${url} was written twice`);
    writtenByUrl.set(url, file);
    if (!expected.has(url)) v.push(`${url} was written but is not in the model`);
  }

  // Every list page shows exactly its posts, in order.
  for (const { pager } of site.archivePages) {
    const file = writtenByUrl.get(pager.url);
    if (file === undefined) continue;
    const shown = [...file.content.matchAll(POST_TITLE_LINK)].map((m) => m[1]);
    const wanted = pager.items.map((p) => hrefOf(p.url));
    if (shown.join("\n") !== wanted.join("\n")) {
      v.push(`${pager.url} shows ${shown.length} posts, not the ${wanted.length} the model puts on it`);
    }
  }

  // On disk: every output present, and nothing else (but the copied theme assets).
  const onDisk = new Set(listFiles(root));
  for (const url of expected.keys()) {
    const relative = outputPathOf(url).slice(1);
    if (!onDisk.has(relative)) v.push(`${relative} is missing from the output folder`);
    onDisk.delete(relative);
  }
  for (const extra of [...onDisk].sort(compareText)) {
    if (!extra.startsWith("assets/")) v.push(`${extra} is in the output folder but not in the model`);
  }
  return v;
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relative);
      else out.push(relative);
    }
  };
  if (fs.existsSync(root)) walk(root, "");
  return out;
}
