// The US government bot weighs national-security risk against industry and allies.
// Hawkish: denies more, tightens the threshold, pushes bills, audits. Ally-minded: visits and approves.
import type { Action } from "../engine/orders.ts";
import type { View } from "../engine/view.ts";
import { publicActor } from "./common.ts";

export interface UsPersonality { hawkishness: number; allyWeight: number; industryWeight: number }

const RESERVE = 10;
/** A threshold under the export-grade parts, so they need a licence too. */
const TIGHT_THRESHOLD = 2000;

export function usBot(view: View, me: string, p: UsPersonality): Action[] {
  const o = view.options!.us!;
  const actions: Action[] = [];
  let capital = o.capital;
  const spend = (cost: number) => {
    if (capital - cost < RESERVE) return false;
    capital -= cost;
    return true;
  };
  const risk = view.indicators.at(-1)?.securityRisk ?? 30;
  // actors caught lately leasing to, smuggling for or distilling by Chinese firms
  const caught = new Set(view.actors.filter((a) => a.caughtRound !== null && a.caughtRound >= view.round - 2).map((a) => a.id));
  const trust = (id: string) => view.trust[me]![id]!;

  for (const l of o.licences) {
    const dest = publicActor(view, l.destination);
    let decision: "approve" | "approveWithConditions" | "delay" | "deny";
    if (dest.role !== "gulf") {
      decision = p.hawkishness < 0.3 && view.policies.chinaRevenueShare > 0 && !caught.has(dest.id) ? "approve" : "deny";
    } else if (caught.has(dest.id)) {
      decision = "deny";
    } else {
      const score = p.allyWeight * (trust(dest.id) / 100) + p.industryWeight * 0.5
        - p.hawkishness * ((l.large ? 0.5 : 0.2) + risk / 100);
      const approval = dest.securityConditions || !l.large ? "approve" : "approveWithConditions";
      // a doubtful case is delayed once, then settled with conditions
      if (score >= 0.1) decision = approval;
      else if (score >= -0.25) decision = l.status === "delayed" ? "approveWithConditions" : "delay";
      else decision = "deny";
    }
    actions.push({ kind: "licenceDecision", licence: l.id, decision });
  }

  if (p.hawkishness >= 0.5 && risk > 60 - 25 * p.hawkishness && o.threshold.current > TIGHT_THRESHOLD && spend(o.costs.threshold)) {
    actions.push({ kind: "setThreshold", tpp: Math.max(o.threshold.min, TIGHT_THRESHOLD) });
  }
  for (const id of caught) {
    const target = publicActor(view, id);
    if (target.role === "chinaFirm" && !target.entityListed && p.hawkishness > 0.4 && spend(o.costs.entityList)) {
      actions.push({ kind: "entityList", target: id, listed: true });
    }
  }
  if (p.hawkishness > 0.65 && risk > 40 && !view.policies.cloudKyc && spend(o.costs.policy)) {
    actions.push({ kind: "setPolicy", policy: "cloudKyc", value: true });
  }
  for (const bill of o.bills) {
    const push = Math.round(10 + 20 * p.hawkishness);
    if (p.hawkishness > 0.45 && spend(push)) actions.push({ kind: "pushBill", bill: bill.id, capital: push });
  }
  const gulf = view.actors.filter((a) => a.role === "gulf").sort((a, b) => trust(a.id) - trust(b.id));
  const coolest = gulf[0];
  if (coolest && p.allyWeight > 0.4 && trust(coolest.id) < 65 && spend(o.costs.visit)) {
    actions.push({ kind: "visit", target: coolest.id });
  }
  const suspect = gulf.find((a) => !a.securityConditions);
  if (suspect && p.hawkishness > 0.4 && spend(o.costs.audit)) actions.push({ kind: "audit", target: suspect.id });
  if (p.hawkishness > 0.7 && risk > 50) {
    const firm = view.actors.filter((a) => a.role === "chinaFirm").sort((a, b) => b.capability - a.capability)[0];
    if (firm && spend(o.costs.audit)) actions.push({ kind: "audit", target: firm.id });
  }
  return actions;
}
