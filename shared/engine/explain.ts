// Why a figure moved from one round to the next: each headline indicator, share price and score
// broken into its drivers, with their sizes. Pure functions of two rounds' records, so the report,
// the debrief and the simulator explain a change the same way; a public record gives public reasons.
import type { Objective } from "../scenario/schema.ts";
import type { Indicators } from "./indicators.ts";
import { progress, type ScoreCard } from "./scoring.ts";
import type { GainParts } from "./state.ts";

/** One driver of a change: what it was, how much it moved the figure (in the figure's own unit), and
 *  what it refers to (a card, a licence, an actor) when there is one. */
export interface Reason { cause: string; amount: number; ref?: string }
export interface Change { from: number; to: number; reasons: Reason[] }

export const HEADLINES = ["splitIndex", "securityRisk", "capabilityGap", "chinaCompute", "vendorRevenue", "gulfCompute"] as const;
export type Headline = (typeof HEADLINES)[number];

export interface RoundExplanation {
  headlines: Record<Headline, Change>;
  /** percent changes of each vendor's share price, by cause */
  sharePrices: Record<string, Change>;
}

const GAIN_CAUSES = ["training", "distillation", "openWeights", "events"] as const satisfies readonly (keyof GainParts)[];

/** Reasons from parts that add up to a figure: each part's change, largest first, the ones that did not move left out. */
function partsChange(parts: [string, number, number][], ref?: (cause: string) => string): Reason[] {
  const reasons: Reason[] = [];
  for (const [cause, before, after] of parts) {
    const amount = after - before;
    if (Math.abs(amount) > 1e-9) reasons.push(ref ? { cause, amount, ref: ref(cause) } : { cause, amount });
  }
  return reasons.sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
}

const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);

/** The best Chinese firm's id in a round's record (the one the capability gap is measured against). */
function leader(ind: Indicators): string | undefined {
  let best: string | undefined;
  for (const id in ind.chinaFirms) if (best === undefined || ind.chinaFirms[id]!.capability > ind.chinaFirms[best]!.capability) best = id;
  return best;
}

/** Explains round `cur` against the round before it (`prev`, absent for the first round). */
export function explainRound(prev: Indicators | undefined, cur: Indicators): RoundExplanation {
  const p = prev;
  const china = cur.chinaCompute, chinaBefore = p?.chinaCompute;
  const channels = ["domestic", "legal", "smuggled", "leased", "cloud"] as const;
  const gulfIds = Object.keys(cur.gulf);
  const vendorIds = Object.keys(cur.vendors);

  // the gap grows with the US labs' gains and shrinks with the leading Chinese firm's, by source
  const lead = leader(cur);
  const gains: Reason[] = [];
  for (const cause of GAIN_CAUSES) {
    if (cur.usGain[cause]) gains.push({ cause: `us.${cause}`, amount: cur.usGain[cause] });
    const firm = lead === undefined ? 0 : cur.chinaFirms[lead]!.gain[cause];
    if (firm) gains.push({ cause: `china.${cause}`, amount: -firm, ref: lead! });
  }
  const gapChange = p ? cur.capabilityGap - p.capabilityGap : 0;
  const explained = sum(gains.map((g) => g.amount));
  // what the gains above do not account for: another firm took the lead, or hidden training came to light
  if (p && Math.abs(gapChange - explained) > 1e-6) gains.push({ cause: "china.other", amount: gapChange - explained });

  const headlines: Record<Headline, Change> = {
    splitIndex: {
      from: p?.splitIndex ?? cur.splitIndex, to: cur.splitIndex,
      reasons: partsChange([["split.domestic", p?.split.domestic ?? cur.split.domestic, cur.split.domestic], ["split.alignment", p?.split.alignment ?? cur.split.alignment, cur.split.alignment]]),
    },
    securityRisk: {
      from: p?.securityRisk ?? cur.securityRisk, to: cur.securityRisk,
      reasons: partsChange([["risk.access", p?.risk.access ?? cur.risk.access, cur.risk.access], ["risk.gap", p?.risk.gap ?? cur.risk.gap, cur.risk.gap]]),
    },
    capabilityGap: { from: p?.capabilityGap ?? cur.capabilityGap, to: cur.capabilityGap, reasons: p ? gains.sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount)) : [] },
    chinaCompute: {
      from: chinaBefore?.total ?? china.total, to: china.total,
      reasons: partsChange(channels.map((c) => [`chinaCompute.${c}`, chinaBefore?.[c] ?? china[c], china[c]])),
    },
    vendorRevenue: {
      from: p?.vendorRevenue ?? cur.vendorRevenue, to: cur.vendorRevenue,
      reasons: partsChange((["market", "gulf", "china", "other"] as const).map((c) => [
        `revenue.${c}`, p ? sum(vendorIds.map((v) => p.vendors[v]!.revenueBy[c])) : 0, sum(vendorIds.map((v) => cur.vendors[v]!.revenueBy[c])),
      ])),
    },
    gulfCompute: {
      from: sum(gulfIds.map((g) => (p ?? cur).gulf[g]!.compute)), to: sum(gulfIds.map((g) => cur.gulf[g]!.compute)),
      // each Gulf state's part, named by the state
      reasons: partsChange(gulfIds.map((g) => [g, (p ?? cur).gulf[g]!.compute, cur.gulf[g]!.compute]), (g) => g)
        .map((r) => ({ ...r, cause: "gulf.compute" })),
    },
  };

  const sharePrices: Record<string, Change> = {};
  for (const v of vendorIds) {
    const now = cur.vendors[v]!;
    const reasons = now.drivers.map((d) => (d.ref === undefined ? { cause: `price.${d.cause}`, amount: d.percent } : { cause: `price.${d.cause}`, amount: d.percent, ref: d.ref }));
    sharePrices[v] = { from: p?.vendors[v]!.sharePrice ?? now.sharePrice, to: now.sharePrice, reasons: mergeReasons(reasons) };
  }
  return { headlines, sharePrices };
}

