import { describe, expect, it } from "vitest";
import { game, quietScenario } from "../util/setup.ts";
import { round, strike } from "../util/play.ts";

describe("indicators", () => {
  it("split index: the domestic share of Chinese compute and the share of Gulf compute under US conditions", () => {
    const r = round(game());
    const i = r.state.history.at(-1)!.indicators;
    const w = r.state.scenario.indicators.split;
    const domestic = i.chinaCompute.domestic / i.chinaCompute.total;
    expect(i.splitIndex).toBeCloseTo((w.domesticWeight * domestic + w.gulfAlignmentWeight * 0) / (w.domesticWeight + w.gulfAlignmentWeight), 9);
    const aligned = round(game(), { uae: [{ kind: "securityConditions", accept: true }], saudi: [{ kind: "securityConditions", accept: true }] });
    expect(aligned.state.history.at(-1)!.indicators.splitIndex).toBeGreaterThan(i.splitIndex);
  });

  it("security risk rises with US-origin compute reaching Chinese firms", () => {
    const base = round(game()).state.history.at(-1)!.indicators;
    const { state } = strike(game(), "nvidia", "cloudlab", { chips: { h20: 60_000 } }, { cash: 60_000 * 12 });
    let s = round(state).state;
    s = round(s).state;
    const more = s.history.at(-1)!.indicators;
    expect(more.chinaCompute.legal).toBeGreaterThan(base.chinaCompute.legal);
    expect(more.securityRisk).toBeGreaterThan(base.securityRisk - 5);
  });

  it("capability gap is the US labs' lead over the best Chinese firm, also in months", () => {
    const i = round(game()).state.history.at(-1)!.indicators;
    expect(i.capabilityGap).toBeCloseTo(i.usCapability - i.chinaCapability, 9);
    expect(i.gapMonths).toBeCloseTo(i.capabilityGap * 1.2, 9);
  });
});

describe("scores", () => {
  it("are 0–100 and the sum of their weighted parts", () => {
    const s = round(game()).state;
    for (const card of Object.values(s.history.at(-1)!.scores)) {
      expect(card.total).toBeGreaterThanOrEqual(0);
      expect(card.total).toBeLessThanOrEqual(100);
      expect(card.parts.reduce((t, p) => t + p.points, 0)).toBeCloseTo(card.total, 9);
    }
  });

  it("follow the scenario's objectives: a Chinese firm put on the entity list loses that objective's points", () => {
    const scored = (listed: boolean) => round(game(quietScenario()), listed ? { us: [{ kind: "entityList", target: "cloudlab", listed: true }] } : {})
      .state.history.at(-1)!.scores.cloudlab!.parts.find((p) => p.objective === "unlisted")!;
    expect(scored(false).points).toBeGreaterThan(0);
    expect(scored(true).points).toBe(0);
  });
});
