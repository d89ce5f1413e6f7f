import { describe, expect, it } from "vitest";
import { viewFor } from "../../shared/engine/view.ts";
import { ALWAYS, NEVER, game, quietScenario } from "../util/setup.ts";
import { round } from "../util/play.ts";

describe("Chinese firms", () => {
  it("buy domestic chips; when orders exceed the maker's output every firm gets the same share", () => {
    const s0 = game();
    const capacity = s0.world.domesticCapacity;
    const r = round(s0, {
      cloudlab: [{ kind: "buyDomestic", chip: "ascend910b", quantity: capacity }],
      startuplab: [{ kind: "buyDomestic", chip: "ascend910b", quantity: capacity }],
    });
    const got = (firm: string) => r.state.actors[firm]!.installed.ascend910b! + r.state.actors[firm]!.stock.ascend910b! - s0.actors[firm]!.installed.ascend910b! - s0.actors[firm]!.stock.ascend910b!;
    expect(got("cloudlab")).toBe(capacity / 2);
    expect(got("startuplab")).toBe(capacity / 2);
    expect(r.ledger).toContainEqual({ actor: "cloudlab", amount: -(capacity / 2) * 12, kind: "domesticChips" });
  });

  it("cannot buy a domestic chip before the scenario makes it available", () => {
    const r = round(game(), { cloudlab: [{ kind: "buyDomestic", chip: "ascend910c", quantity: 10 }] });
    expect(r.rejected[0]).toMatchObject({ code: "notAvailable", params: { chip: "ascend910c", round: 4 } });
  });

  it("smuggled chips arrive a round later, hidden from the US and from the public indicators", () => {
    const s0 = game();
    const r1 = round(s0, { startuplab: [{ kind: "smuggle", chip: "h100", quantity: 1000 }] }, NEVER);
    expect(r1.ledger).toContainEqual({ actor: "startuplab", amount: -1000 * 27 * 1.5, kind: "smuggling" });
    expect(r1.state.shipments).toContainEqual(expect.objectContaining({ kind: "smuggled", from: "middlemen", to: "startuplab", chips: { h100: 1000 }, arrivesRound: 2 }));
    const r2 = round(r1.state, {}, NEVER);
    const firm = r2.state.actors.startuplab!;
    expect(firm.installed.h100).toBe(1000);
    expect(firm.smuggled.h100).toBe(1000);
    const truth = r2.state.history.at(-1)!.indicators.chinaCompute.smuggled;
    expect(truth).toBeCloseTo(1000 * 0.9, 6);
    expect(r2.state.history.at(-1)!.publicIndicators.chinaCompute.smuggled).toBe(0);
    const us = viewFor(r2.state, { kind: "actor", actor: "us" });
    expect(us.events.some((e) => e.kind === "shipment" && e.smuggled)).toBe(false);
    expect(us.shipments).toEqual([]);
    const own = viewFor(r2.state, { kind: "actor", actor: "startuplab" });
    expect(own.events.some((e) => e.kind === "shipment" && e.smuggled)).toBe(true);
  });

  it("a detected smuggling shipment is seized, the money lost and the news public", () => {
    const s0 = game();
    const r = round(s0, { startuplab: [{ kind: "smuggle", chip: "h100", quantity: 1000 }] }, ALWAYS);
    expect(r.state.seized.h100).toBe(1000);
    expect(r.events).toContainEqual(expect.objectContaining({ kind: "seized", buyer: "startuplab", chips: { h100: 1000 }, visibleTo: "all" }));
    expect(r.state.trust.us!.startuplab).toBeLessThan(s0.trust.us!.startuplab!);
  });

  it("rent US cloud compute for the round, unless entity-listed or refused under know-your-customer rules", () => {
    const r = round(game(), { cloudlab: [{ kind: "rentCloud", compute: 10_000 }] }, NEVER);
    expect(r.state.actors.cloudlab!.compute.cloud).toBe(10_000);
    expect(r.ledger).toContainEqual({ actor: "cloudlab", amount: -55_000, kind: "cloudRental" });

    const listed = round(game(), { us: [{ kind: "entityList", target: "cloudlab", listed: true }], cloudlab: [{ kind: "rentCloud", compute: 10_000 }] });
    expect(listed.rejected[0]).toMatchObject({ actor: "cloudlab", code: "entityListed" });

    const kyc = round(game(), { us: [{ kind: "setPolicy", policy: "cloudKyc", value: true }], cloudlab: [{ kind: "rentCloud", compute: 10_000 }] }, ALWAYS);
    expect(kyc.state.actors.cloudlab!.compute.cloud).toBe(0);
    expect(kyc.events).toContainEqual(expect.objectContaining({ kind: "cloudRefused", firm: "cloudlab", visibleTo: ["cloudlab", "us"] }));
  });

  it("train: more training compute, more capability; open weights lift a firm to near the release", () => {
    const s0 = game();
    const low = round(s0, { cloudlab: [{ kind: "training", share: 0.1 }] }).state.actors.cloudlab!.capability;
    const high = round(s0, { cloudlab: [{ kind: "training", share: 0.9 }] }).state.actors.cloudlab!.capability;
    expect(high).toBeGreaterThan(low);
    const open = game(quietScenario((d) => {
      d.events.scheduled = [{ id: "llama", round: 1, title: { en: "Open", zh: "开源" }, text: { en: "Open", zh: "开源" }, effects: [{ type: "openWeights", capability: 120, usOrigin: true }] }];
    }));
    const after = round(open).state;
    expect(after.actors.cloudlab!.capability).toBeGreaterThanOrEqual(120 - open.scenario.mechanics.training.openWeightGap);
    const refused = round(open, { cloudlab: [{ kind: "openWeights", use: false }] }).state;
    expect(refused.actors.cloudlab!.capability).toBeLessThan(110);
  });

  it("distil from stronger models, less so once model weights are controlled, and risk being caught", () => {
    const s0 = game();
    const base = round(s0, { cloudlab: [{ kind: "distil", use: false }] }).state.actors.cloudlab!.capability;
    const distilled = round(s0, { cloudlab: [{ kind: "distil", use: true }] }).state.actors.cloudlab!.capability;
    expect(distilled).toBeGreaterThan(base);
    const enforced = round(game(quietScenario((d) => { d.policies.enforceAct = true; })), { cloudlab: [{ kind: "distil", use: true }] }, NEVER).state.actors.cloudlab!.capability;
    expect(enforced).toBeGreaterThan(base);
    expect(enforced).toBeLessThan(distilled);
    const caught = round(game(quietScenario((d) => { d.policies.enforceAct = true; })), { cloudlab: [{ kind: "distil", use: true }] }, ALWAYS);
    expect(caught.events).toContainEqual(expect.objectContaining({ kind: "distillationDetected", firm: "cloudlab" }));
    expect(caught.state.policies.entityList).toContain("cloudlab");
  });
});
