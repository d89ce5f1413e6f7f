// Reads a history file: its shape (zod), then what it names against a scenario (actors, chips).
import { formatPath } from "../scenario/problems.ts";
import type { Scenario } from "../scenario/schema.ts";
import { rules } from "../engine/rules.ts";
import { historySchema, type History } from "./schema.ts";

export type LoadedHistory = { ok: true; history: History } | { ok: false; problems: string[] };

export function loadHistory(input: unknown): LoadedHistory {
  let data = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return { ok: false, problems: [`not JSON: ${(error as Error).message}`] };
    }
  }
  const parsed = historySchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`) };
  return { ok: true, history: parsed.data };
}

/** What a history names that a scenario does not have: replaying it there would silently skip it. */
export function historyProblems(history: History, scenario: Scenario): string[] {
  const r = rules(scenario);
  const problems: string[] = [];
  const actor = (path: string, id: string | undefined) => { if (id !== undefined && !r.spec[id]) problems.push(`${path}: the scenario has no actor "${id}"`); };
  const chip = (path: string, id: string) => { if (!r.chips[id]) problems.push(`${path}: the scenario has no chip type "${id}"`); };
  history.decisions.forEach((d, i) => {
    actor(`decisions[${i}].actor`, d.actor);
    if (d.decision.kind === "licences") {
      actor(`decisions[${i}].decision.match.destination`, d.decision.match.destination);
      d.decision.match.chips?.forEach((c, j) => chip(`decisions[${i}].decision.match.chips[${j}]`, c));
    }
  });
  history.figures.forEach((f, i) => {
    actor(`figures[${i}].measure.vendor`, f.measure.vendor);
    f.measure.chips?.forEach((c, j) => chip(`figures[${i}].measure.chips[${j}]`, c));
  });
  return problems;
}
