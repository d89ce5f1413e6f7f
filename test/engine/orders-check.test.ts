import { describe, expect, it } from "vitest";
import { orderOptions } from "../../shared/engine/options.ts";
import { checkOrders } from "../../shared/engine/validate.ts";
import { refusalMessage } from "../../shared/refusals.ts";
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
    for (const o of orders) expect(checkOrders(s, "us", [o])).toEqual([]);
    const withListing = [...orders, { kind: "entityList", target: "startuplab", listed: true } as const]; // + 20 = 113
    expect(checkOrders(s, "us", withListing)).toEqual([
      { code: "noCapitalInAll", params: { short: 13 }, order: { index: 6, action: "entityList" } },
    ]);
    expect(checkOrders(s, "us", [...orders])).toEqual([]);
  });

  it("counts the cash the seat has agreed to pay in deals", () => {
    const { state } = strike(game(), "nvidia", "uae", { chips: { h100: 20_000 } }, { cash: 600_000 }); // $600M
    const build = (slots: number) => [{ kind: "build", slots }] as const;
    const cash = state.actors.uae!.cash, perSlot = orderOptions(state, "uae").datacentre!.costPerSlot;
    const slots = Math.floor(cash / perSlot);
    expect(checkOrders(game(), "uae", [...build(slots)])).toEqual([]); // alone it would be affordable
    const short = 600_000 - (cash - slots * perSlot); // the deal takes what the slots leave, and more (in whole k$)
    expect(checkOrders(state, "uae", [...build(slots)])).toEqual([{ code: "noCashInAll", params: { short: Math.ceil(short) }, order: { index: 0, action: "build" } }]);
    expect(checkOrders(state, "uae", [...build(Math.floor((cash - 600_000) / perSlot))])).toEqual([]);
  });

  it("lists every problem, each with its order's number", () => {
    const problems = checkOrders(game(), "us", [
      { kind: "visit", target: "uae" }, { kind: "visit", target: "nvidia" }, { kind: "setPolicy", policy: "chinaRevenueShare", value: 2 },
    ]);
    expect(problems).toEqual([
      { code: "targetNotGulf", params: { target: "nvidia" }, order: { index: 1, action: "visit" } },
      { code: "shareTooHigh", params: {}, order: { index: 2, action: "setPolicy" } },
    ]);
    expect(problems.map(refusalMessage)).toEqual(["order 2 (visit): nvidia is not a Gulf state", "order 3 (setPolicy): a revenue share is at most 100%"]);
  });
});