/** Drivers with the same cause and reference add up (two revenue terms, two news items on one card). */
function mergeReasons(reasons: Reason[]): Reason[] {
  const merged = new Map<string, Reason>();
  for (const r of reasons) {
    const key = `${r.cause}|${r.ref ?? ""}`;
    const seen = merged.get(key);
    if (seen) seen.amount += r.amount;
    else merged.set(key, { ...r });
  }
  return [...merged.values()].filter((r) => Math.abs(r.amount) > 1e-9).sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
}

/** A score's change, objective by objective: the metric's value and the points it earned, before and after. */
export interface ScoreChange { objective: string; weight: number; from: number; to: number; pointsFrom: number; pointsTo: number }

export function explainScore(objectives: readonly Objective[], prev: ScoreCard | undefined, cur: ScoreCard): ScoreChange[] {
  return cur.parts.map((part, i) => {
    const before = prev?.parts[i] ?? part;
    return { objective: part.objective, weight: objectives[i]!.weight, from: before.value, to: part.value, pointsFrom: before.points, pointsTo: part.points };
  }).sort((a, b) => Math.abs(b.pointsTo - b.pointsFrom) - Math.abs(a.pointsTo - a.pointsFrom));
}

/** One line of a score: the metric's value against the objective's range, the share of the score it
 *  is worth, and the points it earned (on a scale of 0 to 100 for the whole score). */
export interface ScoreLine {
  objective: string; metric: Objective["metric"]; value: number; from: number; to: number;
  /** how far the value has come from the zero mark to the full mark, 0 to 1 */
  progress: number;
  /** the objective's share of the 100 points, and the points it earned of them */
  share: number; points: number;
}

export function scoreLines(objectives: readonly Objective[], card: ScoreCard): ScoreLine[] {
  const total = objectives.reduce((t, o) => t + o.weight, 0);
  return card.parts.map((part, i) => {
    const o = objectives[i]!;
    return { objective: o.id, metric: o.metric, value: part.value, from: o.from, to: o.to, progress: progress(o, part.value), share: o.weight / total, points: part.points };
  });
}
