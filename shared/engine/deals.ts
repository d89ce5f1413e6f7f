// Deals between actors: propose, accept, reject, withdraw; binding once accepted.
// A deal that moves controlled chips across a border waits for a US licence (see licensing.ts).
// Chips a vendor sells are an order: it delivers them from its production over the next rounds
// (see settlement.ts), so a deal may be larger than what it holds today.
import { emit, nextId, OPEN_LICENCES, type Ctx } from "./context.ts";
import { refuse, type Refusal } from "../refusals.ts";
import type { DealAction } from "./orders.ts";
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
export function shortfall(state: GameState, who: ActorId, assets: Assets): Refusal | null {
  const actor = state.actors[who]!;
  if (assets.cash > actor.cash) return refuse("cannotPay");
  if (actor.role === "vendor") return null;
  for (const chip in assets.chips) {
    const held = actor.stock[chip] ?? 0;
    if (assets.chips[chip]! > held) return refuse("cannotDeliver", { chip, held, needed: assets.chips[chip]! });
  }
  return null;
}

/** What a side that cannot hand over its assets lacks, for the reason a deal failed. */
export const failureOf = (r: Refusal | null): Exclude<DealFailure, "compute"> | null => (r === null ? null : r.code === "cannotPay" ? "cash" : "chips");

/** Whether `giver` can hand over `assets` at all (whether it holds them is `shortfall`); `actor` asks. */
function checkAssets(state: GameState, actor: ActorId, giver: ActorId, assets: Assets): Refusal | null {
  const r = rules(state.scenario);
  const role = state.actors[giver]!.role;
  for (const chip in assets.chips) {
    if (!has(r.chips, chip)) return refuse("unknownChip", { chip });
    if (role === "vendor" && r.chips[chip]!.maker !== giver) return (giver === actor ? refuse("notYourChip", { chip }) : refuse("notTheirChip", { chip, actor: giver }));
  }
  if (assets.lease && role !== "gulf") return refuse("badLease");
  if (assets.securityConditions && role !== "gulf") return refuse("badPromise");
  return null;
}

/** China's customs keep out chips it blocks: no deal may bring them to a Chinese firm. */
function importBlocked(state: GameState, from: ActorId, to: ActorId, give: Assets, get: Assets): Refusal | null {
  const [buyer, chips] = hasChips(give) ? [to, give.chips] : [from, get.chips];
  if (state.actors[buyer]!.role !== "chinaFirm") return null;
  for (const chip in chips) {
    if (chips[chip]! > 0 && state.world.importBlocks.includes(chip)) return refuse("importBlocked", { chip });
  }
  return null;
}

/** The same answer for a deal that does not exist and one the actor may not see, so ids reveal nothing. */
const noSuchDeal = (id: string) => refuse("unknownDeal", { deal: id });

export function checkDealAction(state: GameState, actorId: ActorId, action: DealAction): Refusal | null {
  if (action.kind === "proposeDeal") {
    if (!has(state.actors, action.to)) return refuse("unknownActor", { actor: action.to });
    if (action.to === actorId) return refuse("selfDeal");
    const { give, get } = action;
    if (isEmpty(give) && isEmpty(get)) return refuse("emptyDeal");
    if (hasChips(give) && hasChips(get)) return refuse("twoWayChips");
    const bad = checkAssets(state, actorId, actorId, give) ?? checkAssets(state, actorId, action.to, get) ?? importBlocked(state, actorId, action.to, give, get);
    if (bad) return bad;
    const lacking = shortfall(state, actorId, give);
    if (lacking) return lacking;
    if (action.counterTo !== null) {
      const original = state.deals.find((d) => d.id === action.counterTo);
      if (!original || original.to !== actorId || original.from !== action.to || original.status !== "proposed") {
        return original && (original.from === actorId || original.to === actorId)
          ? refuse("badCounter", { deal: original.id, actor: action.to })
          : noSuchDeal(action.counterTo);
      }
    }
    let open = 0;
    for (const d of state.deals) if (d.from === actorId && d.status === "proposed") open++;
    if (open >= MAX_OPEN_PROPOSALS) return refuse("tooManyOffers", { open });
    return null;
  }
  const deal = state.deals.find((d) => d.id === action.deal) ?? state.closedDeals.find((d) => d.id === action.deal);
  if (!deal || (deal.from !== actorId && deal.to !== actorId)) return noSuchDeal(action.deal);
  if (deal.status !== "proposed") return refuse("dealClosed", { deal: deal.id, status: deal.status });
  if (action.kind === "withdrawDeal") {
    return deal.from === actorId ? null : refuse("notYourOffer", { deal: deal.id });
  }
  if (deal.to !== actorId) return refuse("ownOffer", { deal: deal.id });
  if (action.kind === "acceptDeal") {
    const lacking = shortfall(state, actorId, deal.get);
    if (lacking) return lacking;
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
