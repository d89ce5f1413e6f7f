// A real server and real @colyseus/sdk clients over loopback.
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../util/console.ts";
import { api, createGame, join, testServer, until, type Player, type TestServer } from "../util/server.ts";

let server: TestServer;
beforeAll(async () => { server = await testServer(); });
afterAll(async () => { await server.close(); });

async function seated(code: string, actor: string, name: string): Promise<Player> {
  const p = await join(server, code, { name });
  p.send("claimSeat", { actor });
  await p.waitFor("seat", (b) => b.actor === actor);
  await until(() => p.view(actor));
  return p;
}

describe("a full game", () => {
  it("three humans and bots play all twelve rounds to the debrief", async () => {
    const game = await createGame(server);
    const teacher = await join(server, game.code, { facilitatorKey: game.facilitatorKey, name: "Teacher" });
    const us = await seated(game.code, "us", "Ana");
    const uae = await seated(game.code, "uae", "Bo");
    const nvidia = await seated(game.code, "nvidia", "Chen");
    expect(teacher.last("welcome").role).toBe("facilitator");
    expect(await teacher.ask("facilitator", { command: "start" })).toEqual({ ok: true });
    await until(() => us.state.phase === "briefing");
    expect(us.state.seats.get("saudi").bot).toBe(true);
    expect(us.state.seats.get("us").bot).toBe(false);

    for (let round = 1; round <= 12; round++) {
      await until(() => us.state.round === round && us.state.phase === "briefing", 5000, `round ${round}`);
      await teacher.ask("facilitator", { command: "advance" }); // to negotiation
      if (round === 1) {
        // NVIDIA offers the UAE a large lot; the licence goes to the US seat
        expect(await nvidia.ask("deal", { action: { kind: "proposeDeal", to: "uae", give: { chips: { h100: 8000 } }, get: { cash: 8000 * 27 } } })).toEqual({ ok: true });
        const deal = await until(() => uae.view("uae")?.deals.find((d: any) => d.from === "nvidia" && d.status === "proposed"));
        expect(await uae.ask("deal", { action: { kind: "acceptDeal", deal: deal.id } })).toEqual({ ok: true });
        const licence = await until(() => us.view("us")?.options?.us?.licences.find((l: any) => l.dealId === deal.id));
        expect(licence).toMatchObject({ exporter: "nvidia", destination: "uae", large: true });
        expect(await us.ask("orders", { actions: [{ kind: "licenceDecision", licence: licence.id, decision: "approve" }], submit: true })).toEqual({ ok: true });
      } else {
        expect(await us.ask("orders", { actions: [], submit: true })).toEqual({ ok: true });
      }
      expect(await nvidia.ask("orders", { actions: [], submit: true })).toEqual({ ok: true });
      expect(await uae.ask("orders", { actions: round === 2 ? [{ kind: "build", slots: 2000 }] : [], submit: true })).toEqual({ ok: true });
      // every human seat submitted: the round resolves at once
      await until(() => us.state.phase === "report" || us.state.phase === "finished", 5000, `report ${round}`);
      if (round === 1) expect(uae.view("uae").deals.some((d: any) => d.status === "settled")).toBe(true);
      await teacher.ask("facilitator", { command: "advance" }); // past the report
    }
    await until(() => us.state.phase === "finished");
    const debrief = us.view("us");
    expect(debrief.finished).toBe(true);
    expect(debrief.omniscient).toBe(true);
    expect(Object.keys(debrief.scores)).toHaveLength(11);
    expect(debrief.indicators).toHaveLength(12);
    const record = await api(server, `/api/games/${game.code}/record`);
    expect(record.status).toBe(200);
    expect(record.body.entries.filter((e: any) => e.type === "resolved")).toHaveLength(12);
    const csv = await api(server, `/api/games/${game.code}/indicators.csv`);
    expect(csv.body.split("\n")[0]).toMatch(/^round,quarter,split_index,security_risk/);
    expect(csv.body.trim().split("\n")).toHaveLength(13);
    for (const p of [teacher, us, uae, nvidia]) await p.leave();
  }, 60_000);
});

