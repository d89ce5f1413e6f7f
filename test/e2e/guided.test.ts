// End to end, in Debian's Chromium: a new player in each of the four roles, guided only by the game
// (its tour, then "what to do now" and the buttons that take them where each thing is done), finishes
// a round and reads its report with the engine's reasons. Along the way: the role card, the class set
// of cards to print, the map's names and figures, the projector at 1920x1080, in English and Chinese.
// Screenshots go to test-artifacts/guided/.
import type { Browser, Page } from "playwright-core";
import { expect, it } from "vitest";
import { artifacts, openPage, shot as shotAt } from "../util/browser.ts";
import { describeInBrowser, serverAndBrowser } from "../util/e2e.ts";
import type { TestServer } from "../util/server.ts";


let server: TestServer;
let browser: Browser;
const problems: string[] = [];

const shot = (page: Page, name: string) => shotAt(page, `${artifacts("guided/")}${name}.png`);

/** A new player's page: nothing remembered, in `lang`. */
async function newcomer(lang: "en" | "zh", width = 1366, height = 768): Promise<Page> {
  const page = await openPage(browser, "newcomer", problems, { viewport: { width, height } });
  await page.goto(server.base);
  if (lang === "zh") await page.click('.lang button:has-text("中文")');
  return page;
}

/** Clicks through the tour while it shows; returns how many steps it had. */
async function followTour(page: Page, screenshot?: string): Promise<number> {
  let steps = 0;
  for (; steps < 30 && await page.locator(".tour-card").count(); steps++) {
    if (steps === 0 && screenshot) await shot(page, screenshot);
    // the tour may end by itself between the look and the click (the phase moved on)
    await page.click("#tour-next", { timeout: 5_000 }).catch(async (e: unknown) => { if (await page.locator(".tour-card").count()) throw e; });
  }
  return steps;
}

/** The to-do list's codes, in order. */
const todos = (page: Page) => page.locator("#todo li[data-todo]").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.todo!));

