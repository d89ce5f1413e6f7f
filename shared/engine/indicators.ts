// Indicators computed at the end of every round, in two versions: the true one (facilitator, debrief,
// scores) and the public one, which counts only what has come to light: no smuggled chips, no
// undetected leases, no rent from hidden tenants, models as if trained on known compute only.
// Each headline figure keeps its parts, so a change can be explained (see explain.ts).
import type { Ctx } from "./context.ts";
import { computeOf, getTrust } from "./rules.ts";
import type { GainParts, KnownModels, PriceDriver, RevenueParts } from "./state.ts";
import { clamp, toMillions } from "./units.ts";

/** Compute Chinese firms reach, by channel (H100e); `exportGrade` is the part of `legal` on export-grade chips. */
export interface ChinaCompute { domestic: number; legal: number; exportGrade: number; smuggled: number; leased: number; cloud: number; total: number }

export interface Indicators {
  round: number;
  splitIndex: number;
  /** the split index's two terms, weighted: the domestic share of Chinese compute, Gulf compute under US conditions */
  split: { domestic: number; alignment: number };
  chinaCompute: ChinaCompute;
  /** compute running in US and allied clouds (the world market), H100e */
  marketCompute: number;
  securityRisk: number;
  /** the risk's two terms in points: US-origin compute in Chinese hands, a narrow capability lead */
  risk: { access: number; gap: number };
  usCapability: number;
  usGain: GainParts;
  chinaCapability: number;
  capabilityGap: number;
  gapMonths: number;
  /** $M this round, all vendors */
  vendorRevenue: number;
  /** $M; `drivers` are what moved the share price this round, in percent; `marketCompute` the H100e
   *  of chips the world market (US and allied clouds) bought from the vendor this round */
  vendors: Record<string, { revenue: number; expected: number; revenueBy: RevenueParts; sharePrice: number; marketValue: number; drivers: PriceDriver[]; marketCompute: number }>;
  /** compute and target in H100e; income in $M this round */
  gulf: Record<string, { compute: number; target: number; diversification: number; income: { oil: number; ai: number; ties: number }; trustInUs: number; conditions: boolean }>;
  chinaFirms: Record<string, { compute: number; capability: number; gain: GainParts }>;
}

interface FirmParts {
  domestic: number; controlled: number; exportGrade: number; smuggled: number; leased: number; leasedKnown: number; cloud: number;
  capability: number; gain: GainParts; known: KnownModels;
}

export function measure(ctx: Ctx): { truth: Indicators; known: Indicators } {
  const { s, r } = ctx;
  const firms: Record<string, FirmParts> = {};
  for (const id of r.byRole.chinaFirm) firms[id] = firmParts(ctx, id);

  const vendors: Indicators["vendors"] = {};
  let vendorRevenue = 0;
  for (const id of r.byRole.vendor) {
    const a = s.actors[id]!;
    const by = a.revenueBy;
    vendors[id] = {
      revenue: toMillions(a.revenue), expected: toMillions(a.expected),
      revenueBy: { market: toMillions(by.market), gulf: toMillions(by.gulf), china: toMillions(by.china), other: toMillions(by.other) },
      sharePrice: a.sharePrice, marketValue: a.sharePrice * a.shares, drivers: a.priceDrivers, marketCompute: computeOf(r, a.sold),
    };
    vendorRevenue += toMillions(a.revenue);
  }
  const common = { vendorRevenue, vendors };
  return { truth: assemble(ctx, firms, false, common), known: assemble(ctx, firms, true, common) };
}

/** Where a Chinese firm's compute came from this round, in H100e. */
function firmParts(ctx: Ctx, id: string): FirmParts {
  const { s, r } = ctx;
  const a = s.actors[id]!;
  const util = s.scenario.mechanics.compute.utilisation;
  const raw = computeOf(r, a.installed) * util;
  // the share of installed compute actually run (power may have been short)
  const f = raw > 0 ? a.compute.own / raw : 0;
  let domestic = 0, smuggled = 0, controlled = 0, exportGrade = 0;
  for (const chip of r.chipIds) {
    const n = a.installed[chip]!;
    if (n === 0) continue;
    const spec = r.chips[chip]!;
    const perChip = spec.performance * util * f;
    if (!spec.usOrigin) domestic += n * perChip;
    else {
      const hidden = Math.min(n, a.smuggled[chip]!);
      smuggled += hidden * perChip;
      if (spec.exportGrade) exportGrade += (n - hidden) * perChip;
      else controlled += (n - hidden) * perChip;
    }
  }
  return {
    domestic, controlled, exportGrade, smuggled, leased: a.compute.leasedIn, leasedKnown: a.compute.knownIn,
    cloud: a.compute.cloud, capability: a.capability, gain: a.gain, known: a.known,
  };
}

