// Look-up tables derived once from a scenario, and the rules that read them.
import type { ActorSpec, ChipType, Policies, Role, Scenario } from "../scenario/schema.ts";
import type { ActorId, ChipStock, GameState } from "./state.ts";
import { fromMillions } from "./units.ts";

export interface Rules {
  chips: Record<string, ChipType>;
  chipIds: string[];
  /** list price of each chip type (k$ per chip), and the design cost of those that need design (k$) */
  listPrice: Record<string, number>;
  designCost: Record<string, number>;
  /** chip ids, the most compute per chip first */
  byPower: string[];
  /** chip ids, the best for training first */
  byTraining: string[];
  /** chip types each vendor (or the domestic maker) makes */
  madeBy: Record<ActorId, string[]>;
  usGov: ActorId;
  byRole: Record<Role, ActorId[]>;
  spec: Record<ActorId, ActorSpec>;
  /** home region of every actor and non-player part */
  region: Record<string, string>;
  /** trust between every pair of actors at the start, both ways */
  startTrust: Record<ActorId, Record<ActorId, number>>;
  /** the events that open their round for certain, and the cards that may be drawn: in a what-if game,
   *  scheduled events with a deck weight join the deck from their round on; a historical game has no deck */
  scheduled: Scenario["events"]["scheduled"];
  deck: Scenario["events"]["deck"];
  /** the cards a facilitator may play: the deck, or in a historical game the scenario's what-if cards */
  cards: Scenario["events"]["deck"];
}

const cache = new WeakMap<Scenario, Rules>();

// the scenario asked for last: a game asks for the same one hundreds of times a round, and this
// comparison is much cheaper than a WeakMap look-up
let last: { scenario: Scenario; rules: Rules } | null = null;

/** Memoised per scenario object; scenarios are never mutated. */
export function rules(s: Scenario): Rules {
  if (last?.scenario === s) return last.rules;
  let r = cache.get(s);
  if (!r) {
    r = build(s);
    cache.set(s, r);
  }
  last = { scenario: s, rules: r };
  return r;
}

/** A table without a prototype: looking up "constructor" or "toString" finds nothing. */
const lookup = <T>(entries: [string, T][]): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries));

function build(s: Scenario): Rules {
  const byRole: Record<Role, ActorId[]> = { usGov: [], vendor: [], gulf: [], chinaFirm: [] };
  const region: Record<string, string> = Object.create(null);
  const spec: Record<ActorId, ActorSpec> = Object.create(null);
  for (const a of s.actors) {
    byRole[a.role].push(a.id);
    region[a.id] = a.region;
    spec[a.id] = a;
  }
  for (const n of Object.values(s.npc)) region[n.id] = n.region;
  const startTrust: Record<ActorId, Record<ActorId, number>> = {};
  for (const a of s.actors) {
    startTrust[a.id] = {};
    for (const b of s.actors) if (a.id !== b.id) startTrust[a.id]![b.id] = s.relations.default;
  }
  for (const p of s.relations.pairs) {
    startTrust[p.between[0]]![p.between[1]] = p.trust;
    startTrust[p.between[1]]![p.between[0]] = p.trust;
  }
  const madeBy: Record<ActorId, string[]> = Object.create(null);
  for (const c of s.chipTypes) (madeBy[c.maker] ??= []).push(c.id);
  const whatIf = s.events.mode === "whatIf";
  const { scheduled, deck } = s.events;
  const fullDeck = [...scheduled.flatMap(({ round, deckWeight, ...card }) => (deckWeight === undefined ? [] : [{ ...card, weight: deckWeight, fromRound: round }])), ...deck];
  return {
    scheduled: whatIf ? scheduled.filter((e) => e.deckWeight === undefined) : scheduled,
    deck: whatIf ? fullDeck : [],
    cards: whatIf ? fullDeck : deck,
    chips: lookup(s.chipTypes.map((c) => [c.id, c])),
    chipIds: s.chipTypes.map((c) => c.id),
    listPrice: lookup(s.chipTypes.map((c) => [c.id, c.price])),
    designCost: lookup(s.chipTypes.flatMap((c) => (c.design ? [[c.id, fromMillions(c.design.cost)] as [string, number]] : []))),
    byPower: [...s.chipTypes].sort((x, y) => y.performance - x.performance).map((c) => c.id),
    byTraining: [...s.chipTypes].sort((x, y) => y.trainingEfficiency - x.trainingEfficiency).map((c) => c.id),
    madeBy,
    usGov: byRole.usGov[0]!,
    byRole,
    spec,
    region,
    startTrust,
  };
}

export function emptyStock(r: Rules): ChipStock {
  const stock: ChipStock = {};
  for (const id of r.chipIds) stock[id] = 0;
  return stock;
}

export function stockOf(r: Rules, counts: Record<string, number> | undefined): ChipStock {
  const stock = emptyStock(r);
  if (counts) for (const id in counts) stock[id] = counts[id]!;
  return stock;
}

/** Whether `key` is one of the record's own entries: ids such as "constructor" or "toString" are not. */
export const has = (record: object, key: string): boolean => Object.hasOwn(record, key);

/** A chip is controlled when it is US-origin and at or above the control threshold. */
export function isControlled(state: GameState, chip: string): boolean {
  const c = rules(state.scenario).chips[chip]!;
  return c.usOrigin && c.tpp >= state.policies.controlThresholdTpp;
}

