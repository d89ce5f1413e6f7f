// Debian's Chromium driven by playwright-core (never a downloaded browser), headless, for end-to-end
// tests and the client benchmark. CHROME_PATH overrides where Chromium is. Also the small helpers every
// end-to-end test uses: where screenshots go, a page that reports its errors, a screenshot, an axe scan.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
export const hasChrome = (): boolean => existsSync(CHROME);

/** Whether end-to-end tests run: where Chromium is, and always in CI (.ci/run installs it, and a
 *  missing one fails the run). */
export const runsInBrowser = (): boolean => hasChrome() || process.env.CI === "true";

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

/** The folder screenshots go to (test-artifacts/, ignored by git), made if missing. */
export function artifacts(sub = ""): string {
  const dir = new URL(`../../test-artifacts/${sub}`, import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  return dir.endsWith("/") ? dir : `${dir}/`;
}

/** Notes the page's console errors and uncaught errors in `problems`, as `who`. */
export function watch(page: Page, who: string, problems: string[]): Page {
  page.on("console", (m) => { if (m.type() === "error") problems.push(`${who} console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`${who} page error: ${e.message}`));
  return page;
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** the language remembered before the page opens */
  lang?: "en" | "zh";
  /** the guided first round (its own test, guided.test.ts) skipped */
  knowsTheGame?: boolean;
}

/** A page in a context of its own (its own storage), watched for errors. */
export async function openPage(browser: Browser, who: string, problems: string[], options: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1366, height: 768 } });
  const { lang, knowsTheGame } = options;
  await context.addInitScript(([lang, knows]) => {
    if (lang) localStorage.setItem("sc.lang", lang);
    if (knows) localStorage.setItem("sc.guide", JSON.stringify({ skipped: true, seen: [], tried: {} }));
  }, [lang ?? null, knowsTheGame ?? false] as const);
  return watch(await context.newPage(), who, problems);
}

/** A screenshot once the fonts are in (the CJK font arrives in slices, as glyphs need them). */
export async function shot(page: Page, path: string, fullPage = false): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path, fullPage });
}

let axeSource = "";
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now, one line each: the rule, what it
 *  says, and the elements (at most three) where it found it. */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  axeSource ||= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(" ")}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, " ").slice(0, 160)})` : ""}`) }));
  }, WCAG_21_AA);
  return violations.map((v) => `${where}: ${v.id} — ${v.help}: ${v.nodes.slice(0, 3).join("; ")}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ""}`);
}