function assemble(ctx: Ctx, firms: Record<string, FirmParts>, publicOnly: boolean, common: Pick<Indicators, "vendorRevenue" | "vendors">): Indicators {
  const { s, r } = ctx;
  const w = s.scenario.indicators;

  const cn: ChinaCompute = { domestic: 0, legal: 0, exportGrade: 0, smuggled: 0, leased: 0, cloud: 0, total: 0 };
  const chinaFirms: Indicators["chinaFirms"] = {};
  let best = 0;
  for (const id in firms) {
    const f = firms[id]!;
    // the public sees neither smuggled chips nor leases that have not come to light, nor what they trained
    const smuggled = publicOnly ? 0 : f.smuggled;
    const leased = publicOnly ? f.leasedKnown : f.leased;
    const capability = publicOnly ? f.known.capability : f.capability;
    const gain = publicOnly ? f.known.gain : f.gain;
    cn.domestic += f.domestic; cn.legal += f.controlled + f.exportGrade; cn.exportGrade += f.exportGrade;
    cn.smuggled += smuggled; cn.leased += leased; cn.cloud += f.cloud;
    chinaFirms[id] = { compute: f.domestic + f.controlled + f.exportGrade + smuggled + leased + f.cloud, capability, gain };
    best = Math.max(best, capability);
  }
  cn.total = cn.domestic + cn.legal + cn.smuggled + cn.leased + cn.cloud;

  const gulf: Indicators["gulf"] = {};
  let gulfCompute = 0, gulfUnderConditions = 0;
  for (const id of r.byRole.gulf) {
    const a = s.actors[id]!;
    const compute = a.compute.own;
    gulfCompute += compute;
    if (a.securityConditions) gulfUnderConditions += compute;
    // rent from Chinese tenants is hidden while their leases are
    const ai = publicOnly ? a.publicIncome : a.aiIncome;
    const ties = a.securityConditions ? 0 : a.tiesIncome;
    const total = ai + ties + a.oilIncome;
    gulf[id] = {
      compute, target: a.computeTarget, diversification: total > 0 ? (ai + ties) / total : 0,
      income: { oil: toMillions(a.oilIncome), ai: toMillions(ai), ties: toMillions(ties) },
      trustInUs: getTrust(s, id, r.usGov), conditions: a.securityConditions,
    };
  }
  const alignment = gulfCompute > 0 ? gulfUnderConditions / gulfCompute : 0;

  const splitWeights = w.split.domesticWeight + w.split.gulfAlignmentWeight || 1;
  const split = {
    domestic: (w.split.domesticWeight * (cn.total > 0 ? cn.domestic / cn.total : 0)) / splitWeights,
    alignment: (w.split.gulfAlignmentWeight * alignment) / splitWeights,
  };
  const gap = s.world.usLabsCapability - best;
  const access = cn.legal - cn.exportGrade * (1 - w.risk.exportGradeWeight) + cn.smuggled + cn.leased + cn.cloud;
  const riskWeights = w.risk.accessWeight + w.risk.gapWeight || 1;
  const risk = {
    access: (100 * w.risk.accessWeight * Math.min(1, access / w.risk.accessScale)) / riskWeights,
    gap: (100 * w.risk.gapWeight * clamp(1 - gap / w.risk.gapReference, 0, 1)) / riskWeights,
  };

  return {
    round: s.round, splitIndex: split.domestic + split.alignment, split, chinaCompute: cn, marketCompute: s.world.usCompute,
    securityRisk: risk.access + risk.gap, risk,
    usCapability: s.world.usLabsCapability, usGain: s.world.usGain, chinaCapability: best, capabilityGap: gap, gapMonths: gap * w.monthsPerPoint,
    vendorRevenue: common.vendorRevenue, vendors: common.vendors, gulf, chinaFirms,
  };
}
