// Replaying 2024–26: the decisions really taken, played through the engine, against the real figures.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareWithHistory, judge, modelValue } from "../shared/history/compare.ts";
import { historyProblems, loadHistory } from "../shared/history/load.ts";
import { replay } from "../shared/history/replay.ts";
import { quarterOf, roundOf, type History } from "../shared/history/schema.ts";
import { playBotGame } from "../shared/sim.ts";
import { scenario } from "./util/setup.ts";

const HISTORY = new URL("../assets/history/2024-2026.json", import.meta.url);
const history = (() => {
  const loaded = loadHistory(readFileSync(HISTORY, "utf8"));
  if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
  return loaded.history;
})();
const sc = scenario();
const played = (s: ReturnType<typeof replay>) => ({ scenario: s.scenario, indicators: s.history.map((h) => h.indicators), events: s.log });

describe("the history file", () => {
  it("is valid, names only what the default scenario has, and says why for every figure the model does not reach", () => {
    expect(historyProblems(history, sc)).toEqual([]);
    for (const f of history.figures) expect(f.tolerance.why.length).toBeGreaterThan(20);
    expect(history.figures.filter((f) => f.gap !== undefined).length).toBeLessThan(history.figures.length / 4);
  });

  it("reports a wrong field with its path", () => {
    const broken = JSON.parse(readFileSync(HISTORY, "utf8")) as { figures: { quarter: string }[] };
    broken.figures[2]!.quarter = "2024-Q4";
    const loaded = loadHistory(broken);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems).toEqual(['figures[2].quarter: expected a quarter such as "2025Q3"']);
    const wrongActor: History = { ...history, decisions: [{ ...history.decisions[0]!, actor: "oman" }] };
    expect(historyProblems(wrongActor, sc)).toEqual(['decisions[0].actor: the scenario has no actor "oman"']);
  });

  it("places quarters on rounds by the scenario's calendar", () => {
    expect(quarterOf(sc, 1)).toBe("2024Q2");
    expect(quarterOf(sc, 4)).toBe("2025Q1");
    expect(roundOf(sc, "2025Q4")).toBe(7);
    expect(roundOf(sc, "2024Q1")).toBe(0);
  });
});

describe("a replay of history", () => {
  const games = Array.from({ length: 15 }, (_, i) => replay(sc, history, 101 + i));

  it("is the same game for the same seed", () => {
    expect(replay(sc, history, 101)).toEqual(games[0]);
  });

  it("takes the decisions really taken: no large Gulf licence before 2025Q4, then the approved volumes; G42 under US conditions; no US step history did not take", () => {
    for (const s of games) {
      const large = s.licences.filter((l) => l.large && s.actors[l.destination]!.role === "gulf" && l.decidedBy === "us" && (l.status === "approved" || l.status === "conditional" || l.status === "used"));
      expect(large.every((l) => l.decidedRound! >= roundOf(sc, "2025Q4"))).toBe(true);
      expect(s.actors.uae!.securityConditions).toBe(true);
      expect(s.log.some((e) => e.kind === "policy" && e.policy === "controlThresholdTpp" && e.round <= roundOf(sc, "2026Q1"))).toBe(false);
      expect(s.log.some((e) => e.kind === "entityList" && e.round <= roundOf(sc, "2026Q1"))).toBe(false);
    }
  });

  it("lands every calibrated figure within its tolerance (median of 15 seeds)", () => {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const calibrated = history.figures.filter((f) => f.gap === undefined);
    expect(calibrated.length).toBeGreaterThanOrEqual(15);
    for (const f of calibrated) {
      const c = judge(f, median(games.map((s) => modelValue(played(s), f)!)));
      expect(c.within, `${f.indicator} ${f.quarter}: real ${f.value}, model ${c.model}`).toBe(true);
    }
  });

  it("puts a bot game beside the record too, for the quarters it covers", () => {
    const rows = compareWithHistory(history, played(playBotGame(sc, 5)));
    expect(rows.length).toBe(history.figures.length);
    const short = compareWithHistory(history, { ...played(playBotGame(sc, 5)), indicators: played(playBotGame(sc, 5)).indicators.slice(0, 4) });
    expect(short.every((c) => c.figure.measure.quarters[1] <= "2025Q1")).toBe(true);
    expect(short.length).toBeLessThan(rows.length);
  });

  it("npm run replay prints the table and succeeds while the calibrated figures hold", () => {
    const out = execFileSync(process.execPath, ["scripts/replay.ts"], { encoding: "utf8" });
    expect(out).toMatch(/2024Q2\s+nvidia_datacenter_revenue\s+26\.30/);
    expect(out).toMatch(/calibrated figures within tolerance/);
  });
});
