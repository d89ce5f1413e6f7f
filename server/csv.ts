// A game's indicators per round as CSV, for spreadsheets.
import type { Indicators } from "../shared/engine/indicators.ts";
import type { GameState } from "../shared/engine/state.ts";
import type { RecordEntry } from "../shared/record.ts";

const quarter = (state: GameState, round: number) => {
  const { startYear, startQuarter } = state.scenario.calendar;
  const q = startQuarter - 1 + round - 1;
  return `${startYear + Math.floor(q / 4)}Q${(q % 4) + 1}`;
};

/** A value as a CSV cell: numbers rounded, text quoted; text a spreadsheet would take for a formula
 *  (a name typed as "=1+1") is kept as text. */
export const cell = (v: number | string | boolean): string => {
  if (typeof v === "number") return String(Math.round(v * 1000) / 1000);
  const text = String(v);
  return `"${(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
};

/** One row per resolved round; `truth` picks the true indicators over the public ones. */
export function indicatorsCsv(state: GameState, truth: boolean): string {
  const rows = state.history.map((h) => (truth ? h.indicators : h.publicIndicators));
  const first = rows[0];
  const vendors = first ? Object.keys(first.vendors) : [];
  const gulf = first ? Object.keys(first.gulf) : [];
  const firms = first ? Object.keys(first.chinaFirms) : [];
  const columns: [string, (i: Indicators) => number | string | boolean][] = [
    ["round", (i) => i.round],
    ["quarter", (i) => quarter(state, i.round)],
    ["split_index", (i) => i.splitIndex],
    ["security_risk", (i) => i.securityRisk],
    ["capability_gap", (i) => i.capabilityGap],
    ["gap_months", (i) => i.gapMonths],
    ["us_capability", (i) => i.usCapability],
    ["china_best_capability", (i) => i.chinaCapability],
    ...(["domestic", "legal", "smuggled", "leased", "cloud", "total"] as const).map((k): [string, (i: Indicators) => number] => [`china_compute_${k}`, (i) => i.chinaCompute[k]]),
    ["vendor_revenue_musd", (i) => i.vendorRevenue],
    ...vendors.flatMap((v): [string, (i: Indicators) => number][] => [
      [`${v}_revenue_musd`, (i) => i.vendors[v]!.revenue], [`${v}_share_price`, (i) => i.vendors[v]!.sharePrice],
    ]),
    ...gulf.flatMap((g): [string, (i: Indicators) => number | boolean][] => [
      [`${g}_compute`, (i) => i.gulf[g]!.compute], [`${g}_diversification`, (i) => i.gulf[g]!.diversification],
      [`${g}_trust_in_us`, (i) => i.gulf[g]!.trustInUs], [`${g}_security_conditions`, (i) => i.gulf[g]!.conditions],
    ]),
    ...firms.flatMap((f): [string, (i: Indicators) => number][] => [
      [`${f}_compute`, (i) => i.chinaFirms[f]!.compute], [`${f}_capability`, (i) => i.chinaFirms[f]!.capability],
    ]),
  ];
  const lines = [columns.map(([name]) => name).join(",")];
  for (const row of rows) lines.push(columns.map(([, pick]) => cell(pick(row))).join(","));
  return `${lines.join("\n")}\n`;
}

/**
 * One row per student (a name that took a seat), for grading: the seat and role group, the seat's final
 * score (0–100) and rank in its role group, the points of each objective, and how the seat played
 * (rounds it submitted orders, deal actions, public and private chat messages under the student's name).
 */
export function studentsCsv(entries: RecordEntry[], state: GameState): string {
  const last = state.history.at(-1);
  const seats = entries.filter((e): e is Extract<RecordEntry, { type: "seat" }> => e.type === "seat");
  const students = [...new Map(seats.map((s) => [`${s.name}\u0000${s.actor}`, s])).values()];
  const roleOf = (actor: string) => state.actors[actor]!.role;
  const total = (actor: string) => last?.scores[actor]?.total ?? 0;
  const rank = (actor: string) => {
    const group = state.actorOrder.filter((id) => roleOf(id) === roleOf(actor));
    return { rank: 1 + group.filter((id) => total(id) > total(actor)).length, of: group.length };
  };
  const submitted = (actor: string) => new Set(entries.filter((e) => e.type === "orders" && e.actor === actor && e.submitted).map((e) => (e as { round: number }).round)).size;
  const deals = (actor: string) => entries.filter((e) => e.type === "deal" && e.actor === actor).length;
  const chats = (name: string, actor: string) => entries.filter((e) => e.type === "chat" && e.from === actor && e.fromName === name).length;
  const lines = [["name", "seat", "seat_name", "role_group", "score", "rank_in_role_group", "of_in_role_group", "objectives", "rounds_with_orders_submitted", "deal_actions", "chat_messages"].join(",")];
  for (const s of students) {
    const role = roleOf(s.actor);
    const objectives = state.scenario.objectives[role];
    const card = last?.scores[s.actor];
    const parts = objectives.map((o, i) => `${o.label.en}: ${(card?.parts[i]?.points ?? 0).toFixed(1)} of ${((100 * o.weight) / objectives.reduce((t, x) => t + x.weight, 0)).toFixed(1)}`).join("; ");
    const { rank: r, of } = rank(s.actor);
    lines.push([cell(s.name), cell(s.actor), cell(state.scenario.actors.find((a) => a.id === s.actor)!.name.en), cell(role), cell(total(s.actor)), r, of, cell(parts),
      submitted(s.actor), deals(s.actor), chats(s.name, s.actor)].join(","));
  }
  return `${lines.join("\n")}\n`;
}
