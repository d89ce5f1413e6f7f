// Engine figures: full default-scenario bot games per second, and the median time to resolve one
// round (bots' orders prepared beforehand, so only resolveRound is timed). One process, one core.
import { allBotOrders } from "../shared/bots/index.ts";
import type { Orders } from "../shared/engine/orders.ts";
import { resolveRound } from "../shared/engine/resolve.ts";
import { createGame } from "../shared/engine/setup.ts";
import type { GameState } from "../shared/engine/state.ts";
import type { Scenario } from "../shared/scenario/schema.ts";
import { playBotGame } from "../shared/sim.ts";
import { median } from "./stats.ts";

export interface EngineFigures { gamesPerSecond: number; games: number; medianRoundMicros: number; p95RoundMicros: number; rounds: number }


export function benchEngine(scenario: Scenario, batches = 7, perBatch = 500, warmup = 500): EngineFigures {
  for (let i = 0; i < warmup; i++) playBotGame(scenario, 1_000_000 + i);
  // the median of several batches, so one garbage-collection pause does not decide the figure
  const rates: number[] = [];
  for (let b = 0; b < batches; b++) {
    const started = performance.now();
    for (let i = 0; i < perBatch; i++) playBotGame(scenario, b * perBatch + i);
    rates.push(perBatch / ((performance.now() - started) / 1000));
  }
  const gamesPerSecond = median(rates);
  const games = batches * perBatch;

  // record (state, orders) pairs from real games, then time resolveRound alone on each
  const rounds: { state: GameState; orders: Orders }[] = [];
  for (let i = 0; i < 200; i++) {
    let state = createGame(scenario, 5000 + i);
    while (!state.finished) {
      const orders = allBotOrders(state);
      rounds.push({ state, orders });
      state = resolveRound(state, orders).state;
    }
  }
  for (const { state, orders } of rounds) resolveRound(state, orders);
  const micros = rounds.map(({ state, orders }) => {
    const t = process.hrtime.bigint();
    resolveRound(state, orders);
    return Number(process.hrtime.bigint() - t) / 1000;
  }).sort((a, b) => a - b);
  return {
    gamesPerSecond, games, rounds: micros.length,
    medianRoundMicros: micros[Math.floor(micros.length / 2)]!,
    p95RoundMicros: micros[Math.floor(micros.length * 0.95)]!,
  };
}