describe("seats and teams", () => {
  it("two players can share a seat: both see its view and either can edit its orders", async () => {
    const game = await createGame(server);
    const a = await seated(game.code, "cloudlab", "Dai");
    const b = await seated(game.code, "cloudlab", "Eva");
    await until(() => a.state.seats.get("cloudlab").members.length === 2);
    expect([...a.state.seats.get("cloudlab").members]).toEqual(["Dai", "Eva"]);
    expect(b.view("cloudlab").private.cloudlab).toBeDefined();
    expect(await a.ask("orders", { actions: [{ kind: "training", share: 0.8 }], submit: false })).toEqual({ ok: true });
    await b.waitFor("orders", (m) => m.actor === "cloudlab" && m.actions[0]?.share === 0.8);
    expect(await b.ask("orders", { actions: [{ kind: "training", share: 0.3 }], submit: false })).toEqual({ ok: true });
    await a.waitFor("orders", (m) => m.actor === "cloudlab" && m.actions[0]?.share === 0.3);
    await a.leave(); await b.leave();
  });

  it("the facilitator can lock, assign and free seats; a locked seat refuses new players", async () => {
    const game = await createGame(server);
    const teacher = await join(server, game.code, { facilitatorKey: game.facilitatorKey });
    const p = await join(server, game.code, { name: "Fay" });
    expect(await teacher.ask("facilitator", { command: "lockSeat", actor: "qatar", locked: true })).toEqual({ ok: true });
    p.send("claimSeat", { actor: "qatar" });
    await p.waitFor("error", (e) => e.code === "seatLocked");
    const memberId = p.last("welcome").memberId;
    expect(await teacher.ask("facilitator", { command: "assignSeat", member: memberId, actor: "qatar" })).toEqual({ ok: true });
    await until(() => p.view("qatar"));
    expect(p.state.seats.get("qatar").locked).toBe(true);
    expect(await teacher.ask("facilitator", { command: "freeSeat", actor: "qatar" })).toEqual({ ok: true });
    await until(() => p.state.seats.get("qatar").members.length === 0);
    await until(() => p.state.views.get("qatar") === undefined);
    await teacher.leave(); await p.leave();
  });
});

