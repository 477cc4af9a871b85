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
