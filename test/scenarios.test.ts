// The scenarios in assets/scenarios: each valid, each balanced by the simulator's criteria, and the
// second one asking its own question (does the US keep the Diffusion Rule's caps?).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../shared/scenario/load.ts";
import type { Scenario } from "../shared/scenario/schema.ts";
import { balanceReport, playBotGame, summarise } from "../shared/sim.ts";

const DIR = new URL("../assets/scenarios/", import.meta.url);
const scenarios: Scenario[] = readdirSync(DIR).filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json")).map((f) => {
  const loaded = loadScenario(readFileSync(new URL(f, DIR), "utf8"));
  if (!loaded.ok) throw new Error(`${f}: ${loaded.problems.join("; ")}`);
  return loaded.scenario;
});
const byId = (id: string) => scenarios.find((s) => s.id === id)!;

describe("the scenarios", () => {
  it("are the default 2024 one and the 2025 Diffusion Rule one", () => {
    expect(scenarios.map((s) => s.id).sort()).toEqual(["diffusion-rule-2025", "gulf-licensing-2024"]);
  });

  it.each(["gulf-licensing-2024", "diffusion-rule-2025"])("%s is balanced: no role group and no actor wins most games", (id) => {
    const sc = byId(id);
    const report = balanceReport(sc, Array.from({ length: 60 }, (_, i) => summarise(playBotGame(sc, 500 + i))), 500);
    for (const g of report.groups) {
      expect(g.winShare, `${g.role} wins`).toBeGreaterThan(0.05);
      expect(g.winShare, `${g.role} wins`).toBeLessThan(0.55);
    }
    const shared = report.actors.filter((a) => report.actors.filter((b) => b.role === a.role).length > 1);
    for (const a of shared) expect(a.winShare, `${a.id} wins within its group`).toBeLessThan(0.7);
  });

  it("the 2025 scenario opens with the caps in force and DeepSeek-R1, for eight quarters, and leaves the caps to the US", () => {
    const sc = byId("diffusion-rule-2025");
    expect(sc.calendar).toEqual({ startYear: 2025, startQuarter: 1, rounds: 8 });
    expect(sc.policies.tierCaps).toBe(true);
    expect(sc.events.scheduled.filter((e) => e.round === 1).map((e) => e.id)).toContain("deepseek-r1");
    // no event lifts the caps: whether they stay is the US seat's choice, and different US bots choose differently
    expect(sc.events.scheduled.some((e) => e.effects.some((f) => f.type === "setPolicy" && f.policy === "tierCaps"))).toBe(false);
    const kept = Array.from({ length: 30 }, (_, i) => playBotGame(sc, 900 + i).policies.tierCaps);
    expect(kept.some((k) => k)).toBe(true);
    expect(kept.some((k) => !k)).toBe(true);
  });
});
