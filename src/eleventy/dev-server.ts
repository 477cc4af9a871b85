// The dev server (`npm start`) renders each page when the browser asks for it, from the site in
// memory, instead of writing every page after every edit: after an edit the pipeline reads and parses
// only the changed files, and the one page the browser reloads is rendered. Eleventy serves, watches
// the content folder, and tells the browser to reload.

import EleventyDevServer from "@11ty/eleventy-dev-server";
import { escapeHtml } from "../format/html.ts";
import { formatIssue } from "../issues.ts";
import { notFoundPath, notFoundPathIn } from "../model/urls.ts";
import type { PipelineOptions } from "../pipeline/options.ts";
import { Pipeline, ViewFault } from "../pipeline/pipeline.ts";
import { errorsOf, formatWarnings } from "../pipeline/report.ts";

/** Where the dev server listens: this machine only, never the network it is on. */
export const DEV_HOST = "127.0.0.1";

/**
 * Eleventy's dev server listens on every interface and has no option to change that: its listen call
 * is replaced with one bound to the loopback address (checked by test/site/dev-server.test.ts).
 */
export function bindToLoopback(): void {
  EleventyDevServer.prototype._serverListen = function (this: EleventyDevServer, port: number) {
    this.server.listen({ port, host: DEV_HOST });
  };
}

export interface Response {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export class DevSite {
  readonly pipeline: Pipeline;
  #errors: readonly string[] = [];

  constructor(options: Omit<PipelineOptions, "preview">) {
    this.pipeline = new Pipeline({ ...options, preview: true });
  }

  /**
   * Reads what changed and makes the site again; the next requests render from it. Content errors are
   * shown on every page until they are fixed (and said in the terminal), never as a stack trace.
   */
  async refresh(changed: readonly string[] = []): Promise<void> {
    try {
      const loaded = await this.pipeline.update(changed);
      for (const line of formatWarnings(loaded.issues, false)) console.warn(line);
      this.#errors = loaded.site === undefined ? errorsOf(loaded.issues).map(formatIssue) : [];
    } catch (error) {
      // A bug of annals: said in full in the terminal, and in a line on the page.
      console.error(error);
      this.#errors = [`annals could not make the site (a bug in annals, please report it): ${String(error)}`];
    }
    for (const line of this.#errors) console.error(line);
  }

  /** The response for a request path, or undefined to let the server look for a file (assets). */
  respond(pathname: string): Response | undefined {
    if (pathname.startsWith("/assets/") || pathname.startsWith("/.11ty/")) return undefined;
    if (this.#errors.length > 0)
      return { status: 500, headers: { "Content-Type": TYPES.html }, body: errorPage(this.#errors) };
    if (this.pipeline.loaded.site === undefined) return undefined;
    let url = pathname;
    try {
      url = decodeURIComponent(pathname);
    } catch {
      // keep the path as sent
    }
    let file: ReturnType<Pipeline["renderUrl"]>;
    try {
      file = this.pipeline.renderUrl(url);
    } catch (error) {
      if (!(error instanceof ViewFault)) throw error;
      console.error(formatIssue(error.issue));
      return {
        status: 500,
        headers: { "Content-Type": TYPES.html },
        body: errorPage([formatIssue(error.issue)]),
      };
    }
    if (file === undefined) {
      // Under a language's folder, that language's 404 page (as Cloudflare Pages serves the nearest).
      const tree = this.pipeline.loaded.site?.languages.find(
        (l) => l.tree !== "" && url.startsWith(`${l.tree}/`),
      )?.tree;
      const notFound =
        (tree === undefined ? undefined : this.pipeline.renderUrl(notFoundPathIn(tree))) ??
        this.pipeline.renderUrl(notFoundPath);
      return {
        status: 404,
        headers: { "Content-Type": TYPES.html },
        body: notFound?.text ?? "Not found",
      };
    }
    return { status: 200, headers: { "Content-Type": typeOf(file.url) }, body: file.text };
  }
}

const TYPES = {
  html: "text/html; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  json: "application/json; charset=utf-8",
  text: "text/plain; charset=utf-8",
};

function typeOf(url: string): string {
  if (url.endsWith(".xml")) return TYPES.xml;
  if (url.endsWith(".json")) return TYPES.json;
  if (url.endsWith(".txt") || url.endsWith("/_redirects")) return TYPES.text;
  return TYPES.html;
}

/** A page that shows what is wrong, `file:line  message` per line, until the author fixes it. */
export function errorPage(lines: readonly string[]): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>annals: the site has errors</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #b00020;padding:1rem}</style>
</head>
<body>
<main>
<h1>The site has errors</h1>
<p>Fix them and save: this page is replaced by the site.</p>
<pre>${lines.map(escapeHtml).join("\n")}</pre>
</main>
</body>
</html>
`;
}
