// Warnings before an action with a known risk: what the engine will do to the seat if it goes ahead,
// with the odds and penalties it will apply (they come from the seat's order options, which the engine
// fills in). Read off the seat's own view, so a warning never tells more than the seat knows.
import type { Action, ActionOf } from "../engine/orders.ts";
import { licenceNeeded } from "../engine/rules.ts";
import type { ActorId, Assets } from "../engine/state.ts";
import { sumValues } from "../engine/units.ts";
import type { PublicScenario, View } from "../engine/view.ts";

export const RISK_CODES = [
  // deals
  "leaseToChina", "leaseBreach", "leaseTooLarge", "cashShort", "chipsShort", "needsLicence", "licenceReview", "bindsConditions",
  // orders
  "seizure", "distillation", "chineseChips", "dropConditions", "conditionsBreachLeases", "retaliation", "thresholdShock",
  "denial", "delay", "unsoldStock", "cloudRefusal", "overBudget", "overCapital",
] as const;
export type RiskCode = (typeof RISK_CODES)[number];

/** `warn`: the seat loses something if it goes ahead (odds, penalties); `info`: what will happen next. */
export interface Risk { code: RiskCode; level: "warn" | "info"; params: Record<string, number | string> }

const warn = (code: RiskCode, params: Risk["params"] = {}): Risk => ({ code, level: "warn", params });
const info = (code: RiskCode, params: Risk["params"] = {}): Risk => ({ code, level: "info", params });

/** A deal seen from one side: what I hand over, what I receive, and from whom. */
export interface DealSide { me: ActorId; other: ActorId; give: Assets; get: Assets }

/** The deal as `me` sees it: its proposer gives `give`, its receiver gives `get`. */
export function sideOf(deal: { from: ActorId; to: ActorId; give: Assets; get: Assets }, me: ActorId): DealSide {
  return deal.from === me ? { me, other: deal.to, give: deal.give, get: deal.get } : { me, other: deal.from, give: deal.get, get: deal.give };
}

/** What could go wrong for `me` in proposing or accepting this deal. */
export function dealRisks(view: View, scenario: PublicScenario, side: DealSide): Risk[] {
  const o = view.options;
  const self = view.private[side.me];
  if (!o || !self) return [];
  const risks: Risk[] = [];
  const role = (id: ActorId) => view.actors.find((a) => a.id === id)?.role;
  const { give, get } = side;
  // a lease of my compute to a Chinese firm: hidden from the US until it comes to light
  if (give.lease && role(side.other) === "chinaFirm") {
    const underConditions = self.securityConditions || give.securityConditions;
    risks.push(underConditions
      ? warn("leaseBreach", { odds: o.risks.lease.oddsUnderConditions, trust: o.risks.lease.breachTrust, fine: o.risks.lease.fine, audit: o.risks.audit })
      : warn("leaseToChina", { odds: o.risks.lease.odds, trust: o.risks.lease.trust, fine: o.risks.lease.fine, audit: o.risks.audit }));
  }
  if (give.lease && o.gulf && give.lease.compute > o.gulf.freeCompute) {
    risks.push(warn("leaseTooLarge", { offered: give.lease.compute, free: Math.floor(o.gulf.freeCompute), trust: o.risks.defaultTrust }));
  }
  if (give.cash > o.cash - o.owed) risks.push(warn("cashShort", { needed: give.cash, have: Math.max(0, o.cash - o.owed), trust: o.risks.defaultTrust }));
  if (self.role !== "vendor") {
    for (const chip in give.chips) {
      const held = self.stock[chip] ?? 0;
      if (give.chips[chip]! > held) risks.push(warn("chipsShort", { chip, needChips: give.chips[chip]!, haveChips: held, trust: o.risks.defaultTrust }));
    }
  }
  // controlled chips crossing a border wait for a US licence
  const moved = sumValues(give.chips) > 0 ? { from: side.me, to: side.other, chips: give.chips } : sumValues(get.chips) > 0 ? { from: side.other, to: side.me, chips: get.chips } : null;
  if (moved) {
    const region = (id: ActorId) => scenario.actors.find((a) => a.id === id)?.region ?? "";
    const specs = Object.fromEntries(scenario.chipTypes.map((c) => [c.id, c]));
    const listed = view.actors.find((a) => a.id === moved.to)?.entityListed ?? false;
    if (licenceNeeded({ policies: view.policies, chips: specs, smallOrder: o.risks.licences.smallOrder }, region(moved.from), region(moved.to), listed, moved.chips)) {
      const compute = Object.entries(moved.chips).reduce((t, [c, n]) => t + n * (specs[c]?.performance ?? 0), 0);
      const large = compute >= view.policies.largeShipmentH100e;
      const reviewed = view.world.reviews.some((r) => r.regions.includes(region(moved.to)));
      risks.push(info(large || reviewed ? "licenceReview" : "needsLicence", { compute: Math.round(compute), large: large ? 1 : 0 }));
    }
  }
  if (give.securityConditions && !self.securityConditions) risks.push(info("bindsConditions", { ties: o.gulf?.tiesIncome ?? 0, trust: o.risks.conditionsTrust }));
  return risks;
}

