// Random orders for property tests: plausible ones built from the engine's own options, and junk
// that must be rejected (unknown ids, wrong roles, amounts out of range).
import type { Action } from "../../shared/engine/orders.ts";
import type { Rng } from "../../shared/engine/rng.ts";
import { orderOptions } from "../../shared/engine/options.ts";
import type { GameState } from "../../shared/engine/state.ts";
import { rules } from "../../shared/engine/rules.ts";
import { assets } from "../../shared/bots/common.ts";

const pick = <T>(rng: Rng, list: readonly T[]): T | undefined => (list.length ? list[Math.floor(rng.next() * list.length)] : undefined);
const upTo = (rng: Rng, n: number) => Math.floor(rng.next() * (n + 1));

/** Orders that always break a rule, whatever the state. */
export function junkAction(state: GameState, actor: string, rng: Rng): Action {
  const r = rules(state.scenario);
  const role = state.actors[actor]!.role;
  const options: Action[] = [
    { kind: "produce", chip: "no-such-chip", quantity: 10 },
    { kind: "licenceDecision", licence: "L-none", decision: "approve" },
    { kind: "acceptDeal", deal: "D-none" },
    { kind: "setThreshold", tpp: state.policies.thresholdRange[1] + 1000 },
    { kind: "audit", target: "nobody" },
    { kind: "buyDomestic", chip: r.chipIds.find((c) => r.chips[c]!.usOrigin)!, quantity: 5 },
    { kind: "proposeDeal", to: actor, give: assets({ cash: 1 }), get: assets(), counterTo: null },
    { kind: "build", slots: 100_000_000 },
  ];
  // an action of another role group is always refused
  if (role !== "usGov") options.push({ kind: "visit", target: "uae" });
  if (role !== "vendor") options.push({ kind: "setPrice", chip: r.chipIds[0]!, price: 10 });
  return pick(rng, options)!;
}

/** A random action an actor might plausibly order now; it may still be refused (cash, capacity…). */
export function plausibleAction(state: GameState, actor: string, rng: Rng): Action | null {
  const o = orderOptions(state, actor);
  const others = o.counterparties;
  const cash = Math.max(0, o.cash);
  const anyChip = pick(rng, rules(state.scenario).chipIds)!;
  const deal = (): Action => {
    const to = pick(rng, others)!;
    const me = state.actors[actor]!;
    const held = Object.keys(me.stock).filter((c) => me.stock[c]! > 0);
    const chip = pick(rng, held);
    const give = chip && rng.chance(0.6) ? assets({ chips: { [chip]: 1 + upTo(rng, me.stock[chip]!) } }) : assets({ cash: upTo(rng, cash / 4) });
    const get = give.cash > 0 ? assets({ chips: { [anyChip]: 1 + upTo(rng, 5000) } }) : assets({ cash: upTo(rng, 500_000) });
    if (me.role === "gulf" && rng.chance(0.3)) return { kind: "proposeDeal", to, give: assets({ lease: { compute: 1 + upTo(rng, 3000), rounds: 1 + upTo(rng, 3) } }), get: assets({ cash: upTo(rng, 100_000) }), counterTo: null };
    return { kind: "proposeDeal", to, give, get, counterTo: null };
  };
  const mine = [...state.deals].filter((d) => d.to === actor && d.status === "proposed");
  const answer = pick(rng, mine);
  const choices: (() => Action | null)[] = [deal];
  if (answer) choices.push(() => ({ kind: rng.chance(0.7) ? "acceptDeal" : "rejectDeal", deal: answer.id }));
  if (o.us) {
    const us = o.us;
    const licence = pick(rng, us.licences);
    if (licence) choices.push(() => ({ kind: "licenceDecision", licence: licence.id, decision: pick(rng, ["approve", "approveWithConditions", "delay", "deny"] as const)! }));
    choices.push(() => ({ kind: "setThreshold", tpp: us.threshold.min + upTo(rng, us.threshold.max - us.threshold.min) }));
    choices.push(() => ({ kind: "visit", target: pick(rng, us.visitTargets)! }));
    choices.push(() => ({ kind: "audit", target: pick(rng, us.targets)! }));
    choices.push(() => ({ kind: "entityList", target: pick(rng, us.targets)!, listed: rng.chance(0.7) }));
    choices.push(() => ({ kind: "setPolicy", policy: "cloudKyc", value: rng.chance(0.5) }));
    choices.push(() => ({ kind: "setPolicy", policy: "chinaRevenueShare", value: Math.round(rng.next() * 100) / 100 }));
    const bill = pick(rng, us.bills);
    if (bill) choices.push(() => ({ kind: "pushBill", bill: bill.id, capital: 1 + upTo(rng, 40) }));
  }
  if (o.vendor) {
    const v = o.vendor;
    const c = pick(rng, v.chips)!;
    choices.push(() => ({ kind: "produce", chip: c.chip, quantity: upTo(rng, v.capacity) }));
    choices.push(() => ({ kind: "setPrice", chip: c.chip, price: Math.max(1, c.minPrice + upTo(rng, c.maxPrice - c.minPrice)) }));
    choices.push(() => ({ kind: "design", chip: c.chip }));
    choices.push(() => ({ kind: "lobby", amount: 1 + upTo(rng, cash / 20), bill: pick(rng, v.openBills) ?? null }));
  }
  if (o.datacentre) choices.push(() => ({ kind: "build", slots: 1 + upTo(rng, 20_000) }));
  if (o.gulf) {
    choices.push(() => ({ kind: "securityConditions", accept: rng.chance(0.5) }));
    choices.push(() => ({ kind: "sovereignAI", share: rng.next() }));
  }
  if (o.domestic) {
    const d = pick(rng, o.domestic.chips)!;
    choices.push(() => ({ kind: "buyDomestic", chip: d.chip, quantity: 1 + upTo(rng, 60_000) }));
  }
  if (o.china) {
    const ch = o.china;
    const route = pick(rng, ch.smuggle);
    if (route) choices.push(() => ({ kind: "smuggle", chip: route.chip, quantity: 1 + upTo(rng, 40_000) }));
    choices.push(() => ({ kind: "rentCloud", compute: 1 + upTo(rng, 50_000) }));
    choices.push(() => ({ kind: "training", share: rng.next() }));
    choices.push(() => ({ kind: "openWeights", use: rng.chance(0.5) }));
    choices.push(() => ({ kind: "distil", use: rng.chance(0.5) }));
  }
  return pick(rng, choices)!();
}

/** Orders for every actor: some plausible actions each, and junk now and then. */
export function randomOrders(state: GameState, rng: Rng, junkShare = 0.1): Record<string, Action[]> {
  const orders: Record<string, Action[]> = {};
  for (const actor of state.actorOrder) {
    const list: Action[] = [];
    const n = upTo(rng, 4);
    for (let i = 0; i < n; i++) {
      const a = rng.chance(junkShare) ? junkAction(state, actor, rng) : plausibleAction(state, actor, rng);
      if (a) list.push(a);
    }
    orders[actor] = list;
  }
  return orders;
}
