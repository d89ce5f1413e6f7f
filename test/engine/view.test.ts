import { describe, expect, it } from "vitest";
import { viewFor, type Seat } from "../../shared/engine/view.ts";
import type { GameState } from "../../shared/engine/state.ts";
import { allBotOrders } from "../../shared/bots/index.ts";
import { resolveRound } from "../../shared/engine/resolve.ts";
import { createGame } from "../../shared/engine/setup.ts";
import { scenario } from "../util/setup.ts";

/** A game several rounds in, with deals, licences, leases and smuggling, played by bots. */
function midGame(rounds = 6): GameState {
  let s = createGame(scenario(), 11);
  for (let i = 0; i < rounds; i++) s = resolveRound(s, allBotOrders(s)).state;
  return s;
}
const actor = (id: string): Seat => ({ kind: "actor", actor: id });

describe("viewFor", () => {
  const s = midGame();

  it("shows each seat its own actor in full and no other", () => {
    for (const id of s.actorOrder) {
      const v = viewFor(s, actor(id));
      expect(Object.keys(v.private)).toEqual([id]);
      expect(Object.keys(v.trust)).toEqual([id]);
      expect(Object.keys(v.scores)).toEqual([id]);
    }
    expect(Object.keys(viewFor(s, { kind: "public" }).private)).toEqual([]);
  });

  it("shows deals, licences, leases and shipments only to their parties", () => {
    for (const id of s.actorOrder) {
      const v = viewFor(s, actor(id));
      for (const d of v.deals) expect([d.from, d.to]).toContain(id);
      for (const sh of v.shipments) expect([sh.from, sh.to]).toContain(id);
      if (id !== "us") {
        for (const l of v.licences) expect([l.exporter, l.destination]).toContain(id);
        for (const l of v.licences) expect(l.status).not.toBe("delayed");
        for (const l of v.leases) expect([l.lessor, l.lessee]).toContain(id);
      } else {
        for (const l of v.leases) expect(l.detected || !l.hidden).toBe(true);
      }
      for (const e of v.events) expect(e.visibleTo === "all" || e.visibleTo.includes(id)).toBe(true);
    }
  });

  it("hides smuggled chips from the public face of a Chinese firm, but not from the firm itself", () => {
    const firm = s.actorOrder.find((id) => s.actors[id]!.role === "chinaFirm" && Object.values(s.actors[id]!.smuggled).some((n) => n > 0));
    expect(firm, "the bots smuggle in this game").toBeDefined();
    const seenByUs = viewFor(s, actor("us")).actors.find((a) => a.id === firm)!.compute;
    const seenByItself = viewFor(s, actor(firm!)).actors.find((a) => a.id === firm)!.compute;
    expect(seenByItself).toBeGreaterThan(seenByUs);
  });

  it("gives the facilitator, and everyone once the game is over, the whole truth", () => {
    const f = viewFor(s, { kind: "facilitator" });
    expect(f.omniscient).toBe(true);
    expect(Object.keys(f.private)).toEqual(s.actorOrder);
    expect(f.events).toHaveLength(s.log.length);
    expect(f.indicators.at(-1)).toEqual(s.history.at(-1)!.indicators);
    let end = s;
    while (!end.finished) end = resolveRound(end, allBotOrders(end)).state;
    const debrief = viewFor(end, actor("kuwait"));
    expect(debrief.omniscient).toBe(true);
    expect(Object.keys(debrief.scores)).toEqual(end.actorOrder);
    expect(debrief.options).toBeNull();
  });

  it("can send only recent events and closed deals", () => {
    const v = viewFor(s, { kind: "facilitator" }, { eventsSince: s.round });
    expect(v.events.every((e) => e.round >= s.round)).toBe(true);
    expect(v.deals.every((d) => d.closedRound === null || d.closedRound >= s.round)).toBe(true);
  });
});
