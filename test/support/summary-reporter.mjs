// A test reporter that ends the run with one line CI recognises: `N passed, N failed, N skipped`.
// Skipped and todo tests are counted apart: they never count as passing. Plain JavaScript, because
// Node loads reporters before tsx's loader applies.

/** @param {AsyncIterable<{ type: string, data: { details?: { type?: string }, skip?: unknown, todo?: unknown } }>} source */
export default async function* summaryReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.type !== "test:pass" && event.type !== "test:fail") continue;
    if (event.data.details?.type === "suite") continue;
    if (event.data.skip !== undefined || event.data.todo !== undefined) skipped++;
    else if (event.type === "test:pass") passed++;
    else failed++;
  }
  yield `\n${passed} passed, ${failed} failed, ${skipped} skipped\n`;
}
