// Invariants of the engine over random games: random seeds, random orders (plausible and junk).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CASH_SINKS, CASH_SOURCES, CASH_TRANSFERS } from "../shared/engine/context.ts";
import type { Orders } from "../shared/engine/orders.ts";
import { resolveRound, type RoundResult } from "../shared/engine/resolve.ts";
import { createRng } from "../shared/engine/rng.ts";
import { createGame } from "../shared/engine/setup.ts";
import type { GameState } from "../shared/engine/state.ts";
import { allBotOrders } from "../shared/bots/index.ts";
import { freeze, scenario } from "./util/setup.ts";
import { chipsAccountedFor } from "./util/conservation.ts";
import { junkAction, randomOrders } from "./util/random-orders.ts";

const SCENARIO = scenario();
const RUNS = { numRuns: 40 };

/** Plays `rounds` rounds from a seed, mixing bot orders and random orders; returns every step. */
function play(seed: number, orderSeed: number, rounds: number, botShare: number) {
  const rng = createRng(orderSeed);
  let state = createGame(SCENARIO, seed);
  const steps: { before: GameState; orders: Orders; result: RoundResult }[] = [];
  for (let i = 0; i < rounds && !state.finished; i++) {
    const orders = rng.chance(botShare) ? allBotOrders(state) : randomOrders(state, rng, 0.15);
    const result = resolveRound(freeze(state), orders);
    steps.push({ before: state, orders, result });
    state = result.state;
  }
  return steps;
}

const games = fc.record({
  seed: fc.integer(),
  orderSeed: fc.integer(),
  rounds: fc.integer({ min: 1, max: 12 }),
  botShare: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe("engine invariants", () => {
  it("conserves chips: made = held + installed + in transit + seized", () => {
    fc.assert(fc.property(games, ({ seed, orderSeed, rounds, botShare }) => {
      for (const { result } of play(seed, orderSeed, rounds, botShare)) {
        const where = chipsAccountedFor(result.state);
        for (const chip in result.state.made) expect(where[chip], chip).toBe(result.state.made[chip]);
      }
    }), RUNS);
  });

  it("changes cash only through named sources, sinks and transfers", () => {
    const named = new Set<string>([...CASH_SOURCES, ...CASH_SINKS, ...CASH_TRANSFERS]);
    fc.assert(fc.property(games, ({ seed, orderSeed, rounds, botShare }) => {
      for (const { before, result } of play(seed, orderSeed, rounds, botShare)) {
        const booked: Record<string, number> = {};
        const transfers: Record<string, number> = {};
        for (const e of result.ledger) {
          expect(named.has(e.kind), e.kind).toBe(true);
          expect(Number.isInteger(e.amount), `${e.kind} ${e.amount}`).toBe(true);
          booked[e.actor] = (booked[e.actor] ?? 0) + e.amount;
          if ((CASH_TRANSFERS as readonly string[]).includes(e.kind)) transfers[e.kind] = (transfers[e.kind] ?? 0) + e.amount;
          if ((CASH_SOURCES as readonly string[]).includes(e.kind)) expect(e.amount).toBeGreaterThan(0);
          if ((CASH_SINKS as readonly string[]).includes(e.kind)) expect(e.amount).toBeLessThan(0);
        }
        for (const id of before.actorOrder) {
          expect(result.state.actors[id]!.cash - before.actors[id]!.cash, id).toBe(booked[id] ?? 0);
        }
        for (const kind in transfers) expect(transfers[kind], kind).toBe(0);
      }
    }), RUNS);
  });

  it("never lets a stock, cash, capital or trust go out of bounds", () => {
    fc.assert(fc.property(games, ({ seed, orderSeed, rounds, botShare }) => {
      for (const { result } of play(seed, orderSeed, rounds, botShare)) {
        const s = result.state;
        for (const a of Object.values(s.actors)) {
          expect(a.cash, `${a.id} cash`).toBeGreaterThanOrEqual(0);
          expect(a.politicalCapital).toBeGreaterThanOrEqual(0);
          for (const c in a.stock) {
            expect(a.stock[c], `${a.id} ${c}`).toBeGreaterThanOrEqual(0);
            expect(a.installed[c], `${a.id} ${c}`).toBeGreaterThanOrEqual(0);
            expect(a.smuggled[c]!).toBeLessThanOrEqual(a.stock[c]! + a.installed[c]!);
          }
          if (a.role === "gulf" || a.role === "chinaFirm") {
            expect(Object.values(a.installed).reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(a.capacity);
          }
          for (const b in s.trust[a.id]) {
            expect(s.trust[a.id]![b]).toBeGreaterThanOrEqual(0);
            expect(s.trust[a.id]![b]).toBeLessThanOrEqual(100);
            expect(s.trust[a.id]![b]).toBe(s.trust[b]![a.id]);
          }
        }
        for (const c in s.world.marketInstalled) expect(s.world.marketInstalled[c]).toBeGreaterThanOrEqual(0);
      }
    }), RUNS);
  });

  it("is deterministic: the same seed and orders give the same game, and a record replays", () => {
    fc.assert(fc.property(games, ({ seed, orderSeed, rounds, botShare }) => {
      const steps = play(seed, orderSeed, rounds, botShare);
      let replay = createGame(SCENARIO, seed);
      expect(replay).toEqual(steps[0]!.before);
      for (const { orders, result } of steps) {
        const again = resolveRound(replay, orders);
        expect(again).toEqual(result);
        replay = again.state;
      }
    }), { numRuns: 25 });
  });

  it("changes nothing for a rejected order but report it", () => {
    fc.assert(fc.property(games, fc.integer(), ({ seed, orderSeed, rounds, botShare }, junkSeed) => {
      const steps = play(seed, orderSeed, rounds, botShare);
      const { before, orders, result } = steps.at(-1)!;
      const rng = createRng(junkSeed);
      const withJunk: Orders = {};
      let added = 0;
      for (const actor of before.actorOrder) {
        const list = [...(orders[actor] ?? [])];
        const at = Math.floor(rng.next() * (list.length + 1));
        list.splice(at, 0, junkAction(before, actor, rng));
        added++;
        withJunk[actor] = list;
      }
      const junked = resolveRound(before, withJunk);
      expect(junked.rejected.length).toBe(result.rejected.length + added);
      const withoutRejections = (s: GameState) => ({ ...s, log: s.log.filter((e) => e.kind !== "rejected") });
      expect(withoutRejections(junked.state)).toEqual(withoutRejections(result.state));
      expect(junked.ledger).toEqual(result.ledger);
    }), { numRuns: 25 });
  });

  it("refuses orders for an actor that does not exist, and nothing else changes", () => {
    const state = createGame(SCENARIO, 3);
    const plain = resolveRound(state, {});
    const ghost = resolveRound(state, { ghost: [{ kind: "training", share: 0.5 }] });
    expect(ghost.rejected).toEqual([{ actor: "ghost", index: 0, action: "training", code: "unknownActor", params: { actor: "ghost" } }]);
    expect(ghost.state).toEqual(plain.state);
  });
});
