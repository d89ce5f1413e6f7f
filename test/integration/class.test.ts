// A class over loopback with real SDK clients: the teacher creates it, fifteen students join with
// friends' requests, the groups are formed (three games, bots in the empty seats), a student is moved,
// and the class is played to the end with class-wide commands from the dashboard. What a group
// reports reaches the teacher only, and a group's game is for its own students.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLASS_CODE_LENGTH } from "../../shared/class/protocol.ts";
import { capture } from "../util/console.ts";
import { createClass, joinClass, joinStudent, type Student } from "../util/class.ts";
import { api, join, testServer, until, type Player, type TestServer } from "../util/server.ts";

let server: TestServer;
beforeAll(async () => { server = await testServer(); });
afterAll(async () => { await server.close(); });

const NAMES = ["Ana", "Ben", "Chen", "Dara", "Eli", "Femi", "Gao", "Hana", "Ivo", "Jun", "Kai", "Lena", "Mo", "Nia", "Omar"];

/** A join the server refuses: it throws with the reason, and the SDK's note of the closed
 *  connection is caught. */
async function refused(joining: () => Promise<unknown>, reason: RegExp): Promise<void> {
  const { lines } = await capture("warn", () => expect(joining()).rejects.toThrow(reason), (l) => l.length > 0);
  expect(lines).toEqual([expect.stringMatching(/closed unexpectedly/)]);
}

/** Every group's last status the teacher heard, by group. */
const statuses = (teacher: Player, groups: number) => Array.from({ length: groups }, (_, g) => teacher.messages.filter((m) => m.type === "group" && m.body.group === g).at(-1)?.body);

describe("creating a class", () => {
  it("refuses bad settings with a clear reason, and makes nothing", async () => {
    const bad = async (body: unknown) => (await api(server, "/api/classes", { body })).body;
    expect((await bad({ scenarioId: "gulf-licensing-2024" })).problems.join()).toMatch(/groups or groupSize/);
    expect((await bad({ scenarioId: "gulf-licensing-2024", groups: 2, groupSize: 5 })).problems.join()).toMatch(/groups or groupSize/);
    expect((await bad({ scenarioId: "gulf-licensing-2024", groups: 0 })).problems.join()).toMatch(/groups/);
    expect((await bad({ scenarioId: "gulf-licensing-2024", groups: 2, lang: "fr" })).problems.join()).toMatch(/lang/);
    expect((await api(server, "/api/classes", { body: { scenarioId: "nope", groups: 2 } })).status).toBe(404);
    expect((await api(server, "/api/classes", { body: { scenario: { id: "broken" }, groups: 2 } })).body).toMatchObject({ code: "scenarioProblems", problems: expect.any(Array) });
    expect((await bad({ scenarioId: "gulf-licensing-2024", groups: 2, inStep: "yes" }))).toMatchObject({ code: "invalidClassSettings", params: { field: "inStep" } });
    expect((await api(server, "/api/classes/QQQQQQ/enter", { body: {} }))).toMatchObject({ status: 404, body: { code: "noSuchClass" } });
    expect((await api(server, "/api/games")).body).toEqual([]);
  });

  it("lets in the teacher with the key and students with a name, and nobody else", async () => {
    const c = await createClass(server);
    // a class's code is a letter longer than a game's: the home page tells them apart
    expect(c.code).toHaveLength(CLASS_CODE_LENGTH);
    expect(c.invite).toBe(`/?class=${c.code}`);
    await refused(() => joinClass(server, c.code, { teacherKey: "not-the-key" }), /wrong class key/);
    await refused(() => joinClass(server, c.code, {}), /give your name/);
    await refused(() => joinClass(server, c.code, { token: "made-up-token" }), /no longer valid/);
    const teacher = await joinClass(server, c.code, { teacherKey: c.teacherKey });
    expect(teacher.last("welcome")).toMatchObject({ role: "teacher", code: c.code, lang: "en", inStep: false });
    const student = await joinStudent(server, c.code, "Ana");
    expect(student.inClass.last("welcome")).toMatchObject({ role: "student", student: { name: "Ana" } });
    expect(student.placement).toEqual({ group: null, game: null, actor: null });
    // a student cannot run the class
    expect(await student.inClass.ask("form", {})).toEqual({ ok: false, error: expect.objectContaining({ code: "notTeacher" }) });
    expect(await student.inClass.ask("command", { group: null, command: { command: "start" } })).toEqual({ ok: false, error: expect.objectContaining({ code: "notTeacher" }) });
    // the teacher's bad commands change nothing
    expect(await teacher.ask("command", { group: null, command: { command: "start" } })).toEqual({ ok: false, error: expect.objectContaining({ code: "notFormed" }) });
    expect(await teacher.ask("command", { group: null, command: { command: "assignSeat", member: "x", actor: "us" } })).toEqual({ ok: false, error: expect.objectContaining({ code: "invalidMessage" }) });
    expect(await teacher.ask("move", { student: "nobody", group: 0 })).toEqual({ ok: false, error: expect.objectContaining({ code: "unknownStudent" }) });
    // coming back with its token, a student is the same student
    const again = await joinClass(server, c.code, { token: student.token });
    expect(again.last("welcome").student.id).toBe(student.inClass.last("welcome").student.id);
    await until(() => teacher.last("roster")?.students.length === 1 && teacher.last("roster").students[0].online);
    for (const p of [teacher, student.inClass, again]) await p.leave();
  });
});

