// viewFor(state, seat): the one place that decides what a seat may know.
// A seat sees public facts, its own actor in full, its own deals, licences, leases and shipments, and
// the events addressed to it. The US sees every licence (applicants see a delay as "pending") and
// hidden leases only once detected. The facilitator sees everything; so does everyone once the game
// is over (the debrief).
import { roleCards } from "../guide/role-card.ts";
import type { Policies, Role, Scenario } from "../scenario/schema.ts";
import { canSee, type GameEvent, type Text } from "./events.ts";
import type { Indicators } from "./indicators.ts";
import { orderOptions, type OrderOptions } from "./options.ts";
import { computeOf, isListed, rules } from "./rules.ts";
import type { ScoreCard } from "./scoring.ts";
import type { ActorId, ActorState, Deal, GameState, Lease, Licence, Shipment } from "./state.ts";
import { toMillions } from "./units.ts";

export type Seat = { kind: "actor"; actor: ActorId } | { kind: "facilitator" } | { kind: "public" };

export interface PublicActor {
  id: ActorId; role: Role; name: Text; region: string;
  /** vendors: share price ($), market value ($M), last round's revenue ($M) */
  sharePrice: number; marketValue: number; revenue: number;
  /** Gulf states and Chinese firms: data-centre slots and compute known to the public (H100e) */
  capacity: number; compute: number;
  capability: number;
  entityListed: boolean;
  securityConditions: boolean;
  /** last round it was caught in a hidden flow (public news), or null */
  caughtRound: number | null;
  /** vendors' price list for the chips they make now, $k per chip */
  prices: Record<string, number>;
}

export interface View {
  seat: Seat;
  /** true when the seat sees the whole truth: the facilitator, or anyone after the game */
  omniscient: boolean;
  round: number;
  rounds: number;
  finished: boolean;
  policies: Policies;
  bills: { id: string; introduced: boolean; support: number; passed: boolean }[];
  world: Pick<GameState["world"], "openWeightCapability" | "reviews" | "importBlocks" | "backlogs" | "tierUsed">;
  actors: PublicActor[];
  indicators: Indicators[];
  events: GameEvent[];
  /** full state of the actors this seat may see whole: its own, or all for the omniscient */
  private: Record<ActorId, ActorState>;
  deals: Deal[];
  licences: Licence[];
  leases: Lease[];
  shipments: Shipment[];
  /** trust rows this seat may read: its own (every row when omniscient); trust[a][b] */
  trust: Record<ActorId, Record<ActorId, number>>;
  /** the latest score cards this seat may read: its own, measured on the public indicators (all, true, when omniscient) */
  scores: Record<ActorId, ScoreCard>;
  /** the same cards for every round so far, for explaining how a score moved */
  scoreHistory: Record<ActorId, ScoreCard[]>;
  options: OrderOptions | null;
}

export interface ViewOptions {
  /** only events and closed deals from this round on (a client that already holds the earlier ones) */
  eventsSince?: number;
  /** only what a decision reads: no news feed, leases, scores or score history (a bot's view) */
  lean?: boolean;
}

