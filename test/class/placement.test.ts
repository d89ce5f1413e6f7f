// Placing a class into groups: balanced groups, the same mix of roles in each, friends together
// where a group has room for them, latecomers where they are needed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { friendships, neededSeat, place, seatOrder, type ClassStudent, type Placement } from "../../shared/class/placement.ts";
import { scenario } from "../util/setup.ts";

const SEATS = scenario().actors.map((a) => ({ actor: a.id, role: a.role }));
const ROLE = new Map(SEATS.map((s) => [s.actor, s.role]));
const students = (n: number, friends: Record<number, number[]> = {}): ClassStudent[] =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `Student ${i}`, friends: (friends[i] ?? []).map((f) => `student ${f}`) }));
const placeAll = (list: ClassStudent[], groups: number) => place({ seats: SEATS, groups, students: list, placed: [], toPlace: list.map((s) => s.id) });
const sizes = (ps: Placement[], groups: number) => Array.from({ length: groups }, (_, g) => ps.filter((p) => p.group === g).length);
const groupOf = (ps: Placement[], id: string) => ps.find((p) => p.student === id)!.group;

describe("the order seats fill", () => {
  it("goes round the role groups: the US, a vendor, a Gulf state, a Chinese firm, then the next of each", () => {
    expect(seatOrder(SEATS)).toEqual(["us", "nvidia", "uae", "cloudlab", "amd", "saudi", "startuplab", "intel", "qatar", "cerebras", "kuwait"]);
  });

  it("gives a group the first seat nobody holds, then seats with the fewest players as teams", () => {
    const order = seatOrder(SEATS);
    expect(neededSeat(order, [])).toBe("us");
    expect(neededSeat(order, ["us", "uae"])).toBe("nvidia");
    expect(neededSeat(order, order)).toBe("us");
    expect(neededSeat(order, [...order, "us"])).toBe("nvidia");
  });
});

