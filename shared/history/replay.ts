// Replaying history: a historical game in which each actor takes the decisions really taken, quarter by
// quarter, and bots decide the rest. Deterministic for a scenario, history and seed.
import { allBotOrders } from "../bots/index.ts";
import type { Action } from "../engine/orders.ts";
import { resolveRound } from "../engine/resolve.ts";
import { computeOf, rules } from "../engine/rules.ts";
import { createGame } from "../engine/setup.ts";
import type { ActorId, GameState, Licence } from "../engine/state.ts";
import type { Scenario } from "../scenario/schema.ts";
import { roundOf, type Decision, type History } from "./schema.ts";

export type Orders = Record<ActorId, Action[]>;

/** The scenario as a historical game: the real timeline on its dates and no random cards. */
export const historical = (s: Scenario): Scenario => (s.events.mode === "historical" ? s : { ...s, events: { ...s.events, mode: "historical" } });

/** Plays a whole game with the history's decisions in force; returns the finished state. */
export function replay(scenario: Scenario, history: History, seed: number): GameState {
  let s = createGame(historical(scenario), seed);
  // compute approved so far by each licence decision with a ceiling
  const approved = new Map<number, number>();
  while (!s.finished) {
    const orders = allBotOrders(s);
    history.decisions.forEach((d, index) => {
      if (s.round < roundOf(s.scenario, d.from) || s.round > roundOf(s.scenario, d.to) || !s.actors[d.actor]) return;
      orders[d.actor] = decide(s, orders[d.actor] ?? [], d.decision, index, approved);
    });
    s = resolveRound(s, orders).state;
  }
  return s;
}

/** One actor's orders with one decision applied. */
function decide(s: GameState, orders: Action[], d: Decision, index: number, approved: Map<number, number>): Action[] {
  switch (d.kind) {
    case "hold": return orders.filter((a) => !d.actions.includes(a.kind));
    case "order": {
      const same = (a: Action) => a.kind === d.action.kind && (a.kind !== "setPolicy" || d.action.kind !== "setPolicy" || a.policy === d.action.policy);
      return [...orders.filter((a) => !same(a)), d.action];
    }
    case "licences": {
      const r = rules(s.scenario);
      const open = s.licences.filter((l) => (l.status === "pending" || l.status === "delayed") && matches(s, l, d.match));
      const decided = new Set(open.map((l) => l.id));
      const out = orders.filter((a) => a.kind !== "licenceDecision" || !decided.has(a.licence));
      for (const l of open) {
        let decision = d.decide;
        if (d.upToH100e !== undefined && decision !== "delay" && decision !== "deny") {
          const used = approved.get(index) ?? 0;
          const compute = computeOf(r, l.chips);
          if (used + compute > d.upToH100e) decision = "delay";
          else approved.set(index, used + compute);
        }
        // a licence the US already delays cannot be delayed again
        if (decision === "delay" && l.status === "delayed") continue;
        out.push({ kind: "licenceDecision", licence: l.id, decision });
      }
      return out;
    }
  }
}

function matches(s: GameState, l: Licence, m: Extract<Decision, { kind: "licences" }>["match"]): boolean {
  if (m.destination !== undefined && l.destination !== m.destination) return false;
  if (m.destinationRole !== undefined && s.actors[l.destination]!.role !== m.destinationRole) return false;
  if (m.large !== undefined && l.large !== m.large) return false;
  if (m.chips !== undefined && !m.chips.some((c) => (l.chips[c] ?? 0) > 0)) return false;
  return true;
}
