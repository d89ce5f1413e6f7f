// Every lever has a price: what each choice in the source article gains, and what it costs.
import { describe, expect, it } from "vitest";
import { orderOptions } from "../../shared/engine/options.ts";
import { ALWAYS, NEVER, game, quietScenario } from "../util/setup.ts";
import { findDeal, round, strike } from "../util/play.ts";

describe("Gulf states", () => {
  it("outside US conditions keep their Chinese ties: income each round and cheaper data centres", () => {
    const s0 = game();
    const spec = s0.scenario.actors.find((a) => a.id === "qatar")!;
    if (spec.role !== "gulf") throw new Error("qatar is a Gulf state");
    const ties = (r: ReturnType<typeof round>) => r.ledger.filter((e) => e.actor === "qatar" && e.kind === "tiesIncome").reduce((t, e) => t + e.amount, 0);
    const open = round(s0);
    const aligned = round(s0, { qatar: [{ kind: "securityConditions", accept: true }] });
    expect(ties(open)).toBe(spec.chinaTies.income * 1000);
    expect(ties(aligned)).toBe(0);
    const perSlot = (s: typeof s0) => orderOptions(s, "qatar").datacentre!.costPerSlot;
    expect(perSlot(aligned.state)).toBeGreaterThan(perSlot(open.state));
    expect(perSlot(open.state)).toBeCloseTo(s0.scenario.mechanics.construction.costPerSlot * (1 - spec.chinaTies.buildDiscount));
  });

  it("may buy Chinese chips outside US conditions, in the open, at a cost in US trust; under them may not", () => {
    const s0 = game();
    const r = round(s0, { qatar: [{ kind: "buyDomestic", chip: "ascend910b", quantity: 2000 }] });
    expect(r.events).toContainEqual(expect.objectContaining({ kind: "shipment", from: "huawei", to: "qatar", visibleTo: "all" }));
    expect(r.state.trust.us!.qatar).toBeLessThan(round(s0).state.trust.us!.qatar!);
    const aligned = round(s0, { qatar: [{ kind: "securityConditions", accept: true }] }).state;
    expect(round(aligned, { qatar: [{ kind: "buyDomestic", chip: "ascend910b", quantity: 2000 }] }).rejected[0]!.code).toBe("underConditions");
  });

  it("under US conditions get large shipments approved by the bureaucracy, not held for the US, where the scenario says so", () => {
    const held = round(strike(round(game(quietScenario()), { uae: [{ kind: "securityConditions", accept: true }] }).state, "nvidia", "uae", { chips: { h100: 20_000 } }, { cash: 20_000 * 27 }).state);
    expect(held.state.licences.at(-1)!.status).toBe("pending"); // by default the US seat decides every large licence
    let s = game(quietScenario((d) => { d.mechanics.licensing.conditionsSkipReview = true; }));
    s = round(s, { uae: [{ kind: "securityConditions", accept: true }] }).state;
    const { state, deal } = strike(s, "nvidia", "uae", { chips: { h100: 20_000 } }, { cash: 20_000 * 27 });
    expect(state.licences.at(-1)!.large).toBe(true);
    const r = round(state);
    expect(r.state.licences.at(-1)!).toMatchObject({ status: "used", decidedBy: "routine" });
    expect(findDeal(r.state, deal).status).not.toBe("awaitingLicence");
  });
});

