// Indicators computed at the end of every round, in two versions: the true one (facilitator, debrief,
// scores) and the public one, which counts only what has come to light (no smuggled chips, no
// undetected leases).
import type { Ctx } from "./context.ts";
import { computeOf, getTrust } from "./rules.ts";
import { clamp, toMillions } from "./units.ts";

export interface ChinaCompute { domestic: number; legal: number; smuggled: number; leased: number; cloud: number; total: number }

export interface Indicators {
  round: number;
  splitIndex: number;
  chinaCompute: ChinaCompute;
  securityRisk: number;
  usCapability: number;
  chinaCapability: number;
  capabilityGap: number;
  gapMonths: number;
  /** $M this round, all vendors */
  vendorRevenue: number;
  vendors: Record<string, { revenue: number; sharePrice: number; marketValue: number }>;
  gulf: Record<string, { compute: number; diversification: number; trustInUs: number; conditions: boolean }>;
  chinaFirms: Record<string, { compute: number; capability: number }>;
}

export function measure(ctx: Ctx): { truth: Indicators; known: Indicators } {
  return { truth: compute(ctx, false), known: compute(ctx, true) };
}

function compute(ctx: Ctx, publicOnly: boolean): Indicators {
  const { s, r } = ctx;
  const sc = s.scenario;
  const util = sc.mechanics.compute.utilisation;
  const domesticMaker = sc.npc.domesticMaker.id;
  const cn: ChinaCompute = { domestic: 0, legal: 0, smuggled: 0, leased: 0, cloud: 0, total: 0 };
  const chinaFirms: Indicators["chinaFirms"] = {};
  let best = 0;

  for (const id of r.byRole.chinaFirm) {
    const a = s.actors[id]!;
    const raw = computeOf(r, a.installed) * util;
    // the share of installed compute actually run (power may have been short)
    const f = raw > 0 ? a.compute.own / raw : 0;
    let domestic = 0, smuggled = 0, usOrigin = 0;
    for (const chip of r.chipIds) {
      const n = a.installed[chip]!;
      if (n === 0) continue;
      const perChip = r.chips[chip]!.performance * util * f;
      if (r.chips[chip]!.maker === domesticMaker) domestic += n * perChip;
      else {
        const hidden = Math.min(n, a.smuggled[chip]!);
        smuggled += hidden * perChip;
        usOrigin += (n - hidden) * perChip;
      }
    }
    let leased = a.compute.leasedIn;
    if (publicOnly) {
      smuggled = 0;
      leased = s.leases.filter((l) => l.lessee === id && l.detected && !l.ended).reduce((t, l) => t + l.compute, 0);
      leased = Math.min(leased, a.compute.leasedIn);
    }
    cn.domestic += domestic; cn.legal += usOrigin; cn.smuggled += smuggled; cn.leased += leased; cn.cloud += a.compute.cloud;
    const total = domestic + usOrigin + smuggled + leased + a.compute.cloud;
    chinaFirms[id] = { compute: total, capability: a.capability };
    best = Math.max(best, a.capability);
  }
  cn.total = cn.domestic + cn.legal + cn.smuggled + cn.leased + cn.cloud;

  const gulf: Indicators["gulf"] = {};
  let gulfCompute = 0, gulfUnderConditions = 0;
  for (const id of r.byRole.gulf) {
    const a = s.actors[id]!;
    const compute = a.compute.own;
    gulfCompute += compute;
    if (a.securityConditions) gulfUnderConditions += compute;
    const diversification = a.aiIncome + a.oilIncome > 0 ? a.aiIncome / (a.aiIncome + a.oilIncome) : 0;
    gulf[id] = { compute, diversification, trustInUs: getTrust(s, id, r.usGov), conditions: a.securityConditions };
  }

  const vendors: Indicators["vendors"] = {};
  let vendorRevenue = 0;
  for (const id of r.byRole.vendor) {
    const a = s.actors[id]!;
    vendors[id] = { revenue: toMillions(a.revenue), sharePrice: a.sharePrice, marketValue: a.sharePrice * a.shares };
    vendorRevenue += toMillions(a.revenue);
  }

  const w = sc.indicators;
  const domesticShare = cn.total > 0 ? cn.domestic / cn.total : 0;
  const alignment = gulfCompute > 0 ? gulfUnderConditions / gulfCompute : 0;
  const splitIndex = (w.split.domesticWeight * domesticShare + w.split.gulfAlignmentWeight * alignment) /
    (w.split.domesticWeight + w.split.gulfAlignmentWeight || 1);
  const gap = s.world.usLabsCapability - best;
  const access = cn.legal + cn.smuggled + cn.leased + cn.cloud;
  const securityRisk = 100 * (w.risk.accessWeight * Math.min(1, access / w.risk.accessScale) +
    w.risk.gapWeight * clamp(1 - gap / w.risk.gapReference, 0, 1)) / (w.risk.accessWeight + w.risk.gapWeight || 1);

  return {
    round: s.round, splitIndex, chinaCompute: cn, securityRisk,
    usCapability: s.world.usLabsCapability, chinaCapability: best, capabilityGap: gap, gapMonths: gap * w.monthsPerPoint,
    vendorRevenue, vendors, gulf, chinaFirms,
  };
}
