// End to end, in Debian's Chromium: a teacher creates a class on the home page and runs it from the
// dashboard: fifteen students join (one in a browser, the rest as SDK clients), the groups are formed,
// three live groups show on one screen, the teacher moves the browser's student, plays two rounds
// with class-wide commands, ends the class and opens the class debrief, in English and Chinese and on
// the projector. Screenshots go to test-artifacts/.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { expect, it } from "vitest";
import { artifacts, openPage, shot as shotAt } from "../util/browser.ts";
import { joinStudent, type Student } from "../util/class.ts";
import { describeInBrowser, serverAndBrowser, setField } from "../util/e2e.ts";
import { until, type TestServer } from "../util/server.ts";


let server: TestServer;
let browser: Browser;
const problems: string[] = [];

const shot = (page: Page, name: string) => shotAt(page, `${artifacts()}${name}.png`, true);

/** An order each seat a student may hold can give. */
const ORDERS: Record<string, unknown[]> = {
  us: [{ kind: "visit", target: "uae" }], nvidia: [{ kind: "setPrice", chip: "h100", price: 28 }], amd: [{ kind: "setPrice", chip: "mi300x", price: 13 }],
  uae: [{ kind: "build", slots: 100 }], saudi: [{ kind: "sovereignAI", share: 0.3 }], cloudlab: [{ kind: "training", share: 0.6 }],
};

const NAMES = ["Ana", "Ben", "Chen", "Dara", "Eli", "Femi", "Gao", "Hana", "Ivo", "Jun", "Kai", "Lena", "Mo", "Nia"];

