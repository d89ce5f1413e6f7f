// Accessibility end to end, in Debian's Chromium, beyond what axe-core checks: a student joins by code,
// takes a seat, reads the map and gives orders with the keyboard alone (Tab, Enter, Space, arrows: no
// mouse), the focus going each time to where the next action is; then the home page, the lobby and
// the game at 320 px wide, the game at 200% zoom of a 1366×768 screen, and the map and charts as
// someone with deuteranopia sees them (Chromium's own emulation). The host and a second player are
// SDK clients. Screenshots go to test-artifacts/a11y/.
import type { Browser, Page } from "playwright-core";
import { afterAll, expect, it } from "vitest";
import { artifacts, openPage, shot } from "../util/browser.ts";
import { describeInBrowser, serverAndBrowser, setField, takeSeat } from "../util/e2e.ts";
import { createGame, join, until, type Player, type TestServer } from "../util/server.ts";


let server: TestServer;
let browser: Browser;
const dir = artifacts("a11y/");
const problems: string[] = [];

/** Every element the Tab key stopped on without a visible focus ring (2 px and more). */
const ringless = new Set<string>();

/** Presses Tab until the focus is on `selector` (and fails if it never gets there), noting each stop
 *  that shows no focus ring. */
async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    const stop = await page.evaluate((s) => {
      const el = document.activeElement;
      if (!el || el === document.body) return { there: false, ringless: null };
      // an outline, or (the map, whose canvas would cover one) a frame drawn over it
      const style = getComputedStyle(el), frame = getComputedStyle(el, "::after");
      const ring = (style.outlineStyle !== "none" && style.outlineColor !== "rgba(0, 0, 0, 0)" && Number.parseFloat(style.outlineWidth) >= 2)
        || (frame.borderTopStyle === "solid" && Number.parseFloat(frame.borderTopWidth) >= 2);
      return { there: el.matches(s), ringless: ring ? null : el.outerHTML.slice(0, 80) };
    }, selector);
    if (stop.ringless) ringless.add(stop.ringless);
    if (stop.there) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** What has the focus: its id, or its tag and classes. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return !el || el === document.body ? "body" : el.id ? `#${el.id}` : [el.tagName.toLowerCase(), ...el.classList].join(".");
});

