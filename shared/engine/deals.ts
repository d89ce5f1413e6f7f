// Deals between actors: propose, accept, reject, withdraw; binding once accepted.
// A deal that moves controlled chips across a border waits for a US licence (see licensing.ts).
// Chips a vendor sells are an order: it delivers them from its production over the next rounds
// (see settlement.ts), so a deal may be larger than what it holds today.
import { emit, nextId, OPEN_LICENCES, type Ctx } from "./context.ts";
import { reject, type DealAction, type Rejection } from "./orders.ts";
import { computeOf, rules, needsLicence, has } from "./rules.ts";
import type { ActorId, Assets, ChipStock, Deal, DealFailure, GameState } from "./state.ts";
import { sumValues } from "./units.ts";

/** Open proposals one actor may have at once, so a seat cannot flood another's inbox. */
export const MAX_OPEN_PROPOSALS = 12;

/** Deals that are agreed and not yet done: they bind both sides. */
export const AGREED = new Set<string>(["accepted", "awaitingLicence", "delivering"]);

const isEmpty = (a: Assets) => a.cash === 0 && sumValues(a.chips) === 0 && a.lease === null && !a.securityConditions;
export const hasChips = (a: Assets): boolean => sumValues(a.chips) > 0;
export const dealParties = (d: Deal): ActorId[] => [d.from, d.to];

const actorName = (state: GameState, id: ActorId) => rules(state.scenario).spec[id]!.name.en;

/** Who ships the chips of a deal, who receives them, and which (chips move one way only). */
export function chipFlow(d: Deal): { exporter: ActorId; destination: ActorId; chips: ChipStock; payment: number } {
  return hasChips(d.give)
    ? { exporter: d.from, destination: d.to, chips: d.give.chips, payment: d.get.cash }
    : { exporter: d.to, destination: d.from, chips: d.get.chips, payment: d.give.cash };
}

/** A vendor's chip sale: delivered from its production over time instead of from stock at once. */
export function isOrder(state: GameState, d: Deal): boolean {
  return (hasChips(d.give) || hasChips(d.get)) && state.actors[chipFlow(d).exporter]!.role === "vendor";
}

/**
 * What `who` lacks to hand over `assets`, or null when it can. Chips a vendor sells are made to
 * order, so only its cash counts; anyone else must hold the chips in stock.
 */
export function shortfall(state: GameState, who: ActorId, assets: Assets): string | null {
  const lacks = lacking(state, who, assets);
  if (lacks === null) return null;
  if (lacks.what === "cash") return `${actorName(state, who)} lacks the cash`;
  const chipName = rules(state.scenario).chips[lacks.chip]!.name.en;
  return `${actorName(state, who)} has ${state.actors[who]!.stock[lacks.chip] ?? 0} ${chipName} in stock (not installed), not ${assets.chips[lacks.chip]}`;
}

/** What `who` lacks to hand over `assets` (the first thing found), or null. */
export function lacking(state: GameState, who: ActorId, assets: Assets): { what: Exclude<DealFailure, "compute">; chip: string } | null {
  const actor = state.actors[who]!;
  if (assets.cash > actor.cash) return { what: "cash", chip: "" };
  if (actor.role === "vendor") return null;
  for (const chip in assets.chips) if (assets.chips[chip]! > (actor.stock[chip] ?? 0)) return { what: "chips", chip };
  return null;
}

function checkAssets(state: GameState, giver: ActorId, assets: Assets): Rejection | null {
  const r = rules(state.scenario);
  const role = state.actors[giver]!.role;
  for (const chip in assets.chips) {
    if (!has(r.chips, chip)) return reject("unknownChip", `there is no chip type "${chip}"`);
    if (role === "vendor" && r.chips[chip]!.maker !== giver) return reject("notYourChip", `${chip} is not one of ${giver}'s designs`);
  }
  if (assets.lease && role !== "gulf") return reject("badLease", "only a Gulf state's data centres can lease compute");
  if (assets.securityConditions && role !== "gulf") return reject("badPromise", "only a Gulf state can promise to accept US security conditions");
  return null;
}

/** China's customs keep out chips it blocks: no deal may bring them to a Chinese firm. */
function importBlocked(state: GameState, from: ActorId, to: ActorId, give: Assets, get: Assets): Rejection | null {
  const [buyer, chips] = hasChips(give) ? [to, give.chips] : [from, get.chips];
  if (state.actors[buyer]!.role !== "chinaFirm") return null;
  for (const chip in chips) {
    if (chips[chip]! > 0 && state.world.importBlocks.includes(chip)) return reject("importBlocked", `China does not let its firms import ${chip}`);
  }
  return null;
}

/** The same answer for a deal that does not exist and one the actor may not see, so ids reveal nothing. */
const noSuchDeal = (id: string) => reject("unknownDeal", `you have no deal "${id}"`);