describe("placing a class", () => {
  it("puts 15 students in 3 groups of 5, each with the US, two vendors, a Gulf state and a Chinese firm", () => {
    const ps = placeAll(students(15), 3);
    expect(ps).toHaveLength(15);
    expect(sizes(ps, 3)).toEqual([5, 5, 5]);
    for (let g = 0; g < 3; g++) expect(ps.filter((p) => p.group === g).map((p) => p.actor).sort()).toEqual(["amd", "cloudlab", "nvidia", "uae", "us"]);
  });

  it("keeps friends together, whichever of them asked, by name whatever its case", () => {
    // 0 and 7 ask for each other; 3 asks for 12 only; 4, 9 and 14 are a chain of friends
    const list = students(15, { 0: [7], 7: [0], 3: [12], 4: [9], 9: [14] });
    const ps = placeAll(list, 3);
    expect(sizes(ps, 3)).toEqual([5, 5, 5]);
    expect(groupOf(ps, "s0")).toBe(groupOf(ps, "s7"));
    expect(groupOf(ps, "s3")).toBe(groupOf(ps, "s12"));
    expect(new Set(["s4", "s9", "s14"].map((id) => groupOf(ps, id))).size).toBe(1);
    expect(friendships(list).get("s12")).toEqual(new Set(["s3"]));
  });

  it("splits friends only when no group has room for them all, and keeps the groups balanced", () => {
    // everyone asks for everyone: a group of 5 cannot take 10
    const list = students(10, Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i, [...Array(10).keys()]])));
    const ps = placeAll(list, 2);
    expect(sizes(ps, 2)).toEqual([5, 5]);
  });

  it("sends a latecomer to a friend's group while it has room, else to the group with the fewest students", () => {
    const list = students(17, { 15: [2], 16: [2] });
    const first = placeAll(list.slice(0, 15), 3);
    const friendGroup = groupOf(first, "s2");
    const late = place({ seats: SEATS, groups: 3, students: list, placed: first, toPlace: ["s15"] });
    expect(late).toEqual([{ student: "s15", group: friendGroup, actor: "saudi" }]);
    // the friend's group has 6 now, the others 5: the next friend of s2 goes where a student is needed
    const later = place({ seats: SEATS, groups: 3, students: list, placed: [...first, ...late], toPlace: ["s16"] });
    expect(later[0]!.group).not.toBe(friendGroup);
    expect(later[0]!.actor).toBe("saudi");
  });

  it("fills a group that lost students before the others", () => {
    const first = placeAll(students(15), 3);
    const placed = first.filter((p) => !(p.group === 1 && (p.actor === "uae" || p.actor === "us")));
    const late = place({ seats: SEATS, groups: 3, students: students(16), placed, toPlace: ["s15"] });
    expect(late).toEqual([{ student: "s15", group: 1, actor: "us" }]);
  });

  it("past eleven students a group, makes teams on the seats with the fewest players", () => {
    const ps = placeAll(students(13), 1);
    expect(ps.filter((p) => p.actor === "us")).toHaveLength(2);
    expect(ps.filter((p) => p.actor === "nvidia")).toHaveLength(2);
    expect(new Set(ps.map((p) => p.actor)).size).toBe(11);
  });

  it("for any class: everyone placed once, groups within one of each other, every role group as even as the numbers allow", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 8 }), (n, groups) => {
      const ps = placeAll(students(n), groups);
      expect(ps.map((p) => p.student).sort()).toEqual(students(n).map((s) => s.id).sort());
      const sz = sizes(ps, groups);
      expect(Math.max(...sz) - Math.min(...sz)).toBeLessThanOrEqual(1);
      for (let g = 0; g < groups; g++) {
        const actors = ps.filter((p) => p.group === g).map((p) => p.actor);
        // a group of k holds the first k seats of the order (then teams, evenly)
        const order = seatOrder(SEATS);
        const expected = Array.from({ length: actors.length }, (_, i) => order[i % order.length]!).sort();
        expect([...actors].sort()).toEqual(expected);
        const byRole = new Map<string, number>();
        for (const a of actors) byRole.set(ROLE.get(a)!, (byRole.get(ROLE.get(a)!) ?? 0) + 1);
        if (actors.length >= 4) expect(byRole.size).toBe(4);
      }
    }), { numRuns: 200 });
  });

  it("for any friends' requests: placed ones stay, the groups stay within one of each other, and friends who fit together are together", () => {
    const arb = fc.record({
      n: fc.integer({ min: 1, max: 40 }),
      groups: fc.integer({ min: 1, max: 6 }),
      asks: fc.array(fc.tuple(fc.nat(39), fc.nat(39)), { maxLength: 30 }),
      late: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(fc.property(arb, ({ n, groups, asks, late }) => {
      const friends: Record<number, number[]> = {};
      for (const [a, b] of asks) if (a < n + late && b < n + late) (friends[a] ??= []).push(b);
      const list = students(n + late, friends);
      const first = placeAll(list.slice(0, n), groups);
      const sz = sizes(first, groups);
      // friends who cannot all fit are split rather than the groups made uneven
      expect(Math.max(...sz) - Math.min(...sz)).toBeLessThanOrEqual(1);
      // a pair who only asked for each other, when a group's share has room for two, is never split
      const pairs = Object.entries(friends).filter(([a, bs]) => Number(a) < n && bs.length === 1 && bs[0]! < n && friends[bs[0]!]?.length === 1 && friends[bs[0]!]![0] === Number(a)
        && !Object.entries(friends).some(([c, cs]) => c !== a && Number(c) !== bs[0] && (cs.includes(Number(a)) || cs.includes(bs[0]!))));
      if (Math.floor(n / groups) >= 2 && pairs.length === 1) expect(groupOf(first, `s${pairs[0]![0]}`)).toBe(groupOf(first, `s${pairs[0]![1][0]}`));
      let placed = first;
      for (let i = n; i < n + late; i++) {
        const [p] = place({ seats: SEATS, groups, students: list, placed, toPlace: [`s${i}`] });
        const before = sizes(placed, groups);
        // a latecomer never goes to a group larger than the smallest by more than one
        expect(before[p!.group]! - Math.min(...before)).toBeLessThanOrEqual(1);
        placed = [...placed, p!];
      }
      expect(placed.slice(0, first.length)).toEqual(first);
    }), { numRuns: 200 });
  });
});