/**
 * Moving these chips from one actor to another needs a US export licence: controlled chips into a
 * licence region, or any US-origin chip for an entity-listed buyer (the list covers every US item).
 */
export function needsLicence(state: GameState, from: ActorId, to: ActorId, chips: ChipStock): boolean {
  const r = rules(state.scenario);
  return licenceNeeded({
    policies: state.policies, chips: r.chips, smallOrder: state.scenario.mechanics.tierCaps,
  }, r.region[from]!, r.region[to]!, isListed(state, to), chips);
}

/** What the licence rule reads: the policies, the chips' specifications, the capped tier's small-order
 *  exemption. Every seat knows these, so a deal form can tell whether a deal will need a licence. */
export interface LicenceFacts {
  policies: Policies;
  chips: Record<string, Pick<ChipType, "usOrigin" | "tpp" | "exportGrade" | "performance">>;
  smallOrder: { regions: string[]; smallOrderH100e: number };
}

export function licenceNeeded(f: LicenceFacts, from: string, to: string, listed: boolean, moved: ChipStock): boolean {
  const p = f.policies;
  if (!listed && (to === from || !p.licenceRegions.includes(to))) return false;
  // the diffusion rule's small-order exemption, for the capped tier
  let compute = 0;
  for (const id in moved) compute += moved[id]! * (f.chips[id]?.performance ?? 0);
  if (!listed && p.tierCaps && f.smallOrder.regions.includes(to) && compute <= f.smallOrder.smallOrderH100e) return false;
  const denied = p.denyRegions.includes(to);
  for (const id in moved) {
    const c = f.chips[id];
    if (!c || moved[id]! <= 0) continue;
    const controlled = c.usOrigin && c.tpp >= p.controlThresholdTpp;
    if (controlled || (listed && c.usOrigin) || (denied && p.exportGradeLicence && c.exportGrade && c.usOrigin)) return true;
  }
  return false;
}

/** A licence into a presumption-of-denial region for chips the US now reviews case by case (all of
 *  them up to policies.caseByCaseTpp): it waits for the US, and lapses rather than being denied. */
export function caseByCase(state: GameState, chips: ChipStock): boolean {
  const limit = state.policies.caseByCaseTpp;
  if (limit <= 0) return false;
  const r = rules(state.scenario);
  for (const id in chips) if (chips[id]! > 0 && r.chips[id]!.tpp > limit) return false;
  return true;
}

/** How a Chinese firm may get a chip from a US vendor now: freely, under a licence, or not at all. */
export function chinaAccess(state: { policies: Policies; world: Pick<GameState["world"], "importBlocks"> }, chip: string, r: Rules): "free" | "licence" | "blocked" {
  const c = r.chips[chip]!;
  const p = state.policies;
  if (state.world.importBlocks.includes(chip)) return "blocked";
  if (!c.usOrigin) return "free";
  if (c.tpp >= p.controlThresholdTpp) return p.caseByCaseTpp > 0 && c.tpp <= p.caseByCaseTpp ? "licence" : "blocked";
  return c.exportGrade && p.exportGradeLicence ? "licence" : "free";
}

/** H100-equivalents of compute in a set of chips, before utilisation. */
export function computeOf(r: Rules, chips: ChipStock): number {
  let total = 0;
  for (const id in chips) total += chips[id]! * r.chips[id]!.performance;
  return total;
}

/** H100e of an actor's installed compute that its running leases have not taken: the most a new lease can have. */
export function freeCompute(state: GameState, lessor: ActorId): number {
  let leased = 0;
  for (const l of state.leases) if (l.lessor === lessor && !l.ended) leased += l.compute;
  return computeOf(rules(state.scenario), state.actors[lessor]!.installed) * state.scenario.mechanics.compute.utilisation - leased;
}

/** What `slots` new data-centre slots cost an actor (k$): cheaper with Chinese equipment, outside US conditions. */
export function buildCost(state: GameState, actor: ActorId, slots: number): number {
  const a = state.actors[actor]!;
  const discount = a.securityConditions ? 0 : a.buildDiscount;
  return Math.round(slots * state.scenario.mechanics.construction.costPerSlot * (1 - discount));
}

export function getTrust(state: GameState, a: ActorId, b: ActorId): number {
  return state.trust[a]![b]!;
}

/** The chance that a hidden flow comes to light this round: its base odds, an audit of a party, and
 *  the enforcement campaigns under way. */
export function detectionChance(state: GameState, base: number, audited: boolean): number {
  const campaigns = state.world.detectionBonuses.reduce((t, b) => t + b.bonus, 0);
  return Math.min(1, base + (audited ? state.scenario.mechanics.detection.audit : 0) + campaigns);
}

/** Base odds per round that a lease of Gulf compute to a Chinese firm comes to light. */
export function leaseDetectionBase(state: GameState, underConditions: boolean): number {
  const d = state.scenario.mechanics.detection;
  return (underConditions ? d.leaseUnderConditions : d.lease) + (state.policies.remoteAccess ? d.remoteAccess : 0);
}

export function isListed(state: GameState, actor: ActorId): boolean {
  return state.policies.entityList.includes(actor);
}
