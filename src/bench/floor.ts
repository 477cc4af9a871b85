// The floor: the least work that produces the archive site's page set, for the benchmark to compare
// against. Single-threaded, no framework: read every post, parse its front matter (js-yaml, as the
// build's fast path does) and date, render its Markdown with the same markdown-it setup, and write the post, tag,
// category, month, year and home pages with plain string templates, the same posts per page as the
// real build, with the post bodies on the list pages as the real build shows them.
//
// It is the reference, not a competitor: it takes no shortcut the real build could not take, and it
// leaves out what the real build adds (day archives, feeds, sidebar, index pages, sitemap, checks).
//
// Usage: node --import tsx src/bench/floor.ts <content-folder> <output-folder>
// Prints one JSON line: { pages, seconds, maxRssMb }.

import fs from "node:fs";
import path from "node:path";
import jsyaml from "js-yaml";
import { createMarkdown } from "../content/markdown.ts";
import { parsePostDate } from "../content/parse-date.ts";
import { escapeHtml } from "../format/html.ts";
import { slugOf } from "../model/slug.ts";

interface FloorPost {
  title: string;
  url: string;
  epochMs: number;
  ymd: string;
  year: number;
  month: number;
  tags: { name: string; url: string }[];
  category: { name: string; url: string };
  html: string;
}

const PER_PAGE = 10;

function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listMarkdown(full));
    else if (entry.name.endsWith(".md")) out.push(full);
  }
  return out.sort();
}

function main(contentDir: string, outDir: string): void {
  const started = performance.now();
  const md = createMarkdown({
    headingAnchor: "Link to this section",
    footnotes: "Footnotes",
    footnoteBack: "Back to the text",
  });
  const posts: FloorPost[] = [];
  for (const file of listMarkdown(contentDir)) {
    const text = fs.readFileSync(file, "utf8");
    const end = text.indexOf("\n---", 4);
    const front = jsyaml.load(text.slice(4, end), { schema: jsyaml.CORE_SCHEMA }) as Record<string, unknown>;
    const date = parsePostDate(String(front.date), "UTC");
    if (!date.ok) throw new Error(`${file}: ${date.error}`);
    const slug = slugOf(path.basename(file, ".md"));
    const { year, month, day } = date.date;
    const ymd = `${year}/${String(month).padStart(2, "0")}/${String(day).padStart(2, "0")}`;
    const tags = ((front.tags as unknown[]) ?? []).map((t) => String(t));
    const category = String(front.category ?? "Uncategorized");
    posts.push({
      title: String(front.title),
      url: `/${ymd}/${slug}/`,
      epochMs: date.date.epochMs,
      ymd,
      year,
      month,
      tags: tags.map((name) => ({ name, url: `/tag/${slugOf(name)}/` })),
      category: { name: category, url: `/category/${slugOf(category)}/` },
      html: md.render(text.slice(text.indexOf("\n", end + 4) + 1)),
    });
  }
  posts.sort((a, b) => b.epochMs - a.epochMs);

  const lists = new Map<string, { title: string; posts: FloorPost[] }>();
  const add = (url: string, title: string, post: FloorPost): void => {
    let list = lists.get(url);
    if (list === undefined) {
      list = { title, posts: [] };
      lists.set(url, list);
    }
    list.posts.push(post);
  };
  for (const post of posts) {
    add("/", "Home", post);
    for (const tag of post.tags) add(tag.url, `Posts Tagged ‘${tag.name}’`, post);
    add(post.category.url, `Archive for the ‘${post.category.name}’ Category`, post);
    add(`/${post.year}/`, `Archive for ${post.year}`, post);
    add(`/${post.ymd.slice(0, 7)}/`, `Archive for ${post.ymd.slice(0, 7)}`, post);
  }

  let pages = 0;
  const write = (url: string, html: string): void => {
    const dir = path.join(outDir, ...url.split("/"));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "index.html"), html);
    pages++;
  };
  const terms = (post: FloorPost): string =>
    `<p>Tags: ${post.tags.map((t) => `<a href="${t.url}">${escapeHtml(t.name)}</a>`).join(", ")}</p>` +
    `<p>Posted in <a href="${post.category.url}">${escapeHtml(post.category.name)}</a></p>`;
  const page = (title: string, body: string): string =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`;

  for (const post of posts) {
    write(
      post.url,
      page(
        post.title,
        `<article><h1>${escapeHtml(post.title)}</h1><p>${post.ymd}</p>${post.html}${terms(post)}</article>`,
      ),
    );
  }
  for (const [url, list] of lists) {
    const total = Math.ceil(list.posts.length / PER_PAGE);
    for (let n = 1; n <= total; n++) {
      const items = list.posts.slice((n - 1) * PER_PAGE, n * PER_PAGE);
      const body =
        `<h1>${escapeHtml(list.title)}</h1>` +
        items
          .map(
            (p) =>
              `<article><h2><a href="${p.url}">${escapeHtml(p.title)}</a></h2><p>${p.ymd}</p>${p.html}${terms(p)}</article>`,
          )
          .join("") +
        (n < total ? `<a href="${url}page/${n + 1}/">Older posts</a>` : "") +
        (n > 1 ? `<a href="${n === 2 ? url : `${url}page/${n - 1}/`}">Newer posts</a>` : "");
      write(n === 1 ? url : `${url}page/${n}/`, page(list.title, body));
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({ pages, seconds, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }),
  );
}

const [contentDir, outDir] = process.argv.slice(2);
if (contentDir === undefined || outDir === undefined) {
  console.error("usage: node --import tsx src/bench/floor.ts <content-folder> <output-folder>");
  process.exit(2);
}
main(contentDir, outDir);