describe("a class of three groups", () => {
  it("places 15 students, moves one, and plays every group to the end from the dashboard", async () => {
    const c = await createClass(server);
    const teacher = await joinClass(server, c.code, { teacherKey: c.teacherKey });
    // Ana and Ben ask for each other; Chen asks for Omar
    const friends: Record<string, string[]> = { Ana: ["ben"], Ben: ["Ana"], Chen: ["Omar"] };
    const students: Student[] = [];
    for (const name of NAMES) students.push(await joinStudent(server, c.code, name, friends[name]));
    const by = (name: string) => students.find((s) => s.name === name)!;
    await until(() => teacher.last("roster")?.students.filter((s: any) => s.online).length === 15);

    expect(await teacher.ask("form", {})).toEqual({ ok: true });
    expect(await teacher.ask("form", {})).toEqual({ ok: false, error: expect.objectContaining({ code: "formed" }) });
    for (const s of students) await s.play(server);
    const games: string[] = teacher.last("roster").games;
    expect(games).toHaveLength(3);
    const groupOf = (name: string) => by(name).placement.group;
    expect(groupOf("Ana")).toBe(groupOf("Ben"));
    expect(groupOf("Chen")).toBe(groupOf("Omar"));
    for (let g = 0; g < 3; g++) {
      const seats = students.filter((s) => s.placement.group === g).map((s) => s.placement.actor).sort();
      expect(seats).toEqual(["amd", "cloudlab", "nvidia", "uae", "us"]);
    }
    // every group's game holds its five students, and bots play the other six seats
    await until(() => statuses(teacher, 3).every((st) => st?.seats.filter((x: any) => x.connected).length === 5));
    for (const st of statuses(teacher, 3)) expect(st.seats.filter((x: any) => x.bot)).toHaveLength(6);

    // a group's game is for its own students: another's token, or none, is refused there
    const [g0, g1] = [games[0]!, games[1]!];
    const inGroup1 = students.find((s) => s.placement.group === 1)!;
    await refused(() => join(server, g0, { name: "Stray", seatToken: inGroup1.token }), /class/);
    await refused(() => join(server, g0, { name: "Stray" }), /join the class/);
    // and the class places students: nobody picks a seat in the game
    const ana = by("Ana").game!;
    expect(await ana.ask("claimSeat", { actor: "kuwait" })).toEqual({ ok: false, error: expect.objectContaining({ code: "placedByClass" }) });
    expect(await ana.ask("leaveSeat", {})).toEqual({ ok: false, error: expect.objectContaining({ code: "placedByClass" }) });

    // the teacher moves Ana to another group: her old seat is gone, her new one waits for her
    const from = groupOf("Ana")!;
    const anaWas = by("Ana").placement.actor;
    const to = (from + 1) % 3;
    expect(await teacher.ask("move", { student: by("Ana").inClass.last("welcome").student.id, group: to })).toEqual({ ok: true });
    await ana.waitFor("seat", (m) => m.actor === null);
    const anaNew = await by("Ana").play(server, games[from]);
    expect(by("Ana").placement).toEqual({ group: to, game: games[to], actor: "saudi" });
    expect(anaNew.last("seat").actor).toBe("saudi");
    // her old token no longer opens the old group's game
    await refused(() => join(server, games[from]!, { name: "Ana", seatToken: by("Ana").token }), /class/);
    await until(() => statuses(teacher, 3)[from]?.seats.filter((x: any) => x.names.length).length === 4 && statuses(teacher, 3)[to]?.seats.filter((x: any) => x.names.length).length === 6);

    // a latecomer goes to the group that lost a student
    const late = await joinStudent(server, c.code, "Pia");
    await late.play(server);
    students.push(late);
    expect(late.placement).toEqual({ group: from, game: games[from], actor: anaWas });

    // class-wide: start, then every round: on to negotiation, everyone submits, on from the report
    const outcome = async (command: Record<string, unknown>, group: number | null = null) => {
      const seen = teacher.messages.length;
      expect(await teacher.ask("command", { group, command })).toEqual({ ok: true });
      return teacher.messages.slice(seen).find((m) => m.type === "outcome")!.body;
    };
    expect((await outcome({ command: "start" })).groups).toEqual([0, 1, 2].map((group) => ({ group, ok: true })));
    // a refusal is per group, and says why
    expect((await outcome({ command: "resume" })).groups).toEqual([0, 1, 2].map((group) => ({ group, ok: false, refusal: { code: "notPaused", params: {} } })));
    const everyone = () => students.map((s) => s.game!);
    const allIn = (phase: string, round?: number) => until(() => everyone().every((p) => p.state.phase === phase && (round === undefined || p.state.round === round)), 10_000, `everyone in ${phase}`);
    for (let round = 1; round <= 12; round++) {
      await allIn("briefing", round);
      await outcome({ command: "advance" });
      await allIn("negotiation");
      if (round === 2) {
        // one group paused and given more time, then resumed, on its own
        expect((await outcome({ command: "pause" }, 2)).groups).toEqual([{ group: 2, ok: true }]);
        await until(() => statuses(teacher, 3)[2]?.paused && !statuses(teacher, 3)[0]?.paused);
        await outcome({ command: "extend", seconds: 60 }, 2);
        await outcome({ command: "resume" }, 2);
        // news for every group, and a word to everyone
        await outcome({ command: "inject", card: "smuggling-bust" });
        await outcome({ command: "broadcast", text: "Ten minutes left" });
        for (const p of everyone()) await p.waitFor("broadcast", (b) => b.text === "Ten minutes left");
      }
      await Promise.all(everyone().map((p) => p.ask("orders", { actions: [], submit: true })));
      await allIn("report", round);
      await outcome({ command: "advance" });
    }
    await allIn("finished");
    // the dashboard saw every group finish, with its figures
    await until(() => statuses(teacher, 3).every((st) => st.phase === "finished"));
    for (const st of statuses(teacher, 3)) {
      expect(st.headline.round).toBe(12);
      expect(st.round).toBe(12);
    }

    // the class debrief: for the teacher only
    expect((await api(server, `/api/classes/${c.code}/debrief`))).toMatchObject({ status: 403, body: { code: "teacherOnly" } });
    expect((await api(server, `/api/classes/${c.code}/debrief`, { key: "wrong-key-here" })).status).toBe(403);
    expect((await api(server, `/api/classes/${c.code}/students.csv`, { key: by("Ana").token })).status).toBe(403);
    const debrief = (await api(server, `/api/classes/${c.code}/debrief`, { key: c.teacherKey })).body;
    expect(debrief.groups.map((g: any) => [g.group, g.gameId, g.finished, g.rounds, g.series.length])).toEqual(games.map((id, g) => [g, id, true, 12, 12]));
    expect(debrief.groups[to].players.saudi).toEqual(["Ana"]);
    expect(debrief.rankings).toHaveLength(11);
    for (const r of debrief.rankings) {
      expect(r.groups.map((x: any) => x.group).sort()).toEqual([0, 1, 2]);
      expect(r.groups[0].total).toBeGreaterThanOrEqual(r.groups[2].total);
    }
    // the CSV: one row per student, with its group, seat, score and the seat's rank among the groups
    const csv = (await api(server, `/api/classes/${c.code}/students.csv`, { key: c.teacherKey })).body.trim().split("\n");
    expect(csv[0]).toBe("class,student,group,game,seat,role,score,seat_rank,groups_ranked,rounds_played,rounds_submitted,chat_messages,finished,friends");
    expect(csv).toHaveLength(17);
    const anaRow = csv.find((line: string) => line.includes('"Ana"'))!.split(",");
    expect(anaRow.slice(0, 6)).toEqual([`"${c.code}"`, '"Ana"', String(to + 1), `"${games[to]}"`, '"saudi"', '"gulf"']);
    const anaRank = debrief.rankings.find((r: any) => r.actor === "saudi").groups.find((x: any) => x.group === to).rank;
    expect(anaRow[7]).toBe(String(anaRank));
    expect(anaRow[9]).toBe("12");
    // every group's whole record, in one file
    const records = (await api(server, `/api/classes/${c.code}/records`, { key: c.teacherKey })).body;
    expect(records.groups.map((g: any) => g.gameId)).toEqual(games);
    for (const g of records.groups) {
      expect(g.header.facilitatorKeyHash).toBeUndefined();
      expect(g.entries.filter((e: any) => e.type === "resolved")).toHaveLength(12);
    }

    // what a group reports, and who sits where, reached the teacher and no student
    for (const s of students) expect(s.inClass.messages.filter((m) => ["group", "roster", "outcome"].includes(m.type))).toEqual([]);
    for (const p of [teacher, ...students.flatMap((s) => [s.inClass, s.game!])]) await p.leave().catch(() => undefined);
  }, 120_000);
});

