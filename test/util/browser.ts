// Debian's Chromium driven by playwright-core (never a downloaded browser), headless, for end-to-end
// tests and the client benchmark. CHROME_PATH overrides where Chromium is.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
export const hasChrome = (): boolean => existsSync(CHROME);

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME,
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--enable-unsafe-swiftshader",
    ],
  });
}
