import { describe, expect, it } from "vitest";
import { game, quietScenario } from "../util/setup.ts";
import { round } from "../util/play.ts";

describe("vendors", () => {
  it("produce their standing plan, paying the unit cost, and the plan stays until changed", () => {
    const s0 = game();
    const r1 = round(s0, { amd: [{ kind: "produce", chip: "mi300x", quantity: 1000 }] });
    const made = r1.events.find((e) => e.kind === "production" && e.vendor === "amd");
    expect(made).toMatchObject({ chips: { mi300x: 1000 }, cost: 4000 });
    expect(r1.state.made.mi300x - s0.made.mi300x!).toBe(1000);
    const r2 = round(r1.state);
    expect(r2.events.find((e) => e.kind === "production" && e.vendor === "amd")).toMatchObject({ chips: { mi300x: 1000 } });
  });

  it("cannot plan past capacity, make others' chips, or make a design that is not ready", () => {
    const s = game();
    const r = round(s, {
      amd: [{ kind: "produce", chip: "mi300x", quantity: s.actors.amd!.capacity + 1 }, { kind: "produce", chip: "h100", quantity: 10 }, { kind: "produce", chip: "mi308", quantity: 10 }],
    });
    expect(r.rejected.map((x) => x.code)).toEqual(["overCapacity", "notYourChip", "notDesigned"]);
  });

  it("design a new chip in the scenario's design time, then can make it", () => {
    const designed = round(game(), { amd: [{ kind: "design", chip: "mi308" }] });
    let s = designed.state;
    expect(s.actors.amd!.designs.mi308).toBe(2); // one round of design work
    expect(designed.ledger).toContainEqual({ actor: "amd", amount: -300_000, kind: "design" });
    const r = round(s, { amd: [{ kind: "produce", chip: "mi308", quantity: 500 }] });
    expect(r.rejected).toEqual([]);
    expect(r.events).toContainEqual(expect.objectContaining({ kind: "design", vendor: "amd", chip: "mi308", ready: true, visibleTo: "all" }));
  });

  it("sell to the world market along its demand curve: a higher price sells fewer chips", () => {
    const sold = (price: number) => {
      const r = round(game(), { intel: [{ kind: "setPrice", chip: "gaudi3", price }] });
      return r.events.find((e) => e.kind === "marketSale" && e.vendor === "intel");
    };
    const list = sold(16)!, dear = sold(24)!;
    expect(dear.kind === "marketSale" && list.kind === "marketSale").toBe(true);
    if (dear.kind !== "marketSale" || list.kind !== "marketSale") return;
    expect(dear.chips.gaudi3!).toBeLessThan(list.chips.gaudi3!);
    expect(list.revenue).toBe(list.chips.gaudi3! * 16);
  });

  it("keep prices within the scenario's range of the list price", () => {
    const r = round(game(), { nvidia: [{ kind: "setPrice", chip: "h100", price: 5 }, { kind: "setPrice", chip: "h100", price: 100 }] });
    const range = { code: "priceOutOfRange", params: { chip: "h100", low: 17, high: 43 } }; // k$
    expect(r.rejected).toMatchObject([range, range]);
  });

  it("see their share price follow revenue against expectations and the news", () => {
    // no production at all: revenue collapses against the baseline, so the price falls
    const idle = round(game(), { cerebras: [{ kind: "produce", chip: "wse3", quantity: 0 }] }).state;
    expect(idle.actors.cerebras!.sharePrice).toBeLessThan(game().actors.cerebras!.sharePrice);
    // a tighter threshold is bad news for every vendor
    const calm = round(game()).state;
    const tight = round(game(), { us: [{ kind: "setThreshold", tpp: 2000 }] }).state;
    for (const v of ["nvidia", "amd", "intel", "cerebras"]) expect(tight.actors[v]!.sharePrice).toBeLessThan(calm.actors[v]!.sharePrice);
  });

  it("a scheduled event moves a share price on the day (the article's −3.77%)", () => {
    const s = game(quietScenario((d) => {
      d.events.scheduled = [{ id: "news", round: 1, title: { en: "News", zh: "消息" }, text: { en: "News", zh: "消息" }, effects: [{ type: "sharePrice", target: "nvidia", percent: -3.77 }] }];
    }));
    expect(s.actors.nvidia!.sharePrice).toBeCloseTo(1148.3 * (1 - 0.0377), 6);
  });
});
