// A body as lists and feeds show it. A post's body is rendered for its own page, where its headings
// have ids and links to themselves and its footnotes link both ways (src/content/markdown.ts); where
// many bodies share a page, those ids would clash. The list form drops the headings' ids and links,
// and shows the footnote numbers unlinked, with the notes, at the end. It matches the exact markup
// the renderer writes; the body is made final for its place on the site afterwards, like the page form.

const HEADING_OPEN = /<div class="heading"><(h[234]) id="[^"]*">/g;
const HEADING_LINK =
  /<a class="heading-anchor" href="[^"]*" data-pagefind-ignore><span aria-hidden="true">#<\/span><span class="visually-hidden">[^<]*<\/span><\/a><\/div>/g;
const FOOTNOTE_REF =
  /<sup class="footnote-ref"><a href="#fn[^"]*" id="fnref[^"]*">(\[[^\]<]*\])<\/a><\/sup>/g;
const FOOTNOTES = /<section class="footnotes" aria-label="[^"]*">/g;
const FOOTNOTE = /<li id="fn[^"]*" class="footnote-item">/g;
const FOOTNOTE_BACK = / <a href="#fnref[^"]*" class="footnote-backref" aria-label="[^"]*">\u21a9\uFE0E<\/a>/g;

export function listFormOf(html: string): string {
  let out = html;
  if (out.includes('<div class="heading">'))
    out = out.replace(HEADING_OPEN, "<$1>").replace(HEADING_LINK, "");
  if (out.includes('class="footnote-ref"')) {
    out = out
      .replace(FOOTNOTE_REF, '<sup class="footnote-ref">$1</sup>')
      .replace(FOOTNOTES, '<section class="footnotes">')
      .replace(FOOTNOTE, '<li class="footnote-item">')
      .replace(FOOTNOTE_BACK, "");
  }
  return out;
}
