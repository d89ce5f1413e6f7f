// Hidden flows move nothing a seat without the right to see them can read: the same game with and
// without an undetected lease (or smuggled chips) gives the US, and the public, the very same view.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allBotOrders } from "../../shared/bots/index.ts";
import { resolveRound } from "../../shared/engine/resolve.ts";
import { createGame } from "../../shared/engine/setup.ts";
import type { GameState } from "../../shared/engine/state.ts";
import { viewFor, type Seat } from "../../shared/engine/view.ts";
import { ALWAYS, NEVER, scenario } from "../util/setup.ts";

const SCENARIO = scenario();
const US: Seat = { kind: "actor", actor: "us" };
const PUBLIC: Seat = { kind: "public" };

function midGame(seed: number, rounds: number): GameState {
  let s = createGame(SCENARIO, seed);
  for (let i = 0; i < rounds; i++) s = resolveRound(s, allBotOrders(s)).state;
  return s;
}

/** Plays one round on two states with the same orders and no detection; returns both results. The
 *  US's audits are left out: an audit can make detection certain (chance 1), which no die can miss,
 *  and then the flow is rightly known. */
function sameRound(a: GameState, b: GameState): [GameState, GameState] {
  const orders = allBotOrders(a);
  orders.us = orders.us?.filter((o) => o.kind !== "audit");
  return [resolveRound(a, structuredClone(orders), NEVER).state, resolveRound(b, structuredClone(orders), NEVER).state];
}

const setups = fc.record({
  seed: fc.integer({ min: 1, max: 10_000 }),
  rounds: fc.integer({ min: 1, max: 8 }),
  lessor: fc.constantFrom("uae", "saudi", "qatar", "kuwait"),
  lessee: fc.constantFrom("cloudlab", "startuplab"),
  share: fc.double({ min: 0.05, max: 1, noNaN: true }),
});

describe("hidden information", () => {
  it("an undetected lease to a Chinese firm changes nothing in the US's or the public's view", () => {
    fc.assert(fc.property(setups, ({ seed, rounds, lessor, lessee, share }) => {
      const s = midGame(seed, rounds);
      const secret = structuredClone(s);
      const compute = Math.max(1, Math.round(secret.actors[lessor]!.compute.own * share));
      secret.leases.push({ id: "E999", dealId: "D999", lessor, lessee, compute, startRound: s.round, endRound: s.round + 1, hidden: true, detected: false, ended: false });
      const [plain, leased] = sameRound(s, secret);
      // the lease did run: the tenant has more compute, the lessor less for its own tenants
      expect(leased.actors[lessee]!.compute.leasedIn).toBeGreaterThan(plain.actors[lessee]!.compute.leasedIn);
      for (const seat of [US, PUBLIC]) expect(viewFor(leased, seat)).toEqual(viewFor(plain, seat));
    }), { numRuns: 25 });
  });

  it("smuggled chips installed by a Chinese firm change nothing in the US's or the public's view", () => {
    fc.assert(fc.property(setups, ({ seed, rounds, lessee: firm, share }) => {
      const s = midGame(seed, rounds);
      s.actors[firm]!.capacity += 1_000_000; // room enough that the chips take nobody's slot
      const secret = structuredClone(s);
      const n = Math.round(50_000 * share);
      secret.actors[firm]!.stock.h100! += n;
      secret.actors[firm]!.smuggled.h100! += n;
      const [plain, smuggled] = sameRound(s, secret);
      expect(smuggled.history.at(-1)!.indicators.chinaCompute.smuggled).toBeGreaterThan(plain.history.at(-1)!.indicators.chinaCompute.smuggled);
      expect(smuggled.actors[firm]!.capability).toBeGreaterThan(plain.actors[firm]!.capability);
      for (const seat of [US, PUBLIC]) expect(viewFor(smuggled, seat)).toEqual(viewFor(plain, seat));
    }), { numRuns: 15 });
  });

  it("once a hidden flow comes to light, the public learns the firm's models as they are", () => {
    const s = midGame(5, 4);
    s.actors.cloudlab!.capacity += 1_000_000;
    s.actors.cloudlab!.stock.h100! += 40_000;
    s.actors.cloudlab!.smuggled.h100! += 40_000;
    const hidden = resolveRound(s, allBotOrders(s), NEVER).state;
    const seen = (state: GameState) => viewFor(state, US).actors.find((a) => a.id === "cloudlab")!.capability;
    expect(seen(hidden)).toBeLessThan(hidden.actors.cloudlab!.capability);
    // a lease of the firm's is caught (every die comes up): the picture catches up with the truth
    hidden.leases.push({ id: "E999", dealId: "D999", lessor: "qatar", lessee: "cloudlab", compute: 100, startRound: hidden.round, endRound: hidden.round, hidden: true, detected: false, ended: false });
    const caught = resolveRound(hidden, {}, ALWAYS);
    expect(caught.events).toContainEqual(expect.objectContaining({ kind: "leaseDetected", lessee: "cloudlab" }));
    expect(seen(caught.state)).toBe(caught.state.actors.cloudlab!.capability);
  });
});
