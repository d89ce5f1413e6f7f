// Placing a class's students into groups and seats. Pure: the class session calls it when the teacher
// forms the groups (everyone at once) and for each latecomer (one more, the others staying put).
//
// - Groups stay balanced: their sizes differ by at most one, unless the teacher's moves or friends
//   who cannot be split made them differ already.
// - Within a group, seats fill round the role groups in turn (the US, a vendor, a Gulf state, a Chinese
//   firm, then the next of each), so every group has the same mix of roles; past eleven, students
//   join the seats with the fewest players as teams.
// - Friends' requests (by name, either way round) keep students together where a group has room for
//   them all; a latecomer goes to a friend's group if it has room, else to the group that needs one
//   most (the fewest students).
import { ROLES, type Role } from "../scenario/schema.ts";

export interface SeatSpec { actor: string; role: Role }
export interface ClassStudent {
  id: string;
  name: string;
  /** names of classmates the student asked to sit with, as typed */
  friends: string[];
}
export interface Placement { student: string; group: number; actor: string }

/** The order seats fill in a group: round the role groups in turn, each role's seats in scenario order. */
export function seatOrder(seats: readonly SeatSpec[]): string[] {
  const byRole = ROLES.map((role) => seats.filter((s) => s.role === role).map((s) => s.actor));
  const order: string[] = [];
  for (let i = 0; order.length < seats.length; i++) for (const actors of byRole) if (i < actors.length) order.push(actors[i]!);
  return order;
}

/** The seat a group needs next, given the seats its students hold: the first in the order with the
 *  fewest players. */
export function neededSeat(order: readonly string[], held: readonly string[]): string {
  const holders = new Map(order.map((a) => [a, 0]));
  for (const actor of held) if (holders.has(actor)) holders.set(actor, holders.get(actor)! + 1);
  return order.reduce((a, b) => (holders.get(b)! < holders.get(a)! ? b : a));
}

const key = (name: string) => name.trim().toLowerCase();

/** Who asked to sit with whom, both ways round: student id → ids of friends. */
export function friendships(students: readonly ClassStudent[]): Map<string, Set<string>> {
  const byName = new Map<string, string[]>();
  for (const s of students) byName.set(key(s.name), [...(byName.get(key(s.name)) ?? []), s.id]);
  const links = new Map<string, Set<string>>(students.map((s) => [s.id, new Set<string>()]));
  for (const s of students) {
    for (const name of s.friends) {
      for (const other of byName.get(key(name)) ?? []) {
        if (other === s.id) continue;
        links.get(s.id)!.add(other);
        links.get(other)!.add(s.id);
      }
    }
  }
  return links;
}

/** Students to place who should sit together: friends linked directly or through each other, in
 *  arrival order, cut into pieces of at most `most` (each piece kept in the order friends link). */
function units(toPlace: readonly string[], links: Map<string, Set<string>>, most: number): string[][] {
  const waiting = new Set(toPlace);
  const out: string[][] = [];
  for (const first of toPlace) {
    if (!waiting.has(first)) continue;
    const unit: string[] = [];
    const queue = [first];
    waiting.delete(first);
    while (queue.length) {
      const id = queue.shift()!;
      unit.push(id);
      for (const f of links.get(id) ?? []) if (waiting.delete(f)) queue.push(f);
    }
    for (let i = 0; i < unit.length; i += Math.max(1, most)) out.push(unit.slice(i, i + Math.max(1, most)));
  }
  // the largest first, so that the small ones fill the gaps; arrival order among equals
  return out.map((u, i) => ({ u, i })).sort((a, b) => b.u.length - a.u.length || a.i - b.i).map(({ u }) => u);
}

/**
 * Places `toPlace` (student ids, in the order they arrived) into `groups` groups, around the
 * placements already made (`placed`, which stay as they are). `students` are the whole class, for
 * friends' names. Returns the new placements only.
 */
export function place(input: {
  seats: readonly SeatSpec[];
  groups: number;
  students: readonly ClassStudent[];
  placed: readonly Placement[];
  toPlace: readonly string[];
}): Placement[] {
  const { groups } = input;
  if (groups < 1 || input.seats.length === 0) return [];
  const order = seatOrder(input.seats);
  const links = friendships(input.students);
  const members = Array.from({ length: groups }, () => [] as Placement[]);
  for (const p of input.placed) members[p.group]?.push(p);
  const groupOf = new Map(input.placed.map((p) => [p.student, p.group]));

  // the sizes the groups should end at: `base` each, one more for `extra` of them
  const total = input.placed.length + input.toPlace.length;
  const base = Math.floor(total / groups);
  const extra = total % groups;
  const size = (g: number) => members[g]!.length;
  const fits = (g: number, n: number) => {
    const after = size(g) + n;
    if (after <= base) return true;
    const larger = members.filter((m, i) => i !== g && m.length > base).length;
    return after === base + 1 && larger < extra;
  };
  const friendsIn = (g: number, unit: readonly string[]) =>
    unit.reduce((n, id) => n + [...(links.get(id) ?? [])].filter((f) => groupOf.get(f) === g).length, 0);
  /** the best group for a unit among `candidates`: most friends there, then fewest students, then first */
  const best = (candidates: number[], unit: readonly string[]) =>
    candidates.sort((a, b) => friendsIn(b, unit) - friendsIn(a, unit) || size(a) - size(b) || a - b)[0]!;

  const out: Placement[] = [];
  const put = (id: string, g: number) => {
    const p = { student: id, group: g, actor: neededSeat(order, members[g]!.map((m) => m.actor)) };
    members[g]!.push(p);
    groupOf.set(id, g);
    out.push(p);
  };

  const all = Array.from({ length: groups }, (_, g) => g);
  for (const unit of units(input.toPlace, links, Math.max(1, base))) {
    const room = all.filter((g) => fits(g, unit.length));
    if (room.length) {
      const g = best(room, unit);
      for (const id of unit) put(id, g);
      continue;
    }
    // no group has room for them all: each goes where it fits best on its own
    for (const id of unit) {
      const fitting = all.filter((g) => fits(g, 1));
      put(id, best(fitting.length ? fitting : all, [id]));
    }
  }
  return out;
}
