// Several real clients send random sequences of valid, invalid and foreign messages (seat changes,
// deals, orders, chat, facilitator commands, from anyone) through whole games. After each game: no
// client ever received a view or a draft of a seat it did not hold at that moment, the server is up,
// chips and cash are conserved, and the record replays to the game the server holds.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASH_SINKS, CASH_SOURCES } from "../../shared/engine/context.ts";
import { act, endGame, inject } from "../../shared/engine/game.ts";
import { resolveRound } from "../../shared/engine/resolve.ts";
import type { GameState } from "../../shared/engine/state.ts";
import { viewFor } from "../../shared/engine/view.ts";
import { replay, type Header, type RecordEntry } from "../../shared/record.ts";
import { chipsAccountedFor } from "../util/conservation.ts";
import { api, join, seatMarker, testServer, until, type Player, type TestServer } from "../util/server.ts";
import { defaultScenarioData } from "../util/setup.ts";
import { refusalMessage } from "../../shared/refusals.ts";
import { asSent } from "../../shared/view-wire.ts";

let server: TestServer;
beforeAll(async () => { server = await testServer(); });
afterAll(async () => { await server.close(); });

const ACTORS = ["us", "nvidia", "uae", "cloudlab", "qatar"];
/** An order each seat may give, and one that is refused. */
const ORDERS: Record<string, unknown> = {
  us: { kind: "visit", target: "uae" }, nvidia: { kind: "setPrice", chip: "h100", price: 28 }, uae: { kind: "build", slots: 100 },
  cloudlab: { kind: "training", share: 0.6 }, qatar: { kind: "securityConditions", accept: true },
};
const PLAYERS = 4; // clients 0-3 are players, 4 a spectator, 5 the facilitator
const SPECTATOR = 4, TEACHER = 5;