/** Views are read-only: parts of them are shared between seats and with the state. */
export function viewFor(state: GameState, seat: Seat, opts: ViewOptions = {}): View {
  const r = rules(state.scenario);
  const me = seat.kind === "actor" ? seat.actor : null;
  const omniscient = seat.kind === "facilitator" || state.finished;
  const isUs = me === r.usGov;
  const since = opts.eventsSince ?? 1;

  const lists = publicActors(state);
  let actors = omniscient ? lists.truth : lists.known;
  // a Chinese firm knows its own compute, smuggled chips included
  if (!omniscient && me !== null && state.actors[me]?.role === "chinaFirm") actors = actors.map((a, i) => (a.id === me ? lists.truth[i]! : a));

  const licences: Licence[] = [];
  for (const l of state.licences) {
    if (!(omniscient || isUs || l.exporter === me || l.destination === me)) continue;
    // applicants are not told the US is deliberately delaying
    licences.push(omniscient || isUs || l.status !== "delayed" ? l : { ...l, status: "pending", decidedRound: null, decidedBy: null });
  }

  const deals: Deal[] = [];
  for (const d of state.deals) if (omniscient || d.from === me || d.to === me) deals.push(d);
  const closed = state.closedDeals;
  for (let i = closedFrom(closed, since); i < closed.length; i++) {
    const d = closed[i]!;
    if (omniscient || d.from === me || d.to === me) deals.push(d);
  }

  const lean = opts.lean === true;
  const leases: Lease[] = [];
  if (!lean) {
    for (const l of state.leases) {
      if (omniscient || l.lessor === me || l.lessee === me || (isUs && (!l.hidden || l.detected))) leases.push(l);
    }
  }
  const shipments: Shipment[] = [];
  for (const s of state.shipments) if (omniscient || s.from === me || s.to === me) shipments.push(s);

  return {
    seat, omniscient,
    round: state.round, rounds: state.scenario.calendar.rounds, finished: state.finished,
    policies: state.policies,
    bills: lists.bills,
    world: {
      openWeightCapability: state.world.openWeightCapability, reviews: state.world.reviews,
      importBlocks: state.world.importBlocks, backlogs: state.world.backlogs, tierUsed: state.world.tierUsed,
    },
    actors,
    indicators: omniscient ? lists.trueIndicators : lists.knownIndicators,
    events: lean ? [] : eventsFor(state.log, since, me, omniscient),
    private: visible(state.actors, state.actorOrder, me, omniscient),
    deals,
    licences,
    leases,
    shipments,
    trust: visible(state.trust, state.actorOrder, me, omniscient),
    scores: lean ? {} : visible(state.history.at(-1)?.[omniscient ? "scores" : "publicScores"] ?? {}, state.actorOrder, me, omniscient),
    scoreHistory: lean ? {} : visible(scoreHistories(state, lists, omniscient), state.actorOrder, me, omniscient),
    options: me !== null && !state.finished ? orderOptions(state, me) : null,
  };
}

type Shared = {
  known: PublicActor[]; truth: PublicActor[]; bills: View["bills"];
  knownIndicators: Indicators[]; trueIndicators: Indicators[];
  /** each actor's score cards round by round, on the public indicators and on the true ones (made when first asked for) */
  scoreHistory?: Record<ActorId, ScoreCard[]>; trueScoreHistory?: Record<ActorId, ScoreCard[]>;
};
const actorCache = new WeakMap<GameState, Shared>();

/** The parts of a view every seat shares, and every actor's public face, as the public knows it and
 *  as it truly is; computed once per state. */
function publicActors(state: GameState): Shared {
  let lists = actorCache.get(state);
  if (lists) return lists;
  const r = rules(state.scenario);
  const util = state.scenario.mechanics.compute.utilisation;
  const last = state.history.at(-1);
  const face = (id: ActorId, compute: number): PublicActor => {
    const a = state.actors[id]!;
    return {
      id, role: a.role, name: r.spec[id]!.name, region: r.region[id]!,
      sharePrice: a.sharePrice, marketValue: a.sharePrice * a.shares, revenue: toMillions(a.revenue),
      capacity: a.capacity, compute, capability: a.capability,
      entityListed: isListed(state, id), securityConditions: a.securityConditions, caughtRound: a.caughtRound, prices: launched(a, state.round),
    };
  };
  const installed = (id: ActorId) => computeOf(r, state.actors[id]!.installed) * util;
  const truth = state.actorOrder.map((id) => {
    const role = state.actors[id]!.role;
    // a Chinese firm's compute includes rented and leased compute; the public misses what is hidden
    const compute = role === "gulf" ? installed(id) : role === "chinaFirm" ? last?.indicators.chinaFirms[id]?.compute ?? installed(id) : 0;
    return face(id, compute);
  });
  // the public sees a Chinese firm's compute and models without what is hidden
  const publicFaces = truth.map((a) => (a.role === "chinaFirm"
    ? { ...a, compute: last?.publicIndicators.chinaFirms[a.id]?.compute ?? a.compute, capability: state.actors[a.id]!.known.capability }
    : a));
  lists = {
    known: publicFaces, truth, bills: Object.entries(state.bills).map(([id, b]) => ({ id, ...b })),
    knownIndicators: state.history.map((h) => h.publicIndicators), trueIndicators: state.history.map((h) => h.indicators),
  };
  actorCache.set(state, lists);
  return lists;
}

