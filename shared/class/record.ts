// A class's record: what the server appends as a class goes (students joining, the groups formed,
// every placement and move), and replayClass(), which rebuilds the class from it after a restart.
// Pure, like a game's record (shared/record.ts). Each group's game keeps its own record.
import type { GameSettings } from "../record.ts";
import type { Lang } from "./protocol.ts";

export interface ClassSettings {
  /** the scenario's JSON, as every group's game is given it */
  scenario: unknown;
  /** how many groups, or how many students a group should have (the number of groups follows from
   *  the students there are when the teacher forms them) */
  groups: { count: number } | { size: number };
  timers: GameSettings["timers"];
  bots: boolean;
  /** the language students start in */
  lang: Lang;
  /** every group in the same phase: a group done with a phase waits for the others */
  inStep: boolean;
}

export type ClassEntry =
  | { type: "header"; code: string; createdAt: number; settings: ClassSettings; teacherKeyHash: string }
  /** a student joined; `tokenHash` is the hash of the token that brings them back to their place */
  | { type: "student"; id: string; name: string; friends: string[]; tokenHash: string; at: number }
  /** the groups were formed: each group's game, in group order */
  | { type: "groups"; games: string[]; at: number }
  /** a student was placed in a group and seat, or (group null) taken out of any */
  | { type: "placed"; student: string; group: number | null; actor: string | null; at: number };

export type ClassHeader = Extract<ClassEntry, { type: "header" }>;

export interface ClassStudentState {
  id: string;
  name: string;
  friends: string[];
  tokenHash: string;
  group: number | null;
  actor: string | null;
}

export interface ClassState {
  header: ClassHeader;
  /** in the order they joined */
  students: ClassStudentState[];
  /** each group's game, once the groups are formed */
  games: string[];
}

export function replayClass(entries: readonly ClassEntry[]): ClassState {
  const header = entries[0] as ClassHeader;
  const students = new Map<string, ClassStudentState>();
  let games: string[] = [];
  for (const e of entries.slice(1)) {
    switch (e.type) {
      case "student":
        students.set(e.id, { id: e.id, name: e.name, friends: e.friends, tokenHash: e.tokenHash, group: null, actor: null });
        break;
      case "groups":
        games = e.games;
        break;
      case "placed": {
        const s = students.get(e.student);
        if (s) Object.assign(s, { group: e.group, actor: e.actor });
        break;
      }
      case "header":
        break;
    }
  }
  return { header, students: [...students.values()], games };
}
