// Play between resolutions: deal actions take effect at once during negotiation, and the facilitator
// can inject an event. Both are pure: a new state and the events, or the reason for refusing.
import { createCtx, emit } from "./context.ts";
import { applyDealAction, archiveDeals } from "./deals.ts";
import { applyEffects } from "./effects.ts";
import type { GameEvent, Text } from "./events.ts";
import { refuse, type Refusal } from "../refusals.ts";
import { isDealAction, type Action } from "./orders.ts";
import { createRng } from "./rng.ts";
import { rules } from "./rules.ts";
import type { ActorId, GameState } from "./state.ts";
import { checkAction } from "./validate.ts";

export type Outcome = { ok: true; state: GameState; events: GameEvent[] } | { ok: false; error: Refusal };

/** A deal action (propose, accept, reject, withdraw) taken during negotiation. */
export function act(state: GameState, actor: ActorId, action: Action): Outcome {
  if (!isDealAction(action)) {
    return { ok: false, error: refuse("notLive", { action: action.kind }) };
  }
  const problem = checkAction(state, actor, action);
  if (problem) return { ok: false, error: problem };
  // deal actions draw no random numbers; the generator is only there to complete the context
  const ctx = createCtx(state, createRng(0));
  applyDealAction(ctx, actor, action);
  archiveDeals(ctx);
  ctx.s.log.push(...ctx.events);
  return { ok: true, state: ctx.s, events: ctx.events };
}

export type Inject = { card: string } | { title: Text; text: Text };

/** The facilitator plays a card from the scenario's deck, or announces free text, in the current round. */
export function inject(state: GameState, what: Inject): Outcome {
  if (state.finished) return { ok: false, error: refuse("finished") };
  const ctx = createCtx(state, createRng(0));
  if ("card" in what) {
    const card = rules(state.scenario).cards.find((c) => c.id === what.card);
    if (!card) return { ok: false, error: refuse("unknownCard", { card: what.card }) };
    if (state.deckDrawn.includes(card.id)) return { ok: false, error: refuse("alreadyDrawn", { card: card.id }) };
    ctx.s.deckDrawn.push(card.id);
    emit(ctx, "all", { kind: "scenario", card: card.id, origin: "inject", title: card.title, text: card.text });
    applyEffects(ctx, card.effects, card.id);
  } else {
    emit(ctx, "all", { kind: "scenario", card: "", origin: "inject", title: what.title, text: what.text });
  }
  ctx.s.log.push(...ctx.events);
  return { ok: true, state: ctx.s, events: ctx.events };
}

/** The facilitator ends the game before its last round: from now on everything is revealed. */
export function endGame(state: GameState): GameState {
  return state.finished ? state : { ...state, finished: true };
}
