// The phases as data (shared/phases.ts): the round they make, and what reads them.
import { describe, expect, it } from "vitest";
import { nextPhase, PHASE_NAMES, PHASES, type Phase } from "../shared/phases.ts";
import { replay, type Header } from "../shared/record.ts";
import { defaultScenarioData } from "./util/setup.ts";

describe("the phases", () => {
  it("make a round from the lobby: briefing, negotiation, orders, resolution, report, and the end after the last", () => {
    const walk = (from: Phase, over: boolean, steps: number) => {
      const seen: Phase[] = [];
      for (let p = from, i = 0; i < steps; i++) seen.push((p = nextPhase(p, over)));
      return seen;
    };
    expect(walk("lobby", false, 6)).toEqual(["briefing", "negotiation", "orders", "resolution", "report", "briefing"]);
    expect(nextPhase("report", true)).toBe("finished");
    expect(nextPhase("finished", true)).toBe("finished");
    expect(Object.keys(PHASES)).toEqual([...PHASE_NAMES]);
  });

  it("time only the phases the game's settings time, and keep orders open only before the resolution", () => {
    const timers = Object.keys(defaultScenarioData().timers).sort();
    expect(PHASE_NAMES.flatMap((p) => PHASES[p].timer ?? []).sort()).toEqual(timers);
    expect(PHASE_NAMES.filter((p) => PHASES[p].open)).toEqual(["lobby", "briefing", "negotiation", "orders"]);
    for (const p of PHASE_NAMES) if (PHASES[p].endsWhenAllSubmitted) expect(PHASES[p].open, p).toBe(true);
    expect(PHASE_NAMES.filter((p) => PHASES[p].showsResolvedRound)).toEqual(["report"]);
  });

  it("bring a restored game back after a resolution in the phase the table says follows it", () => {
    const header: Header = {
      type: "header", gameId: "G", code: "G", createdAt: 0, scenario: defaultScenarioData(), seed: 1,
      settings: { bots: true, private: false, timers: { briefing: 1, negotiation: 1, orders: 1, report: 1 } }, facilitatorKeyHash: "",
    };
    expect(replay([header]).phase).toBeNull();
    expect(replay([header, { type: "resolved", round: 1, orders: {}, at: 0 }]).phase).toBe(PHASES.resolution.next);
  });
});
