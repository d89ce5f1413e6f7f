// What an actor can order now, with the limits that apply: the order forms, the bots and the tests
// all build orders from this, so no rule is restated outside the engine.
import type { Role } from "../scenario/schema.ts";
import { priceList, type PriceList } from "./costs.ts";
import { chipFlow } from "./deals.ts";
import { buildCost, detectionChance, freeCompute, isControlled, isListed, leaseDetectionBase, rules } from "./rules.ts";
import type { ActorId, GameState, Licence } from "./state.ts";
import { fromMillions, sumValues } from "./units.ts";
import { owedByDeals } from "./validate.ts";

/**
 * The odds and penalties of the risky moves open to an actor now, from the scenario and the state of
 * the world, so a seat is warned before it makes one. Odds are per round, before any audit (an audit
 * of either party adds `audit`); trust is with the US, in points; money in k$.
 */
export interface RiskFigures {
  audit: number;
  lease: { odds: number; oddsUnderConditions: number; trust: number; breachTrust: number; fine: number };
  smuggling: { seizure: number; trust: number };
  distillation: { odds: number; cutoffRounds: number; listed: boolean; trust: number };
  chineseChipsTrust: number;
  kycRefusal: number;
  /** China's answer to a listing of one of its firms or a tighter control threshold */
  retaliation: { unitCost: number; rounds: number; demandCut: number; vendorShock: number; allyTrust: number };
  /** share-price shocks (percent) and Gulf trust lost over licence decisions and the threshold */
  licences: {
    thresholdShock: number; denialShock: number; delayShock: number; denialTrust: number; delayTrust: number; conditionsWindow: number;
    /** the capped tier's small-order exemption (while tier caps are on): no licence up to this compute */
    smallOrder: { regions: string[]; smallOrderH100e: number };
  };
  /** trust gained by accepting US security conditions (lost by dropping them), and lost by a deal's defaulting side */
  conditionsTrust: number;
  defaultTrust: number;
}

export function riskFigures(state: GameState): RiskFigures {
  const m = state.scenario.mechanics;
  const odds = (base: number) => detectionChance(state, base, false);
  return {
    audit: m.detection.audit,
    lease: {
      odds: odds(leaseDetectionBase(state, false)), oddsUnderConditions: odds(leaseDetectionBase(state, true)),
      trust: m.penalties.leaseTrust, breachTrust: m.penalties.breachTrust, fine: fromMillions(m.penalties.leaseFine),
    },
    smuggling: { seizure: odds(m.detection.smuggling), trust: m.penalties.smugglingTrust },
    distillation: {
      odds: odds(m.detection.distillation + (state.policies.enforceAct ? m.detection.distillationEnforce : 0)),
      cutoffRounds: m.penalties.distillationCutoffRounds, listed: state.policies.enforceAct && m.penalties.distillationEntityList,
      trust: m.penalties.distillationTrust,
    },
    chineseChipsTrust: m.penalties.chineseChipsTrust,
    kycRefusal: state.policies.cloudKyc ? m.detection.kyc : 0,
    retaliation: {
      unitCost: m.retaliation.unitCostIncrease, rounds: m.retaliation.rounds, demandCut: m.retaliation.demandCut,
      vendorShock: m.retaliation.vendorShock, allyTrust: m.retaliation.allyTrust,
    },
    licences: {
      thresholdShock: m.market.thresholdShock, denialShock: m.market.denialShock, delayShock: m.market.delayShock,
      denialTrust: m.trust.denial, delayTrust: m.trust.delay, conditionsWindow: m.licensing.conditionsWindowRounds,
      smallOrder: { regions: m.tierCaps.regions, smallOrderH100e: m.tierCaps.smallOrderH100e },
    },
    conditionsTrust: m.trust.conditionsAccepted,
    defaultTrust: m.trust.dealDefault,
  };
}

export interface OrderOptions {
  actor: ActorId;
  role: Role;
  cash: number;
  /** cash promised to agreed deals that have not been paid yet (k$) */
  owed: number;
  /** what the actor pays for each order: the list the engine checks orders against */
  prices: PriceList;
  risks: RiskFigures;
  us: null | {
    capital: number;
    costs: { threshold: number; policy: number; entityList: number; audit: number; visit: number };
    threshold: { current: number; min: number; max: number };
    licences: Licence[];
    bills: { id: string; support: number; passAt: number }[];
    targets: ActorId[];
    visitTargets: ActorId[];
  };
  vendor: null | {
    capacity: number;
    chips: { chip: string; ready: boolean; readyRound: number | null; plan: number; unitCost: number; price: number;
      minPrice: number; maxPrice: number; designCost: number | null; designRounds: number | null; controlled: boolean; exportGrade: boolean;
      stock: number;
      /** chips the world market bought last round */
      sold: number;
      /** chips still to deliver on agreed orders, and on orders waiting for a licence */
      ordered: number; awaitingLicence: number }[];
    openBills: string[];
  };
  /** `costPerSlot` in k$, after any discount */
  datacentre: null | { costPerSlot: number; buildRounds: number; capacity: number; installed: number; building: number };
  /** `tiesIncome` in k$ per round, paid while outside US conditions */
  gulf: null | {
    securityConditions: boolean; sovereignShare: number; tiesIncome: number; buildDiscount: number; computeTarget: number;
    /** H100e of its installed compute not yet leased out: the most a new lease can take */
    freeCompute: number;
  };
  /** Chinese chips on sale from the domestic maker: to Chinese firms, and to Gulf states outside US conditions */
  domestic: null | { chips: { chip: string; price: number; available: boolean }[]; capacity: number; blocked: boolean };
  china: null | {
    smuggle: { chip: string; unitPrice: number; supply: number }[];
    smugglingCapacity: number;
    cloud: { price: number; supply: number; blocked: boolean; kyc: boolean };
    trainingShare: number; openWeights: boolean; distil: boolean; openWeightCapability: number;
    /** distillation's cost per round (k$), and the round until which US models refuse the firm */
    distilCost: number; distilBlockedUntil: number;
  };
  counterparties: ActorId[];
}

