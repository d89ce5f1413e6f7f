// botOrders: the orders a bot would give for one seat this round. Bots see only their seat's view,
// read their personality from the scenario, and are deterministic for a given game seed.
import type { Action } from "../engine/orders.ts";
import { rules } from "../engine/rules.ts";
import type { ActorId, GameState } from "../engine/state.ts";
import { viewFor } from "../engine/view.ts";
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
  const view = viewFor(state, { kind: "actor", actor }, { eventsSince: state.round + 1 });
  const rng = botRng(state.seed, state.round, state.actorOrder.indexOf(actor));
  switch (spec.role) {
    case "usGov": return usBot(view, actor, spec.bot);
    case "vendor": return vendorBot(view, actor, spec.bot, r, rng);
    case "gulf": return gulfBot(view, actor, spec.bot, state.scenario, r, rng);
    case "chinaFirm": return chinaBot(view, actor, spec.bot, state.scenario, r, rng);
  }
}

/** Orders for every actor in `actors` (all of them by default). */
export function allBotOrders(state: GameState, actors: readonly ActorId[] = state.actorOrder): Record<ActorId, Action[]> {
  const orders: Record<ActorId, Action[]> = {};
  for (const id of actors) orders[id] = botOrders(state, id);
  return orders;
}
