// Accessibility end to end, in Debian's Chromium, as a school's IT department audits it against WCAG
// 2.1 AA: axe-core (injected into the page) on every screen, tab and dialog a host, a student and a
// projector meet, in English and in Chinese, must find no violation at the A and AA levels.
import type { Browser, Page } from "playwright-core";
import { expect, it } from "vitest";
import { artifacts, axeViolations, openPage, shot } from "../util/browser.ts";
import { describeInBrowser, offerChipsToUae, serverAndBrowser, setField, takeSeat } from "../util/e2e.ts";
import type { TestServer } from "../util/server.ts";


let server: TestServer;
let browser: Browser;
const problems: string[] = [];
const violations: string[] = [];
const scanned: string[] = [];

const LANG_BUTTON = { en: '.lang button:has-text("EN")', zh: '.lang button:has-text("中文")' };

/** Scans the page in both languages (the switch is on every screen), and leaves it in the one it had. */
async function scan(page: Page, where: string): Promise<void> {
  await page.waitForTimeout(150); // the store renders on the next frame
  const lang = await page.evaluate(() => document.documentElement.lang.startsWith("zh") ? "zh" : "en") as "en" | "zh";
  const other = lang === "en" ? "zh" : "en";
  violations.push(...await axeViolations(page, `${where} (${lang})`));
  scanned.push(where);
  // the class set of cards to print has no switch: it prints both languages
  if (!(await page.locator(LANG_BUTTON[other]).count())) return;
  // a dispatched click: the switch is under a dialog's backdrop while one is open
  await page.dispatchEvent(LANG_BUTTON[other], "click");
  await page.waitForTimeout(150);
  violations.push(...await axeViolations(page, `${where} (${other})`));
  await page.dispatchEvent(LANG_BUTTON[lang], "click");
  await page.waitForTimeout(150);
}

/** Scans each of the game screen's side tabs, and the map's two tabs with the legend open. */
async function everyTab(page: Page, who: string, tabs: string[]): Promise<void> {
  for (const tab of tabs) {
    await page.click(`#tab-${tab}`);
    await scan(page, `${who} ${tab}`);
  }
  await page.click("#tab-orders");
}

describeInBrowser("accessibility (axe-core, WCAG 2.1 A/AA)", () => {
  serverAndBrowser((s, b) => { server = s; browser = b; });

  it("finds no violation on any screen, tab or dialog, in English and Chinese", async () => {
    const host = await openPage(browser, "host", problems, { knowsTheGame: true });
    await host.goto(server.base);
    await scan(host, "home");
    await setField(host, "#player-name", "Ms Li");
    await host.click("#create-game");
    const code = (await host.locator("#room-code").textContent())!.trim();
    await takeSeat(host, "nvidia");
    await scan(host, "lobby");

    const student = await openPage(browser, "student", problems, { knowsTheGame: true });
    await student.goto(`${server.base}/?join=${code}`);
    await setField(student, "#player-name", "Wang");
    await student.click("form button.primary");
    await takeSeat(student, "uae");
    await scan(student, "student lobby");

    await host.click("#start-game");
    await host.waitForSelector(".phase-briefing");
    await host.waitForSelector("#phaser-host canvas");
    await scan(host, "briefing map");
    await host.click(".legend summary");
    await host.click(".flow-list summary").catch(() => undefined);
    await scan(host, "briefing map legend");
    // a vendor's figures on the map (its share price among them), as a click or Enter on its name shows them
    await host.click('.map-label[data-actor="nvidia"]');
    await host.waitForSelector(".map-figures:not([hidden]) table.figures");
    await scan(host, "map figures");
    await host.keyboard.press("Escape");
    await host.click(".legend summary");
    // the map in words, with an actor's figures unfolded; then the supply chain in words
    await host.click("#map-text summary");
    await host.click(".text-figures summary");
    expect(await host.locator("#map-text tbody tr").count()).toBeGreaterThanOrEqual(10);
    await scan(host, "map in words");
    await host.click(LANG_BUTTON.zh);
    await shot(host, `${artifacts("a11y/")}map-in-words-zh.png`);
    await host.click(LANG_BUTTON.en);
    await host.click("#tab-chain");
    expect(await host.locator("#map-text tr.link-cut, #map-text tr.link-open").count()).toBeGreaterThan(5);
    await scan(host, "supply chain in words");
    await host.click("#tab-map");
    await everyTab(host, "host", ["orders", "deals", "chat", "report", "control"]);

    await host.click("#role-card-button");
    await host.waitForSelector(".card-dialog .role-card");
    await scan(host, "role card");
    await host.keyboard.press("Escape");
    await host.waitForSelector(".card-dialog", { state: "detached" });

    // negotiation: a deal offered to the student, whose Deals tab then counts it
    await host.click("#continue");
    await host.waitForSelector(".phase-negotiation");
    await offerChipsToUae(host);
    await student.waitForSelector("#tab-deals .count");
    await everyTab(student, "student", ["orders", "deals", "chat", "report"]);
    await student.click("#tab-orders");
    await student.click("#submit-orders");
    await student.waitForSelector("#unsubmit");
    await scan(student, "student submitted");
    await host.click("#tab-orders");
    await host.click("#submit-orders");
    await host.waitForSelector(".phase-report", { timeout: 15_000 });
    await student.waitForSelector(".phase-report", { timeout: 15_000 });
    await everyTab(student, "student after the round", ["report", "deals"]);
    await scan(host, "host report map");

    const wall = await openPage(browser, "projector", problems, { viewport: { width: 1920, height: 1080 } });
    await wall.goto(`${server.base}/?projector=${code}`);
    await wall.waitForSelector(".projector-side");
    await wall.waitForSelector("#phaser-host canvas");
    await scan(wall, "projector");

    await host.click("#tab-control");
    await host.click("#print-cards");
    await host.waitForSelector(".print-set .print-page");
    await scan(host, "class set of role cards");
    await host.click(".print-bar button");
    host.on("dialog", (d) => void d.accept());
    await host.click("#tab-control");
    await host.click("#end-game");
    await host.waitForSelector(".debrief");
    await host.waitForSelector("figure.chart canvas");
    await host.waitForSelector(".timeline-round");
    await host.click(".chart-data summary");
    expect(await host.locator(".chart-data tbody tr").first().locator("td").count()).toBeGreaterThanOrEqual(1);
    await scan(host, "debrief");
    await student.waitForSelector(".debrief");
    await scan(student, "student debrief");

    // a class: the teacher's dashboard, and a student waiting for the groups
    const teacher = await openPage(browser, "teacher", problems);
    await teacher.goto(server.base);
    await setField(teacher, "#class-groups", "2");
    await teacher.click("#create-class");
    const classCode = (await teacher.locator("#class-code").textContent())!.trim();
    await scan(teacher, "class dashboard");
    const pupil = await openPage(browser, "pupil", problems);
    await pupil.goto(`${server.base}/?class=${classCode}`);
    await setField(pupil, "#class-name", "Ana");
    await pupil.click("#join-class");
    await pupil.waitForSelector("#class-name", { state: "detached" });
    await scan(pupil, "class student waiting");
    await teacher.waitForSelector(".class-roster tbody tr");
    await scan(teacher, "class dashboard with a student");

    expect(scanned.length).toBeGreaterThanOrEqual(20);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  }, 240_000);
});
