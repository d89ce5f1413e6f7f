// "What to do now": the few things a seat should see to in this phase, most pressing first, each with
// the place in the interface where it is done. Read off the seat's own view: offers waiting for an
// answer, licences waiting for a decision or for conditions, the role's levers for the phase.
import type { Action } from "../engine/orders.ts";
import type { Deal } from "../engine/state.ts";
import { sumValues } from "../engine/units.ts";
import type { View } from "../engine/view.ts";
import type { Phase } from "../phases.ts";

/** Where a thing is done: a panel of the game screen and, in it, a part. */
export const PLACES = [
  "report", "card", "continue", "deals.inbox", "deals.propose",
  "orders.licences", "orders.policy", "orders.enforcement", "orders.production", "orders.lobbying",
  "orders.build", "orders.conditions", "orders.domestic", "orders.cloud", "orders.middlemen", "orders.models", "orders.submit",
] as const;
export type Place = (typeof PLACES)[number];

export const TODO_CODES = [
  "readNews", "readCard", "answerOffers", "acceptConditions", "awaitConditions", "awaitLicence", "decideLicences", "licencesComing",
  "setProduction", "unsoldStock", "sellChips", "buyChips", "decideConditions", "build", "installWaiting",
  "findCompute", "leaseGulf", "training", "submit", "submitted", "readReport", "continue", "toNegotiation",
] as const;
export type TodoCode = (typeof TODO_CODES)[number];

export interface Todo { code: TodoCode; place: Place; params: Record<string, number | string> }

export interface TodoContext {
  phase: Phase;
  /** the seat has sent its orders as final for this round */
  submitted: boolean;
  /** the seat's draft orders */
  draft: readonly Action[];
  /** this browser can move the game on (a solo game's or a class's host) */
  host: boolean;
}

const todo = (code: TodoCode, place: Place, params: Todo["params"] = {}): Todo => ({ code, place, params });

/** The seat's to-do list for this phase, most pressing first. */
export function whatToDo(view: View, ctx: TodoContext): Todo[] {
  const o = view.options;
  const me = o?.actor;
  if (!o || !me || view.finished) return [];
  const list: Todo[] = [];
  const { phase } = ctx;
  const drafted = (kind: Action["kind"]) => ctx.draft.some((a) => a.kind === kind);

  if (phase === "report") {
    list.push(todo("readReport", "report", { round: view.round - 1 }));
    if (ctx.host) list.push(todo("continue", "continue"));
    return list;
  }
  if (phase === "briefing") {
    const news = view.events.filter((e) => e.round === view.round && e.kind === "scenario").length;
    if (news) list.push(todo("readNews", "report", { count: news }));
    if (view.round === 1) list.push(todo("readCard", "card"));
  }

  // what others wait for from me, and what I wait for
  const offers = view.deals.filter((d) => d.to === me && d.status === "proposed");
  if (offers.length) list.push(todo("answerOffers", "deals.inbox", { count: offers.length, deal: offers[0]!.id }));
  for (const l of view.licences) {
    if (l.status !== "conditional") continue;
    const deal = view.deals.find((d) => d.id === l.dealId);
    if (!deal || promised(deal, l.destination)) continue;
    const buyer = view.actors.find((a) => a.id === l.destination);
    if (buyer?.securityConditions) continue;
    if (l.destination === me) list.push(todo("acceptConditions", "orders.conditions", { licence: l.id, deal: l.dealId, by: l.conditionsBy ?? view.round }));
    else list.push(todo("awaitConditions", "deals.inbox", { licence: l.id, deal: l.dealId, buyer: l.destination, by: l.conditionsBy ?? view.round }));
  }
  const waiting = view.deals.filter((d) => d.status === "awaitingLicence" && (d.from === me || d.to === me) && o.role !== "usGov");
  const pending = waiting.filter((d) => view.licences.find((l) => l.id === d.licenceId)?.status === "pending");
  if (pending.length) list.push(todo("awaitLicence", "deals.inbox", { count: pending.length, deal: pending[0]!.id, licence: pending[0]!.licenceId ?? "" }));

  switch (o.role) {
    case "usGov": {
      const us = o.us!;
      if (us.licences.length) {
        list.push(todo(phase === "orders" ? "decideLicences" : "licencesComing", "orders.licences", {
          count: us.licences.length, large: us.licences.filter((l) => l.large).length,
        }));
      }
      break;
    }
    case "vendor": {
      const v = o.vendor!;
      const piled = v.chips.find((c) => c.sold > 0 && c.stock > c.sold);
      if (piled) list.push(todo("unsoldStock", "orders.production", { chip: piled.chip, stock: piled.stock, sold: piled.sold }));
      if (phase !== "orders") list.push(todo("sellChips", "deals.propose"));
      list.push(todo("setProduction", "orders.production", { capacity: v.capacity, planned: v.chips.reduce((t, c) => t + c.plan, 0) }));
      break;
    }
    case "gulf": {
      const dc = o.datacentre!;
      const self = view.private[me]!;
      const waitingChips = sumValues(self.stock);
      const free = dc.capacity - dc.installed;
      if (view.round === 1 && !drafted("securityConditions")) list.push(todo("decideConditions", "orders.conditions", { now: o.gulf!.securityConditions ? 1 : 0 }));
      if (waitingChips > free) list.push(todo("installWaiting", "orders.build", { waiting: waitingChips - free }));
      else if (phase !== "orders") list.push(todo("buyChips", "deals.propose", { slots: Math.max(0, free - waitingChips) }));
      if (phase === "orders" && dc.building === 0 && !drafted("build")) list.push(todo("build", "orders.build", { slotCost: dc.costPerSlot, rounds: dc.buildRounds }));
      break;
    }
    case "chinaFirm": {
      const c = o.china!;
      if (phase !== "orders") list.push(todo("leaseGulf", "deals.propose"));
      const place = o.domestic && !o.domestic.blocked ? "orders.domestic" : c.cloud.blocked ? "orders.middlemen" : "orders.cloud";
      if (!drafted("buyDomestic") && !drafted("rentCloud") && !drafted("smuggle")) list.push(todo("findCompute", place, { cloudBlocked: c.cloud.blocked ? 1 : 0 }));
      if (phase === "orders") list.push(todo("training", "orders.models", { share: c.trainingShare }));
      break;
    }
  }
  if (phase === "negotiation" || phase === "orders") list.push(todo(ctx.submitted ? "submitted" : "submit", "orders.submit"));
  // the host of a solo game (or a class) moves on from the briefing when ready
  if (phase === "briefing" && ctx.host) list.push(todo("toNegotiation", "continue"));
  return list;
}

/** Whether the deal has the buyer promising US security conditions. */
function promised(deal: Deal, buyer: string): boolean {
  return (deal.from === buyer && deal.give.securityConditions) || (deal.to === buyer && deal.get.securityConditions);
}
