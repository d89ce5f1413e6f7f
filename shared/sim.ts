// Headless all-bot games and the balance report a scenario designer reads.
import { allBotOrders } from "./bots/index.ts";
import type { Indicators } from "./engine/indicators.ts";
import { resolveRound } from "./engine/resolve.ts";
import { createGame } from "./engine/setup.ts";
import type { ActorId, GameState } from "./engine/state.ts";
import { ROLES, type Role, type Scenario } from "./scenario/schema.ts";

/** What the report needs of one game: final scores and the TRACKED indicators round by round (small, so
 * worker threads can send it back cheaply). */
export interface GameSummary { seed: number; scores: Record<ActorId, number>; tracked: Record<string, number[]> }

export function playBotGame(scenario: Scenario, seed: number): GameState {
  let state = createGame(scenario, seed);
  while (!state.finished) state = resolveRound(state, allBotOrders(state)).state;
  return state;
}

export function summarise(state: GameState): GameSummary {
  const last = state.history.at(-1)!;
  const scores: Record<ActorId, number> = {};
  for (const id in last.scores) scores[id] = last.scores[id]!.total;
  const tracked: Record<string, number[]> = {};
  for (const [name, pick] of Object.entries(TRACKED)) tracked[name] = state.history.map((h) => pick(h.indicators));
  return { seed: state.seed, scores, tracked };
}

export interface Stats { mean: number; sd: number; min: number; max: number; winShare: number }

/** The indicator trajectories the report follows, by name. */
export const TRACKED: Record<string, (i: Indicators) => number> = {
  splitIndex: (i) => i.splitIndex,
  securityRisk: (i) => i.securityRisk,
  capabilityGap: (i) => i.capabilityGap,
  chinaCompute: (i) => i.chinaCompute.total,
  chinaSmuggled: (i) => i.chinaCompute.smuggled,
  chinaLeased: (i) => i.chinaCompute.leased,
  chinaCloud: (i) => i.chinaCompute.cloud,
  vendorRevenue: (i) => i.vendorRevenue,
  gulfCompute: (i) => Object.values(i.gulf).reduce((t, g) => t + g.compute, 0),
  gulfDiversification: (i) => { const g = Object.values(i.gulf); return g.reduce((t, x) => t + x.diversification, 0) / (g.length || 1); },
};

export interface BalanceReport {
  scenario: string;
  games: number;
  firstSeed: number;
  actors: ({ id: ActorId; role: Role } & Stats)[];
  groups: ({ role: Role } & Stats)[];
  trajectories: Record<string, number[]>;
}

function stats(values: number[], wins: number): Stats {
  const n = values.length || 1;
  const mean = values.reduce((t, v) => t + v, 0) / n;
  const sd = Math.sqrt(values.reduce((t, v) => t + (v - mean) ** 2, 0) / n);
  return { mean, sd, min: Math.min(...values), max: Math.max(...values), winShare: wins / n };
}

/** Wins split evenly between those tied for the best score. */
function winners(scores: Record<string, number>, among: string[]): Record<string, number> {
  const best = Math.max(...among.map((id) => scores[id]!));
  const top = among.filter((id) => scores[id] === best);
  return Object.fromEntries(top.map((id) => [id, 1 / top.length]));
}

export function balanceReport(scenario: Scenario, games: GameSummary[], firstSeed: number): BalanceReport {
  const byRole = Object.fromEntries(ROLES.map((role) => [role, scenario.actors.filter((a) => a.role === role).map((a) => a.id)])) as Record<Role, string[]>;
  const actorWins: Record<string, number> = {};
  const groupWins: Record<string, number> = {};
  const groupScores: Record<Role, number[]> = { usGov: [], vendor: [], gulf: [], chinaFirm: [] };
  for (const g of games) {
    for (const role of ROLES) {
      for (const [id, w] of Object.entries(winners(g.scores, byRole[role]))) actorWins[id] = (actorWins[id] ?? 0) + w;
    }
    const means: Record<string, number> = {};
    for (const role of ROLES) {
      means[role] = byRole[role].reduce((t, id) => t + g.scores[id]!, 0) / byRole[role].length;
      groupScores[role].push(means[role]!);
    }
    for (const [role, w] of Object.entries(winners(means, [...ROLES]))) groupWins[role] = (groupWins[role] ?? 0) + w;
  }
  const rounds = scenario.calendar.rounds;
  const trajectories: Record<string, number[]> = {};
  for (const name of Object.keys(TRACKED)) {
    trajectories[name] = Array.from({ length: rounds }, (_, r) => games.reduce((t, g) => t + g.tracked[name]![r]!, 0) / (games.length || 1));
  }
  return {
    scenario: scenario.id, games: games.length, firstSeed,
    actors: scenario.actors.map((a) => ({ id: a.id, role: a.role, ...stats(games.map((g) => g.scores[a.id]!), actorWins[a.id] ?? 0) })),
    groups: ROLES.map((role) => ({ role, ...stats(groupScores[role], groupWins[role] ?? 0) })),
    trajectories,
  };
}
