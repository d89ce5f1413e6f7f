import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
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

  it("npm run sim prints the same JSON report twice, apart from the timing", () => {
    const run = () => JSON.parse(execFileSync(process.execPath, ["scripts/sim.ts", "--games", "4", "--seed", "3", "--json"], { encoding: "utf8" }));
    const a = run(), b = run();
    expect(a.report).toEqual(b.report);
    expect(a.report.games).toBe(4);
    expect(a.timing.gamesPerSecond).toBeGreaterThan(0);
  });
});
