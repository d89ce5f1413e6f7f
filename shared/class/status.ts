// What a group's game tells its class, and what the class makes of it: the status the teacher's
// dashboard shows (phase and clock, seats, headline indicators, alerts), and when groups that run
// in step move on together. Pure: the game room builds a status from its session, the class reads it.
import type { GameEvent } from "../engine/events.ts";
import type { Indicators } from "../engine/indicators.ts";
import type { Action } from "../engine/orders.ts";
import type { GameState } from "../engine/state.ts";
import { PHASE_NAMES, PHASES, type Phase } from "../phases.ts";
import type { Role } from "../scenario/schema.ts";

export interface GroupSeat {
  actor: string;
  role: Role;
  /** the students holding it */
  names: string[];
  /** a student was given the seat (it holds a valid seat token), whether or not it is here */
  placed: boolean;
  /** how many of them are connected */
  connected: number;
  submitted: boolean;
  bot: boolean;
}

/** The true headline figures of the last resolved round: the teacher sees what the seats may not. */
export interface Headline { round: number; splitIndex: number; securityRisk: number; gapMonths: number; chinaCompute: number; vendorRevenue: number }

export type Alert =
  /** a rule broken and caught: a lease in breach of US conditions, conditions revoked, smuggled chips seized, distillation found */
  | { kind: "breach"; event: GameEvent }
  /** a deal that failed: a side defaulted, the licence was denied or lapsed */
  | { kind: "dealFailed"; event: GameEvent }
  /** a seat a student was given that nobody plays: its players are away, or it gave no orders last round */
  | { kind: "idle"; actor: string; why: "disconnected" | "noOrders" };

export interface GroupStatus {
  classCode: string;
  group: number;
  gameId: string;
  phase: Phase;
  /** the round shown (the report shows the round just resolved) */
  round: number;
  rounds: number;
  paused: boolean;
  /** epoch ms the phase ends (0: no timer running); `remaining` ms while paused */
  deadline: number;
  remaining: number;
  /** running in step, the group is done with its phase and waits for the others */
  waiting: boolean;
  seats: GroupSeat[];
  headline: Headline | null;
  alerts: Alert[];
}

const BREACHES: GameEvent["kind"][] = ["leaseDetected", "conditionsRevoked", "seized", "distillationDetected"];
const FAILED = ["defaulted", "denied", "lapsed"];

/** Alerts of the last resolved round and the one being played, and seats standing idle now. */
export function alertsOf(state: GameState, seats: readonly GroupSeat[], lastOrders: Record<string, Action[]> | null): Alert[] {
  const since = Math.max(1, state.round - 1);
  const alerts: Alert[] = [];
  // the log runs in round order: read back from its end as far as the rounds shown
  for (let i = state.log.length - 1; i >= 0 && state.log[i]!.round >= since; i--) {
    const event = state.log[i]!;
    if (BREACHES.includes(event.kind) && !(event.kind === "leaseDetected" && !event.breach)) alerts.unshift({ kind: "breach", event });
    if (event.kind === "deal" && FAILED.includes(event.status)) alerts.unshift({ kind: "dealFailed", event });
  }
  for (const seat of seats) {
    if (!seat.placed && seat.names.length === 0) continue;
    if (seat.connected === 0) alerts.push({ kind: "idle", actor: seat.actor, why: "disconnected" });
    else if (lastOrders && lastOrders[seat.actor]?.length === 0) alerts.push({ kind: "idle", actor: seat.actor, why: "noOrders" });
  }
  return alerts;
}

export const headline = (i: Indicators): Headline => ({
  round: i.round, splitIndex: i.splitIndex, securityRisk: i.securityRisk, gapMonths: i.gapMonths,
  chinaCompute: i.chinaCompute.total, vendorRevenue: i.vendorRevenue,
});

export function headlineOf(state: GameState): Headline | null {
  const last = state.history.at(-1)?.indicators;
  return last ? headline(last) : null;
}

// ---- running in step ----------------------------------------------------------------------------

export interface StepGroup { round: number; phase: Phase; waiting: boolean }

/** How far a group has got: rounds, then phases within a round. */
export const progress = (g: { round: number; phase: Phase }): number =>
  g.phase === "finished" ? Infinity : g.round * PHASE_NAMES.length + PHASE_NAMES.indexOf(g.phase);

/**
 * Groups that run in step move on together: the groups furthest behind (the class's step) move on
 * once every one of them is done with the phase; groups ahead wait for them. Returns the indices of
 * the groups to advance now (none while anyone at the step is still playing). Groups not started or
 * finished take no part.
 */
export function groupsToAdvance(groups: readonly StepGroup[]): number[] {
  const running = groups.map((g, i) => ({ g, i })).filter(({ g }) => PHASES[g.phase].running);
  if (running.length === 0) return [];
  const step = Math.min(...running.map(({ g }) => progress(g)));
  const behind = running.filter(({ g }) => progress(g) === step);
  return behind.every(({ g }) => g.waiting) ? behind.map(({ i }) => i) : [];
}
