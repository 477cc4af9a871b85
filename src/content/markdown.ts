// The one markdown-it setup every post body goes through, and the `<!--more-->` split.
//
// Inline HTML is allowed (authors and imported posts use it). A body is parsed once; the teaser is the
// rendering of the tokens before the first `<!--more-->` line, and in the full body that line becomes
// an anchor (`id="more"`) that "continue reading" links point at. `{{ … }}` and `{% … %}` are plain
// text here: post bodies never reach a template engine.

import MarkdownIt from "markdown-it";
import { flatten } from "../format/flat.ts";

export type Markdown = MarkdownIt;

/** The options the build and the benchmark floor share. */
export const MARKDOWN_OPTIONS = { html: true, linkify: false, typographer: true } as const;

export function createMarkdown(): Markdown {
  return new MarkdownIt(MARKDOWN_OPTIONS);
}

export interface RenderedBody {
  readonly html: string;
  /** The part before `<!--more-->`, when the body has one. */
  readonly teaserHtml: string | undefined;
  /** Custom link text from `<!--more Read the rest-->`. */
  readonly moreLabel: string | undefined;
  /** 0-based body lines of `<!--more-->` comments that cannot split the body (inside a paragraph,
   *  a list or a quote): they are ignored, and the author is told. */
  readonly misplacedMoreLines: readonly number[];
}

const MORE_BLOCK = /^<!--\s*more\b\s*([\s\S]*?)\s*-->/;
const MORE_ANYWHERE = /<!--\s*more\b/;
export const MORE_ANCHOR_ID = "more";

export function renderBody(md: Markdown, source: string): RenderedBody {
  const env = {};
  const tokens = md.parse(source, env);
  let teaserHtml: string | undefined;
  let moreLabel: string | undefined;
  const misplacedMoreLines: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (teaserHtml === undefined && token.type === "html_block" && token.level === 0) {
      const m = MORE_BLOCK.exec(token.content);
      if (m !== null) {
        teaserHtml = md.renderer.render(tokens.slice(0, i), md.options, env);
        moreLabel = m[1] === "" ? undefined : m[1];
        token.content = `<span id="${MORE_ANCHOR_ID}"></span>\n${token.content.slice(m[0].length).replace(/^\s*\n/, "")}`;
        continue;
      }
    }
    const misplaced =
      (token.type === "inline" || (token.type === "html_block" && token.level > 0)) &&
      MORE_ANYWHERE.test(token.content);
    if (misplaced && token.map !== null) {
      misplacedMoreLines.push(token.map[0]);
    }
  }
  const html = flatten(md.renderer.render(tokens, md.options, env));
  return {
    html,
    teaserHtml: teaserHtml === undefined ? undefined : flatten(teaserHtml),
    moreLabel,
    misplacedMoreLines,
  };
}