describeInBrowser("the keyboard alone, 200% zoom and deuteranopia", () => {
  let page: Page;
  let host: Player;
  let other: Player;

  serverAndBrowser((s, b) => { server = s; browser = b; });
  afterAll(async () => {
    await Promise.all([host?.leave(), other?.leave()].map((p) => p?.catch(() => undefined)));
  });

  it("a student joins, takes a seat, reads the map and submits orders with the keyboard only", async () => {
    const game = await createGame(server, { bots: true });
    host = await join(server, game.code, { facilitatorKey: game.facilitatorKey, name: "Host" });
    page = await openPage(browser, "student", problems, { knowsTheGame: true });
    await page.goto(`${server.base}/?join=${game.code}`);

    await tabTo(page, "#player-name");
    await page.keyboard.type("Wang");
    await tabTo(page, "#join-code");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#room-code");
    // joined: the focus is on the first seat to take, not lost on the page
    expect(await focused(page)).toBe("button.claim");
    await tabTo(page, '[data-actor="uae"] button.claim');
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-actor="uae"].mine');
    expect(await focused(page)).toBe("#role-card-button");

    // a second player holds NVIDIA, so the round waits for both
    other = await join(server, game.code, { name: "Li" });
    other.send("claimSeat", { actor: "nvidia" });
    await until(() => other.last("seat")?.actor === "nvidia", 5000, "NVIDIA's seat");
    expect(await host.ask("facilitator", { command: "start" })).toEqual({ ok: true });
    await page.waitForSelector(".phase-briefing");
    await page.waitForSelector("#phaser-host canvas");
    expect(await focused(page)).not.toBe("body");
    expect(await host.ask("facilitator", { command: "advance" })).toEqual({ ok: true });
    await page.waitForSelector(".phase-negotiation");

    // the map: focused, the arrows move it and + zooms in; the same canvas shows something else after
    await tabTo(page, "#phaser-host");
    await page.waitForTimeout(800);
    await shot(page, `${dir}keyboard-map-focused.png`);
    const before = await page.locator("#phaser-host canvas").screenshot();
    for (const key of ["ArrowRight", "ArrowRight", "ArrowDown", "+", "+"]) await page.keyboard.press(key);
    await page.waitForTimeout(500);
    expect((await page.locator("#phaser-host canvas").screenshot()).equals(before)).toBe(false);
    await page.keyboard.press("0");

    // the map in words, and one actor's figures in it (what the map shows on hover)
    await tabTo(page, "#map-text > summary");
    await page.keyboard.press("Enter");
    await tabTo(page, '.text-figures > summary');
    await page.keyboard.press("Enter");
    await page.waitForSelector(".text-figures[open] table.figures");
    expect(await page.locator("#map-text").innerText()).toContain("NVIDIA");

    // orders: the tab, then submit with Space
    await tabTo(page, "#tab-orders");
    await page.keyboard.press("Enter");
    await tabTo(page, "#submit-orders");
    await page.keyboard.press(" ");
    await page.waitForSelector("#unsubmit");
    expect(await focused(page)).toBe("#unsubmit");
    await shot(page, `${dir}keyboard-submitted.png`);

    expect([...ringless]).toEqual([]);

    expect(await other.ask("orders", { actions: [], submit: true })).toEqual({ ok: true });
    await page.waitForSelector(".phase-report", { timeout: 15_000 });
    expect(problems).toEqual([]);
  }, 120_000);

  it("reflows at 320 px wide: the home page and the lobby scroll only downwards", async () => {
    const narrow = await openPage(browser, "narrow", problems, { viewport: { width: 320, height: 640 }, knowsTheGame: true });
    const sideways = () => narrow.evaluate(() => document.documentElement.scrollWidth);
    await narrow.goto(server.base);
    await shot(narrow, `${dir}w320-home-full.png`, true);
    expect(await sideways()).toBeLessThanOrEqual(320);
    await setField(narrow, "#player-name", "Ana");
    await narrow.click("#create-game");
    await takeSeat(narrow, "nvidia");
    await shot(narrow, `${dir}w320-lobby.png`);
    expect(await sideways()).toBeLessThanOrEqual(320);
    await narrow.context().close();
  }, 60_000);

  it("holds at 200% zoom and 320 px wide, and keeps its colours apart under deuteranopia", async () => {
    // 200% zoom on a 1366×768 screen is 683×384 CSS pixels
    await page.setViewportSize({ width: 683, height: 384 });
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForTimeout(600);
    await shot(page, `${dir}zoom200-game.png`);
    // the map keeps a usable size; its buttons and open legend stay on it, off the header
    expect((await page.locator(".map-wrap").boundingBox())!.height).toBeGreaterThanOrEqual(240);
    await page.click(".legend summary");
    await page.waitForTimeout(300);
    await shot(page, `${dir}zoom200-legend.png`);
    const map = (await page.locator(".map-wrap").boundingBox())!;
    for (const part of [".map-zoom", ".legend"]) {
      const box = (await page.locator(part).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(map.y);
      expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height + 1);
    }
    await page.click(".legend summary");
    await shot(page, `${dir}zoom200-game-full.png`, true);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForTimeout(600);
    await shot(page, `${dir}w320-game.png`);
    // nothing wider than the screen: no sideways scrolling at 320 px
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await page.setViewportSize({ width: 1366, height: 768 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setEmulatedVisionDeficiency", { type: "deuteranopia" });
    await page.click("#tab-map");
    if (!(await page.locator(".legend[open]").count())) await page.click(".legend summary");
    await page.waitForTimeout(800);
    await shot(page, `${dir}deuteranopia-map.png`);
    await page.click("#tab-chain");
    await page.waitForTimeout(800);
    await shot(page, `${dir}deuteranopia-chain.png`);

    expect(await host.ask("facilitator", { command: "end" })).toEqual({ ok: true });
    await page.waitForSelector("figure.chart canvas");
    expect(await focused(page)).toBe("h1");
    await page.locator(".chart").nth(4).screenshot({ path: `${dir}deuteranopia-chart.png` });
    await cdp.send("Emulation.setEmulatedVisionDeficiency", { type: "none" });
    await page.setViewportSize({ width: 683, height: 384 });
    await page.waitForTimeout(600);
    await page.evaluate(() => scrollTo(0, 0));
    await shot(page, `${dir}zoom200-debrief.png`);
    await page.locator(".chart").first().screenshot({ path: `${dir}zoom200-chart.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683);
    expect(problems).toEqual([]);
  }, 120_000);
});
