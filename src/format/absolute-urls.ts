// URLs inside a piece of HTML, rewritten: made absolute for feeds (a reader shows an entry away from the
// site, where `/2015/01/` or `photo.jpg` would point nowhere), or given the site's path prefix (a site
// served at `/blog/` links `/blog/2015/01/`). Rewrites href, src, poster, cite, action, data and srcset
// inside tags; leaves text, comments and absolute URLs as they are.

const TAG = /<[a-zA-Z][^>]*>/g;
const URL_ATTRIBUTE =
  /(\s(?:href|src|poster|cite|action|data)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const SRCSET_ATTRIBUTE = /(\ssrcset\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi;
// A refresh, as redirect pages use: <meta http-equiv="refresh" content="0; url=/new/">.
const REFRESH = /(\scontent\s*=\s*"\d+;\s*url=)([^"]*)"/gi;

/** Rewrites every URL attribute value (unescaped text as written) with `rewrite`. */
export function rewriteUrls(html: string, rewrite: (url: string) => string): string {
  if (!html.includes("=")) return html;
  return html.replace(TAG, (tag) =>
    tag
      .replace(URL_ATTRIBUTE, (_whole, prefix: string, dq?: string, sq?: string, bare?: string) => {
        const value = dq ?? sq ?? bare ?? "";
        const quote = sq !== undefined ? "'" : '"';
        return `${prefix}${quote}${rewrite(value)}${quote}`;
      })
      .replace(SRCSET_ATTRIBUTE, (_whole, prefix: string, dq?: string, sq?: string) => {
        const value = dq ?? sq ?? "";
        const quote = sq !== undefined ? "'" : '"';
        const rewritten = value
          .split(",")
          .map((candidate) => {
            const [url = "", ...descriptor] = candidate.trim().split(/\s+/);
            return [rewrite(url), ...descriptor].join(" ");
          })
          .join(", ");
        return `${prefix}${quote}${rewritten}${quote}`;
      })
      .replace(REFRESH, (_whole, prefix: string, url: string) => `${prefix}${rewrite(url)}"`),
  );
}

export function absolutizeHtml(html: string, baseUrl: string): string {
  return rewriteUrls(html, (value) => absolute(value, baseUrl));
}

/** Root-relative URLs (`/2015/`, not `//host/` or `2015/`) get the site's path: `/blog/2015/`. */
export function withBasePath(html: string, basePath: string): string {
  if (basePath === "") return html;
  return rewriteUrls(html, (value) => (/^\/(?!\/)/.test(value) ? `${basePath}${value}` : value));
}

function absolute(value: string, baseUrl: string): string {
  const trimmed = value.trim();
  if (trimmed === "" || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return value;
  try {
    // Entities such as &amp; in the attribute stay as they are: URL() keeps `&` and `;`.
    return new URL(trimmed, baseUrl).href;
  } catch {
    return value;
  }
}

const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "poster", "cite", "action", "data"]);

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/**
 * True when a URL attribute is written other than `name="value"` (single quotes, no quotes, spaces
 * around `=`, any case). Found with indexOf: first any `=` not written `="` (most bodies have none),
 * then each name in the lower-cased text. A regular expression with the seven names at every space
 * cost a quarter of a second per 10,000 bodies.
 */
function hasUnusualUrlAttribute(html: string): boolean {
  // Most bodies have no `=` but in `name="`: nothing to look for then (one indexOf pass).
  let other = false;
  for (let at = html.indexOf("="); at !== -1 && !other; at = html.indexOf("=", at + 1))
    other = html.charCodeAt(at + 1) !== 34 || isSpace(html.charCodeAt(at - 1));
  if (!other) return false;
  const lower = html.toLowerCase();
  for (const name of URL_ATTRIBUTES) {
    for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + name.length)) {
      if (at === 0 || !isSpace(lower.charCodeAt(at - 1))) continue;
      let next = at + name.length;
      let spaced = false;
      while (next < lower.length && isSpace(lower.charCodeAt(next))) {
        next++;
        spaced = true;
      }
      if (lower[next] !== "=") continue;
      if (spaced || lower[next + 1] !== '"') return true;
    }
  }
  return false;
}

/**
 * Every URL written in a piece of HTML's tags (href, src, srcset candidates, …), as written. Found with
 * indexOf (markdown-it writes `name="value"`), which is twenty times faster than the tag-by-tag rewrite
 * on a site of 10,000 posts; HTML that writes them otherwise goes the way of `rewriteUrls`.
 */
export function urlsIn(html: string): string[] {
  const urls: string[] = [];
  if (hasUnusualUrlAttribute(html)) {
    rewriteUrls(html, (url) => {
      urls.push(url);
      return url;
    });
    return urls;
  }
  for (let at = html.indexOf('="'); at !== -1; at = html.indexOf('="', at + 2)) {
    let start = at;
    while (start > 0 && html.charCodeAt(start - 1) > 32 && html[start - 1] !== "<") start--;
    const name = html.slice(start, at).toLowerCase();
    if (!URL_ATTRIBUTES.has(name)) continue;
    const end = html.indexOf('"', at + 2);
    if (end === -1) break;
    const value = html.slice(at + 2, end);
    if (name === "srcset") {
      for (const candidate of value.split(",")) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url !== undefined && url !== "") urls.push(url);
      }
    } else urls.push(value);
    at = end - 1;
  }
  return urls;
}
