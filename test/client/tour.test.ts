// The guided first round adapts to the role and to what the player has not tried, and is remembered.
import { describe, expect, it, vi } from "vitest";
import { publicScenario, viewFor } from "../../shared/engine/view.ts";
import { round } from "../util/play.ts";
import { game } from "../util/setup.ts";

const saved = new Map<string, string>();
vi.stubGlobal("localStorage", { getItem: (k: string) => saved.get(k) ?? null, setItem: (k: string, v: string) => void saved.set(k, v) });
vi.stubGlobal("requestAnimationFrame", (fn: () => void) => setTimeout(fn, 0));
const { store } = await import("../../client/store.ts");
const { dueSteps } = await import("../../client/guide/steps.ts");
const { markSeen, markTried, resetTour, skipTour } = await import("../../client/guide/memory.ts");

const s0 = game();
const seat = (actor: string, phase: "briefing" | "negotiation" | "orders" | "report", state = s0) => {
  Object.assign(store, {
    screen: "game", projector: false, seat: actor, scenario: publicScenario(state.scenario), view: viewFor(state, { kind: "actor", actor }),
    room: { code: "T", phase, round: state.round, rounds: 12, paused: false, deadline: 0, remaining: 0, bots: true, seats: [] },
  });
};
const ids = () => dueSteps().map((s) => s.id);

describe("the guided first round", () => {
  it("introduces each phase's panels and the role's own levers", () => {
    saved.clear();
    seat("us", "briefing");
    expect(ids()).toEqual(expect.arrayContaining(["welcome", "card", "todo", "map", "news"]));
    seat("us", "orders");
    expect(ids()).toEqual(expect.arrayContaining(["lever.orders.licences", "lever.orders.policy", "totals", "submit"]));
    expect(ids()).not.toContain("lever.orders.production");
    seat("cloudlab", "negotiation");
    expect(ids()).toEqual(expect.arrayContaining(["deals", "lever.orders.cloud", "lever.orders.middlemen"]));
    expect(ids()).not.toContain("lever.orders.licences");
  });

  it("leaves out what the player has already tried, and what it has seen", () => {
    saved.clear();
    seat("nvidia", "negotiation");
    expect(ids()).toContain("lever.orders.production");
    markTried("vendor", ["produce"]);
    expect(ids()).not.toContain("lever.orders.production");
    markSeen("deals");
    expect(ids()).not.toContain("deals");
  });

  it("later, points once to one lever not yet tried", () => {
    saved.clear();
    const later = round(s0).state;
    seat("cloudlab", "negotiation", later);
    const tip = ids();
    expect(tip).toHaveLength(1);
    expect(tip[0]).toMatch(/^tip\.lever\./);
    markSeen(tip[0]!);
    expect(ids()).not.toContain(tip[0]);
    expect(ids()).toHaveLength(1); // the next lever not tried
  });

  it("stays skipped once skipped, and shows again when asked", () => {
    saved.clear();
    seat("uae", "briefing");
    expect(ids().length).toBeGreaterThan(3);
    skipTour();
    expect(ids()).toEqual([]);
    resetTour();
    expect(ids()).toContain("welcome");
  });
});