describe("Chinese firms", () => {
  it("train better abroad than on the same compute of domestic chips at home", () => {
    const s0 = game();
    s0.actors.startuplab!.capacity += 100_000;
    const home = structuredClone(s0);
    home.actors.startuplab!.stock.ascend910b! += 10_000; // 3,000 H100e of chips with a young software stack
    const abroad = structuredClone(s0);
    const lease = strike(abroad, "startuplab", "uae", { cash: 10_000 }, { lease: { compute: 2700, rounds: 1 } }).state; // the same H100e, leased
    const gain = (s: typeof s0) => round(s, { startuplab: [{ kind: "openWeights", use: false }, { kind: "distil", use: false }] }, NEVER).state.actors.startuplab!.capability - s0.actors.startuplab!.capability;
    expect(gain(lease)).toBeGreaterThan(gain(home));
  });

  it("earn more serving on inference-grade chips (H20) than their TPP says", () => {
    const s0 = game();
    s0.actors.startuplab!.capacity += 100_000;
    const revenue = (chip: "h20" | "h800", n: number) => {
      const s = structuredClone(s0);
      s.actors.startuplab!.stock[chip]! += n;
      return round(s, { startuplab: [{ kind: "training", share: 0 }] }, NEVER).ledger.filter((e) => e.actor === "startuplab" && e.kind === "inference").reduce((t, e) => t + e.amount, 0);
    };
    const base = revenue("h20", 0);
    // 10,000 H20 are 1,500 H100e; 1,500 H800 are the same H100e
    expect(revenue("h20", 10_000) - base).toBeGreaterThan(3 * (revenue("h800", 1500) - base));
  });

  it("give up revenue for the lift of open weights", () => {
    const s0 = game();
    const income = (use: boolean) => round(s0, { cloudlab: [{ kind: "openWeights", use }] }, NEVER).ledger.filter((e) => e.actor === "cloudlab" && e.kind === "inference").reduce((t, e) => t + e.amount, 0);
    expect(income(true)).toBeCloseTo(income(false) * s0.scenario.mechanics.training.openWeightRevenue, -1);
  });

  it("pay for distillation, and once caught are cut off from US models for a while, law or no law", () => {
    const s0 = game();
    const cost = s0.scenario.mechanics.training.distilCost * 1000;
    const r = round(s0, { cloudlab: [{ kind: "distil", use: true }] }, NEVER);
    expect(r.ledger).toContainEqual({ actor: "cloudlab", amount: -cost, kind: "distillation" });
    const caught = round(s0, { cloudlab: [{ kind: "distil", use: true }] }, ALWAYS);
    const cutoff = s0.round + s0.scenario.mechanics.penalties.distillationCutoffRounds;
    expect(caught.events).toContainEqual(expect.objectContaining({ kind: "distillationDetected", firm: "cloudlab", cutoffUntil: cutoff }));
    expect(caught.state.policies.entityList).not.toContain("cloudlab"); // without the ENFORCE-like law, no listing
    const next = round(caught.state, {}, NEVER);
    expect(next.state.history.at(-1)!.indicators.chinaFirms.cloudlab!.gain.distillation).toBe(0);
    expect(next.ledger.some((e) => e.actor === "cloudlab" && e.kind === "distillation")).toBe(false);
  });

  it("once listed, need a licence even for export-grade chips, and the US presumes to deny it", () => {
    const s = round(game(), { us: [{ kind: "entityList", target: "cloudlab", listed: true }] }).state;
    const { state } = strike(s, "nvidia", "cloudlab", { chips: { h20: 1000 } }, { cash: 12_500 });
    expect(state.licences.at(-1)!).toMatchObject({ destination: "cloudlab", status: "pending" });
  });

  it("lose US clouds once remote access counts as an export, and their Gulf leases come to light more often", () => {
    const law = quietScenario((d) => { d.policies.remoteAccess = true; });
    expect(round(game(law), { cloudlab: [{ kind: "rentCloud", compute: 1000 }] }).rejected[0]!.code).toBe("remoteAccess");
    const odds = (remote: boolean) => {
      const { state } = strike(game(quietScenario((d) => { d.policies.remoteAccess = remote; })), "startuplab", "qatar", { cash: 20_000 }, { lease: { compute: 1000, rounds: 2 } });
      const m = state.scenario.mechanics.detection;
      // a die that rolls just above the ordinary odds: only the law's extra odds catch the lease
      const die = { next: () => m.lease + 0.01, chance: (p: number) => m.lease + 0.01 < p, normal: () => 0 };
      return round(state, {}, die).state.leases[0]!.detected;
    };
    expect(odds(false)).toBe(false);
    expect(odds(true)).toBe(true);
  });
});
