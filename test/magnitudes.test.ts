// The default scenario, played by its bots, stays within the domain brief's ranges for the flows the
// source article is about. Each range names its source (../shared/domain-brief.md); the bounds are
// the brief's, widened where estimates conflict.
import { describe, expect, it } from "vitest";
import type { GameState } from "../shared/engine/state.ts";
import { playBotGame } from "../shared/sim.ts";
import { scenario } from "./util/setup.ts";

const games = Array.from({ length: 16 }, (_, i) => playBotGame(scenario(), 900 + i));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const chips = (stock: Record<string, number>) => Object.values(stock).reduce((a, b) => a + b, 0);
const shipped = (g: GameState, keep: (e: { from: string; smuggled: boolean; round: number }) => boolean) =>
  g.log.reduce((t, e) => t + (e.kind === "shipment" && keep(e) ? chips(e.chips) : 0), 0);

describe("magnitudes, against the domain brief", () => {
  it("licensed sales to Chinese firms in 2024: several $B a quarter (S56: >1 M H20, ~$12 B, expected in 2024)", () => {
    const in2024 = mean(games.map((g) => g.history.slice(0, 3).reduce((t, h) => t + Object.values(h.indicators.vendors).reduce((a, v) => a + v.revenueBy.china, 0), 0)));
    expect(in2024 / 3).toBeGreaterThan(1_500); // $M a quarter, 2024Q2-Q4
    expect(in2024 / 3).toBeLessThan(5_000);
  });

  it("chips smuggled into China: 2,500 to 75,000 a quarter, median ~35,000 (S87)", () => {
    const perRound = mean(games.map((g) => (shipped(g, (e) => e.smuggled) + chips(g.seized)) / g.history.length));
    expect(perRound).toBeGreaterThan(2_500);
    expect(perRound).toBeLessThan(75_000);
  });

  it("Ascend output: about 50,000 a quarter in 2024 (S67) and no more than 100,000 in 2025 (S68: <= 200,000 by BIS, 400,000 planned)", () => {
    const huawei = (g: GameState, rounds: number[]) => mean(rounds.map((r) => shipped(g, (e) => e.from === "huawei" && e.round === r)));
    const in2024 = mean(games.map((g) => huawei(g, [1, 2, 3])));
    const in2025 = mean(games.map((g) => huawei(g, [4, 5, 6, 7])));
    expect(in2024).toBeGreaterThan(35_000);
    expect(in2024).toBeLessThanOrEqual(55_000);
    expect(in2025).toBeGreaterThan(40_000);
    expect(in2025).toBeLessThanOrEqual(100_000);
  });

  it("Gulf build-out: the UAE past 21,000 GPUs by 2025 (S33), and each large programme between its approvals and its plans by 2027 (S26, S28, S34)", () => {
    const compute = (id: string, round: number) => mean(games.map((g) => g.history[round - 1]!.indicators.gulf[id]!.compute));
    expect(compute("uae", 6)).toBeGreaterThan(21_000);
    // G42 and Humain were approved 35,000 GB300-equivalents each (~2.5 H100e apiece) in late 2025;
    // Stargate UAE's first 200 MW (~100,000 GB300) is due by end-2026
    for (const id of ["uae", "saudi"]) {
      expect(compute(id, 12)).toBeGreaterThan(35_000 * 2.5);
      expect(compute(id, 12)).toBeLessThan(600_000);
    }
  });
});
