// The after-action review: which decisions mattered. Each decision of a finished game (an order in a
// round, or a deal action) is taken out and the rest of the game played again from its record, everyone
// else doing what they did. A round's dice are drawn in turn, so taking out one order can change the
// dice of others (a smuggling run that no longer rolls shifts the roll of a cloud rental after it):
// the review therefore plays the rest of the game several times with other dice, with and without the
// decision, and the effect is the average difference. Every decision is first tried once, with the
// game's own dice, to find the candidates worth the closer look.
import type { Action } from "./engine/orders.ts";
import { mix } from "./engine/rng.ts";
import type { GameState } from "./engine/state.ts";
import { isPlay, playEntry, replay, type PlayEntry, type RecordEntry } from "./record.ts";

/** What the review measures at the end of a game: the headline indicators (true record; the
 *  capability gap in months, vendor revenue summed over the game, in $M) and every actor's score. */
export const MEASURES = ["splitIndex", "securityRisk", "capabilityGap", "chinaCompute", "vendorRevenue", "gulfCompute"] as const;
export type Measure = (typeof MEASURES)[number];

export interface Outcome { indicators: Record<Measure, number>; scores: Record<string, number> }

export interface Decision {
  round: number; actor: string; action: Action;
  /** an order given with the round's orders, or a deal action taken during the round */
  via: "orders" | "deal";
}

/** A decision and how much it changed the end of the game: with it minus without it, on average over
 *  `dice` replays, and the smallest and largest of those differences for each indicator. */
export interface DecisionEffect extends Decision {
  indicators: Record<Measure, number>;
  range: Record<Measure, [number, number]>;
  scores: Record<string, number>;
  dice: number;
}

export interface ReviewOptions {
  /** replays with other dice for each candidate */
  dice?: number;
  /** candidates per measure, and per actor's score, taken to the closer look */
  candidates?: number;
  progress?: (done: number, total: number) => void;
}

export function outcome(state: GameState): Outcome {
  const last = state.history.at(-1);
  const ind = last?.indicators;
  const indicators = {
    splitIndex: ind?.splitIndex ?? 0, securityRisk: ind?.securityRisk ?? 0, capabilityGap: ind?.gapMonths ?? 0,
    chinaCompute: ind?.chinaCompute.total ?? 0,
    vendorRevenue: state.history.reduce((t, h) => t + h.indicators.vendorRevenue, 0),
    gulfCompute: ind ? Object.values(ind.gulf).reduce((t, g) => t + g.compute, 0) : 0,
  };
  const scores: Record<string, number> = {};
  for (const id of state.actorOrder) scores[id] = last?.scores[id]?.total ?? 0;
  return { indicators, scores };
}

interface Candidate { at: number; decision: Decision; without: PlayEntry | null; first: Outcome }

/** Every decision that changed how the game ended, with its effect, the largest first by any measure. */
export function decisionEffects(entries: RecordEntry[], options: ReviewOptions = {}): DecisionEffect[] {
  const dice = options.dice ?? 6;
  const per = options.candidates ?? 8;
  const play = entries.filter(isPlay);
  const start = replay(entries.slice(0, 1)).state;
  // the state before each entry that changes the game
  const before: GameState[] = [];
  let state = start;
  for (const e of play) {
    before.push(state);
    state = playEntry(state, e);
  }
  const actual = outcome(state);

  /** The end of the game from entry `at` on, with `first` in its place (null: left out), and the dice of `seed`. */
  const rest = (at: number, first: PlayEntry | null, seed: number): Outcome => {
    let s = seed === start.seed ? before[at]! : { ...before[at]!, seed };
    if (first) s = playEntry(s, first, false);
    for (let k = at + 1; k < play.length; k++) s = playEntry(s, play[k]!, false);
    return outcome(s);
  };

  const all: Candidate[] = [];
  play.forEach((e, at) => {
    if (e.type === "deal") all.push({ at, decision: { round: e.round, actor: e.actor, action: e.action, via: "deal" }, without: null, first: actual });
    if (e.type !== "resolved") return;
    for (const actor in e.orders) {
      e.orders[actor]!.forEach((action, i) => {
        const orders = { ...e.orders, [actor]: e.orders[actor]!.filter((_, j) => j !== i) };
        all.push({ at, decision: { round: e.round, actor, action, via: "orders" }, without: { ...e, orders }, first: actual });
      });
    }
  });
  const total = all.length;
  let done = 0;
  for (const c of all) {
    c.first = rest(c.at, c.without, start.seed);
    options.progress?.(++done, total);
  }

  // the candidates: the largest differences, with the game's own dice, on each measure and each score
  const picked = new Set<Candidate>();
  const top = (size: (c: Candidate) => number, n: number) => {
    for (const c of all.filter((x) => Math.abs(size(x)) > 1e-9).sort((a, b) => Math.abs(size(b)) - Math.abs(size(a))).slice(0, n)) picked.add(c);
  };
  for (const m of MEASURES) {
    top((c) => actual.indicators[m] - c.first.indicators[m], per);
  }
  for (const id in actual.scores) top((c) => actual.scores[id]! - c.first.scores[id]!, 2);

  const effects: DecisionEffect[] = [];
  for (const c of picked) {
    const diffs: Outcome[] = [];
    for (let k = 0; k < dice; k++) {
      const seed = k === 0 ? start.seed : mix(start.seed, 0x5eed, k);
      const played = play[c.at]!;
      const withIt = k === 0 ? actual : rest(c.at, played, seed);
      const without = k === 0 ? c.first : rest(c.at, c.without, seed);
      diffs.push(difference(withIt, without));
    }
    effects.push({ ...c.decision, ...average(diffs), dice });
  }
  return effects;
}

function difference(a: Outcome, b: Outcome): Outcome {
  const indicators = {} as Record<Measure, number>;
  for (const m in a.indicators) indicators[m as Measure] = a.indicators[m as Measure] - b.indicators[m as Measure];
  const scores: Record<string, number> = {};
  for (const id in a.scores) scores[id] = a.scores[id]! - (b.scores[id] ?? 0);
  return { indicators, scores };
}

function average(diffs: Outcome[]): Pick<DecisionEffect, "indicators" | "range" | "scores"> {
  const indicators = {} as Record<Measure, number>;
  const range = {} as Record<Measure, [number, number]>;
  for (const m in diffs[0]!.indicators) {
    const values = diffs.map((d) => d.indicators[m as Measure]);
    indicators[m as Measure] = values.reduce((t, v) => t + v, 0) / values.length;
    range[m as Measure] = [Math.min(...values), Math.max(...values)];
  }
  const scores: Record<string, number> = {};
  for (const id in diffs[0]!.scores) scores[id] = diffs.reduce((t, d) => t + d.scores[id]!, 0) / diffs.length;
  return { indicators, range, scores };
}

/** The `n` decisions that moved a measure most on average, either way. */
export function largest(effects: readonly DecisionEffect[], measure: Measure, n: number): DecisionEffect[] {
  return effects.filter((e) => Math.abs(e.indicators[measure]) > 1e-9)
    .sort((a, b) => Math.abs(b.indicators[measure]) - Math.abs(a.indicators[measure])).slice(0, n);
}
