// Scores: each actor against its role group's weighted objectives from the scenario, 0–100.
import type { Metric, Objective } from "../scenario/schema.ts";
import type { Indicators } from "./indicators.ts";
import { getTrust, isListed, rules } from "./rules.ts";
import type { ActorId, GameState } from "./state.ts";
import { clamp, toMillions } from "./units.ts";

export interface ScorePart { objective: string; value: number; points: number }
export interface ScoreCard { total: number; parts: ScorePart[] }

export function metricValue(state: GameState, ind: Indicators, actorId: ActorId, metric: Metric): number {
  const r = rules(state.scenario);
  const a = state.actors[actorId]!;
  switch (metric) {
    case "securityRisk": return ind.securityRisk;
    case "capabilityGap": return ind.capabilityGap;
    case "splitIndex": return ind.splitIndex;
    case "gulfTrustInUs": {
      const gulf = r.byRole.gulf;
      return gulf.reduce((t, g) => t + getTrust(state, g, r.usGov), 0) / (gulf.length || 1);
    }
    case "vendorRevenue": return r.byRole.vendor.reduce((t, v) => t + toMillions(state.actors[v]!.revenueTotal), 0);
    case "revenueVsExpectation": return a.expectedTotal > 0 ? (100 * a.revenueTotal) / a.expectedTotal : 0;
    case "sharePriceChange": return (a.sharePrice / a.startSharePrice - 1) * 100;
    case "trustWithUs": return getTrust(state, actorId, r.usGov);
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

function part(o: Objective, value: number, totalWeight: number): ScorePart {
  const progress = clamp((value - o.from) / (o.to - o.from), 0, 1);
  return { objective: o.id, value, points: (100 * o.weight * progress) / totalWeight };
}

export function scoreAll(state: GameState, ind: Indicators): Record<ActorId, ScoreCard> {
  const cards: Record<ActorId, ScoreCard> = {};
  for (const id of state.actorOrder) {
    const objectives = state.scenario.objectives[state.actors[id]!.role];
    const weight = objectives.reduce((t, o) => t + o.weight, 0);
    const parts = objectives.map((o) => part(o, metricValue(state, ind, id, o.metric), weight));
    cards[id] = { total: parts.reduce((t, p) => t + p.points, 0), parts };
  }
  return cards;
}