describeInBrowser("a class in the browser", () => {
  serverAndBrowser((s, b) => { server = s; browser = b; });

  it("a teacher runs three groups from the dashboard and debriefs the class, in English and Chinese", async () => {
    const teacher = await openPage(browser, "teacher", problems);
    await teacher.goto(server.base);
    await setField(teacher, "#class-groups", "3");
    await teacher.click("#create-class");
    const code = (await teacher.locator("#class-code").textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{7}$/);

    expect(await teacher.locator(".class-top .invite a").textContent()).toBe(`${server.base}/?class=${code}`);

    // a student types the class's code where a game's would go, and joins with a friend's name
    const wang = await openPage(browser, "student", problems);
    await wang.goto(server.base);
    await wang.fill("#join-code", code.toLowerCase());
    await wang.click("form button.primary");
    await setField(wang, "#class-name", "Wang");
    await wang.fill("#class-friends", "Ana");
    await wang.click("#join-class");
    await wang.waitForSelector("text=Waiting for the teacher to form the groups");
    await shot(wang, "class-1-student-waiting");
    // the others join by SDK
    const students: Student[] = [];
    for (const name of NAMES) students.push(await joinStudent(server, code, name));
    await teacher.waitForSelector(`.class-roster tbody tr:nth-child(15)`);

    await teacher.click("#form-groups");
    await teacher.waitForSelector(".group-card:nth-child(3)");
    for (const s of students) await s.play(server);
    // Wang is taken into the game of the group the class placed him in, next to Ana
    await wang.waitForSelector(".lobby >> text=Waiting for the facilitator to start");
    const anaGame = students.find((s) => s.name === "Ana")!.placement.game!;
    expect(await wang.locator("header .code").textContent()).toBe(anaGame);

    // start every group and play round 1 from the dashboard: every student gives orders
    await teacher.click("#class-start");
    await teacher.waitForSelector(".group-card .phase-briefing");
    const inPhase = (phase: string, round: number) => until(() => students.every((s) => s.game!.state.phase === phase && s.game!.state.round === round), 15_000, `${phase} of round ${round}`);
    const submitAll = async (who: Student[]) => {
      for (const s of who) expect(await s.game!.ask("orders", { actions: ORDERS[s.placement.actor!] ?? [], submit: true })).toEqual({ ok: true });
    };
    await teacher.click("#class-advance");
    await inPhase("negotiation", 1);
    await wang.click("#tab-orders");
    await wang.click("#submit-orders");
    await submitAll(students);
    await inPhase("report", 1);
    await teacher.click("#class-advance");
    await inPhase("briefing", 2);
    await teacher.click("#class-advance");
    await inPhase("negotiation", 2);

    // round 2 under way: some have submitted, one has dropped out of his game
    await submitAll(students.slice(0, 5));
    await students[6]!.game!.leave();
    students[6]!.game = null;
    await teacher.waitForSelector(".away-line");
    await teacher.waitForSelector(".group-card:nth-child(3) .phase-negotiation");
    expect(await teacher.locator(".group-card").count()).toBe(3);
    expect(await teacher.locator(".group-card .headline").count()).toBe(3);
    expect(await teacher.locator(".not-submitted").count()).toBe(3);
    await teacher.waitForSelector(".notice", { state: "detached" });
    await shot(teacher, "class-2-dashboard");
    await teacher.click('.lang button:has-text("中文")');
    await teacher.waitForSelector("text=班级控制台");
    await shot(teacher, "class-3-dashboard-zh");
    await teacher.click('.lang button:has-text("EN")');

    // the teacher moves Wang to another group: his page follows by itself
    const row = teacher.locator(".class-roster tr", { hasText: "Wang" });
    const from = Number(await row.locator("select").first().inputValue());
    await row.locator("select").first().selectOption(String((from + 1) % 3));
    await wang.waitForSelector(".notice:has-text('moved you')");
    await wang.waitForFunction((game) => document.querySelector("header .code")?.textContent !== game, anaGame);
    // the student who dropped comes back; round 2 ends in every group
    await students[6]!.play(server);
    await wang.click("#tab-orders");
    await wang.click("#submit-orders");
    await submitAll(students.slice(5));
    await inPhase("report", 2);
    await wang.waitForSelector(".phase-report");
    await wang.waitForSelector(".notice", { state: "detached" });
    await shot(wang, "class-4-student-report");

    // the teacher ends every group, and opens the class debrief
    teacher.on("dialog", (d) => void d.accept());
    await teacher.click("#class-end");
    await until(() => students.every((s) => s.game!.state.phase === "finished"));
    await teacher.click("#class-debrief");
    await teacher.waitForSelector(".class-final");
    await teacher.waitForSelector(".notice", { state: "detached" });
    await teacher.waitForSelector("#class-charts figure.chart canvas");
    expect(await teacher.locator("#class-charts figure.chart").count()).toBe(5);
    expect(await teacher.locator(".class-scores tbody tr").count()).toBe(11);
    expect(await teacher.locator(".ranking").count()).toBe(11);
    await shot(teacher, "class-5-debrief");
    await teacher.click('.lang button:has-text("中文")');
    await teacher.waitForSelector("h1:has-text('班级复盘')");
    await teacher.waitForTimeout(300);
    await shot(teacher, "class-6-debrief-zh");
    await teacher.click("#class-projector");
    await teacher.waitForSelector(".class-debrief.projector");
    await teacher.waitForTimeout(300);
    await shot(teacher, "class-7-projector-zh");
    expect(await teacher.locator(".class-debrief .names").first().isVisible()).toBe(false);
    await teacher.click("#leave-projector");
    await teacher.click('.lang button:has-text("EN")');

    const [download] = await Promise.all([teacher.waitForEvent("download"), teacher.click("#class-csv")]);
    const csv = readFileSync((await download.path())!, "utf8").trim().split("\n");
    expect(csv).toHaveLength(16);
    // Wang played round 2 in his new group's seat: two rounds resolved there, one submitted by him
    expect(csv.find((l) => l.includes('"Wang"'))).toMatch(/^"[A-Z0-9]{7}","Wang",\d,"[A-Z0-9]{6}","saudi","gulf",[\d.]+,\d,3,2,1,0,"true","Ana"$/);

    for (const s of students) { await s.inClass.leave(); await s.game!.leave().catch(() => undefined); }
    expect(problems).toEqual([]);
  }, 180_000);
});