describe("a class in step", () => {
  it("keeps its groups in the same phase: a group done early waits for the others", async () => {
    const c = await createClass(server, { groups: 2, inStep: true, timers: { briefing: 5, negotiation: 600, orders: 600, report: 600 } });
    const teacher = await joinClass(server, c.code, { teacherKey: c.teacherKey });
    expect(teacher.last("welcome").inStep).toBe(true);
    const students: Student[] = [];
    for (const name of ["Ana", "Ben", "Chen", "Dara"]) students.push(await joinStudent(server, c.code, name));
    expect(await teacher.ask("form", {})).toEqual({ ok: true });
    for (const s of students) await s.play(server);
    const group = (g: number) => students.filter((s) => s.placement.group === g).map((s) => s.game!);
    const [first, second] = [group(0), group(1)];

    // group 1 is held at the start; group 0's briefing runs out, and it waits instead of moving on
    expect(await teacher.ask("command", { group: null, command: { command: "start" } })).toEqual({ ok: true });
    expect(await teacher.ask("command", { group: 1, command: { command: "pause" } })).toEqual({ ok: true });
    await until(() => first[0]!.state.waiting, 10_000, "group 0 to wait");
    expect(first[0]!.state.phase).toBe("briefing");
    await until(() => statuses(teacher, 2)[0]?.waiting);
    // once group 1's time has run out too, both move on together
    expect(await teacher.ask("command", { group: 1, command: { command: "resume" } })).toEqual({ ok: true });
    await until(() => [...first, ...second].every((p) => p.state.phase === "negotiation" && !p.state.waiting), 10_000, "both in negotiation");

    // group 0 submits: it waits in the negotiation while group 1 talks on
    await Promise.all(first.map((p) => p.ask("orders", { actions: [], submit: true })));
    await until(() => first[0]!.state.waiting);
    await new Promise((r) => setTimeout(r, 200));
    expect(first[0]!.state.phase).toBe("negotiation");
    // a player who takes the orders back is no longer done; submitting again is
    first[0]!.send("unsubmit", {});
    await until(() => !first[0]!.state.waiting);
    expect(await first[0]!.ask("orders", { actions: [], submit: true })).toEqual({ ok: true });
    // group 1 submits: both groups resolve their round and reach the report together
    await Promise.all(second.map((p) => p.ask("orders", { actions: [], submit: true })));
    await until(() => [...first, ...second].every((p) => p.state.phase === "report" && p.state.round === 1), 10_000, "both in the report");
    // the report waits for the teacher (its time is long): advancing the class moves both
    expect(await teacher.ask("command", { group: null, command: { command: "advance" } })).toEqual({ ok: true });
    await until(() => [...first, ...second].every((p) => p.state.phase === "briefing" && p.state.round === 2), 10_000, "both in round 2");
    for (const p of [teacher, ...students.flatMap((s) => [s.inClass, s.game!])]) await p.leave().catch(() => undefined);
  }, 60_000);
});