describe("bad messages", () => {
  it("get a clear error and change nothing", async () => {
    const game = await createGame(server);
    const p = await seated(game.code, "saudi", "Gus");
    const cases: [string, unknown, string][] = [
      ["orders", { actions: [{ kind: "fly" }], submit: true }, "invalidMessage"],
      ["orders", { actions: "all", submit: true }, "invalidMessage"],
      ["orders", { actions: [{ kind: "build", slots: 10 }], submit: true, actor: "uae" }, "invalidMessage"],
      ["orders", { actions: [{ kind: "build", slots: 100_000_000 }], submit: true }, "noCash"],
      ["orders", { actions: [{ kind: "setThreshold", tpp: 3000 }], submit: true }, "wrongRole"],
      ["deal", { action: { kind: "acceptDeal", deal: "D1" } }, "unknownDeal"],
      ["claimSeat", { actor: "atlantis" }, "unknownSeat"],
      ["teleport", { to: "moon" }, "unknownMessage"],
    ];
    for (const [type, body, code] of cases) {
      const reply = await p.ask(type, body);
      expect(reply, `${type} ${JSON.stringify(body)}`).toMatchObject({ ok: false, error: { code } });
      expect(reply.ok === false && reply.error.message.length).toBeGreaterThan(5);
    }
    expect(p.messages.filter((m) => m.type === "orders" && m.body.actions.length > 0)).toEqual([]);
    expect(p.state.seats.get("saudi").submitted).toBe(false);
    await p.leave();
  });

  it("a player cannot act for another seat: deals addressed to others and orders without a seat are refused", async () => {
    const game = await createGame(server);
    const vendor = await seated(game.code, "amd", "Hal");
    const gulf = await seated(game.code, "kuwait", "Ida");
    const other = await seated(game.code, "qatar", "Jo");
    expect(await vendor.ask("deal", { action: { kind: "proposeDeal", to: "kuwait", give: { chips: { mi300x: 100 } }, get: { cash: 1250 } } })).toEqual({ ok: true });
    const deal = await until(() => gulf.view("kuwait")?.deals[0]);
    expect(other.view("qatar").deals).toEqual([]);
    // a deal the seat may not see gets the same answer as one that does not exist: ids reveal nothing
    const foreign = await other.ask("deal", { action: { kind: "acceptDeal", deal: deal.id } });
    const unknown = await other.ask("deal", { action: { kind: "withdrawDeal", deal: "D999" } });
    expect(foreign).toMatchObject({ ok: false, error: { code: "unknownDeal" } });
    const answer = (reply: typeof foreign, id: string) => !reply.ok && JSON.stringify(reply.error).replaceAll(id, "?");
    expect(answer(foreign, deal.id)).toBe(answer(unknown, "D999"));
    const seatless = await join(server, game.code, { name: "Kim" });
    expect(await seatless.ask("orders", { actions: [], submit: true })).toMatchObject({ ok: false, error: { code: "noSeat" } });
    for (const p of [vendor, gulf, other, seatless]) await p.leave();
  });

  it("facilitator powers are refused to players, and a wrong key cannot join as facilitator", async () => {
    const game = await createGame(server);
    const p = await join(server, game.code, { name: "Lee" });
    for (const command of [{ command: "start" }, { command: "end" }, { command: "inject", card: "demand-surge" }, { command: "pause" }]) {
      expect(await p.ask("facilitator", command)).toMatchObject({ ok: false, error: { code: "notFacilitator" } });
    }
    expect(p.state.phase).toBe("lobby");
    // the SDK notes the refused connection; the server logs nothing, as nothing went wrong
    const refused = await capture("warn", () => expect(join(server, game.code, { facilitatorKey: "not-the-key-at-all" })).rejects.toThrow(/wrong facilitator key/), (l) => l.length > 0);
    expect(refused.lines).toEqual([expect.stringMatching(/closed unexpectedly \(4002\)/)]);
    await p.leave();
  });

  it("a flood is rate-limited for the flooder only", async () => {
    const game = await createGame(server);
    const flooder = await seated(game.code, "intel", "Max");
    const calm = await seated(game.code, "amd", "Ned");
    for (let i = 0; i < 100; i++) flooder.send("orders", { actions: [], submit: false });
    await until(() => flooder.messages.some((m) => m.type === "error" && m.body.code === "rateLimited"));
    expect(await calm.ask("orders", { actions: [], submit: false })).toEqual({ ok: true });
    await flooder.leave(); await calm.leave();
  });
});

describe("the facilitator", () => {
  it("pauses, resumes and extends the timer, injects events, broadcasts and ends the game", async () => {
    const game = await createGame(server, { timers: { briefing: 60, negotiation: 60, orders: 60, report: 60 } });
    const teacher = await join(server, game.code, { facilitatorKey: game.facilitatorKey });
    const p = await seated(game.code, "uae", "Ola");
    expect(await teacher.ask("facilitator", { command: "start" })).toEqual({ ok: true });
    await until(() => p.state.deadline > 0);
    const deadline = p.state.deadline;
    expect(await teacher.ask("facilitator", { command: "extend", seconds: 30 })).toEqual({ ok: true });
    await until(() => p.state.deadline >= deadline + 29_000);
    expect(await teacher.ask("facilitator", { command: "pause" })).toEqual({ ok: true });
    await until(() => p.state.paused && p.state.deadline === 0 && p.state.remaining > 60_000);
    expect(await teacher.ask("facilitator", { command: "resume" })).toEqual({ ok: true });
    await until(() => !p.state.paused && p.state.deadline > 0);
    expect(await teacher.ask("facilitator", { command: "inject", card: "smuggling-bust" })).toEqual({ ok: true });
    await until(() => p.view("uae").events.some((e: any) => e.kind === "scenario" && e.card === "smuggling-bust"));
    expect(await teacher.ask("facilitator", { command: "inject", card: "smuggling-bust" })).toMatchObject({ ok: false, error: { code: "alreadyDrawn" } });
    expect(await teacher.ask("facilitator", { command: "injectText", title: { en: "Typhoon", zh: "台风" }, text: { en: "A port closes.", zh: "港口关闭。" } })).toEqual({ ok: true });
    await until(() => p.view("uae").events.some((e: any) => e.kind === "scenario" && e.title.en === "Typhoon"));
    await teacher.ask("facilitator", { command: "broadcast", text: "Five minutes left" });
    await p.waitFor("broadcast", (m) => m.text === "Five minutes left");
    expect(await teacher.ask("facilitator", { command: "end" })).toEqual({ ok: true });
    await until(() => p.state.phase === "finished" && p.view("uae").omniscient);
    await teacher.leave(); await p.leave();
  });
});

