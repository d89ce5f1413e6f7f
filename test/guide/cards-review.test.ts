// Role cards come from the scenario and say true things about the game; the after-action review finds
// the decisions that changed how a game ended; a score is explained line by line.
import { describe, expect, it } from "vitest";
import { allBotOrders } from "../../shared/bots/index.ts";
import { scoreLines } from "../../shared/engine/explain.ts";
import type { Orders } from "../../shared/engine/orders.ts";
import { resolveRound } from "../../shared/engine/resolve.ts";
import { createGame } from "../../shared/engine/setup.ts";
import { viewFor } from "../../shared/engine/view.ts";
import { roleCards } from "../../shared/guide/role-card.ts";
import { replay, type RecordEntry } from "../../shared/record.ts";
import { decisionEffects, largest, outcome } from "../../shared/review.ts";
import { defaultScenarioData, game, NEVER, quietScenario, scenario } from "../util/setup.ts";
import { findDeal, round, strike } from "../util/play.ts";

describe("role cards", () => {
  it("score each role as its scenario does: a designer's change of weights shows on the card", () => {
    const sc = scenario();
    const us = roleCards(sc).us!;
    const risk = sc.objectives.usGov[0]!;
    const total = sc.objectives.usGov.reduce((t, o) => t + o.weight, 0);
    expect(us.objectives.map((o) => o.id)).toEqual(sc.objectives.usGov.map((o) => o.id));
    expect(us.objectives.reduce((t, o) => t + o.share, 0)).toBeCloseTo(1, 9);
    expect(us.objectives[0]).toMatchObject({ metric: risk.metric, share: risk.weight / total, from: { value: risk.from, unit: "points" }, to: { value: risk.to, unit: "points" } });
    // the capability lead is scored in capability points but read in months of lead, as everywhere else
    const lead = sc.objectives.usGov.find((o) => o.metric === "capabilityGap")!;
    expect(us.objectives.find((o) => o.id === lead.id)!.to).toEqual({ value: lead.to * sc.indicators.monthsPerPoint, unit: "months" });
    const heavier = roleCards(scenario((d) => { d.objectives.usGov[0]!.weight = risk.weight + 4; })).us!;
    expect(heavier.objectives[0]!.share).toBeCloseTo((risk.weight + 4) / (total + 4), 9);
  });

  it("list each role's levers with the scenario's costs and odds", () => {
    const sc = scenario();
    const cards = roleCards(sc);
    const lever = (actor: string, kind: string) => cards[actor]!.levers.find((l) => l.lever === kind);
    expect(cards.us!.levers.map((l) => l.lever)).toEqual(["licenceDecision", "setThreshold", "setPolicy", "pushBill", "audit", "entityList", "visit"]);
    expect(lever("us", "audit")!.figures.capital).toEqual({ value: sc.mechanics.politicalCapital.costs.audit, unit: "capital" });
    expect(lever("cloudlab", "smuggle")!.figures.odds!.value).toBe(sc.mechanics.detection.smuggling);
    expect(lever("uae", "leaseOut")!.figures.oddsUnderConditions!.value).toBe(sc.mechanics.detection.leaseUnderConditions);
    expect(cards.cloudlab!.levers.map((l) => l.lever)).toContain("leaseIn");
    const nvidia = sc.actors.find((a) => a.id === "nvidia");
    if (nvidia?.role !== "vendor") throw new Error("NVIDIA is a vendor");
    expect(lever("nvidia", "produce")!.figures.capacity!.value).toBe(nvidia.productionCapacity);
  });

  it("say what others want from a role, read off their objectives", () => {
    const uae = roleCards(scenario()).uae!;
    expect(uae.wants).toContainEqual(expect.objectContaining({ role: "usGov", ask: "noChinaLeases" }));
    expect(uae.wants).toContainEqual(expect.objectContaining({ role: "chinaFirm", ask: "leaseCompute" }));
    // a US government no longer scored on the risk stops asking for it
    const noRisk = roleCards(scenario((d) => { d.objectives.usGov = d.objectives.usGov.filter((o) => o.metric !== "securityRisk" && o.metric !== "capabilityGap"); })).uae!;
    expect(noRisk.wants.some((w) => w.role === "usGov" && w.ask === "noChinaLeases")).toBe(false);
  });

  it("tell each role what it cannot see, as the views hide it", () => {
    const cards = roleCards(scenario());
    expect(cards.us!.blind).toContain("hiddenLeases");
    expect(cards.uae!.blind).toContain("usDeliberation");
    // the US does not see a lease to a Chinese firm; a vendor sees a delay of its licence as pending
    const leased = round(strike(game(), "startuplab", "qatar", { cash: 20_000 }, { lease: { compute: 1000, rounds: 2 } }).state, {}, NEVER).state;
    expect(viewFor(leased, { kind: "actor", actor: "us" }).leases).toEqual([]);
    const { state, deal } = strike(game(), "nvidia", "uae", { chips: { h100: 200_000 } }, { cash: 5_400_000 });
    const licence = findDeal(state, deal).licenceId!;
    const delayed = round(state, { us: [{ kind: "licenceDecision", licence, decision: "delay" }] }).state;
    expect(viewFor(delayed, { kind: "actor", actor: "us" }).licences[0]!.status).toBe("delayed");
    expect(viewFor(delayed, { kind: "actor", actor: "nvidia" }).licences[0]!.status).toBe("pending");
    expect(viewFor(delayed, { kind: "actor", actor: "uae" }).licences[0]!.status).toBe("pending");
  });

  it("cite the notes of the sources an actor's figures come from", () => {
    const nvidia = roleCards(scenario()).nvidia!;
    expect(nvidia.source).toContain("S12: newsbytesapp.com");
    expect(nvidia.source).toContain("article: seed/source-article-zh.txt");
  });
});

