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
    expect(r.rejected[0]).toMatchObject({ code: "noCapital", reason: "needs 30 political capital, you have 5" });
    expect(r.state.policies.controlThresholdTpp).toBe(4800);
  });

  it("a visit builds trust with the Gulf state and is public", () => {
    const s0 = game();
    const r = round(s0, { us: [{ kind: "visit", target: "kuwait" }] });
    expect(r.events).toContainEqual(expect.objectContaining({ kind: "visit", target: "kuwait", visibleTo: "all" }));
    // drift pulls trust back toward the start a little; the visit still leaves it higher
    expect(r.state.trust.us!.kuwait).toBeGreaterThan(s0.trust.us!.kuwait!);
    expect(round(s0, { us: [{ kind: "visit", target: "nvidia" }] }).rejected[0]!.code).toBe("badTarget");
  });

  it("passes a bill once support reaches its threshold, and the law takes effect", () => {
    let s = game(quietScenario((d) => { d.bills[0]!.introduced = true; }));
    expect(round(s, { us: [{ kind: "pushBill", bill: "remote-access-act", capital: 10 }] }).rejected[0]!.code).toBe("notIntroduced");
    s = round(s, { us: [{ kind: "pushBill", bill: "enforce-act", capital: 60 }] }).state;
    expect(s.bills["enforce-act"]).toMatchObject({ support: 85, passed: false });
    const r = round(s, { us: [{ kind: "pushBill", bill: "enforce-act", capital: 20 }] });
    expect(r.state.bills["enforce-act"]!.passed).toBe(true);
    expect(r.state.policies.enforceAct).toBe(true);
    expect(r.events).toContainEqual(expect.objectContaining({ kind: "policy", policy: "enforceAct", from: false, to: true }));
  });

  it("vendors' lobbying against a bill lowers its support", () => {
    const s = game(quietScenario((d) => { d.bills[0]!.introduced = true; }));
    const r = round(s, { nvidia: [{ kind: "lobby", amount: 200_000, bill: "enforce-act" }] });
    expect(r.state.bills["enforce-act"]!.support).toBe(25 - 200 * 0.05);
    expect(r.ledger).toContainEqual({ actor: "nvidia", amount: -200_000, kind: "lobbying" });
  });

  it("entity-lists and de-lists Gulf states and Chinese firms only", () => {
    let s = round(game(), { us: [{ kind: "entityList", target: "startuplab", listed: true }] }).state;
    expect(s.policies.entityList).toEqual(["startuplab"]);
    const again = round(s, { us: [{ kind: "entityList", target: "startuplab", listed: true }, { kind: "entityList", target: "amd", listed: true }] });
    expect(again.rejected.map((x) => x.code)).toEqual(["noChange", "badTarget"]);
    s = round(s, { us: [{ kind: "entityList", target: "startuplab", listed: false }] }).state;
    expect(s.policies.entityList).toEqual([]);
  });

  it("an audit is seen only by the US and its target", () => {
    const r = round(game(), { us: [{ kind: "audit", target: "uae" }] });
    expect(r.events).toContainEqual(expect.objectContaining({ kind: "audit", target: "uae", visibleTo: ["us", "uae"] }));
  });
});
