// Scores: each actor against its role group's weighted objectives from the scenario, 0–100.
import type { Metric, Objective, Role, Scenario } from "../scenario/schema.ts";
import type { Indicators } from "./indicators.ts";
import { getTrust, isListed, rules } from "./rules.ts";
import type { ActorId, GameState } from "./state.ts";
import { clamp, toMillions } from "./units.ts";

export interface ScorePart { objective: string; value: number; points: number }
export interface ScoreCard { total: number; parts: ScorePart[] }

/** Metrics measured on the whole world, the same for every actor: worked out once per scoring. */
interface Shared { gulfTrustInUs: number; vendorRevenue: number }

function shared(state: GameState): Shared {
  const r = rules(state.scenario);
  let trust = 0, revenue = 0;
  for (const g of r.byRole.gulf) trust += getTrust(state, g, r.usGov);
  for (const v of r.byRole.vendor) revenue += state.actors[v]!.revenueTotal;
  return { gulfTrustInUs: trust / (r.byRole.gulf.length || 1), vendorRevenue: toMillions(revenue) };
}

export function metricValue(state: GameState, ind: Indicators, actorId: ActorId, metric: Metric, world: Shared = shared(state)): number {
  const a = state.actors[actorId]!;
  switch (metric) {
    case "securityRisk": return ind.securityRisk;
    case "capabilityGap": return ind.capabilityGap;
    case "splitIndex": return ind.splitIndex;
    case "gulfTrustInUs": return world.gulfTrustInUs;
    case "vendorRevenue": return world.vendorRevenue;
    case "revenueVsExpectation": return a.expectedTotal > 0 ? (100 * a.revenueTotal) / a.expectedTotal : 0;
    case "sharePriceChange": return (a.sharePrice / a.startSharePrice - 1) * 100;
    case "trustWithUs": return getTrust(state, actorId, rules(state.scenario).usGov);
    case "cashChange": return a.start.cash > 0 ? (a.cash / a.start.cash - 1) * 100 : 0;
    case "computeGrowth": {
      const now = a.compute.own + a.compute.leasedIn + a.compute.cloud - a.compute.leasedOut;
      return a.start.compute > 0 ? now / a.start.compute : 0;
    }
    case "computeVsTarget": return a.computeTarget > 0 ? a.compute.own / a.computeTarget : 0;
    case "capability": return a.capability;
    case "capabilityGain": return a.capability - a.start.capability;
    case "notEntityListed": return isListed(state, actorId) ? 0 : 1;
    case "diversification": return ind.gulf[actorId]?.diversification ?? 0;
  }
}

/** Metrics read off the indicators, which differ between the true and the public record. */
const FROM_INDICATORS = new Set<Metric>(["securityRisk", "capabilityGap", "splitIndex", "diversification"]);

interface RoleGroup { objectives: Objective[]; weight: number; readsIndicators: boolean }
const groupCache = new WeakMap<Scenario, Record<Role, RoleGroup>>();

/** Each role group's objectives, their total weight and whether any reads the indicators; once per scenario. */
function roleGroups(sc: Scenario): Record<Role, RoleGroup> {
  let groups = groupCache.get(sc);
  if (!groups) {
    const group = (objectives: Objective[]): RoleGroup => ({
      objectives, weight: objectives.reduce((t, o) => t + o.weight, 0), readsIndicators: objectives.some((o) => FROM_INDICATORS.has(o.metric)),
    });
    groups = { usGov: group(sc.objectives.usGov), vendor: group(sc.objectives.vendor), gulf: group(sc.objectives.gulf), chinaFirm: group(sc.objectives.chinaFirm) };
    groupCache.set(sc, groups);
  }
  return groups;
}

/** How far a metric's value has come from the objective's zero mark to its full mark, 0 to 1. */
export const progress = (o: Objective, value: number): number => clamp((value - o.from) / (o.to - o.from), 0, 1);

/**
 * Every actor's score card on `ind`. Given the cards already scored on another record of the same
 * round (`same`), an actor whose objectives read nothing off the indicators keeps its card.
 */
export function scoreAll(state: GameState, ind: Indicators, same?: Record<ActorId, ScoreCard>): Record<ActorId, ScoreCard> {
  const world = shared(state);
  const groups = roleGroups(state.scenario);
  const cards: Record<ActorId, ScoreCard> = {};
  for (const id of state.actorOrder) {
    const { objectives, weight, readsIndicators } = groups[state.actors[id]!.role];
    if (same && !readsIndicators) {
      cards[id] = same[id]!;
      continue;
    }
    const parts: ScorePart[] = [];
    let total = 0;
    for (const o of objectives) {
      const value = metricValue(state, ind, id, o.metric, world);
      const points = (100 * o.weight * progress(o, value)) / weight;
      parts.push({ objective: o.id, value, points });
      total += points;
    }
    cards[id] = { total, parts };
  }
  return cards;
}
