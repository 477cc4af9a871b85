// Makes every URL in a piece of HTML absolute, for feeds: a reader shows an entry away from the site,
// where `/2015/01/` or `photo.jpg` would point nowhere. Rewrites href, src, poster, cite and srcset
// inside tags; leaves text, comments and absolute URLs as they are.

const TAG = /<[a-zA-Z][^>]*>/g;
const URL_ATTRIBUTE =
  /(\s(?:href|src|poster|cite|action|data)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const SRCSET_ATTRIBUTE = /(\ssrcset\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi;

export function absolutizeHtml(html: string, baseUrl: string): string {
  if (!html.includes("=")) return html;
  return html.replace(TAG, (tag) =>
    tag
      .replace(URL_ATTRIBUTE, (_whole, prefix: string, dq?: string, sq?: string, bare?: string) => {
        const value = dq ?? sq ?? bare ?? "";
        const quote = sq !== undefined ? "'" : '"';
        return `${prefix}${quote}${absolute(value, baseUrl)}${quote}`;
      })
      .replace(SRCSET_ATTRIBUTE, (_whole, prefix: string, dq?: string, sq?: string) => {
        const value = dq ?? sq ?? "";
        const quote = sq !== undefined ? "'" : '"';
        const rewritten = value
          .split(",")
          .map((candidate) => {
            const [url = "", ...descriptor] = candidate.trim().split(/\s+/);
            return [absolute(url, baseUrl), ...descriptor].join(" ");
          })
          .join(", ");
        return `${prefix}${quote}${rewritten}${quote}`;
      }),
  );
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
