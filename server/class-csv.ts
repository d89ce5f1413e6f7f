// The class as CSV for grading: one row per student, with its group, seat, the seat's final score and
// its rank against the same seat in the other groups, and how much the seat took part.
import type { ClassDebrief } from "../shared/class/debrief.ts";
import type { ClassState } from "../shared/class/record.ts";
import { cell } from "./csv.ts";

const COLUMNS = [
  "class", "student", "group", "game", "seat", "role", "score", "seat_rank", "groups_ranked",
  "rounds_played", "rounds_submitted", "chat_messages", "finished", "friends",
] as const;

export function studentsCsv(c: ClassState, debrief: ClassDebrief): string {
  const rows = c.students.map((s) => {
    const g = s.group === null ? undefined : debrief.groups[s.group];
    const seat = s.actor ?? "";
    const ranking = debrief.rankings.find((r) => r.actor === seat);
    const rank = g && ranking ? ranking.groups.find((r) => r.group === g.group)?.rank ?? 0 : 0;
    const values: Record<(typeof COLUMNS)[number], string | number> = {
      class: c.header.code, student: s.name, group: g ? g.group + 1 : "", game: g?.gameId ?? "", seat, role: ranking?.role ?? "",
      score: g?.scores[seat]?.total ?? "", seat_rank: rank || "", groups_ranked: ranking?.groups.length ?? "",
      rounds_played: g?.rounds ?? "", rounds_submitted: g ? g.submitted[seat] ?? 0 : "", chat_messages: g ? g.messages[seat] ?? 0 : "",
      finished: g ? String(g.finished) : "", friends: s.friends.join("; "),
    };
    return COLUMNS.map((k) => (values[k] === "" ? "" : cell(values[k]))).join(",");
  });
  return `${[COLUMNS.join(","), ...rows].join("\n")}\n`;
}