export function checkDealAction(state: GameState, actorId: ActorId, action: DealAction): Rejection | null {
  if (action.kind === "proposeDeal") {
    if (!has(state.actors, action.to)) return reject("unknownActor", `there is no actor "${action.to}"`);
    if (action.to === actorId) return reject("selfDeal", "you cannot make a deal with yourself");
    const { give, get } = action;
    if (isEmpty(give) && isEmpty(get)) return reject("emptyDeal", "a deal must move something");
    if (hasChips(give) && hasChips(get)) return reject("twoWayChips", "a deal moves chips one way only");
    const bad = checkAssets(state, actorId, give) ?? checkAssets(state, action.to, get) ?? importBlocked(state, actorId, action.to, give, get);
    if (bad) return bad;
    const lacking = shortfall(state, actorId, give);
    if (lacking) return reject("cannotCover", `you cannot cover this offer: ${lacking}`);
    if (action.counterTo !== null) {
      const original = state.deals.find((d) => d.id === action.counterTo);
      if (!original || original.to !== actorId || original.from !== action.to || original.status !== "proposed") {
        return reject("badCounter", `deal ${action.counterTo} is not an open offer to you from ${action.to}`);
      }
    }
    let open = 0;
    for (const d of state.deals) if (d.from === actorId && d.status === "proposed") open++;
    if (open >= MAX_OPEN_PROPOSALS) return reject("tooManyOffers", `you already have ${open} open offers`);
    return null;
  }
  const deal = state.deals.find((d) => d.id === action.deal) ?? state.closedDeals.find((d) => d.id === action.deal);
  if (!deal || (deal.from !== actorId && deal.to !== actorId)) return noSuchDeal(action.deal);
  if (deal.status !== "proposed") return reject("dealClosed", `deal ${deal.id} is ${deal.status}`);
  if (action.kind === "withdrawDeal") {
    return deal.from === actorId ? null : reject("notParty", `only the side that proposed deal ${deal.id} can withdraw it`);
  }
  if (deal.to !== actorId) return reject("notParty", `deal ${deal.id} is your own offer: the other side answers it`);
  if (action.kind === "acceptDeal") {
    const lacking = shortfall(state, actorId, deal.get);
    if (lacking) return reject("cannotCover", `you cannot cover this deal: ${lacking}`);
  }
  return null;
}

function toAssets(a: Assets): Assets {
  const chips: ChipStock = {};
  for (const chip in a.chips) if (a.chips[chip]! > 0) chips[chip] = a.chips[chip]!;
  return { cash: a.cash, chips, lease: a.lease, securityConditions: a.securityConditions };
}

/** Applies a checked deal action to the working state. */
export function applyDealAction(ctx: Ctx, actorId: ActorId, action: DealAction): void {
  const { s } = ctx;
  if (action.kind === "proposeDeal") {
    if (action.counterTo !== null) close(ctx, s.deals.find((d) => d.id === action.counterTo)!, "rejected");
    const deal: Deal = {
      id: nextId(ctx, "D"), from: actorId, to: action.to, give: toAssets(action.give), get: toAssets(action.get),
      status: "proposed", proposedRound: s.round, expiresRound: s.round + s.scenario.mechanics.licensing.dealExpiryRounds,
      licenceId: null, counterTo: action.counterTo, closedRound: null, delivered: {}, deliverBy: null,
    };
    s.deals.push(deal);
    emit(ctx, dealParties(deal), { kind: "deal", deal: deal.id, status: "proposed", from: deal.from, to: deal.to });
    return;
  }
  const deal = s.deals.find((d) => d.id === action.deal)!;
  if (action.kind === "rejectDeal") return close(ctx, deal, "rejected");
  if (action.kind === "withdrawDeal") return close(ctx, deal, "withdrawn");
  acceptDeal(ctx, deal);
}

function acceptDeal(ctx: Ctx, deal: Deal): void {
  const { s } = ctx;
  const { exporter, destination, chips } = chipFlow(deal);
  if (!needsLicence(s, exporter, destination, chips)) {
    if (isOrder(s, deal)) startOrder(ctx, deal);
    else setStatus(ctx, deal, "accepted");
    return;
  }
  const chipCount = sumValues(chips);
  const licence = {
    id: nextId(ctx, "L"), dealId: deal.id, exporter, destination, chips: { ...chips }, chipCount,
    large: computeOf(ctx.r, chips) >= s.policies.largeShipmentH100e, status: "pending" as const,
    submittedRound: s.round, decidedRound: null, decidedBy: null, conditionsBy: null,
  };
  s.licences.push(licence);
  deal.licenceId = licence.id;
  setStatus(ctx, deal, "awaitingLicence");
  emit(ctx, [ctx.r.usGov, ...dealParties(deal)], {
    kind: "licence", licence: licence.id, deal: deal.id, exporter, destination, status: "pending", chips: chipCount,
  });
}

/** A vendor's order enters its book: deliveries start this round, from what it has made. */
export function startOrder(ctx: Ctx, deal: Deal): void {
  deal.deliverBy = ctx.s.round + ctx.s.scenario.mechanics.orders.deliveryRounds - 1;
  setStatus(ctx, deal, "delivering");
}

function setStatus(ctx: Ctx, deal: Deal, status: Deal["status"]): void {
  deal.status = status;
  emit(ctx, dealParties(deal), { kind: "deal", deal: deal.id, status, from: deal.from, to: deal.to });
}

/** Moves closed deals out of the open list (after a step has finished iterating it). */
export function archiveDeals(ctx: Ctx): void {
  const { s } = ctx;
  if (s.deals.every((d) => d.closedRound === null)) return;
  for (const d of s.deals) if (d.closedRound !== null) s.closedDeals.push(d);
  s.deals = s.deals.filter((d) => d.closedRound === null);
}

/** Ends a deal; `failing` names the side that could not pay or deliver, when it defaulted, and `why` what it lacked. */
export function close(ctx: Ctx, deal: Deal, status: Deal["status"], failing?: ActorId, why?: DealFailure): void {
  deal.status = status;
  deal.closedRound = ctx.s.round;
  emit(ctx, dealParties(deal), { kind: "deal", deal: deal.id, status, from: deal.from, to: deal.to, ...(failing ? { failing } : {}), ...(why ? { why } : {}) });
  // a deal that ends unsettled takes its licence with it: nothing is left for the US to decide or use
  const licence = deal.licenceId === null ? undefined : ctx.s.licences.find((l) => l.id === deal.licenceId);
  if (licence && OPEN_LICENCES.has(licence.status)) {
    licence.status = "lapsed";
    licence.decidedRound = ctx.s.round;
    licence.decidedBy ??= "routine";
  }
}