describe("a fault in the engine", () => {
  it("stops its own game, paused at the orders with the facilitator told, and not the server", async () => {
    const broken = await createGame(server, { timers: { briefing: 60, negotiation: 60, orders: 60, report: 60 } });
    const other = await createGame(server);
    const teacher = await join(server, broken.code, { facilitatorKey: broken.facilitatorKey });
    const p = await seated(broken.code, "uae", "Ola");
    // the fault is injected into the running room: its session's resolution throws
    const room = matchMaker.getLocalRoomById(broken.code) as any;
    room.session.resolve = () => { throw new Error("injected fault"); };
    await teacher.ask("facilitator", { command: "start" });
    for (const phase of ["negotiation", "orders"]) {
      await teacher.ask("facilitator", { command: "advance" });
      await until(() => p.state.phase === phase);
    }
    // to the resolution, which fails: the server logs the fault and tells the facilitator
    const logged = await capture("error", async () => {
      await teacher.ask("facilitator", { command: "advance" });
      return teacher.waitFor("error", (e) => e.code === "roundFailed");
    });
    expect(logged.lines).toEqual([expect.stringMatching(/round 1 could not be resolved.* injected fault$/)]);
    const error = logged.value;
    expect(error).toMatchObject({ code: "roundFailed", params: { round: 1 }, message: expect.stringMatching(/^round 1 could not be resolved.*\(injected fault\)$/) });
    await until(() => p.state.paused && p.state.phase === "orders");
    expect(await p.ask("orders", { actions: [{ kind: "build", slots: 10 }], submit: false, seq: 1 })).toEqual({ ok: true });
    const q = await seated(other.code, "saudi", "Sam"); // the rest of the server carries on
    expect(q.state.phase).toBe("lobby");
    await teacher.leave(); await p.leave(); await q.leave();
  });
});

describe("chat", () => {
  it("public chat reaches everyone; a private message only the two seats and the facilitator", async () => {
    const game = await createGame(server);
    const teacher = await join(server, game.code, { facilitatorKey: game.facilitatorKey });
    const a = await seated(game.code, "saudi", "Pia");
    const b = await seated(game.code, "amd", "Quinn");
    const c = await seated(game.code, "cloudlab", "Ru");
    const spectator = await join(server, game.code, { spectator: true });
    a.send("chat", { to: "all", text: "hello everyone" });
    for (const p of [teacher, b, c, spectator]) await p.waitFor("chat", (m) => m.text === "hello everyone" && m.from === "saudi");
    a.send("chat", { to: "amd", text: "a quiet word" });
    expect((await b.waitFor("chat", (m) => m.text === "a quiet word")).from).toBe("saudi");
    expect((await teacher.waitFor("chat", (m) => m.text === "a quiet word")).to).toBe("amd");
    await new Promise((r) => setTimeout(r, 200));
    expect(c.messages.some((m) => m.type === "chat" && m.body.text === "a quiet word")).toBe(false);
    expect(spectator.messages.some((m) => m.type === "chat" && m.body.text === "a quiet word")).toBe(false);
    expect(await spectator.ask("chat", { to: "all", text: "hi" })).toMatchObject({ ok: false, error: { code: "spectator" } });
    for (const p of [teacher, a, b, c, spectator]) await p.leave();
  });
});

describe("big messages", () => {
  it("a full round of 100 orders (over 4 KB) is accepted, not dropped", async () => {
    const game = await createGame(server);
    const p = await seated(game.code, "cloudlab", "Sam");
    const actions = Array.from({ length: 100 }, (_, i) => ({ kind: "training", share: (i % 10) / 10 }));
    expect(await p.ask("orders", { actions, submit: false })).toEqual({ ok: true });
    expect(await p.ask("orders", { actions: [...actions, { kind: "distil", use: true }], submit: false })).toMatchObject({ ok: false, error: { code: "invalidMessage" } });
    await p.leave();
  });
});
