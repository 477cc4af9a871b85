// Words inside a rendered body. A body is rendered once, before the site's language and labels are
// known to the views; where it needs a word (the name of a heading's link, of the footnotes), it holds
// a mark naming the label, and the build fills every mark in with the label's text in the page's
// language. The marks use two control characters that Markdown never produces.

const OPEN = "\u0002";
const CLOSE = "\u0003";
const MARK = new RegExp(`${OPEN}annals:([A-Za-z]+)${CLOSE}`, "g");

/** The keys of the labels a body may hold. */
export type BodyLabel = "headingAnchor" | "footnotes" | "footnoteBack";

/** The mark that stands for a label in a rendered body. */
export function labelMark(key: BodyLabel): string {
  return `${OPEN}annals:${key}${CLOSE}`;
}

/** The body with each mark replaced by its label's text (escaped for HTML by `textOf`'s caller). */
export function fillLabels(html: string, textOf: (key: BodyLabel) => string): string {
  if (!html.includes(OPEN)) return html;
  return html.replace(MARK, (mark, key: string) =>
    key === "headingAnchor" || key === "footnotes" || key === "footnoteBack" ? textOf(key) : mark,
  );
}
