// End to end, in Debian's Chromium, with three server processes on Redis and PostgreSQL: a player's
// page, served by one process, plays a game that runs on another. That process is killed (kill -9);
// the page joins the game again by itself wherever it runs now, takes its seat back and gives its
// orders, without a reload. A screenshot goes to test-artifacts/.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifacts, hasChrome, launch } from "../util/browser.ts";
import { Comeback, threeProcesses, type Deployment } from "../util/deployment.ts";
import { createGame, until } from "../util/server.ts";
import { missingServices } from "../util/services.ts";

// in CI the browser and the services must be there: .ci/run installs them
const missing = process.env.CI === "true" ? null : hasChrome() ? missingServices() : "Chromium not found";
const run = missing === null ? describe : describe.skip;

let d: Deployment;
let browser: Browser;

run(`a page whose game's process dies${missing ? ` (skipped: ${missing})` : ""}`, () => {
  beforeAll(async () => {
    [d, browser] = await Promise.all([threeProcesses(), launch()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await d?.stop();
  });

  it("comes back to its seat by itself, without a reload", async () => {
    const game = await createGame(d.at(0));
    const host = await Comeback.join(d, d.at(2), game.code, { facilitatorKey: game.facilitatorKey, name: "Host" });
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    // only errors thrown by the page: the console notes the connection lost while the process is down
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`${d.at(1).base}/?join=${game.code}`);
    await page.fill("#player-name", "Wang");
    await page.dispatchEvent("#player-name", "change");
    await page.click("form button.primary");
    await page.click('[data-actor="uae"] button.claim');
    await page.waitForSelector('[data-actor="uae"].mine');
    expect(await host.player.ask("facilitator", { command: "start" })).toEqual({ ok: true });
    expect(await host.player.ask("facilitator", { command: "advance" })).toEqual({ ok: true });
    await page.waitForSelector(".phase-negotiation");
    await page.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true; });

    await d.kill(d.at(0));
    await host.back();
    const seat = () => host.player.state.seats.get("uae");
    await until(() => seat()?.connected === 1 && seat()!.members.includes("Wang"), 40_000, "the page back in its seat");
    await page.waitForSelector(".phase-negotiation");
    await page.screenshot({ path: `${artifacts()}processes-back-after-kill.png` });
    // the same page, not a new one, gives its orders: the only player's submit ends the round
    await page.click("#tab-orders");
    await page.click("#submit-orders");
    await page.waitForSelector(".phase-report");
    await until(() => host.player.state.phase === "report");
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(problems).toEqual([]);
    await host.leave();
  }, 90_000);
});
