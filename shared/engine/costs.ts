// What an order costs, in cash and political capital, read off a price list. The engine checks orders
// against the state's list (validate.ts); each seat's order options carry the same list, so an order
// form totals a draft with the engine's own arithmetic.
import type { Action } from "./orders.ts";
import { rules } from "./rules.ts";
import type { ActorId, GameState } from "./state.ts";

export interface PriceList {
  /** list price of each chip type, k$ per chip (domestic chips are bought at list) */
  chips: Record<string, number>;
  /** design cost of each chip type that needs design work, k$ */
  design: Record<string, number>;
  /** one data-centre slot, k$, and the share off it the actor has now (Chinese equipment) */
  slot: number; slotDiscount: number;
  /** smuggled chips cost list price times this */
  smugglingMarkup: number;
  /** one H100e for a round on US clouds, k$ */
  cloud: number;
  /** political capital each US action spends */
  capital: { threshold: number; policy: number; entityList: number; audit: number; visit: number };
}

/** The prices an actor pays now. */
export function priceList(state: GameState, actor: ActorId): PriceList {
  const m = state.scenario.mechanics;
  const r = rules(state.scenario);
  const a = state.actors[actor]!;
  return {
    chips: r.listPrice, design: r.designCost,
    slot: m.construction.costPerSlot, slotDiscount: a.securityConditions ? 0 : a.buildDiscount,
    smugglingMarkup: m.smuggling.markup, cloud: m.cloud.price, capital: m.politicalCapital.costs,
  };
}

/** Cash an action commits when it is applied (k$). */
export function cashCost(p: PriceList, action: Action): number {
  switch (action.kind) {
    case "design": return p.design[action.chip] ?? 0;
    case "lobby": return action.amount;
    case "build": return Math.round(action.slots * p.slot * (1 - p.slotDiscount));
    case "buyDomestic": return action.quantity * (p.chips[action.chip] ?? 0);
    case "smuggle": return Math.round(action.quantity * (p.chips[action.chip] ?? 0) * p.smugglingMarkup);
    case "rentCloud": return Math.round(action.compute * p.cloud);
    case "proposeDeal": return action.give.cash;
    default: return 0;
  }
}

/** Political capital an action spends when it is applied. */
export function capitalCost(costs: PriceList["capital"], action: Action): number {
  switch (action.kind) {
    case "setThreshold": return costs.threshold;
    case "setPolicy": return costs.policy;
    case "pushBill": return action.capital;
    case "audit": return costs.audit;
    case "entityList": return costs.entityList;
    case "visit": return costs.visit;
    default: return 0;
  }
}

export interface DraftTotals {
  /** cash the orders commit, and what is left of the actor's cash after them and its agreed deals (k$) */
  cash: number; cashLeft: number;
  /** political capital the orders spend, and what is left */
  capital: number; capitalLeft: number;
}

/** What a draft of orders costs in all, against what the actor has: `cash` and `capital` now, `owed`
 *  to deals it has agreed. */
export function draftTotals(p: PriceList, have: { cash: number; owed: number; capital: number }, actions: readonly Action[]): DraftTotals {
  let cash = 0, capital = 0;
  for (const a of actions) {
    cash += cashCost(p, a);
    capital += capitalCost(p.capital, a);
  }
  return { cash, cashLeft: have.cash - have.owed - cash, capital, capitalLeft: have.capital - capital };
}
