// Every change a report shows comes with its drivers, and the drivers add up to the change.
import { describe, expect, it } from "vitest";
import { allBotOrders } from "../../shared/bots/index.ts";
import { explainLevel, explainRound, explainScore, HEADLINES } from "../../shared/engine/explain.ts";
import { resolveRound } from "../../shared/engine/resolve.ts";
import { createGame } from "../../shared/engine/setup.ts";
import type { GameState } from "../../shared/engine/state.ts";
import { viewFor } from "../../shared/engine/view.ts";
import { scenario } from "../util/setup.ts";
import { refusalMessage } from "../../shared/refusals.ts";

function played(rounds: number, seed = 3): GameState {
  let s = createGame(scenario(), seed);
  for (let i = 0; i < rounds; i++) s = resolveRound(s, allBotOrders(s)).state;
  return s;
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("reasons for every change", () => {
  const s = played(8);

  it("break each headline indicator's change into drivers that add up to it", () => {
    for (let r = 1; r < s.history.length; r++) {
      for (const record of ["indicators", "publicIndicators"] as const) {
        const why = explainRound(s.history[r - 1]![record], s.history[r]![record]);
        for (const key of HEADLINES) {
          const change = why.headlines[key];
          expect(sum(change.reasons.map((x) => x.amount)), `${key} in round ${r + 1}`).toBeCloseTo(change.to - change.from, 6);
        }
      }
    }
  });

  it("name the news behind a share price: NVIDIA's fall on DeepSeek-R1, with its size", () => {
    // round 4's briefing brings DeepSeek-R1 in the historical timeline
    const before = played(3, 4);
    const after = resolveRound(before, allBotOrders(before)).state;
    const why = explainRound(after.history.at(-2)!.indicators, after.history.at(-1)!.indicators);
    expect(why.sharePrices.nvidia!.reasons).toContainEqual({ cause: "price.news", amount: -17, ref: "deepseek-r1" });
    expect(why.sharePrices.nvidia!.reasons.map((x) => x.cause)).toEqual(expect.arrayContaining(["price.revenue", "price.market"]));
    // news moves the price when it breaks; the round's other drivers move it together at its end
    const { from, to } = why.sharePrices.nvidia!;
    const drivers = after.history.at(-1)!.indicators.vendors.nvidia!.drivers;
    const news = drivers.filter((d) => d.cause === "news").reduce((f, d) => f * (1 + d.percent / 100), 1);
    const rest = 1 + sum(drivers.filter((d) => d.cause !== "news").map((d) => d.percent)) / 100;
    expect(to).toBeCloseTo(from * news * rest, 6);
  });

  it("say where China's compute came from, and the public's reasons leave out what it cannot see", () => {
    for (let r = 1; r < s.history.length; r++) {
      const open = explainRound(s.history[r - 1]!.publicIndicators, s.history[r]!.publicIndicators).headlines.chinaCompute;
      expect(open.reasons.some((x) => x.cause === "chinaCompute.smuggled")).toBe(false);
    }
    const truth = s.history.slice(1).flatMap((h, i) => explainRound(s.history[i]!.indicators, h.indicators).headlines.chinaCompute.reasons);
    expect(truth.map((x) => x.cause)).toEqual(expect.arrayContaining(["chinaCompute.domestic", "chinaCompute.legal"]));
  });

  it("explain a seat's score objective by objective, from the cards its view carries", () => {
    const view = viewFor(s, { kind: "actor", actor: "uae" });
    const cards = view.scoreHistory.uae!;
    expect(cards).toHaveLength(s.history.length);
    const change = explainScore(s.scenario.objectives.gulf, cards.at(-2), cards.at(-1)!);
    expect(change.map((c) => c.objective).sort()).toEqual(s.scenario.objectives.gulf.map((o) => o.id).sort());
    expect(sum(change.map((c) => c.pointsTo - c.pointsFrom))).toBeCloseTo(cards.at(-1)!.total - cards.at(-2)!.total, 9);
  });
});

describe("what the first round's figures stand on", () => {
  it("each headline's parts add up to its level, and the capability gap's to the round's gains", () => {
    const s = played(1);
    const ind = s.history[0]!.indicators;
    const level = explainLevel(ind);
    expect(sum(level.splitIndex.map((r) => r.amount))).toBeCloseTo(ind.splitIndex, 9);
    expect(sum(level.securityRisk.map((r) => r.amount))).toBeCloseTo(ind.securityRisk, 9);
    expect(sum(level.chinaCompute.map((r) => r.amount))).toBeCloseTo(ind.chinaCompute.total, 6);
    expect(sum(level.vendorRevenue.map((r) => r.amount))).toBeCloseTo(ind.vendorRevenue, 6);
    expect(sum(level.gulfCompute.map((r) => r.amount))).toBeCloseTo(Object.values(ind.gulf).reduce((t, g) => t + g.compute, 0), 6);
    expect(level.gulfCompute.every((r) => r.cause === "gulf.compute" && r.ref !== undefined)).toBe(true);
    expect(level.capabilityGap.some((r) => r.cause === "us.training" && r.amount > 0)).toBe(true);
  });
});
