// Jekyll's links between posts: `{% post_url 2015-01-28-name %}` (a post by its file name, without
// its extension; a folder may lead: `{% post_url /news/2015-01-28-name %}`) and `{% link
// _posts/2015-01-28-name.md %}` (any post or page by its path in the content folder). Jekyll runs
// Liquid before Markdown, so these work anywhere in a body, code included; annals does the same for
// these two tags only, outside `{% raw %}…{% endraw %}`, and leaves every other `{% … %}` as text
// (bodies never reach a template engine). Each tag becomes an address the Markdown renderer keeps
// as it is (`annals-post-url:2015-01-28-name~`), replaced by the target's URL when the site is
// assembled, in links and in text alike (src/format/bodies.ts); a tag whose target does not exist is
// an error naming the file and line.

import { LINK_SCHEME, POST_URL_SCHEME, placeholderOf } from "../model/source-links.ts";
import type { LinkTag } from "../model/types.ts";

const TAG =
  /\{%-?[ \t]*(post_url|link)[ \t]+([^\s%]+)[ \t]*-?%\}|\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\}/g;

/** The body with its link tags made addresses, and the tags with their file lines. */
export function replaceJekyllLinks(body: string, firstLine: number): { body: string; tags: LinkTag[] } {
  if (!body.includes("{%")) return { body, tags: [] };
  const tags: LinkTag[] = [];
  let line = firstLine;
  let counted = 0;
  const out = body.replace(
    TAG,
    (whole: string, kind: string | undefined, target: string | undefined, at: number) => {
      if (kind === undefined || target === undefined) return whole;
      for (let i = body.indexOf("\n", counted); i !== -1 && i < at; i = body.indexOf("\n", i + 1)) line++;
      counted = at;
      tags.push({ kind: kind as LinkTag["kind"], target, line });
      return placeholderOf(kind === "post_url" ? POST_URL_SCHEME : LINK_SCHEME, target);
    },
  );
  return { body: out, tags };
}
