// What the map and the supply chain draw comes from the seat's view, so hidden flows stay hidden.
import { describe, expect, it } from "vitest";
import { blocOf, chainOf, flowsOf } from "../../client/map/model.ts";
import { publicScenario, viewFor } from "../../shared/engine/view.ts";
import { game } from "../util/setup.ts";
import { round, strike } from "../util/play.ts";

describe("the map's flows", () => {
  const s0 = game();
  const scenario = publicScenario(s0.scenario);
  // round 1: a lease (hidden from the US), chips sold to the UAE, domestic chips and a cloud rental
  let s = strike(s0, "startuplab", "qatar", { cash: 20_000 }, { lease: { compute: 1000, rounds: 2 } }).state;
  s = strike(s, "nvidia", "uae", { chips: { h100: 1000 } }, { cash: 27_000 }).state;
  s = round(s, { cloudlab: [{ kind: "buyDomestic", chip: "ascend910b", quantity: 5000 }, { kind: "rentCloud", compute: 3000 }] }).state;
  s = round(s).state; // the chips arrive in round 2

  it("show a seat the flows it is part of, the lease included", () => {
    const lab = flowsOf(viewFor(s, { kind: "actor", actor: "startuplab" }), scenario);
    expect(lab).toContainEqual(expect.objectContaining({ from: "qatar", to: "startuplab", kind: "lease", amount: 1000, source: "party" }));
  });

  it("never show the US a lease it has not detected", () => {
    const us = flowsOf(viewFor(s, { kind: "actor", actor: "us" }), scenario);
    expect(us.some((f) => f.kind === "lease")).toBe(false);
    expect(flowsOf(viewFor(s, { kind: "facilitator" }), scenario)).toContainEqual(expect.objectContaining({ kind: "lease", from: "qatar" }));
  });

  it("show shipments as sales, and domestic purchases from the domestic maker", () => {
    const uae = flowsOf(viewFor(s, { kind: "actor", actor: "uae" }), scenario);
    // H100s are one H100-equivalent each
    expect(uae).toContainEqual(expect.objectContaining({ from: "nvidia", to: "uae", kind: "sale", amount: 1000, chips: { h100: 1000 }, source: "party" }));
    const round1 = round(game(), { cloudlab: [{ kind: "buyDomestic", chip: "ascend910b", quantity: 5000 }, { kind: "rentCloud", compute: 3000 }] }).state;
    const lab = flowsOf(viewFor(round1, { kind: "actor", actor: "cloudlab" }), scenario);
    const perf = scenario.chipTypes.find((c) => c.id === "ascend910b")!.performance;
    expect(lab).toContainEqual(expect.objectContaining({ from: "huawei", to: "cloudlab", kind: "domestic", amount: 5000 * perf, chips: { ascend910b: 5000 } }));
    expect(lab).toContainEqual(expect.objectContaining({ from: "worldmarket", to: "cloudlab", kind: "cloud", amount: 3000 }));
  });
});

describe("blocs and the supply chain", () => {
  it("a Gulf state leans to the US under security conditions", () => {
    const s = round(game(), { uae: [{ kind: "securityConditions", accept: true }] }).state;
    const v = viewFor(s, { kind: "public" });
    expect(blocOf(v, "uae")).toBe("aligned");
    expect(blocOf(v, "kuwait")).toBe("neutral");
    expect(blocOf(v, "cloudlab")).toBe("china");
  });

  it("cuts the vendors' link to China once the threshold catches their export-grade parts", () => {
    const scenario = publicScenario(game().scenario);
    const before = chainOf(viewFor(round(game()).state, { kind: "public" }), scenario);
    const after = chainOf(viewFor(round(game(), { us: [{ kind: "setThreshold", tpp: 2000 }] }).state, { kind: "public" }), scenario);
    const link = (c: typeof before) => c.links.find((l) => l.from === "nvidia" && l.to === "cloudlab")!.state;
    expect(link(before)).toBe("open");
    expect(link(after)).toBe("cut");
    expect(after.links.find((l) => l.from === "nvidia" && l.to === "uae")!.state).toBe("licensed");
  });
});

describe("the map's editions", () => {
  it("shade Taiwan with China in the Chinese edition, as Chinese maps do, and apart in the English", async () => {
    const { frameMap, shapesOfRegion } = await import("../../client/map/geo.ts");
    const map = frameMap(1600, 820, ["US", "CN", "AE"]);
    const [x0, y0, x1, y1] = map.bounds("TW", "en");
    expect(x1 - x0).toBeGreaterThan(0); // the map has Taiwan's shape
    expect(y1 - y0).toBeGreaterThan(0);
    expect(shapesOfRegion("CN", "zh")).toEqual(["CN", "TW"]);
    expect(shapesOfRegion("CN", "en")).toEqual(["CN"]);
    expect(shapesOfRegion("AE", "zh")).toEqual(["AE"]);
    const { countryName } = await import("../../client/map/names.ts");
    expect(countryName("TW", "zh")).toBe("中国台湾省");
  });
});
