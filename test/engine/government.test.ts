import { describe, expect, it } from "vitest";
import { game, quietScenario } from "../util/setup.ts";
import { round } from "../util/play.ts";

describe("the US government", () => {
  it("spends political capital on its actions and regains some each round", () => {
    const s0 = game();
    const costs = s0.scenario.mechanics.politicalCapital.costs;
    const r = round(s0, { us: [{ kind: "visit", target: "saudi" }, { kind: "audit", target: "uae" }] });
    const perRound = s0.scenario.mechanics.politicalCapital.perRound;
    expect(r.state.actors.us!.politicalCapital).toBe(Math.min(150, 100 - costs.visit - costs.audit + perRound));
  });

  it("cannot act without the political capital for it", () => {
    const s = game(quietScenario((d) => { (d.actors[0] as { politicalCapital: number }).politicalCapital = 5; }));
    const r = round(s, { us: [{ kind: "setThreshold", tpp: 3000 }] });
    expect(r.rejected[0]).toMatchObject({ code: "noCapital", params: { cost: 30, capital: 5 } });
    expect(r.state.policies.controlThresholdTpp).toBe(4800);
  });

  it("a visit builds trust with the Gulf state and is public", () => {
    const s0 = game();
    const r = round(s0, { us: [{ kind: "visit", target: "kuwait" }] });
    expect(r.events).toContainEqual(expect.objectContaining({ kind: "visit", target: "kuwait", visibleTo: "all" }));
    // drift pulls trust back toward the start a little; the visit still leaves it higher
    expect(r.state.trust.us!.kuwait).toBeGreaterThan(s0.trust.us!.kuwait!);
    expect(round(s0, { us: [{ kind: "visit", target: "nvidia" }] }).rejected[0]!.code).toBe("targetNotGulf");
  });

  it("passes a bill once support reaches its threshold, and the law takes effect", () => {
    let s = game(quietScenario((d) => { d.bills[0]!.introduced = true; }));
    const drift = s.scenario.mechanics.legislation.drift;
    expect(round(s, { us: [{ kind: "pushBill", bill: "chip-security-act", capital: 10 }] }).rejected[0]!.code).toBe("billNotIntroduced");
    s = round(s, { us: [{ kind: "pushBill", bill: "enforce-act", capital: 60 }] }).state;
    expect(s.bills["enforce-act"]).toMatchObject({ support: 25 + 60 + drift, passed: false });
    const r = round(s, { us: [{ kind: "pushBill", bill: "enforce-act", capital: 20 }] });
    expect(r.state.bills["enforce-act"]!.passed).toBe(true);
    expect(r.state.policies.enforceAct).toBe(true);
    expect(r.events).toContainEqual(expect.objectContaining({ kind: "policy", policy: "enforceAct", from: false, to: true }));
  });

  it("vendors' lobbying against a bill lowers its support, with diminishing returns and a cap", () => {
    const s = game(quietScenario((d) => { d.bills[0]!.introduced = true; }));
    const m = s.scenario.mechanics;
    const after = (thousands: number) => round(s, { nvidia: [{ kind: "lobby", amount: thousands, bill: "enforce-act" }] });
    const support = (thousands: number) => after(thousands).state.bills["enforce-act"]!.support;
    const start = 25 + m.legislation.drift;
    expect(support(4_000)).toBeCloseTo(start - m.lobbying.supportPerSqrtMillion * 2); // $4M
    expect(start - support(16_000)).toBeCloseTo(2 * (start - support(4_000))); // four times the money, twice the effect
    expect(support(1_000_000)).toBeCloseTo(start - m.lobbying.maxEffect); // $1B buys no more than the cap
    expect(after(1_000_000).ledger).toContainEqual({ actor: "nvidia", amount: -1_000_000, kind: "lobbying" });
  });

  it("a bill nobody pushes loses support each round", () => {
    let s = game(quietScenario((d) => { d.bills[0]!.introduced = true; }));
    for (let i = 0; i < 3; i++) s = round(s).state;
    expect(s.bills["enforce-act"]!.support).toBe(25 + 3 * s.scenario.mechanics.legislation.drift);
  });

  it("listing a Chinese firm brings China's answer: dearer chips for a while, less world demand, lower shares, a domestic push, cooler Gulf partners", () => {
    const s0 = game();
    const m = s0.scenario.mechanics.retaliation;
    const r = round(s0, { us: [{ kind: "entityList", target: "startuplab", listed: true }], amd: [{ kind: "produce", chip: "mi300x", quantity: 1000 }] });
    expect(r.events).toContainEqual(expect.objectContaining({ kind: "retaliation", listed: "startuplab", visibleTo: "all" }));
    expect(r.state.world.retaliationUntil).toBe(m.rounds);
    const cost = r.events.find((e) => e.kind === "production" && e.vendor === "amd");
    expect(cost).toMatchObject({ chips: { mi300x: 1000 }, cost: Math.round(1000 * 4 * (1 + m.unitCostIncrease)) });
    expect(r.state.world.domesticCapacity).toBeGreaterThan(s0.world.domesticCapacity);
    expect(r.state.world.marketDemandFactor).toBeCloseTo(round(s0).state.world.marketDemandFactor * (1 - m.demandCut / 100));
    expect(r.state.trust.us!.qatar).toBeLessThan(round(s0).state.trust.us!.qatar!); // outside US conditions, Qatar trades with both
    expect(r.state.history[0]!.indicators.vendors.amd!.drivers).toContainEqual({ cause: "retaliation", percent: m.vendorShock });
    // listing a Gulf state brings no answer from China; each hostile step brings its own
    const gulf = round(s0, { us: [{ kind: "entityList", target: "qatar", listed: true }] });
    expect(gulf.events.some((e) => e.kind === "retaliation")).toBe(false);
    const twice = round(s0, { us: [{ kind: "entityList", target: "startuplab", listed: true }, { kind: "setThreshold", tpp: 2000 }] });
    expect(twice.events.filter((e) => e.kind === "retaliation")).toHaveLength(2);
  });

  it("entity-lists and de-lists Gulf states and Chinese firms only", () => {
    let s = round(game(), { us: [{ kind: "entityList", target: "startuplab", listed: true }] }).state;
    expect(s.policies.entityList).toEqual(["startuplab"]);
    const again = round(s, { us: [{ kind: "entityList", target: "startuplab", listed: true }, { kind: "entityList", target: "amd", listed: true }] });
    expect(again.rejected.map((x) => [x.code, x.params])).toEqual([["alreadyListed", { target: "startuplab" }], ["targetNotGulfOrChina", { target: "amd" }]]);
    s = round(s, { us: [{ kind: "entityList", target: "startuplab", listed: false }] }).state;
    expect(s.policies.entityList).toEqual([]);
  });

  it("an audit is seen only by the US and its target", () => {
    const r = round(game(), { us: [{ kind: "audit", target: "uae" }] });
    expect(r.events).toContainEqual(expect.objectContaining({ kind: "audit", target: "uae", visibleTo: ["us", "uae"] }));
  });
});
