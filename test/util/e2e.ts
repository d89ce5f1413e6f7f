// The frame of every end-to-end test file: its describe block, run where Chromium is, and a test
// server and Debian's Chromium, started before the block's tests and closed after them.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";
import { launch, runsInBrowser } from "./browser.ts";
import { testServer, type TestServer } from "./server.ts";

/** `describe` where Chromium is; in CI it must be (.ci/run installs it), and a missing one fails the run. */
export const describeInBrowser = runsInBrowser() ? describe : describe.skip;

/** Starts both before the block's tests and hands them to `use`; closes them after. */
export function serverAndBrowser(use: (server: TestServer, browser: Browser) => void): void {
  let server: TestServer | undefined, browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([testServer(), launch()]);
    use(server, browser);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** Sets a field that the page reads on change (as typing and leaving it does). */
export async function setField(page: Page, selector: string, value: string): Promise<void> {
  await page.fill(selector, value);
  await page.dispatchEvent(selector, "change");
}

/** Takes a seat from the list of seats and waits until the page holds it. */
export async function takeSeat(page: Page, actor: string): Promise<void> {
  await page.click(`[data-actor="${actor}"] button.claim`);
  await page.waitForSelector(`[data-actor="${actor}"].mine`);
}

/** From the Deals tab, NVIDIA offers the UAE 1,000 H100s for $27M. */
export async function offerChipsToUae(page: Page): Promise<void> {
  await page.click("#tab-deals");
  await page.selectOption("#deal-to", "uae");
  await page.selectOption('select[name="give-chip"]', "h100");
  await setField(page, 'input[name="give-count"]', "1000");
  await setField(page, 'input[name="get-cash"]', "27");
  await page.click("#propose-deal");
}