/** A vendor's prices for the designs it has launched: a chip still in design is not for sale. */
function launched(a: ActorState, round: number): Record<string, number> {
  const prices: Record<string, number> = {};
  for (const chip in a.prices) if (a.designs[chip] !== undefined && a.designs[chip]! <= round) prices[chip] = a.prices[chip]!;
  return prices;
}

/** Every actor's score cards round by round, on the public or the true indicators. */
function scoreHistories(state: GameState, lists: Shared, truth: boolean): Record<ActorId, ScoreCard[]> {
  const key = truth ? "trueScoreHistory" : "scoreHistory";
  let histories = lists[key];
  if (!histories) {
    histories = {};
    for (const id of state.actorOrder) histories[id] = state.history.map((h) => (truth ? h.scores : h.publicScores)[id]!);
    lists[key] = histories;
  }
  return histories;
}

/** Where the deals closed in round `since` or later start (the archive is in closing order). */
function closedFrom(closed: Deal[], since: number): number {
  let start = closed.length;
  while (start > 0 && closed[start - 1]!.closedRound! >= since) start--;
  return start;
}

/** The events from round `since` on that `me` may see (the log is in round order). */
function eventsFor(log: GameEvent[], since: number, me: ActorId | null, omniscient: boolean): GameEvent[] {
  let start = log.length;
  while (start > 0 && log[start - 1]!.round >= since) start--;
  if (omniscient) return log.slice(start);
  const events: GameEvent[] = [];
  for (let i = start; i < log.length; i++) if (canSee(log[i]!, me)) events.push(log[i]!);
  return events;
}

/** The entries of a per-actor record that a seat sees whole: its own, or all of them when omniscient. */
function visible<T>(all: Record<ActorId, T>, order: ActorId[], me: ActorId | null, omniscient: boolean): Record<ActorId, T> {
  const seen: Record<ActorId, T> = {};
  if (omniscient) {
    for (const id of order) if (all[id] !== undefined) seen[id] = all[id];
  } else if (me !== null && all[me] !== undefined) {
    seen[me] = all[me];
  }
  return seen;
}

const publicScenarios = new WeakMap<Scenario, ReturnType<typeof makePublicScenario>>();

/** The parts of a scenario every seat may read: names, chip types, roles' objectives, the calendar,
 *  and every seat's role card. Made once per scenario. */
export function publicScenario(s: Scenario): PublicScenario {
  let p = publicScenarios.get(s);
  if (!p) publicScenarios.set(s, (p = makePublicScenario(s)));
  return p;
}

function makePublicScenario(s: Scenario) {
  return {
    id: s.id, title: s.title, description: s.description, calendar: s.calendar, timers: s.timers,
    chipTypes: s.chipTypes.map(({ id, name, maker, performance, tpp, usOrigin, exportGrade, price }) => ({ id, name, maker, performance, tpp, usOrigin, exportGrade, price })),
    actors: s.actors.map(({ id, role, name, region }) => ({ id, role, name, region })),
    npc: Object.fromEntries(Object.entries(s.npc).map(([key, n]) => [key, { id: n.id, name: n.name, region: n.region }])),
    bills: s.bills.map(({ id, name, description, passAt }) => ({ id, name, description, passAt })),
    objectives: s.objectives,
    // how the capability gap's points read as months of lead, as the interface states it
    indicators: { monthsPerPoint: s.indicators.monthsPerPoint },
    cards: roleCards(s),
  };
}
export type PublicScenario = ReturnType<typeof makePublicScenario>;
