import { describe, expect, it } from "vitest";
import { viewFor } from "../../shared/engine/view.ts";
import { ALWAYS, NEVER, game } from "../util/setup.ts";
import { round, strike } from "../util/play.ts";

function leased(conditions = false) {
  let s = game();
  if (conditions) s = round(s, { qatar: [{ kind: "securityConditions", accept: true }] }).state;
  return strike(s, "startuplab", "qatar", { cash: 20_000 }, { lease: { compute: 1000, rounds: 2 } });
}

describe("compute leases from Gulf data centres to Chinese firms", () => {
  it("a Gulf state's compute is what its installed chips give, from the start and not only after round 1", () => {
    const s0 = game();
    expect(s0.actors.uae!.compute.own).toBeGreaterThan(0);
    expect(s0.actors.uae!.compute.own).toBe(s0.actors.uae!.start.compute);
    expect(round(s0).state.actors.uae!.compute.own).toBeCloseTo(s0.actors.uae!.compute.own);
  });

  it("give the tenant compute and the landlord AI income", () => {
    const { state } = leased();
    const r = round(state, {}, NEVER);
    expect(r.state.actors.startuplab!.compute.leasedIn).toBe(1000);
    expect(r.state.actors.qatar!.compute.leasedOut).toBe(1000);
    expect(r.state.actors.qatar!.aiIncome).toBeGreaterThanOrEqual(20_000);
    expect(r.state.history.at(-1)!.indicators.chinaCompute.leased).toBe(1000);
  });

  it("stay hidden from the US and the public until detected", () => {
    const r = round(leased().state, {}, NEVER);
    const us = viewFor(r.state, { kind: "actor", actor: "us" });
    expect(us.leases).toEqual([]);
    expect(us.deals.some((d) => d.give.lease || d.get.lease)).toBe(false);
    expect(us.indicators.at(-1)!.chinaCompute.leased).toBe(0);
    expect(viewFor(r.state, { kind: "public" }).indicators.at(-1)!.chinaCompute.leased).toBe(0);
    expect(viewFor(r.state, { kind: "facilitator" }).leases).toHaveLength(1);
    expect(viewFor(r.state, { kind: "actor", actor: "qatar" }).leases).toHaveLength(1);
  });

  it("once detected: public news, a fine to the US, lost trust, and the US sees the lease", () => {
    const { state } = leased();
    const r = round(state, {}, ALWAYS);
    expect(r.events).toContainEqual(expect.objectContaining({ kind: "leaseDetected", lessor: "qatar", lessee: "startuplab", breach: false, visibleTo: "all" }));
    expect(r.ledger).toContainEqual({ actor: "us", amount: 50_000, kind: "fine" });
    expect(r.state.trust.us!.qatar).toBeLessThan(state.trust.us!.qatar!);
    expect(viewFor(r.state, { kind: "actor", actor: "us" }).leases).toHaveLength(1);
  });

  it("under US security conditions, a detected lease is a breach: it ends and the conditions lapse, and all are told", () => {
    const { state } = leased(true);
    const r = round(state, {}, ALWAYS);
    expect(r.events).toContainEqual(expect.objectContaining({ kind: "leaseDetected", breach: true }));
    expect(r.state.actors.qatar!.securityConditions).toBe(false);
    expect(r.state.leases[0]!.ended).toBe(true);
    // the state learns it must accept the conditions again, instead of finding its licences stuck later
    expect(viewFor(r.state, { kind: "actor", actor: "qatar" }).events).toContainEqual(expect.objectContaining({ kind: "conditionsRevoked", actor: "qatar" }));
  });

  it("end after the agreed rounds", () => {
    let s = round(leased().state, {}, NEVER).state;
    s = round(s, {}, NEVER).state;
    expect(s.leases[0]!.ended).toBe(true);
    expect(round(s, {}, NEVER).state.actors.startuplab!.compute.leasedIn).toBe(0);
  });

  it("cannot promise more compute than the landlord has free", () => {
    const { state, deal } = strike(game(), "startuplab", "kuwait", { cash: 1000 }, { lease: { compute: 50_000, rounds: 1 } });
    const r = round(state, {}, NEVER);
    expect(r.state.closedDeals.find((d) => d.id === deal)!.status).toBe("defaulted");
  });
});
