// One game being played: the engine state, who sits where, the phase of the round and the seats'
// draft orders, with the record kept as it goes. No networking here: the room turns messages into
// these calls and the results into state and messages.
import { botOrders } from "../shared/bots/index.ts";
import { act, endGame, inject, type Inject } from "../shared/engine/game.ts";
import type { GameEvent } from "../shared/engine/events.ts";
import { reject, type Action, type Orders, type Rejection } from "../shared/engine/orders.ts";
import { resolveRound } from "../shared/engine/resolve.ts";
import type { GameState } from "../shared/engine/state.ts";
import { checkOrders } from "../shared/engine/validate.ts";
import type { Phase } from "../shared/protocol.ts";
import type { GameRecord, GameSettings } from "./records.ts";
import { Seating } from "./seating.ts";

export interface Draft { actions: Action[]; submitted: boolean }

/** The phase after `phase`; a round is briefing → negotiation → orders → resolution → report. */
export function nextPhase(phase: Phase, finished: boolean): Phase {
  switch (phase) {
    case "lobby": return "briefing";
    case "briefing": return "negotiation";
    case "negotiation": return "orders";
    case "orders": return "resolution";
    case "resolution": return "report";
    case "report": return finished ? "finished" : "briefing";
    case "finished": return "finished";
  }
}

/** Phases in which seats may edit orders and act on deals (the lobby too, to get ahead). */
export const OPEN_PHASES: readonly Phase[] = ["lobby", "briefing", "negotiation", "orders"];

export class GameSession {
  phase: Phase = "lobby";
  state: GameState;
  settings: GameSettings;
  readonly record: GameRecord;
  readonly seating: Seating;
  drafts = new Map<string, Draft>();

  constructor(state: GameState, settings: GameSettings, record: GameRecord) {
    this.state = state;
    this.settings = settings;
    this.record = record;
    this.seating = new Seating(state.actorOrder);
  }

  /** Whether a bot plays this seat: nobody holds it and the game allows bots. */
  isBot(actor: string): boolean {
    return this.settings.bots && !this.seating.isHuman(actor);
  }

  setOrders(actor: string, actions: Action[], submit: boolean): Rejection | null {
    if (!OPEN_PHASES.includes(this.phase)) return reject("closed", `orders are closed during the ${this.phase} phase`);
    const problem = checkOrders(this.state, actor, actions);
    if (problem) return problem;
    this.drafts.set(actor, { actions, submitted: submit });
    this.record.append({ type: "orders", round: this.state.round, actor, actions, submitted: submit, at: Date.now() });
    return null;
  }

  unsubmit(actor: string): Rejection | null {
    if (!OPEN_PHASES.includes(this.phase)) return reject("closed", `orders are closed during the ${this.phase} phase`);
    const draft = this.drafts.get(actor);
    if (draft?.submitted) {
      draft.submitted = false;
      this.record.append({ type: "orders", round: this.state.round, actor, actions: draft.actions, submitted: false, at: Date.now() });
    }
    return null;
  }

  /** Every seat a human holds has submitted (and there is at least one). */
  allHumansSubmitted(): boolean {
    const humans = this.state.actorOrder.filter((a) => this.seating.isHuman(a));
    return humans.length > 0 && humans.every((a) => this.drafts.get(a)?.submitted);
  }

  deal(actor: string, action: Action): { events: GameEvent[] } | Rejection {
    if (!OPEN_PHASES.includes(this.phase)) return reject("closed", `deals are closed during the ${this.phase} phase`);
    const out = act(this.state, actor, action);
    if (!out.ok) return out.error;
    this.state = out.state;
    this.record.append({ type: "deal", round: this.state.round, actor, action, at: Date.now() });
    return { events: out.events };
  }

  inject(what: Inject): { events: GameEvent[] } | Rejection {
    if (this.phase === "finished") return reject("finished", "the game is over");
    const out = inject(this.state, what);
    if (!out.ok) return out.error;
    this.state = out.state;
    this.record.append({ type: "inject", round: this.state.round, what, at: Date.now() });
    return { events: out.events };
  }

  setBots(enabled: boolean): void {
    this.settings = { ...this.settings, bots: enabled };
    this.record.append({ type: "settings", bots: enabled, at: Date.now() });
  }

  /** Resolves the round: humans' drafts (submitted or not), bots for empty seats, nothing otherwise. */
  resolve(): { events: GameEvent[] } {
    const orders: Orders = {};
    for (const actor of this.state.actorOrder) {
      const draft = this.drafts.get(actor);
      if (this.seating.isHuman(actor) || !this.settings.bots) orders[actor] = draft?.actions ?? [];
      else orders[actor] = botOrders(this.state, actor);
    }
    const result = resolveRound(this.state, orders);
    this.record.append({ type: "resolved", round: this.state.round, orders, at: Date.now() });
    this.state = result.state;
    this.drafts = new Map();
    if (this.state.finished) this.record.append({ type: "finished", reason: "completed", at: Date.now() });
    this.record.flush();
    return { events: result.events };
  }

  /** The facilitator ends the game early: everything is revealed, as after the last round. */
  end(): void {
    if (this.state.finished) return;
    this.state = endGame(this.state);
    this.record.append({ type: "finished", reason: "ended", at: Date.now() });
    this.record.flush();
  }
}
