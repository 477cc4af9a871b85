// "Did you mean …?": the known name closest to what was written, when it is close enough to be a
// slip (a case, a separator, one or two letters), for unknown keys and names in messages.

/** Damerau–Levenshtein distance (adjacent swaps count as one edit). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** Lower case without separators: `posts_per_page`, `Posts-Per-Page` and `postsPerPage` agree. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[\s_-]/g, "");
}

/**
 * The known name closest to `written`, or undefined when none is close: equal but for case and
 * separators, or within a third of the name's length in edits (at most 3). `aliases` maps other
 * generators' names to ours (`baseURL` → `url`).
 */
export function closest(
  written: string,
  known: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  const folded = fold(written);
  const alias = Object.entries(aliases).find(([from]) => fold(from) === folded);
  if (alias !== undefined) return alias[1];
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const distance = editDistance(folded, fold(name));
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(fold(best).length / 3)));
  return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean postsPerPage?)`, or nothing. */
export function didYouMean(guess: string | undefined): string {
  return guess === undefined ? "" : `; did you mean ${guess}?`;
}
