// The US government bot weighs national-security risk against industry and allies.
// A hawk denies and delays more, tightens the control line, lists firms caught in hidden flows,
// pushes bills and audits; an ally-minded US visits and approves; an industry-minded one lets
// export-grade sales to China go ahead. Every step it takes has a price the engine charges.
import type { Scenario } from "../scenario/schema.ts";
import type { Action } from "../engine/orders.ts";
import type { Rng } from "../engine/rng.ts";
import type { Licence } from "../engine/state.ts";
import type { View } from "../engine/view.ts";
import { publicActor } from "./common.ts";

export interface UsPersonality { hawkishness: number; allyWeight: number; industryWeight: number }

type Decision = "approve" | "approveWithConditions" | "delay" | "deny";

export function usBot(view: View, me: string, p: UsPersonality, sc: Scenario, rng: Rng): Action[] {
  const k = sc.bots.usGov;
  const o = view.options!.us!;
  const actions: Action[] = [];
  let capital = o.capital;
  const spend = (cost: number) => {
    if (capital - cost < k.capitalReserve) return false;
    capital -= cost;
    return true;
  };
  const risk = view.indicators.at(-1)?.securityRisk ?? 30;
  // actors caught lately leasing to, smuggling for or distilling by Chinese firms
  const caught = new Set(view.actors.filter((a) => a.caughtRound !== null && a.caughtRound >= view.round - k.caughtMemoryRounds).map((a) => a.id));
  const trust = (id: string) => view.trust[me]![id]!;

  const decide = (l: Licence): Decision => {
    const dest = publicActor(view, l.destination);
    if (caught.has(dest.id)) return "deny";
    if (dest.role === "chinaFirm") {
      // a presumption of denial: only an industry-minded dove lets export-grade sales go ahead
      return p.industryWeight * (1 - p.hawkishness) > 0.3 + risk / 200 ? "approve" : "deny";
    }
    if (dest.role !== "gulf") return "approve";
    // security conditions earn a state credit, but a hawk still doubts large shipments
    const score = p.allyWeight * (trust(dest.id) / 100) + p.industryWeight * 0.5 + (dest.securityConditions ? k.conditionsCredit : 0)
      - p.hawkishness * ((l.large ? 0.5 : 0.2) + risk / 100);
    const approval = l.large && p.hawkishness >= 0.35 && !dest.securityConditions ? "approveWithConditions" : "approve";
    // a doubtful case is delayed, and settled with conditions once it looks less doubtful; a very
    // doubtful one is delayed until it lapses
    if (score >= 0.1) return approval;
    if (score >= -0.25) return l.status === "delayed" && score >= -0.1 ? "approveWithConditions" : "delay";
    return "deny";
  };
  for (const l of o.licences) actions.push({ kind: "licenceDecision", licence: l.id, decision: decide(l) });

  const alarmed = risk > k.riskAlarm * (1.5 - p.hawkishness);
  if (p.hawkishness >= 0.5 && alarmed && o.threshold.current > k.tightThreshold && spend(o.costs.threshold)) {
    actions.push({ kind: "setThreshold", tpp: Math.max(o.threshold.min, k.tightThreshold) });
  } else if (p.hawkishness < 0.3 && p.industryWeight > 0.5 && o.threshold.current < sc.policies.controlThresholdTpp && spend(o.costs.threshold)) {
    actions.push({ kind: "setThreshold", tpp: sc.policies.controlThresholdTpp });
  }
  for (const id of caught) {
    const target = publicActor(view, id);
    if (target.role === "chinaFirm" && !target.entityListed && p.hawkishness - 0.5 * p.industryWeight >= 0.35 && spend(o.costs.entityList)) {
      actions.push({ kind: "entityList", target: id, listed: true });
    }
  }
  if (p.hawkishness > 0.6 && alarmed && !view.policies.cloudKyc && spend(o.costs.policy)) {
    actions.push({ kind: "setPolicy", policy: "cloudKyc", value: true });
  }
  // the diffusion rule's country caps: a US that weighs allies and industry above security withdraws them
  if (view.policies.tierCaps && (p.allyWeight + p.industryWeight) / 2 > p.hawkishness + 0.05 && spend(o.costs.policy)) {
    actions.push({ kind: "setPolicy", policy: "tierCaps", value: false });
  }
  if (p.hawkishness < 0.4 && p.industryWeight > 0.5 && view.policies.chinaRevenueShare === 0 && o.licences.some((l) => publicActor(view, l.destination).role === "chinaFirm") && spend(o.costs.policy)) {
    actions.push({ kind: "setPolicy", policy: "chinaRevenueShare", value: 0.15 });
  }
  for (const bill of o.bills) {
    const push = Math.round(5 + 25 * p.hawkishness);
    if (p.hawkishness > 0.45 && spend(push)) actions.push({ kind: "pushBill", bill: bill.id, capital: push });
  }
  const gulf = view.actors.filter((a) => a.role === "gulf").sort((a, b) => trust(a.id) - trust(b.id));
  const coolest = gulf[0];
  if (coolest && p.allyWeight > 0.4 && trust(coolest.id) < 65 && spend(o.costs.visit)) {
    actions.push({ kind: "visit", target: coolest.id });
  }
  // one audit a round, of a Gulf state outside US conditions
  const suspects = gulf.filter((a) => !a.securityConditions);
  const suspect = suspects[Math.floor(rng.next() * suspects.length)];
  if (suspect && p.hawkishness > 0.4 && spend(o.costs.audit)) actions.push({ kind: "audit", target: suspect.id });
  if (p.hawkishness > 0.7 && alarmed) {
    const firm = view.actors.filter((a) => a.role === "chinaFirm").sort((a, b) => b.capability - a.capability)[0];
    if (firm && spend(o.costs.audit)) actions.push({ kind: "audit", target: firm.id });
  }
  return actions;
}
