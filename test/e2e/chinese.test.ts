// The Chinese edition end to end, in Debian's Chromium: a teacher creates a game and plays the US, three
// students play a chip vendor, a Gulf state and a Chinese AI firm, a projector shows the room; two
// rounds with deals, orders, a refused order, chat, injected news and a broadcast, then the debrief.
// Every screen and tab every one of them opens is read whole (text, options, labels, tooltips, closed
// sections): no English word beyond names and a few abbreviations, no raw true/false, no ids.
// Screenshots of the report, the orders and the debrief go to test-artifacts/.
import type { Browser, Page } from "playwright-core";
import { expect, it } from "vitest";
import { artifacts, openPage, shot as shotAt } from "../util/browser.ts";
import { LATIN_ALLOWED, latinWords } from "../util/latin.ts";
import { describeInBrowser, offerChipsToUae, serverAndBrowser, setField } from "../util/e2e.ts";
import type { TestServer } from "../util/server.ts";
import { defaultScenarioData } from "../util/setup.ts";

/** The short list, and the Latin in the names the scenario gives its chips, actors and bills in Chinese. */
const ALLOWED = (() => {
  const s = defaultScenarioData();
  const names = [...s.chipTypes, ...s.actors, ...Object.values(s.npc), ...s.bills].map((x) => (x as { name: { zh: string } }).name.zh);
  return new Set([...LATIN_ALLOWED, ...names.flatMap((n) => latinWords(n, new Set()))]);
})();

let server: TestServer;
let browser: Browser;
let code = "";
const problems: string[] = [];
/** What each check read, by page and place: a check that reads nothing would prove nothing. */
const read: Record<string, number> = {};

async function open(who: string, path = "/"): Promise<Page> {
  // the guided first round has its own test (guided.test.ts, both languages)
  const page = await openPage(browser, who, problems, { lang: "zh", knowsTheGame: true });
  await page.goto(`${server.base}${path}`);
  return page;
}

/** Every text of the page a reader may meet: what shows, the options of every list, labels and
 *  tooltips, and what closed sections hold. */
const pageText = (page: Page) => page.evaluate(() => {
  const texts = [document.body.innerText];
  for (const el of document.querySelectorAll("[title], [placeholder], [aria-label], [aria-valuetext]")) {
    for (const a of ["title", "placeholder", "aria-label", "aria-valuetext"]) texts.push(el.getAttribute(a) ?? "");
  }
  for (const el of document.querySelectorAll("option, details")) texts.push(el.textContent ?? "");
  return texts.join("\n");
});

/** Reads the page as it is and notes any English, raw true/false or id in it. */
async function check(page: Page, where: string): Promise<string> {
  await page.waitForTimeout(150); // the store renders on the next frame
  const text = (await pageText(page)).replaceAll(code, "").replace(/https?:\/\/\S+/g, "");
  read[where] = text.length;
  const words = [...new Set(latinWords(text, ALLOWED))];
  // each with the text around it, to find where it came from
  const around = (w: string) => { const at = text.search(new RegExp(`(?<![A-Za-z0-9])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9])`)); return `${w} in “${text.slice(Math.max(0, at - 20), at + w.length + 20).replace(/\s+/g, " ")}”`; };
  // true/false, a deal's or licence's id (D12), an id in the scenario (nvidia, enforce-act, camelCase)
  const raw = words.filter((w) => /^(true|false|null|undefined|NaN)$/.test(w) || /^[DLSMHE]\d+$/.test(w) || /[a-z]+[A-Z]|^[a-z0-9-]+$/.test(w));
  if (raw.length) problems.push(`${where}: raw values ${raw.map(around).join("; ")}`);
  const english = words.filter((w) => !raw.includes(w));
  if (english.length) problems.push(`${where}: English ${english.map(around).join("; ")}`);
  return text;
}

const shot = (page: Page, name: string, fullPage = false) => shotAt(page, `${artifacts()}${name}.png`, fullPage);


/** Clicks, then reads and accepts the warning the game gives first about a risky action, if it does. */
async function clickThrough(page: Page, selector: string, where: string): Promise<void> {
  await page.click(selector);
  await page.waitForTimeout(150);
  if (await page.locator(".confirm-dialog").count()) {
    await check(page, `${where}, warning`);
    await page.click("#risk-proceed");
  }
}

/** Opens each tab of the side panel and of the map in turn, reading each. */
async function everyTab(page: Page, who: string, tabs = ["orders", "deals", "chat", "report"]): Promise<void> {
  for (const tab of tabs) {
    await page.click(`#tab-${tab}`);
    await check(page, `${who}, ${tab} tab`);
  }
  await page.click("#tab-chain");
  await check(page, `${who}, supply chain`);
  await page.click("#tab-map");
  await check(page, `${who}, world map`);
}

