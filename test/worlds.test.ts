// Opposite bot personalities, set only in the scenario file, lead to clearly different worlds on the
// indicators each role drives (means over the same seeds; the gaps asserted are about half those the
// simulator shows over 60 games, so the test holds on any seed range).
import { describe, expect, it } from "vitest";
import type { Indicators } from "../shared/engine/indicators.ts";
import type { GameState } from "../shared/engine/state.ts";
import type { ScenarioInput } from "../shared/scenario/schema.ts";
import { playBotGame } from "../shared/sim.ts";
import { scenario } from "./util/setup.ts";

const GAMES = 16;

type Data = ScenarioInput & Record<string, unknown>;
const trait = (role: string, values: Record<string, number>) => (d: Data) => {
  for (const a of d.actors) if (a.role === role) Object.assign(a.bot, values);
};

interface World {
  at: (round: number, pick: (i: Indicators) => number) => number;
  last: (pick: (i: Indicators) => number) => number;
  total: (pick: (g: GameState) => number) => number;
}
function world(change: (d: Data) => void): World {
  const sc = scenario(change);
  const games = Array.from({ length: GAMES }, (_, i) => playBotGame(sc, 500 + i));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    at: (round, pick) => mean(games.map((g) => pick(g.history[round - 1]!.indicators))),
    last: (pick) => mean(games.map((g) => pick(g.history.at(-1)!.indicators))),
    total: (pick) => mean(games.map(pick)),
  };
}
const gulfCompute = (i: Indicators) => Object.values(i.gulf).reduce((t, g) => t + g.compute, 0);
const vendorRevenue = (g: GameState) => g.actorOrder.reduce((t, id) => t + g.actors[id]!.revenueTotal, 0);
const leasedToChina = (g: GameState) => g.leases.filter((l) => g.actors[l.lessee]!.role === "chinaFirm").reduce((t, l) => t + l.compute * (l.endRound - l.startRound + 1), 0);
const smuggled = (g: GameState) => g.log.reduce((t, e) => t + (e.kind === "shipment" && e.smuggled ? Object.values(e.chips).reduce((a, b) => a + b, 0) : 0), 0);

describe("opposite personalities, different worlds", () => {
  it("a hawkish US against a dovish one: less Chinese compute and risk, a deeper split, less vendor revenue, a slower Gulf build-out", () => {
    const hawk = world(trait("usGov", { hawkishness: 0.95 })), dove = world(trait("usGov", { hawkishness: 0.05 }));
    expect(hawk.last((i) => i.chinaCompute.total)).toBeLessThan(0.9 * dove.last((i) => i.chinaCompute.total));
    expect(hawk.last((i) => i.splitIndex)).toBeGreaterThan(dove.last((i) => i.splitIndex) + 0.1);
    expect(hawk.last((i) => i.securityRisk)).toBeLessThan(dove.last((i) => i.securityRisk) - 12);
    expect(hawk.last((i) => i.capabilityGap)).toBeGreaterThan(dove.last((i) => i.capabilityGap) + 1.5);
    expect(hawk.total(vendorRevenue)).toBeLessThan(0.95 * dove.total(vendorRevenue));
    // a hawk holds even conditioned Gulf states' large licences: their build-out comes later and smaller
    expect(hawk.at(8, gulfCompute)).toBeLessThan(0.9 * dove.at(8, gulfCompute));
    expect(hawk.last(gulfCompute)).toBeLessThan(0.95 * dove.last(gulfCompute));
  });

  it("an aligned Gulf against a hedging one: no leases to China and more compute, against lease income and a shallower split", () => {
    const aligned = world(trait("gulf", { usAlignment: 0.9, leaseAppetite: 0.1 }));
    const hedging = world(trait("gulf", { usAlignment: 0.1, leaseAppetite: 0.9 }));
    expect(aligned.total(leasedToChina)).toBe(0);
    expect(hedging.total(leasedToChina)).toBeGreaterThan(100_000);
    expect(aligned.last(gulfCompute)).toBeGreaterThan(1.25 * hedging.last(gulfCompute));
    expect(aligned.last((i) => i.splitIndex)).toBeGreaterThan(hedging.last((i) => i.splitIndex) + 0.2);
  });

  it("cautious Chinese firms against bold ones: no middlemen and a lower US risk, against smuggling, a narrower gap and the entity list", () => {
    const cautious = world(trait("chinaFirm", { riskAppetite: 0.05 })), bold = world(trait("chinaFirm", { riskAppetite: 0.95 }));
    expect(cautious.total(smuggled)).toBe(0);
    expect(bold.total(smuggled)).toBeGreaterThan(100_000);
    expect(bold.last((i) => i.securityRisk)).toBeGreaterThan(cautious.last((i) => i.securityRisk) + 10);
    expect(bold.last((i) => i.capabilityGap)).toBeLessThan(cautious.last((i) => i.capabilityGap) - 2);
    expect(bold.total((g) => g.policies.entityList.length)).toBeGreaterThan(cautious.total((g) => g.policies.entityList.length));
  });
});
