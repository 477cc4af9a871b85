// Checks a feed as a reader would: well-formed XML (saxes, a strict parser) and Atom that a real feed
// parser reads, with the fields RFC 4287 requires.

import { parseFeed } from "@rowanmanning/feed-parser";
import { SaxesParser } from "saxes";

/** Throws with the position of the first well-formedness error. */
export function assertWellFormedXml(text: string, label: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | undefined;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.write(text).close();
  if (failure !== undefined) throw new Error(`${label} is not well-formed XML: ${failure.message}`);
}

export interface ParsedEntry {
  readonly title: string | null;
  readonly url: string | null;
  readonly id: string | null;
  readonly published: Date | null;
  readonly updated: Date | null;
  readonly categories: readonly string[];
  readonly content: string | null;
}

export interface ParsedFeed {
  readonly title: string | null;
  readonly url: string | null;
  readonly self: string | null;
  readonly updated: Date | null;
  readonly entries: readonly ParsedEntry[];
}

export function readAtom(text: string, label: string): ParsedFeed {
  return readFeedAs("atom", text, label);
}

/** RSS 2.0 as a real feed parser reads it (with the same checks of well-formedness). */
export function readRss(text: string, label: string): ParsedFeed {
  return readFeedAs("rss", text, label);
}

function readFeedAs(type: "atom" | "rss", text: string, label: string): ParsedFeed {
  assertWellFormedXml(text, label);
  const feed = parseFeed(text);
  if (feed.meta.type !== type)
    throw new Error(`${label} is read as ${feed.meta.type}, not ${type === "atom" ? "Atom" : "RSS"}`);
  if (type === "rss" && feed.meta.version !== "2.0")
    throw new Error(`${label} is RSS ${feed.meta.version}, not 2.0`);
  return {
    title: feed.title,
    url: feed.url,
    self: feed.self,
    updated: feed.updated,
    entries: feed.items.map((item) => ({
      title: item.title,
      url: item.url,
      id: item.id,
      published: item.published,
      updated: item.updated,
      categories: item.categories.map((c) => c.label ?? c.term),
      content: item.content,
    })),
  };
}
