// What an actor can order now, with the limits that apply: the order forms, the bots and the tests
// all build orders from this, so no rule is restated outside the engine.
import type { Role } from "../scenario/schema.ts";
import { isControlled, isListed, rules } from "./rules.ts";
import type { ActorId, GameState, Licence } from "./state.ts";
import { fromMillions, sumValues } from "./units.ts";

export interface OrderOptions {
  actor: ActorId;
  role: Role;
  cash: number;
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
      minPrice: number; maxPrice: number; designCost: number | null; designRounds: number | null; controlled: boolean; stock: number }[];
    openBills: string[];
  };
  datacentre: null | { costPerSlot: number; buildRounds: number; capacity: number; installed: number; building: number };
  gulf: null | { securityConditions: boolean; sovereignShare: number };
  china: null | {
    domestic: { chip: string; price: number; available: boolean }[];
    domesticCapacity: number;
    smuggle: { chip: string; unitPrice: number; supply: number }[];
    smugglingCapacity: number;
    cloud: { price: number; supply: number; blocked: boolean; kyc: boolean };
    trainingShare: number; openWeights: boolean; distil: boolean; openWeightCapability: number;
  };
  counterparties: ActorId[];
}

export function orderOptions(state: GameState, actorId: ActorId): OrderOptions {
  const sc = state.scenario;
  const r = rules(sc);
  const m = sc.mechanics;
  const a = state.actors[actorId]!;
  const opts: OrderOptions = {
    actor: actorId, role: a.role, cash: a.cash, us: null, vendor: null, datacentre: null, gulf: null, china: null,
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
          controlled: isControlled(state, id), stock: a.stock[id]!,
        };
      }),
    };
  }
  if (a.role === "gulf" || a.role === "chinaFirm") {
    opts.datacentre = {
      costPerSlot: m.construction.costPerSlot, buildRounds: m.construction.buildRounds, capacity: a.capacity,
      installed: sumValues(a.installed), building: a.building.reduce((t, b) => t + b.slots, 0),
    };
  }
  if (a.role === "gulf") opts.gulf = { securityConditions: a.securityConditions, sovereignShare: a.sovereignShare };
  if (a.role === "chinaFirm") {
    opts.china = {
      domestic: (r.madeBy[sc.npc.domesticMaker.id] ?? []).map((id) => ({
        chip: id, price: r.chips[id]!.price, available: (r.chips[id]!.availableFromRound ?? 1) <= state.round,
      })),
      domesticCapacity: state.world.domesticCapacity,
      smuggle: r.chipIds.filter((id) => r.chips[id]!.usOrigin && state.world.marketInstalled[id]! > 0).map((id) => ({
        chip: id, unitPrice: Math.round(r.chips[id]!.price * m.smuggling.markup), supply: state.world.marketInstalled[id]!,
      })),
      smugglingCapacity: state.world.smugglingCapacity,
      cloud: {
        price: m.cloud.price, supply: Math.floor(state.world.usCompute * m.cloud.foreignShare),
        blocked: isListed(state, actorId), kyc: state.policies.cloudKyc,
      },
      trainingShare: a.trainingShare, openWeights: a.openWeights, distil: a.distil,
      openWeightCapability: state.world.openWeightCapability,
    };
  }
  return opts;
}
