// The class debrief: every group's game set side by side from its record. Every group plays the same
// world (one scenario, one seed), so what differs between them is what the players decided: the
// headline indicators by round, the final scores by seat, the decisions that differed most between
// groups, and for every seat the groups ranked by its score, with what the best of them did
// differently. Pure: the server reads the records and sends the result; the CSV is made from it too.
import type { Action } from "../engine/orders.ts";
import type { ScoreCard } from "../engine/scoring.ts";
import { replay, type RecordEntry } from "../record.ts";
import type { Role } from "../scenario/schema.ts";
import type { ClassStudentState } from "./record.ts";
import { headline, type Headline } from "./status.ts";

export interface GroupResult {
  group: number;
  gameId: string;
  finished: boolean;
  /** rounds resolved */
  rounds: number;
  /** the true headline figures, round by round */
  series: Headline[];
  /** the final score of every seat (after the last round resolved) */
  scores: Record<string, ScoreCard>;
  /** the students who held each seat */
  players: Record<string, string[]>;
  /** how often each seat took each kind of decision: seat → decision → count */
  decisions: Record<string, Record<string, number>>;
  /** rounds in which each seat's orders went in submitted (not left as a draft or to a bot) */
  submitted: Record<string, number>;
  /** chat messages sent from each seat */
  messages: Record<string, number>;
}

/** A decision whose count differed between groups: how often each group's seat took it. */
export interface DecisionSpread { actor: string; decision: string; counts: number[]; spread: number }

export interface SeatRanking {
  actor: string;
  role: Role;
  /** best first; groups whose whole points are equal share a rank */
  groups: { group: number; total: number; rank: number; players: string[] }[];
  /** the decisions in which the best group's seat differed most from the other groups' */
  standout: { decision: string; best: number; others: number }[];
}

export interface ClassDebrief { groups: GroupResult[]; decisions: DecisionSpread[]; rankings: SeatRanking[] }

/** A decision as the debrief counts it: the kind of order, with the choice where it has one. */
export function decisionOf(a: Action): string {
  switch (a.kind) {
    case "licenceDecision": return `${a.kind}:${a.decision}`;
    case "securityConditions": return `${a.kind}:${a.accept ? "accept" : "refuse"}`;
    case "entityList": return `${a.kind}:${a.listed ? "list" : "delist"}`;
    case "openWeights":
    case "distil": return `${a.kind}:${a.use ? "on" : "off"}`;
    case "setPolicy": return `${a.kind}:${a.policy}`;
    default: return a.kind;
  }
}

/** One group's game, from its whole record; `students` are the class's, for who played where. */
export function groupResult(group: number, entries: RecordEntry[], students: readonly ClassStudentState[]): GroupResult {
  const { state, finished } = replay(entries);
  const decisions: GroupResult["decisions"] = Object.fromEntries(state.actorOrder.map((a) => [a, {}]));
  const count = (actor: string, action: Action) => {
    const d = decisions[actor];
    if (d) d[decisionOf(action)] = (d[decisionOf(action)] ?? 0) + 1;
  };
  const submittedRounds = new Map<string, Set<number>>();
  const messages: Record<string, number> = {};
  for (const e of entries) {
    if (e.type === "resolved") for (const [actor, actions] of Object.entries(e.orders)) for (const a of actions) count(actor, a);
    if (e.type === "deal") count(e.actor, e.action);
    if (e.type === "orders" && e.submitted) submittedRounds.set(e.actor, (submittedRounds.get(e.actor) ?? new Set()).add(e.round));
    if (e.type === "chat") messages[e.from] = (messages[e.from] ?? 0) + 1;
  }
  const players: Record<string, string[]> = {};
  for (const s of students) if (s.group === group && s.actor) (players[s.actor] ??= []).push(s.name);
  const gameId = (entries[0] as Extract<RecordEntry, { type: "header" }>).gameId;
  return {
    group, gameId, finished, rounds: state.history.length, series: state.history.map((h) => headline(h.indicators)),
    scores: state.history.at(-1)?.scores ?? {}, players, decisions,
    submitted: Object.fromEntries([...submittedRounds].map(([a, rounds]) => [a, rounds.size])), messages,
  };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** The groups side by side: the decisions that differed most (at most `top`), and every seat's ranking. */
export function classDebrief(groups: GroupResult[], seats: readonly { actor: string; role: Role }[], top = 12): ClassDebrief {
  const spreads: DecisionSpread[] = [];
  for (const { actor } of seats) {
    const kinds = new Set(groups.flatMap((g) => Object.keys(g.decisions[actor] ?? {})));
    for (const decision of kinds) {
      const counts = groups.map((g) => g.decisions[actor]?.[decision] ?? 0);
      const spread = Math.max(...counts) - Math.min(...counts);
      if (spread > 0) spreads.push({ actor, decision, counts, spread });
    }
  }
  spreads.sort((a, b) => b.spread - a.spread || a.actor.localeCompare(b.actor) || a.decision.localeCompare(b.decision));

  const scored = groups.filter((g) => g.rounds > 0);
  const rankings = seats.map(({ actor, role }): SeatRanking => {
    const ranked = scored
      .map((g) => ({ group: g.group, total: g.scores[actor]?.total ?? 0, rank: 0, players: g.players[actor] ?? [] }))
      .sort((a, b) => b.total - a.total || a.group - b.group);
    for (const r of ranked) r.rank = 1 + ranked.filter((o) => Math.round(o.total) > Math.round(r.total)).length;
    // a best group only if it did better than some other
    const best = ranked.some((r) => r.rank > 1) ? groups.find((g) => g.group === ranked[0]!.group)! : null;
    const others = scored.filter((g) => g !== best);
    const standout = best && others.length
      ? Object.keys({ ...best.decisions[actor], ...Object.assign({}, ...others.map((g) => g.decisions[actor])) })
        .map((decision) => ({ decision, best: best.decisions[actor]?.[decision] ?? 0, others: mean(others.map((g) => g.decisions[actor]?.[decision] ?? 0)) }))
        .filter((d) => d.best !== d.others)
        .sort((a, b) => Math.abs(b.best - b.others) - Math.abs(a.best - a.others) || a.decision.localeCompare(b.decision))
        .slice(0, 3)
      : [];
    return { actor, role, groups: ranked, standout };
  });
  return { groups, decisions: spreads.slice(0, top), rankings };
}
