// What a group tells its class: alerts for the dashboard, and when groups running in step move on.
import { describe, expect, it } from "vitest";
import type { GameEvent } from "../../shared/engine/events.ts";
import { alertsOf, groupsToAdvance, headlineOf, progress, type GroupSeat } from "../../shared/class/status.ts";
import { round } from "../util/play.ts";
import { game } from "../util/setup.ts";

const seat = (actor: string, names: string[], connected: number, placed = names.length > 0): GroupSeat => ({ actor, role: "gulf", names, placed, connected, submitted: false, bot: names.length === 0 });

describe("a group's alerts", () => {
  it("name breaches caught and failed deals of the last round and this one, and seats nobody plays", () => {
    let state = game();
    state = round(state).state;
    state = round(state).state; // round 3 is being played
    const at = (r: number, body: Partial<GameEvent>) => ({ round: r, visibleTo: "all", ...body }) as GameEvent;
    const old = at(1, { kind: "seized", buyer: "cloudlab", chips: { h100: 5 } });
    const lease = at(2, { kind: "leaseDetected", lessor: "uae", lessee: "cloudlab", compute: 100, breach: true });
    const allowed = at(2, { kind: "leaseDetected", lessor: "qatar", lessee: "cloudlab", compute: 100, breach: false });
    const denied = at(3, { kind: "deal", deal: "d1", status: "denied", from: "nvidia", to: "uae" });
    const settled = at(3, { kind: "deal", deal: "d2", status: "settled", from: "amd", to: "saudi" });
    state = { ...state, log: [...state.log.filter((e) => e.round < 2), old, ...state.log.filter((e) => e.round >= 2), lease, allowed, denied, settled] };
    // Ana dropped (still within her reconnection window); Dara left her game altogether
    const seats = [seat("uae", ["Ana"], 0), seat("saudi", ["Ben"], 1), seat("qatar", ["Chen"], 1), seat("kuwait", [], 0), seat("us", [], 0, true)];
    const alerts = alertsOf(state, seats, { uae: [], saudi: [], qatar: [{ kind: "sovereignAI", share: 0.2 }], kuwait: [] });
    expect(alerts).toEqual([
      { kind: "breach", event: lease },
      { kind: "dealFailed", event: denied },
      { kind: "idle", actor: "uae", why: "disconnected" },
      { kind: "idle", actor: "saudi", why: "noOrders" },
      { kind: "idle", actor: "us", why: "disconnected" },
    ]);
    // before any round is resolved there are no orders to miss
    expect(alertsOf(game(), seats, null)).toEqual([{ kind: "idle", actor: "uae", why: "disconnected" }, { kind: "idle", actor: "us", why: "disconnected" }]);
  });

  it("headline figures are the true ones of the last resolved round", () => {
    expect(headlineOf(game())).toBeNull();
    const state = round(game()).state;
    const truth = state.history[0]!.indicators;
    expect(headlineOf(state)).toEqual({ round: 1, splitIndex: truth.splitIndex, securityRisk: truth.securityRisk, gapMonths: truth.gapMonths, chinaCompute: truth.chinaCompute.total, vendorRevenue: truth.vendorRevenue });
  });
});

describe("groups in step", () => {
  const g = (round: number, phase: Parameters<typeof progress>[0]["phase"], waiting = false) => ({ round, phase, waiting });

  it("move on together once every group at the class's step is done", () => {
    expect(groupsToAdvance([g(1, "negotiation", true), g(1, "negotiation", false)])).toEqual([]);
    expect(groupsToAdvance([g(1, "negotiation", true), g(1, "negotiation", true)])).toEqual([0, 1]);
  });

  it("wait for a group that is behind, and move it on alone when it catches up", () => {
    // group 1 is still in the briefing (a restart, or the teacher moved it by hand)
    expect(groupsToAdvance([g(1, "negotiation", true), g(1, "briefing", false), g(1, "negotiation", true)])).toEqual([]);
    expect(groupsToAdvance([g(1, "negotiation", true), g(1, "briefing", true), g(1, "negotiation", true)])).toEqual([1]);
    // a report shows the round just resolved; it is still ahead of that round's orders
    expect(groupsToAdvance([g(1, "report", true), g(1, "orders", true)])).toEqual([1]);
    expect(groupsToAdvance([g(2, "briefing", true), g(1, "report", true)])).toEqual([1]);
  });

  it("leave out groups not started or finished", () => {
    expect(groupsToAdvance([g(1, "lobby"), g(12, "finished"), g(3, "orders", true)])).toEqual([2]);
    expect(groupsToAdvance([g(1, "lobby"), g(12, "finished")])).toEqual([]);
  });
});
