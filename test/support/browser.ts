// A real browser for the tests: Debian's Chromium driven by playwright-core (which downloads no
// browser of its own). Where Chromium is missing, the browser tests are skipped with a message that
// says so, except under CI (the `CI` variable set), where a missing browser fails the run: CI must
// test in a browser (.ci/run installs Chromium).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestContext } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { type BrowserContext, chromium, type LaunchOptions, type Page } from "playwright-core";

export const CHROMIUM = process.env.ANNALS_CHROMIUM ?? "/usr/bin/chromium";

/** Flags for a headless Chromium as root in a container, that reaches nothing but the test server. */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const NO_BROWSER = `Chromium not found at ${CHROMIUM}: the browser tests did not run (install it with \`apt-get install chromium\`, or set ANNALS_CHROMIUM)`;

export function browserAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

/** Whether the missing browser was reported yet (once per test file). */
let told = false;

/**
 * Call first in every browser test: false (with the test skipped and the reason printed) when there is
 * no browser; under CI, a failure instead.
 */
export function needBrowser(t: TestContext): boolean {
  if (browserAvailable()) return true;
  const ci = process.env.CI ?? "";
  if (ci !== "" && ci !== "0" && ci !== "false") {
    throw new Error(`${NO_BROWSER}; under CI the browser tests must run`);
  }
  if (!told) console.log(`\n*** ${NO_BROWSER} ***\n`);
  told = true;
  t.skip(NO_BROWSER);
  return false;
}

export type ContextOptions = Parameters<typeof chromium.launchPersistentContext>[1];

/** A fresh browser with its own profile folder; close it with `context.close()`. */
export async function launchBrowser(options: ContextOptions = {}): Promise<BrowserContext> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "annals-chromium-"));
  const launch: LaunchOptions = { executablePath: CHROMIUM, headless: true, args: ARGS };
  return chromium.launchPersistentContext(profile, { ...launch, ...options });
}

/** Every request a context makes, to check that a page asks nothing of any other host. */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (request) => {
    urls.push(request.url());
  });
  return urls;
}

/** axe-core's WCAG 2.1 A and AA violations on the page as it is, each `<label>: <rule> <first element>`. */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return result.violations.map((v) => `${label}: ${v.id} ${v.nodes[0]?.target.join(" ") ?? ""}`);
}
