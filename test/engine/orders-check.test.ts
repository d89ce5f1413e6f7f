import { describe, expect, it } from "vitest";
import { orderOptions } from "../../shared/engine/options.ts";
import { checkOrders } from "../../shared/engine/validate.ts";
import { game } from "../util/setup.ts";
import { strike } from "../util/play.ts";

describe("a seat's orders, checked together before the round", () => {
  it("may not spend more political capital in all than the US has, however each order looks alone", () => {
    const s = game(); // the US starts with 100
    const orders = [
      { kind: "setThreshold", tpp: 3000 }, { kind: "setPolicy", policy: "cloudKyc", value: true },
      { kind: "setPolicy", policy: "chinaRevenueShare", value: 0.1 }, { kind: "setPolicy", policy: "largeShipmentH100e", value: 2000 },
      { kind: "audit", target: "uae" }, { kind: "visit", target: "qatar" },
    ] as const; // 30 + 3 × 15 + 8 + 10 = 93
    const costs = s.scenario.mechanics.politicalCapital.costs;
    expect(costs.threshold + 3 * costs.policy + costs.audit + costs.visit).toBe(93);
    for (const o of orders) expect(checkOrders(s, "us", [o])).toBeNull();
    const withListing = [...orders, { kind: "entityList", target: "startuplab", listed: true } as const]; // + 20 = 113
    expect(checkOrders(s, "us", withListing)).toEqual({
      code: "noCapital", reason: "order 7 (entityList): with your earlier orders it needs 13 more political capital than you have",
    });
    expect(checkOrders(s, "us", [...orders])).toBeNull();
  });

  it("counts the cash the seat has agreed to pay in deals", () => {
    const { state } = strike(game(), "nvidia", "uae", { chips: { h100: 20_000 } }, { cash: 600_000 }); // $600M
    const build = (slots: number) => [{ kind: "build", slots }] as const;
    const cash = state.actors.uae!.cash, perSlot = orderOptions(state, "uae").datacentre!.costPerSlot;
    const slots = Math.floor(cash / perSlot);
    expect(checkOrders(game(), "uae", [...build(slots)])).toBeNull(); // alone it would be affordable
    expect(checkOrders(state, "uae", [...build(slots)])).toMatchObject({ code: "noCash", reason: expect.stringMatching(/^order 1 \(build\): with your earlier orders and agreed deals/) });
    expect(checkOrders(state, "uae", [...build(Math.floor((cash - 600_000) / perSlot))])).toBeNull();
  });

  it("lists every problem, each with its order's number", () => {
    const problem = checkOrders(game(), "us", [
      { kind: "visit", target: "uae" }, { kind: "visit", target: "nvidia" }, { kind: "setPolicy", policy: "chinaRevenueShare", value: 2 },
    ]);
    expect(problem?.code).toBe("badTarget");
    expect(problem?.reason.split("; ")).toEqual([
      'order 2 (visit): "nvidia" is a vendor, not a gulf', "order 3 (setPolicy): a revenue share is at most 100%",
    ]);
  });
});
