// The class debrief: groups set side by side from their records, the decisions that differed most,
// and each seat's ranking across groups with what the best one did differently.
import { describe, expect, it } from "vitest";
import { classDebrief, decisionOf, groupResult, type GroupResult } from "../../shared/class/debrief.ts";
import type { ClassStudentState } from "../../shared/class/record.ts";
import type { RecordEntry } from "../../shared/record.ts";
import { defaultScenarioData } from "../util/setup.ts";

const SEATS = [{ actor: "us", role: "usGov" as const }, { actor: "uae", role: "gulf" as const }];
const card = (total: number) => ({ total, parts: [] });
const result = (group: number, totals: Record<string, number>, decisions: GroupResult["decisions"]): GroupResult => ({
  group, gameId: `G${group}`, finished: true, rounds: 12, series: [], players: { us: [`US ${group}`] },
  scores: Object.fromEntries(Object.entries(totals).map(([a, t]) => [a, card(t)])), decisions, submitted: {}, messages: {},
});

describe("the class debrief", () => {
  it("names decisions with their choice", () => {
    expect(decisionOf({ kind: "licenceDecision", licence: "L1", decision: "deny" })).toBe("licenceDecision:deny");
    expect(decisionOf({ kind: "securityConditions", accept: true })).toBe("securityConditions:accept");
    expect(decisionOf({ kind: "entityList", target: "cloudlab", listed: false })).toBe("entityList:delist");
    expect(decisionOf({ kind: "setPolicy", policy: "cloudKyc", value: true })).toBe("setPolicy:cloudKyc");
    expect(decisionOf({ kind: "build", slots: 10 })).toBe("build");
  });

  it("puts the decisions that differed most between groups first, and leaves out those all groups took alike", () => {
    const d = classDebrief([
      result(0, { us: 60, uae: 40 }, { us: { "licenceDecision:deny": 5, visit: 2 }, uae: { build: 3 } }),
      result(1, { us: 50, uae: 70 }, { us: { "licenceDecision:deny": 0, visit: 2 }, uae: { build: 4 } }),
      result(2, { us: 80, uae: 55 }, { us: { "licenceDecision:deny": 1, visit: 2 }, uae: {} }),
    ], SEATS);
    expect(d.decisions).toEqual([
      { actor: "us", decision: "licenceDecision:deny", counts: [5, 0, 1], spread: 5 },
      { actor: "uae", decision: "build", counts: [3, 4, 0], spread: 4 },
    ]);
    // each seat ranks the groups by its own score; the best one's standout decisions against the others' average
    expect(d.rankings[0]).toEqual({
      actor: "us", role: "usGov",
      groups: [{ group: 2, total: 80, rank: 1, players: ["US 2"] }, { group: 0, total: 60, rank: 2, players: ["US 0"] }, { group: 1, total: 50, rank: 3, players: ["US 1"] }],
      standout: [{ decision: "licenceDecision:deny", best: 1, others: 2.5 }],
    });
    expect(d.rankings[1]!.groups.map((g) => g.group)).toEqual([1, 2, 0]);
    expect(d.rankings[1]!.standout).toEqual([{ decision: "build", best: 4, others: 1.5 }]);
  });

  it("ranks groups with the same whole points alike, and finds no best group among equals", () => {
    const d = classDebrief([result(0, { us: 60.2 }, { us: { visit: 1 } }), result(1, { us: 59.9 }, {}), result(2, { us: 40 }, {})], SEATS);
    expect(d.rankings[0]!.groups.map((g) => [g.group, g.rank])).toEqual([[0, 1], [1, 1], [2, 3]]);
    const even = classDebrief([result(0, { us: 50 }, { us: { visit: 1 } }), result(1, { us: 50 }, {})], SEATS);
    expect(even.rankings[0]!.standout).toEqual([]);
  });

  it("leaves out of the rankings a group that has not resolved a round", () => {
    const d = classDebrief([result(0, { us: 60 }, {}), { ...result(1, {}, {}), rounds: 0, scores: {} }], SEATS);
    expect(d.rankings[0]!.groups.map((g) => g.group)).toEqual([0]);
  });

  it("reads a group's record: decisions of every round and deal, who played, who submitted, who chatted", () => {
    const header: RecordEntry = {
      type: "header", gameId: "G1", code: "G1", createdAt: 1, scenario: defaultScenarioData(), seed: 5, facilitatorKeyHash: "",
      settings: { bots: false, private: true, timers: { briefing: 60, negotiation: 60, orders: 60, report: 60 }, class: { code: "C", group: 1 } },
    };
    const entries: RecordEntry[] = [
      header,
      { type: "orders", round: 1, actor: "us", actions: [{ kind: "visit", target: "uae" }], submitted: false, at: 2 },
      { type: "orders", round: 1, actor: "us", actions: [{ kind: "visit", target: "uae" }], submitted: true, at: 3 },
      { type: "chat", from: "us", fromName: "Ana", to: "all", text: "hello", at: 4 },
      { type: "resolved", round: 1, orders: { us: [{ kind: "visit", target: "uae" }], uae: [{ kind: "securityConditions", accept: true }] }, at: 5 },
      { type: "resolved", round: 2, orders: { us: [{ kind: "visit", target: "uae" }] }, at: 6 },
    ];
    const students: ClassStudentState[] = [
      { id: "a", name: "Ana", friends: [], tokenHash: "", group: 1, actor: "us" },
      { id: "b", name: "Ben", friends: [], tokenHash: "", group: 0, actor: "us" },
    ];
    const g = groupResult(1, entries, students);
    expect(g).toMatchObject({ group: 1, gameId: "G1", finished: false, rounds: 2, players: { us: ["Ana"] }, submitted: { us: 1 }, messages: { us: 1 } });
    expect(g.decisions.us).toEqual({ visit: 2 });
    expect(g.decisions.uae).toEqual({ "securityConditions:accept": 1 });
    expect(g.series.map((h) => h.round)).toEqual([1, 2]);
    expect(Object.keys(g.scores)).toHaveLength(11);
  });
});
