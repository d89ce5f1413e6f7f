// botOrders: the orders a bot would give for one seat this round. Bots see only their seat's view,
// read their personality from the scenario, and are deterministic for a given game seed.
import type { Action } from "../engine/orders.ts";
import { rules } from "../engine/rules.ts";
import type { ActorId, GameState } from "../engine/state.ts";
import { viewFor } from "../engine/view.ts";
import { createRng, mix } from "../engine/rng.ts";
import { botRng } from "./common.ts";
import { chinaBot } from "./china.ts";
import { gulfBot } from "./gulf.ts";
import { usBot } from "./us.ts";
import { vendorBot } from "./vendor.ts";

export function botOrders(state: GameState, actor: ActorId): Action[] {
  if (state.finished) return [];
  const r = rules(state.scenario);
  const spec = r.spec[actor]!;
  // bots read the state of play, not the news feed
  const view = viewFor(state, { kind: "actor", actor }, { eventsSince: state.round + 1, lean: true });
  const index = state.actorOrder.indexOf(actor);
  const rng = botRng(state.seed, state.round, index);
  const vary = <T extends object>(bot: T) => varied(bot, state.seed, index, state.scenario.bots.personalityJitter);
  switch (spec.role) {
    case "usGov": return usBot(view, actor, vary(spec.bot), state.scenario, rng);
    case "vendor": return vendorBot(view, actor, vary(spec.bot), state.scenario, r, rng);
    case "gulf": return gulfBot(view, actor, vary(spec.bot), state.scenario, r, rng);
    case "chinaFirm": return chinaBot(view, actor, vary(spec.bot), state.scenario, r, rng);
  }
}

/**
 * A bot's personality for one game: each trait (a number from 0 to 1) moves by up to ±`jitter` around
 * the scenario's value, the same for the whole game, so that games with different seeds explore the
 * neighbourhood of the designer's settings instead of replaying one character.
 */
export function varied<T extends object>(bot: T, seed: number, actorIndex: number, jitter: number): T {
  if (jitter === 0) return bot;
  // a game asks for the same personality every round: remember it per scenario actor and seed (the
  // scenario object, and so the jitter, is the same)
  let games = personalities.get(bot);
  if (!games) personalities.set(bot, (games = new Map()));
  const known = games.get(seed) as T | undefined;
  if (known) return known;
  if (games.size > 64) games.clear();
  const rng = createRng(mix(seed, actorIndex, 0x7e5a));
  const out = { ...bot } as Record<string, unknown>;
  for (const key of Object.keys(out).sort()) {
    const value = out[key];
    if (typeof value === "number" && value >= 0 && value <= 1) out[key] = Math.min(1, Math.max(0, value + (rng.next() * 2 - 1) * jitter));
  }
  games.set(seed, out);
  return out as T;
}
const personalities = new WeakMap<object, Map<number, unknown>>();

/** Orders for every actor in `actors` (all of them by default). */
export function allBotOrders(state: GameState, actors: readonly ActorId[] = state.actorOrder): Record<ActorId, Action[]> {
  const orders: Record<ActorId, Action[]> = {};
  for (const id of actors) orders[id] = botOrders(state, id);
  return orders;
}
