// The dice: news cards and detections are independent across rounds and across games. Seeded streams
// once started from the seed itself, so the first draws of nearby seeds and rounds nearly matched:
// half of all games drew no card at all and the rest drew eight to ten.
import { describe, expect, it } from "vitest";
import { resolveRound } from "../shared/engine/resolve.ts";
import { createRng, roundRng } from "../shared/engine/rng.ts";
import { createGame } from "../shared/engine/setup.ts";
import type { GameState } from "../shared/engine/state.ts";
import { quietScenario } from "./util/setup.ts";

const SEEDS = 1000;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: number[]) => { const m = mean(xs); return mean(xs.map((x) => (x - m) ** 2)); };
function correlation(xs: number[], ys: number[]): number {
  const mx = mean(xs), my = mean(ys);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < xs.length; i++) { sxy += (xs[i]! - mx) * (ys[i]! - my); sxx += (xs[i]! - mx) ** 2; syy += (ys[i]! - my) ** 2; }
  return sxy / Math.sqrt(sxx * syy);
}
const binomial = (n: number, k: number, p: number) => { let c = 1; for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1); return c * p ** k * (1 - p) ** (n - k); };

describe("seeded randomness", () => {
  // a deck of as many always-eligible cards as there are rounds: cards per game are Binomial(rounds, drawChance)
  const ROUNDS = 12, CHANCE = 0.5;
  const sc = quietScenario((d) => {
    d.calendar.rounds = ROUNDS;
    d.events.mode = "whatIf";
    d.events.drawChance = CHANCE;
    d.events.deck = Array.from({ length: ROUNDS }, (_, i) => ({
      id: `card-${i}`, weight: 1, title: { en: "News", zh: "新闻" }, text: { en: "News", zh: "新闻" }, effects: [],
    }));
  });
  const draws = Array.from({ length: SEEDS }, (_, seed) => {
    let s: GameState = createGame(sc, seed);
    while (!s.finished) s = resolveRound(s, {}).state;
    const byRound = Array.from({ length: ROUNDS }, (_, r) => (s.log.some((e) => e.kind === "scenario" && e.origin === "deck" && e.round === r + 1) ? 1 : 0));
    return byRound;
  });

  it("draws as many cards per game as the deck's odds give", () => {
    const perGame = draws.map((d) => d.reduce((a: number, b) => a + b, 0));
    expect(mean(perGame)).toBeGreaterThan(ROUNDS * CHANCE - 0.25);
    expect(mean(perGame)).toBeLessThan(ROUNDS * CHANCE + 0.25);
    expect(variance(perGame)).toBeGreaterThan(ROUNDS * CHANCE * (1 - CHANCE) * 0.8);
    expect(variance(perGame)).toBeLessThan(ROUNDS * CHANCE * (1 - CHANCE) * 1.2);
    // the whole spread: a chi-square test against Binomial(12, 0.5), pooling the thin tails
    const buckets = [[0, 3], [4, 4], [5, 5], [6, 6], [7, 7], [8, 8], [9, 12]] as const;
    let chi = 0;
    for (const [lo, hi] of buckets) {
      let expected = 0;
      for (let k = lo; k <= hi; k++) expected += SEEDS * binomial(ROUNDS, k, CHANCE);
      const seen = perGame.filter((n) => n >= lo && n <= hi).length;
      chi += (seen - expected) ** 2 / expected;
    }
    expect(chi).toBeLessThan(22.5); // 6 degrees of freedom: p < 0.001 beyond this
  });

  it("draws a card in one round independently of the round before, and cards fall in late rounds too", () => {
    for (let r = 0; r + 1 < ROUNDS; r++) {
      expect(Math.abs(correlation(draws.map((d) => d[r]!), draws.map((d) => d[r + 1]!)))).toBeLessThan(0.1);
    }
    expect(mean(draws.map((d) => d[ROUNDS - 1]!))).toBeGreaterThan(CHANCE - 0.06);
  });

  it("gives each round of each game its own stream: first draws of nearby seeds and rounds are unrelated", () => {
    const first = (seed: number, round: number, phase: "briefing" | "resolve") => roundRng(seed, round, phase).next();
    const a = Array.from({ length: SEEDS }, (_, i) => first(i, 3, "resolve"));
    expect(Math.abs(correlation(a, Array.from({ length: SEEDS }, (_, i) => first(i, 4, "resolve"))))).toBeLessThan(0.1);
    expect(Math.abs(correlation(a, Array.from({ length: SEEDS }, (_, i) => first(i + 1, 3, "resolve"))))).toBeLessThan(0.1);
    expect(Math.abs(correlation(a, Array.from({ length: SEEDS }, (_, i) => first(i, 3, "briefing"))))).toBeLessThan(0.1);
    expect(mean(a)).toBeGreaterThan(0.45);
    expect(mean(a)).toBeLessThan(0.55);
    expect(createRng(7).next()).toBe(createRng(7).next());
  });

  it("detects a hidden lease round by round as its odds say: about half in its first round at even odds", () => {
    const even = quietScenario((d) => {
      d.mechanics.detection.lease = 0.5;
      d.mechanics.detection.audit = 0;
    });
    const caughtIn: number[] = [];
    for (let seed = 0; seed < SEEDS / 2; seed++) {
      let s = createGame(even, seed);
      s.leases.push({ id: "E1", dealId: "D1", lessor: "qatar", lessee: "cloudlab", compute: 100, startRound: 1, endRound: 12, hidden: true, detected: false, ended: false });
      let round = 0;
      while (!s.finished && round === 0) {
        s = resolveRound(s, {}).state;
        if (s.leases[0]!.detected) round = s.round - 1;
      }
      caughtIn.push(round);
    }
    const share = (r: number) => caughtIn.filter((x) => x === r).length / caughtIn.length;
    expect(share(1)).toBeGreaterThan(0.43);
    expect(share(1)).toBeLessThan(0.57);
    expect(share(2)).toBeGreaterThan(0.18);
    expect(share(2)).toBeLessThan(0.32);
  });
});
