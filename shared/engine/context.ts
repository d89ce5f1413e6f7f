// The working context of one step of play: a private copy of the state that the step may change,
// the events it emits and the ledger of every cash movement.
import type { EventBody, GameEvent, Visibility } from "./events.ts";
import { rules, getTrust, type Rules } from "./rules.ts";
import type { Rng } from "./rng.ts";
import type { ActorId, ActorState, BillState, GameState, PriceCause, PriceDriver } from "./state.ts";
import { clamp } from "./units.ts";

/** Cash enters the game through sources, leaves through sinks, and moves between actors by transfers. */
export const CASH_SOURCES = ["marketSale", "inference", "oilIncome", "tiesIncome", "parentIncome", "marketLease", "eventGain"] as const;
export const CASH_SINKS = [
  "production", "design", "construction", "domesticChips", "smuggling", "cloudRental", "operatingCost", "lobbying", "distillation", "eventLoss",
] as const;
export const CASH_TRANSFERS = ["deal", "revenueShare", "fine"] as const;
export type LedgerKind = (typeof CASH_SOURCES)[number] | (typeof CASH_SINKS)[number] | (typeof CASH_TRANSFERS)[number];

export interface LedgerEntry { actor: ActorId; amount: number; kind: LedgerKind }

export interface Ctx {
  s: GameState;
  r: Rules;
  rng: Rng;
  events: GameEvent[];
  ledger: LedgerEntry[];
  /** share-price news from this round's resolution, per vendor, applied with the market move */
  shocks: Record<ActorId, PriceDriver[]>;
  audited: Set<ActorId>;
}

export function createCtx(state: GameState, rng: Rng): Ctx {
  return { s: copyState(state), r: rules(state.scenario), rng, events: [], ledger: [], shocks: {}, audited: new Set() };
}

/** Records an event; `body` must be a fresh object, as it becomes the event. */
export function emit(ctx: Ctx, visibleTo: Visibility, body: EventBody): void {
  const event = body as GameEvent;
  event.round = ctx.s.round;
  event.visibleTo = visibleTo;
  ctx.events.push(event);
}

/** Cash in (amount > 0) or out of one actor from a source or sink. */
export function book(ctx: Ctx, actor: ActorId, amount: number, kind: LedgerKind): void {
  if (amount === 0) return;
  const a = ctx.s.actors[actor]!;
  a.cash += amount;
  a.cashBy[kind] = (a.cashBy[kind] ?? 0) + amount;
  ctx.ledger.push({ actor, amount, kind });
}

export function transfer(ctx: Ctx, from: ActorId, to: ActorId, amount: number, kind: LedgerKind): void {
  if (amount === 0) return;
  book(ctx, from, -amount, kind);
  book(ctx, to, amount, kind);
}

export function addTrust(ctx: Ctx, a: ActorId, b: ActorId, delta: number): void {
  const value = clamp(getTrust(ctx.s, a, b) + delta, 0, 100);
  ctx.s.trust[a]![b] = value;
  ctx.s.trust[b]![a] = value;
}

export function shock(ctx: Ctx, vendor: ActorId, percent: number, cause: PriceCause, ref?: string): void {
  (ctx.shocks[vendor] ??= []).push(ref === undefined ? { cause, percent } : { cause, percent, ref });
}

/** Ids count up per kind (D deals, L licences, S shipments, E leases), with their own counters for what
 *  stays hidden (M middlemen's shipments, H leases to Chinese firms): a hidden flow leaves no gap in
 *  the ids a seat can see. */
export const ID_PREFIXES = ["D", "L", "S", "M", "E", "H"] as const;
export function nextId(ctx: Ctx, prefix: (typeof ID_PREFIXES)[number]): string {
  const n = ctx.s.seq[prefix] ?? 1;
  ctx.s.seq[prefix] = n + 1;
  return `${prefix}${n}`;
}

/**
 * A copy of the state that a step may change freely. Only what steps mutate is copied: settled deals,
 * decided licences, ended leases, shipments, past records and the scenario are never changed in place,
 * so they are shared with the original.
 */
export function copyState(s: GameState): GameState {
  const actors: Record<string, ActorState> = {};
  for (const id in s.actors) actors[id] = copyActor(s.actors[id]!);
  const trust: GameState["trust"] = {};
  for (const id in s.trust) trust[id] = { ...s.trust[id]! };
  const bills: Record<string, BillState> = {};
  for (const id in s.bills) bills[id] = { ...s.bills[id]! };
  return {
    ...s,
    actors,
    world: {
      ...s.world, marketInstalled: { ...s.world.marketInstalled },
      detectionBonuses: s.world.detectionBonuses.slice(), reviews: s.world.reviews.slice(), usGain: { ...s.world.usGain },
      importBlocks: s.world.importBlocks.slice(), backlogs: s.world.backlogs.slice(), tierUsed: { ...s.world.tierUsed },
    },
    policies: { ...s.policies },
    trust,
    bills,
    deals: s.deals.map((d) => ({ ...d })),
    closedDeals: s.closedDeals.slice(),
    licences: s.licences.map((l) => (OPEN_LICENCES.has(l.status) ? { ...l } : l)),
    shipments: s.shipments.slice(),
    leases: s.leases.map((l) => (l.ended ? l : { ...l })),
    seq: { ...s.seq },
    made: { ...s.made },
    seized: { ...s.seized },
    deckDrawn: s.deckDrawn.slice(),
    history: s.history.slice(),
    log: s.log.slice(),
  };
}

/** Licences not yet used, refused or lapsed: the ones a round may still change. */
export const OPEN_LICENCES = new Set<string>(["pending", "delayed", "approved", "conditional"]);

/** Copies the parts of an actor that steps change for its role; the freeze in the property tests
 *  guards the rest. `compute`, `sold` and `revenueBy` are replaced whole each round, never changed in place. */
function copyActor(a: ActorState): ActorState {
  const copy = { ...a, cashBy: { ...a.cashBy }, stock: { ...a.stock }, gain: { ...a.gain } };
  if (a.role === "chinaFirm") copy.known = { ...a.known, gain: { ...a.known.gain } };
  if (a.role === "vendor") {
    copy.prices = { ...a.prices };
    copy.plan = { ...a.plan };
    copy.designs = { ...a.designs };
    copy.priceDrivers = a.priceDrivers.slice();
  } else if (a.role === "gulf" || a.role === "chinaFirm") {
    copy.installed = { ...a.installed };
    copy.smuggled = { ...a.smuggled };
    copy.building = a.building.slice();
  }
  return copy;
}