export function orderOptions(state: GameState, actorId: ActorId): OrderOptions {
  const sc = state.scenario;
  const r = rules(sc);
  const m = sc.mechanics;
  const a = state.actors[actorId]!;
  const opts: OrderOptions = {
    actor: actorId, role: a.role, cash: a.cash, owed: owedByDeals(state, actorId), prices: priceList(state, actorId), risks: riskFigures(state),
    us: null, vendor: null, datacentre: null, gulf: null, domestic: null, china: null,
    counterparties: state.actorOrder.filter((id) => id !== actorId),
  };
  const openBills = Object.entries(state.bills).filter(([, b]) => b.introduced && !b.passed);
  if (a.role === "usGov") {
    opts.us = {
      capital: a.politicalCapital, costs: m.politicalCapital.costs,
      threshold: { current: state.policies.controlThresholdTpp, min: state.policies.thresholdRange[0], max: state.policies.thresholdRange[1] },
      licences: state.licences.filter((l) => l.status === "pending" || l.status === "delayed"),
      bills: openBills.map(([id, b]) => ({ id, support: b.support, passAt: sc.bills.find((x) => x.id === id)!.passAt })),
      targets: [...r.byRole.gulf, ...r.byRole.chinaFirm],
      visitTargets: r.byRole.gulf,
    };
  }
  if (a.role === "vendor") {
    const [low, high] = m.market.priceRange;
    const ordered: Record<string, number> = {};
    const awaiting: Record<string, number> = {};
    for (const d of state.deals) {
      if (d.status !== "delivering" && d.status !== "awaitingLicence") continue;
      const flow = chipFlow(d);
      if (flow.exporter !== actorId) continue;
      const into = d.status === "delivering" ? ordered : awaiting;
      for (const chip in flow.chips) into[chip] = (into[chip] ?? 0) + flow.chips[chip]! - (d.delivered[chip] ?? 0);
    }
    opts.vendor = {
      capacity: a.capacity,
      openBills: openBills.map(([id]) => id),
      chips: (r.madeBy[actorId] ?? []).map((id) => {
        const c = r.chips[id]!;
        const ready = a.designs[id];
        return {
          chip: id, ready: ready !== undefined && ready <= state.round, readyRound: ready ?? null, plan: a.plan[id] ?? 0,
          unitCost: c.unitCost, price: a.prices[id]!, minPrice: Math.ceil(c.price * low), maxPrice: Math.floor(c.price * high),
          designCost: ready === undefined && c.design ? fromMillions(c.design.cost) : null,
          designRounds: ready === undefined && c.design ? c.design.rounds : null,
          controlled: isControlled(state, id), exportGrade: c.exportGrade, stock: a.stock[id]!, sold: a.sold[id] ?? 0,
          ordered: ordered[id] ?? 0, awaitingLicence: awaiting[id] ?? 0,
        };
      }),
    };
  }
  if (a.role === "gulf" || a.role === "chinaFirm") {
    opts.datacentre = {
      costPerSlot: buildCost(state, actorId, 1000) / 1000, buildRounds: m.construction.buildRounds, capacity: a.capacity,
      installed: sumValues(a.installed), building: a.building.reduce((t, b) => t + b.slots, 0),
    };
  }
  if (a.role === "gulf") {
    opts.gulf = {
      securityConditions: a.securityConditions, sovereignShare: a.sovereignShare, tiesIncome: a.tiesIncome,
      buildDiscount: a.buildDiscount, computeTarget: a.computeTarget,
      freeCompute: Math.max(0, freeCompute(state, actorId)),
    };
  }
  if (a.role === "gulf" || a.role === "chinaFirm") {
    opts.domestic = {
      chips: (r.madeBy[sc.npc.domesticMaker.id] ?? []).map((id) => ({
        chip: id, price: r.chips[id]!.price, available: (r.chips[id]!.availableFromRound ?? 1) <= state.round,
      })),
      capacity: state.world.domesticCapacity,
      blocked: a.role === "gulf" && a.securityConditions,
    };
  }
  if (a.role === "chinaFirm") {
    opts.china = {
      smuggle: r.chipIds.filter((id) => r.chips[id]!.usOrigin && state.world.marketInstalled[id]! > 0).map((id) => ({
        chip: id, unitPrice: Math.round(r.chips[id]!.price * m.smuggling.markup), supply: state.world.marketInstalled[id]!,
      })),
      smugglingCapacity: state.world.smugglingCapacity,
      cloud: {
        price: m.cloud.price, supply: Math.floor(state.world.usCompute * m.cloud.foreignShare),
        blocked: isListed(state, actorId) || state.policies.remoteAccess, kyc: state.policies.cloudKyc,
      },
      trainingShare: a.trainingShare, openWeights: a.openWeights, distil: a.distil,
      openWeightCapability: state.world.openWeightCapability,
      distilCost: fromMillions(m.training.distilCost), distilBlockedUntil: a.distilBlockedUntil,
    };
  }
  return opts;
}
