// A class's record replays to the class it was: its students in the order they came, its groups,
// and each student's last place.
import { describe, expect, it } from "vitest";
import { replayClass, type ClassEntry } from "../../shared/class/record.ts";

const header: ClassEntry = {
  type: "header", code: "CLS", createdAt: 1, teacherKeyHash: "h",
  settings: { scenario: {}, groups: { count: 2 }, timers: { briefing: 60, negotiation: 60, orders: 60, report: 60 }, bots: true, lang: "zh", inStep: true },
};

describe("a class's record", () => {
  it("replays students, groups and every move to the last", () => {
    const state = replayClass([
      header,
      { type: "student", id: "a", name: "Ana", friends: ["Ben"], tokenHash: "ta", at: 2 },
      { type: "student", id: "b", name: "Ben", friends: [], tokenHash: "tb", at: 3 },
      { type: "groups", games: ["G1", "G2"], at: 4 },
      { type: "placed", student: "a", group: 0, actor: "us", at: 5 },
      { type: "placed", student: "b", group: 0, actor: "nvidia", at: 5 },
      { type: "placed", student: "a", group: 1, actor: "saudi", at: 6 },
      { type: "placed", student: "b", group: null, actor: null, at: 7 },
      { type: "placed", student: "nobody", group: 1, actor: "us", at: 8 },
    ]);
    expect(state.header).toBe(header);
    expect(state.games).toEqual(["G1", "G2"]);
    expect(state.students).toEqual([
      { id: "a", name: "Ana", friends: ["Ben"], tokenHash: "ta", group: 1, actor: "saudi" },
      { id: "b", name: "Ben", friends: [], tokenHash: "tb", group: null, actor: null },
    ]);
  });

  it("of a class just made has no students and no groups", () => {
    expect(replayClass([header])).toEqual({ header, students: [], games: [] });
  });
});