describe("a score explained", () => {
  it("each objective's progress times its share of 100 points is its points; the lines add up to the score", () => {
    let s = createGame(scenario(), 3);
    for (let i = 0; i < 4; i++) s = resolveRound(s, allBotOrders(s)).state;
    for (const id of ["us", "nvidia", "uae", "cloudlab"]) {
      const card = s.history.at(-1)!.scores[id]!;
      const lines = scoreLines(s.scenario.objectives[s.actors[id]!.role], card);
      expect(lines.reduce((t, l) => t + l.points, 0)).toBeCloseTo(card.total, 9);
      for (const l of lines) expect(l.points).toBeCloseTo(100 * l.share * l.progress, 9);
    }
  });
});

/** A finished bot game as its record holds it, on the quiet scenario; `first` replaces some bots' round-1 orders. */
function botRecord(seed: number, first: Orders = {}): RecordEntry[] {
  const data = defaultScenarioData();
  data.events.scheduled = [];
  data.events.drawChance = 0;
  data.mechanics.market.noise = 0;
  const entries: RecordEntry[] = [{ type: "header", gameId: "T", code: "T", createdAt: 0, scenario: data, seed, settings: { bots: true, private: true, timers: { briefing: 5, negotiation: 5, orders: 5, report: 5 } }, facilitatorKeyHash: "" }];
  let s = createGame(quietScenario(), seed);
  while (!s.finished) {
    const orders = { ...allBotOrders(s), ...(s.round === 1 ? first : {}) };
    entries.push({ type: "resolved", round: s.round, orders, at: 0 });
    s = resolveRound(s, orders).state;
  }
  entries.push({ type: "finished", reason: "completed", at: 0 });
  return entries;
}

describe("the decisions that mattered", () => {
  it("finds a Gulf state's acceptance of US conditions among those that moved the split index, by the amount it did", () => {
    const entries = botRecord(2, { uae: [{ kind: "securityConditions", accept: true }] });
    const effects = decisionEffects(entries, { dice: 2 });
    const conditions = effects.find((e) => e.actor === "uae" && e.round === 1 && e.action.kind === "securityConditions");
    expect(conditions).toBeDefined();
    expect(conditions!.indicators.splitIndex).toBeGreaterThan(0);
    expect(conditions!.range.splitIndex[0]).toBeLessThanOrEqual(conditions!.indicators.splitIndex);
    expect(largest(effects, "splitIndex", 8)).toContain(conditions);
    // effects are with minus without: the game's own end is the first of the dice
    expect(conditions!.dice).toBe(2);
  });

  it("an order that changes nothing is no candidate", () => {
    const entries = botRecord(2, { us: [{ kind: "setPolicy", policy: "cloudKyc", value: false }] });
    // the policy is already off: the order is refused, and the game ends the same without it
    const effects = decisionEffects(entries, { dice: 1 });
    expect(effects.some((e) => e.actor === "us" && e.round === 1 && e.action.kind === "setPolicy")).toBe(false);
    // and the review's measures are the game's own end
    expect(outcome(replay(entries).state).indicators.splitIndex).toBe(replay(entries).state.history.at(-1)!.indicators.splitIndex);
  });

  it("leaves the record it reviews as it was", () => {
    const entries = botRecord(4);
    const copy = JSON.stringify(entries);
    decisionEffects(entries, { dice: 1, candidates: 2 });
    expect(JSON.stringify(entries)).toBe(copy);
  });
});
