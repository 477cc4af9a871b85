// A port of WordPress's wpautop(): classic-editor posts are stored without <p> tags, and WordPress
// turns blank lines into paragraphs and single line breaks into <br /> when it shows them. Without
// this step a converted post would run all its paragraphs together. Block-editor posts are saved as
// real HTML and skip it (WordPress does the same).

const ALL_BLOCKS =
  "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";

const NEWLINE_MARK = " <!-- wpnl --> ";

export function wpautop(input: string): string {
  if (input.trim() === "") return "";
  let text = `${input.replace(/\r\n?/g, "\n")}\n`;

  // <pre> blocks are left exactly as they are.
  const pres: string[] = [];
  text = text.replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (pre) => {
    pres.push(pre);
    return `<pre wp-pre-tag-${pres.length - 1}></pre>`;
  });

  text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, "\n\n");
  text = text.replace(new RegExp(`(<${ALL_BLOCKS}[\\s/>])`, "gi"), "\n\n$1");
  text = text.replace(new RegExp(`(</${ALL_BLOCKS}>)`, "gi"), "$1\n\n");
  text = text.replace(/(<hr\s*?\/?>)/gi, "$1\n\n");
  // Line breaks inside a tag (between attributes) are not paragraph breaks.
  text = text.replace(/<[^>]*>/g, (tag) => tag.replace(/\n/g, NEWLINE_MARK));
  text = text.replace(/\s*<option/gi, "<option").replace(/<\/option>\s*/gi, "</option>");
  text = text.replace(/(<object[^>]*>)\s*/gi, "$1").replace(/\s*<\/object>/gi, "</object>");
  text = text.replace(/([<[](?:audio|video)[^>\]]*[>\]])\s*/gi, "$1");
  text = text.replace(/\s*([<[]\/(?:audio|video)[>\]])/gi, "$1");
  text = text.replace(/\s*(<(?:source|track)[^>]*>)\s*/gi, "$1");
  text = text.replace(/\n\n+/g, "\n\n");

  const paragraphs = text.split(/\n\s*\n/).filter((p) => p !== "");
  text = paragraphs.map((p) => `<p>${p.replace(/^\n+|\n+$/g, "")}</p>\n`).join("");

  text = text.replace(/<p>\s*<\/p>/g, "");
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/gi, "<p>$1</p></$2>");
  text = text.replace(new RegExp(`<p>\\s*(</?${ALL_BLOCKS}[^>]*>)\\s*</p>`, "gi"), "$1");
  text = text.replace(/<p>(<li.+?)<\/p>/gi, "$1");
  text = text.replace(/<p><blockquote([^>]*)>/gi, "<blockquote$1><p>");
  text = text.replace(/<\/blockquote><\/p>/gi, "</p></blockquote>");
  text = text.replace(new RegExp(`<p>\\s*(</?${ALL_BLOCKS}[^>]*>)`, "gi"), "$1");
  text = text.replace(new RegExp(`(</?${ALL_BLOCKS}[^>]*>)\\s*</p>`, "gi"), "$1");

  // Single line breaks become <br />, except inside script, style, svg and math.
  const kept: string[] = [];
  text = text.replace(/<(script|style|svg|math)[\s\S]*?<\/\1>/gi, (block) => {
    kept.push(block);
    return `<wp-kept-${kept.length - 1}>`;
  });
  text = text.replace(/<br>|<br\/>/gi, "<br />");
  text = text.replace(/(?<!<br \/>)\s*\n/g, "<br />\n");
  text = text.replace(/<wp-kept-(\d+)>/g, (_m, i: string) => kept[Number(i)] ?? "");

  text = text.replace(new RegExp(`(</?${ALL_BLOCKS}[^>]*>)\\s*<br />`, "gi"), "$1");
  text = text.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/gi, "$1");
  text = text.replace(/\n<\/p>$/g, "</p>");

  text = text.replace(/<pre wp-pre-tag-(\d+)><\/pre>/g, (_m, i: string) => pres[Number(i)] ?? "");
  return text.replaceAll(NEWLINE_MARK, "\n").replaceAll("<!-- wpnl -->", "\n");
}