/** Follows a to-do: its "Show me" button, then returns what the game put the focus on. */
async function showMe(page: Page, code: string): Promise<string> {
  const item = page.locator(`#todo li[data-todo="${code}"]`);
  const place = await item.getAttribute("data-to");
  await item.locator("button.show").click();
  // the focus lands in the place the item names (its panel opened first)
  await page.waitForFunction((p) => {
    const el = document.activeElement as HTMLElement | null;
    return el !== null && el !== document.body && !el.closest("#todo") && (p === "card" || el.closest(".side, .bar, .continue") !== null);
  }, place);
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    el.setAttribute("data-focused", "yes");
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}`;
  });
}
const focused = (page: Page) => page.locator('[data-focused="yes"]');
async function clearFocusMark(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll("[data-focused]").forEach((e) => e.removeAttribute("data-focused")));
}

/** Starts a solo game in a seat, reads the tour, and goes on to the negotiation as the to-do list says. */
async function start(page: Page, seat: string, tourShot?: string): Promise<void> {
  await page.selectOption("#solo-seat", seat);
  await page.click("#solo");
  await page.waitForSelector(".phase-briefing");
  await page.waitForSelector("#phaser-host canvas");
  expect(await followTour(page, tourShot)).toBeGreaterThanOrEqual(5);
  expect(await todos(page)).toEqual(expect.arrayContaining(["readNews", "readCard", "toNegotiation"]));
  await showMe(page, "toNegotiation");
  await focused(page).click();
  await clearFocusMark(page);
  await page.waitForSelector(".phase-negotiation");
  // the negotiation's steps: deals, chat, the role's levers
  expect(await followTour(page)).toBeGreaterThanOrEqual(2);
}

/** Submits as the to-do list says, goes ahead past any warning, and waits for the report. */
async function submitAndReport(page: Page): Promise<void> {
  await showMe(page, "submit");
  await focused(page).click();
  await clearFocusMark(page);
  if (await page.locator("#risk-proceed").count()) await page.click("#risk-proceed");
  await page.waitForSelector(".phase-report", { timeout: 30_000 });
  await followTour(page);
  expect(await todos(page)).toContain("readReport");
  await showMe(page, "readReport");
  await clearFocusMark(page);
  // the report explains: the seat's score by objective, and the world's figures with their drivers
  await page.waitForSelector(".report-mine .score-change");
  expect(await page.locator(".report-world .headlines .reasons li").count()).toBeGreaterThan(2);
}

/** Fills the deal form the to-do list opened: with whom, what I give, what I get. */
async function offer(page: Page, to: string, fields: Record<string, string>): Promise<void> {
  await page.selectOption("#deal-to", to);
  for (const [name, v] of Object.entries(fields)) {
    if (name.endsWith("-chip")) await page.selectOption(`select[name="${name}"]`, v);
    else {
      await page.fill(`input[name="${name}"]`, v);
      await page.dispatchEvent(`input[name="${name}"]`, "change");
    }
  }
  await page.click("#propose-deal");
}

describeInBrowser("a first game that explains itself", () => {
  serverAndBrowser((s, b) => { server = s; browser = b; });

  it("the US government: the tour, the role card, then licences decided as the list says", async () => {
    const page = await newcomer("en");
    await start(page, "us", "tour-en");
    // the role card: the goal with its points, the levers with the scenario's costs
    await page.click("#role-card-button");
    await page.waitForSelector(".card-dialog .role-card");
    expect(await page.locator(".card-dialog .card-objectives tbody tr").count()).toBe(4);
    expect(await page.locator(".card-dialog .card-levers dt").count()).toBeGreaterThanOrEqual(7);
    await shot(page, "role-card-en");
    await page.keyboard.press("Escape");
    await submitAndReport(page);
    await shot(page, "report-reasons-en");
    // the bots' deals bring licences; within a few rounds the list points to them
    for (let round = 2; round <= 5; round++) {
      await page.click("#continue");
      await page.waitForSelector(".phase-briefing");
      await showMe(page, "toNegotiation");
      await focused(page).click();
      await clearFocusMark(page);
      await page.waitForSelector(".phase-negotiation");
      await followTour(page);
      if ((await todos(page)).includes("licencesComing")) break;
      await submitAndReport(page);
    }
    expect(await todos(page)).toContain("licencesComing");
    await showMe(page, "licencesComing");
    await clearFocusMark(page);
    const first = page.locator("table.licences tbody tr").first();
    const id = await first.getAttribute("data-licence");
    await first.locator("select").selectOption("approveWithConditions");
    // the draft names the licence by its number, as the interface does (#1 for L1)
    await page.waitForSelector(`ol.draft li:has-text("#${id!.replace(/^\D+/, "")}")`);
    await submitAndReport(page);
    // the projector at a wall's size, in both languages
    const code = (await page.locator(".bar .code").textContent())!.trim();
    const wall = await openPage(browser, "projector", problems, { viewport: { width: 1920, height: 1080 } });
    await wall.goto(`${server.base}/?projector=${code}`);
    await wall.waitForSelector(".board .board-item .why");
    await wall.waitForTimeout(800);
    await shot(wall, "projector-en");
    await wall.click('.lang button:has-text("中文")');
    await wall.waitForSelector('.projector-side h2:has-text("回合")');
    await wall.waitForTimeout(500);
    await shot(wall, "projector-zh");
    expect(await wall.locator(".board-item").count()).toBe(6);
  }, 180_000);

  it("a chip vendor: production and a chip offer from the list; the map names every actor without overlaps and shows figures with sources", async () => {
    const page = await newcomer("en");
    await start(page, "nvidia");
    expect(await showMe(page, "setProduction")).toBe("input");
    await focused(page).fill("700000");
    await focused(page).dispatchEvent("change");
    await clearFocusMark(page);
    await page.waitForSelector('ol.draft li:has-text("700")');
    // the vendor's warning before producing what already piles up is tested in the engine; here, the offer
    await showMe(page, "sellChips");
    await clearFocusMark(page);
    await offer(page, "uae", { "give-chip": "h100", "give-count": "1000", "get-cash": "27" });
    await page.waitForSelector('li.deal-proposed:has-text("United Arab Emirates")');
    await submitAndReport(page);
    // the map mid-game: names as buttons, 12 px or more, none over another
    await page.waitForTimeout(800);
    const labels = await page.locator(".map-label").evaluateAll((els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height, size: Number.parseFloat(getComputedStyle(e).fontSize) };
    }));
    expect(labels.length).toBeGreaterThanOrEqual(15);
    for (const [i, a] of labels.entries()) {
      expect(a.size).toBeGreaterThanOrEqual(12);
      for (const b of labels.slice(i + 1)) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
    }
    await shot(page, "map-mid-game-en");
    // a name opens its figures, with where they come from; a flow from the legend's list too
    await page.click('.map-label[data-actor="uae"]');
    await page.waitForSelector(".map-figures:not([hidden]) .source");
    await page.click(".legend summary");
    await page.click(".flow-list summary");
    await page.locator(".flow-list button").first().click();
    await page.waitForSelector('.map-figures:not([hidden]) th:has-text("Compute moved")');
    await shot(page, "map-figures-en");
  }, 180_000);

  it("a Gulf state, in Chinese: conditions and a chip order as the list says", async () => {
    const page = await newcomer("zh");
    await start(page, "uae", "tour-zh");
    await page.click("#role-card-button");
    await page.waitForSelector(".card-dialog .role-card");
    await shot(page, "role-card-zh");
    await page.keyboard.press("Escape");
    expect(await showMe(page, "decideConditions")).toBe("input");
    await focused(page).check();
    await clearFocusMark(page);
    await page.waitForSelector("ol.draft li");
    await showMe(page, "buyChips");
    await clearFocusMark(page);
    await offer(page, "nvidia", { "give-cash": "27", "get-chip": "h100", "get-count": "1000" });
    await page.waitForSelector("li.deal-proposed");
    await submitAndReport(page);
    await shot(page, "report-reasons-zh");
  }, 180_000);

  it("a Chinese AI firm: compute found as the list says, a warning before the risky order, and the facilitator's class set of cards", async () => {
    const page = await newcomer("en");
    await start(page, "cloudlab");
    expect(await todos(page)).toContain("leaseGulf");
    expect(await showMe(page, "findCompute")).toBe("select");
    await clearFocusMark(page);
    await page.locator('[data-place="orders.domestic"] input[type="number"]').fill("2000");
    await page.locator('[data-place="orders.domestic"] input[type="number"]').dispatchEvent("change");
    // middlemen: the warning names the odds of a seizure before the orders go
    await page.locator('[data-place="orders.middlemen"] input[type="number"]').fill("500");
    await page.locator('[data-place="orders.middlemen"] input[type="number"]').dispatchEvent("change");
    await page.waitForSelector('li.risk[data-risk="seizure"]');
    await showMe(page, "submit");
    await focused(page).click();
    await page.waitForSelector('.confirm-dialog li[data-risk="seizure"]');
    await shot(page, "warning-en");
    await page.click("#risk-proceed");
    await page.waitForSelector(".phase-report", { timeout: 30_000 });
    await followTour(page);
    await page.waitForSelector(".report-mine .changes");
    // the host of the game prints a class set: a page per seat, in both languages
    await page.click("#tab-control");
    await page.click("#print-cards");
    await page.waitForSelector(".print-set .print-page");
    await page.click(".print-bar input[type=checkbox]");
    // the page draws again on its next frame, which a busy machine may be slow to give
    await page.waitForSelector('.print-page .role-card[lang="zh-CN"]');
    const seats = await page.locator(".print-page").count();
    expect(seats % 2).toBe(0);
    expect(await page.locator('.print-page .role-card[lang="zh-CN"]').count()).toBe(seats / 2);
    // an A4 page at 96 dpi, as the browser would print it
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: "print" });
    await shot(page, "print-set");
    await page.locator('.print-page .role-card[lang="zh-CN"]').first().scrollIntoViewIfNeeded();
    await shot(page, "print-set-zh");
    await page.emulateMedia({ media: "screen" });
    expect(problems).toEqual([]);
  }, 180_000);
});
