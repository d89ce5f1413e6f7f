import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { playBatches } from "../scripts/play-games.ts";
import { balanceReport, playBotGame, summarise, type BalanceReport } from "../shared/sim.ts";
import { scenario } from "./util/setup.ts";

const report = (games: number, seed: number) => {
  const s = scenario();
  return balanceReport(s, Array.from({ length: games }, (_, i) => summarise(playBotGame(s, seed + i))), seed);
};

/** Rounded, so the snapshot reads as a table of balance figures. */
function rounded(r: BalanceReport) {
  const two = (x: number) => Math.round(x * 100) / 100;
  return {
    actors: Object.fromEntries(r.actors.map((a) => [a.id, { mean: two(a.mean), sd: two(a.sd), wins: two(a.winShare) }])),
    groups: Object.fromEntries(r.groups.map((g) => [g.role, { mean: two(g.mean), wins: two(g.winShare) }])),
    finalRound: Object.fromEntries(Object.entries(r.trajectories).map(([k, v]) => [k, two(v.at(-1)!)])),
  };
}

describe("the simulator", () => {
  it("gives the same report for the same seed", () => {
    expect(report(6, 21)).toEqual(report(6, 21));
    expect(report(6, 21)).not.toEqual(report(6, 22));
  });

  it("reports win shares that add up per role group", () => {
    const r = report(10, 1);
    for (const role of ["usGov", "vendor", "gulf", "chinaFirm"]) {
      expect(r.actors.filter((a) => a.role === role).reduce((t, a) => t + a.winShare, 0)).toBeCloseTo(1, 9);
    }
    expect(r.groups.reduce((t, g) => t + g.winShare, 0)).toBeCloseTo(1, 9);
    for (const a of r.actors) expect(a.min <= a.mean && a.mean <= a.max).toBe(true);
  });

  it("keeps the default scenario's balance where it was (a deliberate change shows here as a diff)", () => {
    expect(rounded(report(20, 1))).toMatchSnapshot();
  });

  it("npm run sim prints the same JSON report twice, apart from the timing, on one core or several", () => {
    const run = (workers: string) => JSON.parse(execFileSync(process.execPath, ["scripts/sim.ts", "--games", "4", "--seed", "3", "--json", "--workers", workers], { encoding: "utf8" }));
    const a = run("1"), b = run("2");
    expect(a.report).toEqual(b.report);
    expect(a.report.games).toBe(4);
    expect(a.timing.gamesPerSecond).toBeGreaterThan(0);
    expect([a.timing.cores, b.timing.cores]).toEqual([1, 2]);
  });

  it("plays on worker threads exactly the games one thread plays, in seed order", async () => {
    const calm = scenario((d) => { d.mechanics.smuggling.capacity = 0; });
    const batches = [{ scenario: scenario(), firstSeed: 7, games: 5 }, { scenario: calm, firstSeed: 100, games: 3 }];
    const one = await playBatches(batches, 1);
    const three = await playBatches(batches, 3);
    expect(one.threads).toBe(1);
    expect(three.threads).toBe(3);
    expect(three.summaries.map((b) => b.map((g) => g.seed))).toEqual([[7, 8, 9, 10, 11], [100, 101, 102]]);
    expect(three.summaries).toEqual(one.summaries);
    expect(one.summaries[0]![0]).toEqual(summarise(playBotGame(scenario(), 7)));
  });
});