describeInBrowser("the Chinese edition", () => {
  serverAndBrowser((s, b) => { server = s; browser = b; });

  it("reads in Chinese on every screen and tab, for every role, through a whole game", async () => {
    // home and lobby
    const teacher = await open("teacher");
    await teacher.waitForSelector("#create-game");
    expect(await check(teacher, "home")).toContain("创建游戏");
    await setField(teacher, "#player-name", "李老师");
    await teacher.click("#create-game");
    code = (await teacher.locator("#room-code").textContent())!.trim();
    await teacher.click('[data-actor="us"] button.claim');
    await teacher.waitForSelector('[data-actor="us"].mine');
    const students: Record<string, Page> = {};
    for (const [actor, name] of [["nvidia", "王同学"], ["uae", "张同学"], ["cloudlab", "陈同学"]] as const) {
      const page = await open(actor, `/?join=${code}`);
      await setField(page, "#player-name", name);
      await page.click("form button.primary");
      await page.waitForSelector("#room-code");
      await page.click(`[data-actor="${actor}"] button.claim`);
      await page.waitForSelector(`[data-actor="${actor}"].mine`);
      students[actor] = page;
    }
    const { nvidia, uae, cloudlab } = students as Record<"nvidia" | "uae" | "cloudlab", Page>;
    await teacher.waitForSelector('[data-actor="cloudlab"] .members:has-text("陈同学")');
    await check(teacher, "lobby, facilitator");
    await shot(teacher, "zh-lobby");
    expect(await check(uae, "lobby, player")).toContain("等待主持人开始");

    // the briefing: every tab of every role, and the facilitator's console
    await teacher.click("#start-game");
    for (const page of [teacher, nvidia, uae, cloudlab]) await page.waitForSelector(".phase-briefing");
    // the clock stops, so that reading every tab on a slow machine does not outlast the 45 s briefing;
    // the host moves the game on by hand
    await teacher.click("#tab-control");
    await teacher.click('section.control button:has-text("暂停")');
    await teacher.waitForSelector('section.control button:has-text("继续")');
    await teacher.waitForSelector("#phaser-host canvas");
    await everyTab(teacher, "US", ["orders", "deals", "chat", "report", "control"]);
    await everyTab(nvidia, "vendor");
    await everyTab(uae, "Gulf state");
    await everyTab(cloudlab, "Chinese firm");

    // negotiation: a chip sale, a compute lease, a chat
    await teacher.click("#tab-orders"); // the host's button to move on shows beside the panels, not over the console
    await teacher.click("#continue"); // the clock is stopped: the briefing lasts until the host moves on
    await uae.waitForSelector(".phase-negotiation");
    await offerChipsToUae(nvidia);
    await cloudlab.click("#tab-deals");
    await cloudlab.selectOption("#deal-to", "uae");
    await setField(cloudlab, 'input[name="give-cash"]', "20");
    const lease = cloudlab.locator('fieldset.deal-side >> nth=1 >> label:has-text("算力租赁") input >> nth=0');
    await lease.fill("800");
    await lease.dispatchEvent("change");
    await clickThrough(cloudlab, "#propose-deal", "Chinese firm, offering");
    await uae.click("#tab-deals");
    await uae.waitForSelector("li.deal-proposed >> nth=1");
    await check(uae, "Gulf state, two offers");
    for (const n of [2, 1]) {
      await clickThrough(uae, "li.deal-proposed button.accept >> nth=0", "Gulf state, accepting");
      await uae.waitForFunction((left) => document.querySelectorAll("li.deal-proposed").length < left, n);
    }
    await uae.waitForSelector("li.deal-awaitingLicence");
    await check(uae, "Gulf state, deals accepted");
    await uae.click("#tab-chat");
    await uae.fill("#chat-input", "我们欢迎更多投资。");
    await uae.press("#chat-input", "Enter");
    await nvidia.click("#tab-chat");
    await nvidia.waitForSelector('.messages:has-text("我们欢迎更多投资")');
    await check(nvidia, "vendor, chat");

    // orders for every role, one of them refused first
    await teacher.click("#tab-orders");
    await teacher.waitForSelector('select[aria-label^="对许可证"]');
    await teacher.selectOption('select[aria-label^="对许可证"]', "approveWithConditions");
    await setField(teacher, 'label:has-text("上缴美国的比例") input', "15");
    await teacher.check('label:has-text("云服务客户身份核查") input[type=checkbox]');
    await teacher.dispatchEvent('label:has-text("云服务客户身份核查") input[type=checkbox]', "change");
    await setField(teacher, 'label:has-text("推动《ENFORCE法案》") input', "10");
    await check(teacher, "US, orders drafted");
    await shot(teacher, "zh-orders-us");
    await nvidia.click("#tab-orders");
    await setField(nvidia, 'label:has-text("投入（百万美元）") input', "5");
    await nvidia.selectOption('label:has-text("目标") select', { index: 1 });
    await check(nvidia, "vendor, orders drafted");
    await uae.click("#tab-orders");
    await setField(uae, 'label:has-text("新建芯片装机位") input', "100000000");
    const refusal = await uae.waitForSelector(".notice.error");
    const refused = (await refusal.textContent())!;
    expect(refused).toMatch(/^第1条指令（建设数据中心）：需要.+美元，你只有.+美元现金$/);
    await check(uae, "Gulf state, an order refused");
    await setField(uae, 'label:has-text("新建芯片装机位") input', "500");
    await uae.check('label:has-text("接受美方安全条件") input[type=checkbox]');
    await uae.dispatchEvent('label:has-text("接受美方安全条件") input[type=checkbox]', "change");
    await cloudlab.click("#tab-orders");
    await setField(cloudlab, 'input[aria-label="租用算力（H100等效）"]', "2000");
    await setField(cloudlab, 'input[aria-label="数量"] >> nth=0', "3000");
    await setField(cloudlab, 'input[aria-label="数量"] >> nth=1', "200");
    await check(cloudlab, "Chinese firm, orders drafted");
    await shot(cloudlab, "zh-orders");
    for (const page of [nvidia, uae, cloudlab]) {
      await page.waitForTimeout(500); // the draft is saved after a pause in typing
      await clickThrough(page, "#submit-orders", "submitting");
      await page.waitForSelector("#unsubmit");
    }
    await teacher.waitForTimeout(500);
    await clickThrough(teacher, "#submit-orders", "US, submitting");

    // the first report, every role
    for (const page of [teacher, nvidia, uae, cloudlab]) await page.waitForSelector(".phase-report", { timeout: 20_000 });
    await everyTab(teacher, "US, report", ["report", "orders", "deals", "control"]);
    await everyTab(nvidia, "vendor, report");
    await everyTab(uae, "Gulf state, report");
    await everyTab(cloudlab, "Chinese firm, report");
    await uae.click("#tab-report");
    expect(await check(uae, "Gulf state, first report")).toMatch(/2024年第\d季度/);
    await teacher.click("#tab-report");
    expect(await check(teacher, "US, first report")).toContain("对华销售分成由0%改为15%");
    await shot(uae, "zh-report");

    // round two: news from the deck, a Chinese-only free text, a broadcast; the projector watches
    const projector = await open("projector", `/?projector=${code}`);
    await projector.waitForSelector(".projector #phaser-host canvas");
    await check(projector, "projector");
    await teacher.click("#tab-orders");
    await teacher.click("#continue");
    await teacher.click("#tab-control");
    await teacher.selectOption('select[aria-label="事件卡"]', "demand-surge");
    await teacher.click('.control button:has-text("打出")');
    await teacher.click(".control details summary");
    await teacher.fill("#inject-title-zh", "台积电宣布扩产");
    await teacher.fill("#inject-text-zh", "先进封装产能明年翻番。");
    await teacher.dispatchEvent("#inject-title-zh", "input");
    await teacher.dispatchEvent("#inject-text-zh", "input");
    await teacher.click("#inject-text");
    await check(teacher, "facilitator console");
    await shot(teacher, "zh-control");
    await teacher.fill(".control form input", "还剩五分钟");
    await teacher.press(".control form input", "Enter");
    await cloudlab.waitForSelector('.notice:has-text("还剩五分钟")');
    await cloudlab.click("#tab-report");
    await cloudlab.waitForSelector('.report:has-text("台积电宣布扩产")');
    await check(cloudlab, "Chinese firm, injected news");
    await projector.waitForSelector('.projector-side:has-text("台积电宣布扩产")');
    await check(projector, "projector, news");
    await teacher.click("#tab-orders");
    await teacher.click("#continue"); // to the negotiation
    for (const page of [teacher, nvidia, uae, cloudlab]) await page.waitForSelector(".phase-negotiation");
    for (const page of [nvidia, uae, cloudlab, teacher]) {
      await page.click("#tab-orders");
      await clickThrough(page, "#submit-orders", "submitting again");
    }
    for (const page of [teacher, nvidia, uae, cloudlab]) await page.waitForSelector(".phase-report", { timeout: 20_000 });
    await everyTab(cloudlab, "Chinese firm, second report");
    await cloudlab.click("#tab-chain");
    await cloudlab.waitForTimeout(800);
    await shot(cloudlab, "zh-supply-chain");
    await check(projector, "projector, second report");
    await shot(projector, "zh-projector");

    // the debrief, for everyone
    teacher.on("dialog", (d) => void d.accept());
    await teacher.click("#tab-control");
    await teacher.click("#end-game");
    for (const page of [teacher, nvidia, uae, cloudlab, projector]) await page.waitForSelector(".debrief");
    for (const [who, page] of [["facilitator", teacher], ["vendor", nvidia], ["Gulf state", uae], ["Chinese firm", cloudlab], ["projector", projector]] as const) {
      await page.waitForSelector("figure.chart canvas");
      await page.waitForSelector(".timeline-round");
      const text = await check(page, `${who}, debrief`);
      expect(text).toMatch(/美国前沿实验室领先中国企业|中国企业领先美国前沿实验室/);
    }
    await shot(uae, "zh-debrief", true);

    for (const [where, length] of Object.entries(read)) expect(length, where).toBeGreaterThan(100);
    expect(Object.keys(read).length).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  }, 300_000);
});
