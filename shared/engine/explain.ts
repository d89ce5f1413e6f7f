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
function partsChange(parts: [cause: string, before: number, after: number, ref?: string][]): Reason[] {
  const reasons: Reason[] = [];
  for (const [cause, before, after, ref] of parts) {
    const amount = after - before;
    if (Math.abs(amount) > 1e-9) reasons.push(ref === undefined ? { cause, amount } : { cause, amount, ref });
  }
  return reasons.sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
}

type Parted = Exclude<Headline, "capabilityGap">;

/** What each headline figure (the capability gap aside) is made of in a round: its parts, in the
 *  figure's own unit, each with the cause that names it. */
function headlineParts(i: Indicators): Record<Parted, [cause: string, value: number, ref?: string][]> {
  const vendorIds = Object.keys(i.vendors);
  return {
    splitIndex: [["split.domestic", i.split.domestic], ["split.alignment", i.split.alignment]],
    securityRisk: [["risk.access", i.risk.access], ["risk.gap", i.risk.gap]],
    chinaCompute: (["domestic", "legal", "smuggled", "leased", "cloud"] as const).map((c) => [`chinaCompute.${c}`, i.chinaCompute[c]]),
    vendorRevenue: (["market", "gulf", "china", "other"] as const).map((c) => [`revenue.${c}`, sum(vendorIds.map((v) => i.vendors[v]!.revenueBy[c]))]),
    // each Gulf state's part, named by the state
    gulfCompute: Object.keys(i.gulf).map((g) => ["gulf.compute", i.gulf[g]!.compute, g]),
  };
}

const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);

/** The best Chinese firm's id in a round's record (the one the capability gap is measured against). */
function leader(ind: Indicators): string | undefined {
  let best: string | undefined;
  for (const id in ind.chinaFirms) if (best === undefined || ind.chinaFirms[id]!.capability > ind.chinaFirms[best]!.capability) best = id;
  return best;
}

/** The round's capability gains, by source: the US labs' widen the gap, the leading Chinese firm's narrow it. */
function roundGains(cur: Indicators): Reason[] {
  const lead = leader(cur);
  const gains: Reason[] = [];
  for (const cause of GAIN_CAUSES) {
    if (cur.usGain[cause]) gains.push({ cause: `us.${cause}`, amount: cur.usGain[cause] });
    const firm = lead === undefined ? 0 : cur.chinaFirms[lead]!.gain[cause];
    if (firm) gains.push({ cause: `china.${cause}`, amount: -firm, ref: lead! });
  }
  return gains;
}

/** Explains round `cur` against the round before it (`prev`, absent for the first round). */
export function explainRound(prev: Indicators | undefined, cur: Indicators): RoundExplanation {
  const p = prev;
  const vendorIds = Object.keys(cur.vendors);

  const gains = roundGains(cur);
  const gapChange = p ? cur.capabilityGap - p.capabilityGap : 0;
  const explained = sum(gains.map((g) => g.amount));
  // what the gains above do not account for: another firm took the lead, or hidden training came to light
  if (p && Math.abs(gapChange - explained) > 1e-6) gains.push({ cause: "china.other", amount: gapChange - explained });

  const now = headlineParts(cur), before = p ? headlineParts(p) : now;
  const total = (parts: [string, number, string?][]) => sum(parts.map(([, v]) => v));
  const parted = (key: Parted): Change => ({
    from: total(before[key]), to: total(now[key]),
    reasons: partsChange(now[key].map(([cause, v, ref], i) => [cause, before[key][i]![1], v, ref])),
  });
  const headlines: Record<Headline, Change> = {
    splitIndex: { ...parted("splitIndex"), from: p?.splitIndex ?? cur.splitIndex, to: cur.splitIndex },
    securityRisk: { ...parted("securityRisk"), from: p?.securityRisk ?? cur.securityRisk, to: cur.securityRisk },
    capabilityGap: { from: p?.capabilityGap ?? cur.capabilityGap, to: cur.capabilityGap, reasons: p ? gains.sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount)) : [] },
    chinaCompute: { ...parted("chinaCompute"), from: p?.chinaCompute.total ?? cur.chinaCompute.total, to: cur.chinaCompute.total },
    vendorRevenue: { ...parted("vendorRevenue"), from: p?.vendorRevenue ?? cur.vendorRevenue, to: cur.vendorRevenue },
    gulfCompute: parted("gulfCompute"),
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

/**
 * What each headline figure is made of in a round, largest part first: the first round's report has
 * no round before it to explain a change against, so it shows what the figures stand on (and the
 * capability gap, the round's gains on either side).
 */
export function explainLevel(cur: Indicators): Record<Headline, Reason[]> {
  const parts = headlineParts(cur);
  const level = (key: Parted) => parts[key].filter(([, v]) => Math.abs(v) > 1e-9)
    .map(([cause, amount, ref]): Reason => (ref === undefined ? { cause, amount } : { cause, amount, ref }))
    .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
  return {
    splitIndex: level("splitIndex"), securityRisk: level("securityRisk"), chinaCompute: level("chinaCompute"),
    vendorRevenue: level("vendorRevenue"), gulfCompute: level("gulfCompute"),
    capabilityGap: roundGains(cur).sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount)),
  };
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
