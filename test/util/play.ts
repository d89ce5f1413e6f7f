// Small steps of play for unit tests: live deal actions and rounds, failing loudly when refused.
import { assets } from "../../shared/bots/common.ts";
import { act } from "../../shared/engine/game.ts";
import type { Action, Orders } from "../../shared/engine/orders.ts";
import { resolveRound, type RoundResult } from "../../shared/engine/resolve.ts";
import type { Rng } from "../../shared/engine/rng.ts";
import type { Assets, GameState } from "../../shared/engine/state.ts";
import { NEVER } from "./setup.ts";
import { refusalMessage } from "../../shared/refusals.ts";

export function must(state: GameState, actor: string, action: Action): GameState {
  const out = act(state, actor, action);
  if (!out.ok) throw new Error(`${actor} ${action.kind} refused: ${refusalMessage(out.error)}`);
  return out.state;
}

/** Proposes and accepts a deal; returns the state and the deal's id. */
export function strike(state: GameState, from: string, to: string, give: Partial<Assets>, get: Partial<Assets>): { state: GameState; deal: string } {
  let s = must(state, from, { kind: "proposeDeal", to, give: assets(give), get: assets(get), counterTo: null });
  const deal = s.deals.at(-1)!.id;
  s = must(s, to, { kind: "acceptDeal", deal });
  return { state: s, deal };
}

/** Resolves one round; dice default to "nothing random happens". */
export function round(state: GameState, orders: Orders = {}, rng: Rng = NEVER): RoundResult {
  return resolveRound(state, orders, rng);
}

export const findDeal = (s: GameState, id: string) => [...s.deals, ...s.closedDeals].find((d) => d.id === id)!;
