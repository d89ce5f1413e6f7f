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

interface FirmParts { domestic: number; usOrigin: number; smuggled: number; leased: number; leasedKnown: number; cloud: number; capability: number }

export function measure(ctx: Ctx): { truth: Indicators; known: Indicators } {
  const { s, r } = ctx;
  const firms: Record<string, FirmParts> = {};
  for (const id of r.byRole.chinaFirm) firms[id] = firmParts(ctx, id);

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
  const alignment = gulfCompute > 0 ? gulfUnderConditions / gulfCompute : 0;
  const common = { vendorRevenue, vendors, gulf, alignment };
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
  let domestic = 0, smuggled = 0, usOrigin = 0;
  for (const chip of r.chipIds) {
    const n = a.installed[chip]!;
    if (n === 0) continue;
    const perChip = r.chips[chip]!.performance * util * f;
    if (r.chips[chip]!.maker === s.scenario.npc.domesticMaker.id) domestic += n * perChip;
    else {
      const hidden = Math.min(n, a.smuggled[chip]!);
      smuggled += hidden * perChip;
      usOrigin += (n - hidden) * perChip;
    }
  }
  let detected = 0;
  for (const l of s.leases) if (l.lessee === id && l.detected && !l.ended) detected += l.compute;
  return {
    domestic, usOrigin, smuggled, leased: a.compute.leasedIn, leasedKnown: Math.min(detected, a.compute.leasedIn),
    cloud: a.compute.cloud, capability: a.capability,
  };
}

function assemble(
  ctx: Ctx, firms: Record<string, FirmParts>, publicOnly: boolean,
  common: { vendorRevenue: number; vendors: Indicators["vendors"]; gulf: Indicators["gulf"]; alignment: number },
): Indicators {
  const { s } = ctx;
  const cn: ChinaCompute = { domestic: 0, legal: 0, smuggled: 0, leased: 0, cloud: 0, total: 0 };
  const chinaFirms: Indicators["chinaFirms"] = {};
  let best = 0;
  for (const id in firms) {
    const f = firms[id]!;
    // the public sees neither smuggled chips nor leases that have not come to light
    const smuggled = publicOnly ? 0 : f.smuggled;
    const leased = publicOnly ? f.leasedKnown : f.leased;
    cn.domestic += f.domestic; cn.legal += f.usOrigin; cn.smuggled += smuggled; cn.leased += leased; cn.cloud += f.cloud;
    chinaFirms[id] = { compute: f.domestic + f.usOrigin + smuggled + leased + f.cloud, capability: f.capability };
    best = Math.max(best, f.capability);
  }
  cn.total = cn.domestic + cn.legal + cn.smuggled + cn.leased + cn.cloud;

  const w = s.scenario.indicators;
  const domesticShare = cn.total > 0 ? cn.domestic / cn.total : 0;
  const splitIndex = (w.split.domesticWeight * domesticShare + w.split.gulfAlignmentWeight * common.alignment) /
    (w.split.domesticWeight + w.split.gulfAlignmentWeight || 1);
  const gap = s.world.usLabsCapability - best;
  const access = cn.legal + cn.smuggled + cn.leased + cn.cloud;
  const securityRisk = 100 * (w.risk.accessWeight * Math.min(1, access / w.risk.accessScale) +
    w.risk.gapWeight * clamp(1 - gap / w.risk.gapReference, 0, 1)) / (w.risk.accessWeight + w.risk.gapWeight || 1);

  return {
    round: s.round, splitIndex, chinaCompute: cn, securityRisk,
    usCapability: s.world.usLabsCapability, chinaCapability: best, capabilityGap: gap, gapMonths: gap * w.monthsPerPoint,
    vendorRevenue: common.vendorRevenue, vendors: common.vendors, gulf: common.gulf, chinaFirms,
  };
}