type Step = { who: number; type: string; body: unknown } | { who: number; token: number };
const actor = fc.constantFrom(...ACTORS, "atlantis");
const dealId = fc.integer({ min: 1, max: 40 }).map((n) => `D${n}`);
const message: fc.Arbitrary<{ type: string; body: unknown }> = fc.oneof(
  fc.record({ type: fc.constant("claimSeat"), body: fc.record({ actor }) }),
  fc.constant({ type: "leaveSeat", body: {} }),
  fc.record({ type: fc.constant("orders"), body: fc.record({ actions: fc.oneof(fc.constantFrom(...ACTORS).map((a) => [ORDERS[a]]), fc.constant([{ kind: "fly" }]), fc.constant("all")), submit: fc.boolean() }) }),
  fc.constant({ type: "unsubmit", body: {} }),
  fc.record({ type: fc.constant("deal"), body: fc.record({ action: fc.oneof(
    fc.record({ kind: fc.constant("proposeDeal"), to: actor, give: fc.constantFrom({ cash: 1000 }, { chips: { h100: 10 } }, {}), get: fc.constantFrom({ cash: 500 }, { chips: { h100: 5 } }) }),
    fc.record({ kind: fc.constantFrom("acceptDeal", "rejectDeal", "withdrawDeal"), deal: dealId }),
  ) }) }),
  fc.record({ type: fc.constant("chat"), body: fc.record({ to: fc.constantFrom("all", ...ACTORS, "atlantis"), text: fc.constantFrom("hi", "a private word", "deal?") }) }),
  fc.record({ type: fc.constant("facilitator"), body: fc.oneof(
    fc.constantFrom({ command: "start" }, { command: "advance" }, { command: "pause" }, { command: "resume" }, { command: "end" }, { command: "setBots", enabled: false }),
    fc.record({ command: fc.constant("extend"), seconds: fc.integer({ min: 5, max: 60 }) }),
    fc.record({ command: fc.constant("lockSeat"), actor, locked: fc.boolean() }),
    fc.record({ command: fc.constant("freeSeat"), actor }),
    fc.record({ command: fc.constant("inject"), card: fc.constantFrom("demand-surge", "smuggling-bust", "no-such-card") }),
  ) }),
  fc.constantFrom({ type: "teleport", body: { to: "moon" } }, { type: "orders", body: { actions: [], submit: "yes" } }, { type: "hello", body: {} }),
);
/** A step: a client sends a message; a player reclaims another player's seat with its token; or the
 *  facilitator assigns a player a seat (the facilitator also sends the players' messages, refused). */
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ who: fc.integer({ min: 0, max: TEACHER }), type: fc.constant(""), body: fc.constant(null) }).chain(({ who }) => message.map((m) => ({ who, ...m }))) },
  { weight: 1, arbitrary: fc.record({ who: fc.integer({ min: 0, max: PLAYERS - 1 }), token: fc.integer({ min: 0, max: PLAYERS - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ who: fc.constant(TEACHER), type: fc.constant("assign"), body: fc.record({ member: fc.integer({ min: 0, max: SPECTATOR }), actor: fc.option(actor) }) }) },
);

/** Checks that every view marker and every draft a client received was for the seat it held then:
 *  the seat the last "seat" message before it named. */
function checkWhatEachReceived(name: string, p: Player, own: "facilitator" | "public" | "player"): void {
  const seats = p.messages.filter((m) => m.type === "seat");
  const heldAt = (frame: number) => seats.filter((m) => m.frame <= frame).at(-1)?.body.actor ?? null;
  const markers = [...ACTORS.map((a) => ({ seat: a, marker: seatMarker({ kind: "actor", actor: a }) })),
    { seat: "facilitator", marker: seatMarker({ kind: "facilitator" }) }, { seat: "public", marker: seatMarker({ kind: "public" }) }];
  p.frames().forEach((frame, i) => {
    if (frame[0] !== 14 && frame[0] !== 15) return; // state and patches; messages are checked below
    const text = Buffer.from(frame).toString("latin1");
    const held = own === "player" ? heldAt(i + 1) ?? "public" : own;
    for (const { seat, marker } of markers) {
      if (text.includes(marker)) expect(seat, `${name}, frame ${i}: the view of ${seat} while holding ${held}`).toBe(held);
    }
  });
  if (own === "facilitator") return;
  for (const m of p.messages) {
    const held = heldAt(m.frame);
    if (m.type === "orders") expect(m.body.actor, `${name} got ${m.body.actor}'s draft while holding ${held}`).toBe(held);
    if (m.type === "chat" && m.body.to !== "all") expect([m.body.from, m.body.to], `${name} got a private message`).toContain(held);
  }
}

/** Replays a record round by round: chips are all accounted for, and cash moves only by named sources and sinks. */
function checkConservation(entries: RecordEntry[]): GameState {
  const header = entries[0] as Header;
  let state = replay([header]).state;
  const chips = (s: GameState) => {
    const where = chipsAccountedFor(s);
    for (const c in s.made) expect(where[c], `chips of ${c}`).toBe(s.made[c]);
  };
  const cash = (s: GameState) => Object.values(s.actors).reduce((n, a) => n + a.cash, 0);
  for (const e of entries.slice(1)) {
    if (e.type === "deal") {
      const out = act(state, e.actor, e.action);
      if (!out.ok) throw new Error(refusalMessage(out.error));
      expect(cash(out.state)).toBe(cash(state));
      state = out.state;
    } else if (e.type === "inject") {
      const out = inject(state, e.what);
      if (out.ok) state = out.state;
    } else if (e.type === "resolved") {
      const result = resolveRound(state, e.orders);
      const named = result.ledger.filter((l) => (CASH_SOURCES as readonly string[]).includes(l.kind) || (CASH_SINKS as readonly string[]).includes(l.kind));
      expect(cash(result.state) - cash(state), `round ${e.round}: cash in and out`).toBe(named.reduce((n, l) => n + l.amount, 0));
      state = result.state;
      chips(state);
    } else if (e.type === "finished") {
      state = endGame(state);
    }
  }
  return state;
}

describe("random clients through whole games", () => {
  it("leak nothing, break nothing, lose nothing", async () => {
    const data = defaultScenarioData();
    data.calendar.rounds = 3;
    data.events.deck = data.events.deck.filter((c: { fromRound?: number }) => (c.fromRound ?? 1) <= 3);
    data.events.scheduled = data.events.scheduled.filter((e: { round: number }) => e.round <= 3);
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 40, maxLength: 90 }), fc.integer({ min: 1, max: 1000 }), async (steps, seed) => {
      const created = await api(server, "/api/games", { body: { scenario: data, seed, timers: { briefing: 600, negotiation: 600, orders: 600, report: 600 } } });
      expect(created.status).toBe(201);
      const { code, facilitatorKey } = created.body as { code: string; facilitatorKey: string };
      const clients: Player[] = [];
      for (let i = 0; i < PLAYERS; i++) clients.push(await join(server, code, { name: `P${i}` }));
      clients.push(await join(server, code, { name: "watcher", spectator: true }));
      clients.push(await join(server, code, { name: "teacher", facilitatorKey }));
      const teacher = clients[TEACHER]!;
      const memberOf = (i: number) => clients[i]!.last("welcome")?.memberId ?? "nobody";
      const tokenOf = (i: number) => clients[i]!.messages.filter((m) => m.type === "seat" && m.body.token).at(-1)?.body.token as string | undefined;

      for (const s of steps) {
        const p = clients[s.who]!;
        if ("token" in s) p.send("reclaimSeat", { token: tokenOf(s.token) ?? "not-a-real-token" });
        else if (s.type === "assign") {
          const { member, actor: seat } = s.body as { member: number; actor: string | null };
          p.send("facilitator", { command: "assignSeat", member: memberOf(member), actor: seat });
        } else p.send(s.type, s.body);
        await new Promise((r) => setTimeout(r, 3));
      }
      // then the facilitator plays the game out to its end
      await new Promise((r) => setTimeout(r, 100));
      for (let i = 0; i < 40 && teacher.state.phase !== "finished"; i++) {
        const command = teacher.state.phase === "lobby" ? "start" : teacher.state.paused ? "resume" : "advance";
        const before = `${teacher.state.phase}/${teacher.state.paused}`;
        // the reply comes before the state patch it causes: wait for the patch before deciding again
        if ((await teacher.ask("facilitator", { command })).ok) await until(() => `${teacher.state.phase}/${teacher.state.paused}` !== before, 5000, `the game to move on from ${before}`);
      }
      await until(() => teacher.state.phase === "finished");
      await until(() => teacher.view("facilitator")?.finished);
      await new Promise((r) => setTimeout(r, 100));

      clients.forEach((p, i) => checkWhatEachReceived(`client ${i}`, p, i === TEACHER ? "facilitator" : i === SPECTATOR ? "public" : "player"));
      // the server is up and the record replays to the game it holds
      expect((await api(server, "/health")).body).toEqual({ ok: true });
      const record = await api(server, `/api/games/${code}/record`, { key: facilitatorKey });
      const entries = [{ ...record.body.header, facilitatorKeyHash: "" }, ...record.body.entries] as RecordEntry[];
      const state = checkConservation(entries);
      expect(replay(entries).state).toEqual(state);
      expect(teacher.view("facilitator")).toEqual(asSent(viewFor(state, { kind: "facilitator" }, { eventsSince: Math.max(1, state.round - 1) })));
      for (const p of clients) await p.leave();
    }), { numRuns: 6 });
  }, 120_000);
});
