// End to end, in Debian's Chromium: a host creates a game, a student joins by code from another
// browser, both take seats, they play two rounds with bots in the other seats (orders, a deal), see the
// map, switch to Chinese, end the game, reach the debrief and download the CSV. Screenshots of each
// screen go to test-artifacts/.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { expect, it } from "vitest";
import { artifacts, openPage, shot as shotAt } from "../util/browser.ts";
import { describeInBrowser, offerChipsToUae, serverAndBrowser, setField, takeSeat } from "../util/e2e.ts";
import type { TestServer } from "../util/server.ts";


let server: TestServer;
let browser: Browser;
const problems: string[] = [];

/** A class that knows the game: the guided first round (its own test, guided.test.ts) is skipped. */
const player = (who: string) => openPage(browser, who, problems, { knowsTheGame: true });
const shot = (page: Page, name: string) => shotAt(page, `${artifacts()}${name}.png`);

/** Plays one round from the briefing: to negotiation, submit, until the report. */
async function playRound(host: Page, student: Page, deal: boolean): Promise<void> {
  await host.click("#continue");
  await host.waitForSelector(".phase-negotiation");
  if (deal) {
    await offerChipsToUae(host);
    await student.click("#tab-deals");
    await student.click("li.deal-proposed button.accept");
    await student.waitForSelector("li.deal-awaitingLicence");
  }
  await host.click("#tab-orders");
  await student.click("#tab-orders");
  await student.click("#submit-orders");
  await student.waitForSelector("#unsubmit");
  await host.click("#submit-orders");
  await host.waitForSelector(".phase-report", { timeout: 15_000 });
  await student.waitForSelector(".phase-report", { timeout: 15_000 });
}

describeInBrowser("playing in the browser", () => {
  serverAndBrowser((s, b) => { server = s; browser = b; });

  it("a host and a student play two rounds against bots, then debrief", async () => {
    const base = server.base;
    const host = await player("host");
    await host.goto(base);
    await setField(host, "#player-name", "Ms Li");
    await shot(host, "1-home");
    await host.click("#create-game");
    const code = (await host.locator("#room-code").textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await takeSeat(host, "nvidia");

    // a student in another browser joins with the code read aloud
    const student = await player("student");
    await student.goto(base);
    await setField(student, "#player-name", "Wang");
    await student.fill("#join-code", code.toLowerCase());
    await student.click("form button.primary");
    await student.waitForSelector("#room-code");
    await takeSeat(student, "uae");
    await host.waitForSelector('[data-actor="uae"] .members:has-text("Wang")');
    await shot(host, "2-lobby");

    await host.click("#start-game");
    await host.waitForSelector(".phase-briefing");
    await student.waitForSelector(".phase-briefing");
    await host.waitForSelector("#phaser-host canvas");
    await playRound(host, student, true);
    // the deal went through: the licence was granted and the chips shipped
    await student.click("#tab-deals");
    // deals done and gone are folded below the live ones
    await student.click(".deals-gone summary");
    await student.waitForSelector("li.deal-settled");
    await host.click("#continue");
    await host.waitForSelector(".phase-briefing");
    await playRound(host, student, false);
    await host.waitForTimeout(1200);
    const map = await host.locator("#phaser-host").screenshot();
    // a blank canvas compresses to a few kilobytes; the drawn map is far more
    expect(map.length).toBeGreaterThan(25_000);
    await shot(host, "3-game-map");
    await student.click("#tab-report");
    await shot(student, "4-report");
    await host.click("#tab-chain");
    await host.waitForTimeout(800);
    await shot(host, "5-supply-chain");

    // Chinese, remembered across a reload
    await student.click('.lang button:has-text("中文")');
    await student.waitForSelector('.phase:has-text("回合报告")');
    await student.reload();
    await student.waitForSelector('.phase:has-text("回合报告")');
    await student.click("#tab-orders");
    await shot(student, "6-chinese");

    // a latecomer takes a free seat in the running game from the orders panel
    const late = await player("latecomer");
    await late.goto(`${base}/?join=${code}`);
    await late.click("form button.primary");
    await late.waitForSelector(".phase-report");
    await late.click("#tab-orders");
    await shot(late, "6a-latecomer-picks");
    await late.click('[data-actor="qatar"] button.claim');
    await late.waitForSelector("text=You play Qatar.");
    await late.waitForSelector("h2:has-text('Qatar'), h3:has-text('Qatar'), .orders :text('Qatar')");
    await shot(late, "6b-latecomer-seated");

    // a broadcast reaches the students over the map, not over the side panel, and its field empties
    // once the server has it
    await host.click("#tab-control");
    await host.fill(".control form input", "Five minutes left");
    await host.press(".control form input", "Enter");
    await host.waitForFunction(() => document.querySelector<HTMLInputElement>(".control form input")?.value === "");
    await student.waitForSelector('.notice:has-text("Five minutes left")');
    const toast = (await student.locator(".notice").boundingBox())!;
    expect(toast.x + toast.width).toBeLessThanOrEqual((await student.locator("aside.side").boundingBox())!.x);
    await student.waitForSelector(".notice", { state: "detached" });
    // news the facilitator injects reaches a student busy with orders as a notice (in Chinese here)
    await host.selectOption('select[aria-label="Event card"]', "smuggling-bust");
    await host.click('.control button:has-text("Play")');
    await student.waitForSelector('.notice:has-text("走私团伙被破获")');
    await student.waitForSelector(".notice", { state: "detached" }); // gone before the debrief's screenshots

    // the host ends the game; everyone reaches the debrief
    host.on("dialog", (d) => void d.accept());
    await host.click("#end-game");
    await host.waitForSelector(".debrief");
    await student.waitForSelector(".debrief");
    await host.waitForSelector("figure.chart canvas");
    expect(await host.locator("figure.chart").count()).toBeGreaterThanOrEqual(8);
    expect(await host.locator("table.scores tbody tr").count()).toBe(11);
    await host.waitForSelector(".timeline-round");
    expect(await host.locator("#timeline .muted").count()).toBe(0); // no "Loading…" left over
    await shot(host, "7-debrief");
    await shot(student, "8-debrief-zh");

    const [download] = await Promise.all([host.waitForEvent("download"), host.click("#download-csv")]);
    const csv = readFileSync((await download.path())!, "utf8").trim().split("\n");
    expect(csv[0]).toMatch(/^round,quarter,split_index,security_risk/);
    expect(csv).toHaveLength(3); // the header and two rounds

    expect(problems).toEqual([]);
  }, 120_000);
});