/** What could go wrong for the seat in an order it puts in its draft. */
export function actionRisks(view: View, action: Action): Risk[] {
  const o = view.options;
  if (!o) return [];
  const r = o.risks;
  switch (action.kind) {
    case "smuggle": return [warn("seizure", { odds: r.smuggling.seizure, trust: r.smuggling.trust, audit: r.audit })];
    case "distil": return action.use && !o.china?.distil
      ? [warn("distillation", { odds: r.distillation.odds, rounds: r.distillation.cutoffRounds, trust: r.distillation.trust, listed: r.distillation.listed ? 1 : 0 })]
      : [];
    case "buyDomestic": return o.role === "gulf" ? [warn("chineseChips", { trust: r.chineseChipsTrust })] : [];
    case "rentCloud": return r.kycRefusal > 0 ? [info("cloudRefusal", { odds: r.kycRefusal })] : [];
    case "securityConditions": return conditionsRisks(view, action);
    case "entityList": {
      const target = view.actors.find((a) => a.id === action.target);
      return action.listed && target?.role === "chinaFirm" ? [retaliation(r)] : [];
    }
    case "setThreshold":
      return action.tpp < view.policies.controlThresholdTpp ? [warn("thresholdShock", { shock: r.licences.thresholdShock }), retaliation(r)] : [];
    case "licenceDecision": {
      const licence = view.licences.find((l) => l.id === action.licence);
      if (!licence || (action.decision !== "deny" && action.decision !== "delay")) return [];
      const ally = view.actors.find((a) => a.id === licence.destination)?.role === "gulf";
      const vendor = view.actors.find((a) => a.id === licence.exporter)?.role === "vendor";
      const deny = action.decision === "deny";
      const shock = licence.large && vendor ? (deny ? r.licences.denialShock : r.licences.delayShock) : 0;
      const trust = ally ? (deny ? r.licences.denialTrust : r.licences.delayTrust) : 0;
      return shock || trust ? [warn(deny ? "denial" : "delay", { shock, trust, exporter: licence.exporter, destination: licence.destination })] : [];
    }
    case "produce": {
      const chip = o.vendor?.chips.find((c) => c.chip === action.chip);
      // more than the world market took last round is already waiting in stock
      return chip && chip.sold > 0 && chip.stock > chip.sold && action.quantity > 0
        ? [warn("unsoldStock", { chip: chip.chip, stock: chip.stock, sold: chip.sold })]
        : [];
    }
    default: return [];
  }
}

/** Accepting US security conditions turns leases already running to Chinese firms into breaches;
 *  dropping them costs trust and stalls licences approved on condition. */
function conditionsRisks(view: View, action: ActionOf<"securityConditions">): Risk[] {
  const o = view.options!;
  const me = o.actor;
  if (action.accept) {
    const chinese = view.leases.filter((l) => l.lessor === me && !l.ended && view.actors.find((a) => a.id === l.lessee)?.role === "chinaFirm");
    return chinese.length
      ? [warn("conditionsBreachLeases", { leases: chinese.length, odds: o.risks.lease.oddsUnderConditions, trust: o.risks.lease.breachTrust })]
      : [];
  }
  if (!o.gulf?.securityConditions) return [];
  const waiting = view.licences.filter((l) => l.destination === me && l.status === "conditional").length;
  return [warn("dropConditions", { trust: o.risks.conditionsTrust, licences: waiting })];
}

function retaliation(r: NonNullable<View["options"]>["risks"]): Risk {
  return warn("retaliation", { shock: r.retaliation.vendorShock, unitCost: r.retaliation.unitCost, rounds: r.retaliation.rounds, demand: r.retaliation.demandCut, trust: r.retaliation.allyTrust });
}

/** Risks of a whole draft: each order's, and the draft's cost against what the seat has. */
export function draftRisks(view: View, actions: readonly Action[], totals: { cashLeft: number; capitalLeft: number }): Risk[] {
  const risks = actions.flatMap((a) => actionRisks(view, a));
  if (totals.cashLeft < 0) risks.push(warn("overBudget", { short: -totals.cashLeft }));
  if (totals.capitalLeft < 0) risks.push(warn("overCapital", { capital: Math.ceil(-totals.capitalLeft) }));
  return risks;
}
