// A view cut into wire entries, sent as schema patches and read back, is the same View, after every
// step of random games; and a round sends a small part of it.
import { Decoder, Encoder, StateView } from "@colyseus/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allBotOrders } from "../shared/bots/index.ts";
import { act } from "../shared/engine/game.ts";
import { resolveRound } from "../shared/engine/resolve.ts";
import { createRng } from "../shared/engine/rng.ts";
import { createGame } from "../shared/engine/setup.ts";
import type { GameState } from "../shared/engine/state.ts";
import { viewFor, type Seat, type View } from "../shared/engine/view.ts";
import { asSent, keyOrder, toWire, ViewReader } from "../shared/view-wire.ts";
import { GameRoomState, SeatView, writeView } from "../server/state.ts";
import { plausibleAction, randomOrders } from "./util/random-orders.ts";
import { scenario } from "./util/setup.ts";
import { refusalMessage } from "../shared/refusals.ts";

const SCENARIO = scenario();

/** One seat's view kept in a room state on one side and decoded on the other, as a client would. */
function channel() {
  const state = new GameRoomState();
  const entry = new SeatView();
  state.views.set("seat", entry);
  const encoder = new Encoder(state);
  const view = new StateView();
  view.add(entry);
  const decoded = new GameRoomState();
  const decoder = new Decoder(decoded);
  const reader = new ViewReader();
  return {
    /** writes a view; returns the bytes its patch took and what the client reads */
    send(v: View): { bytes: number; read: View } {
      for (const part of writeView(entry, toWire(v))) view.add(part);
      const it = { offset: 0 };
      encoder.encode(it);
      const bytes = encoder.encodeView(view, it.offset, it);
      decoder.decode(bytes);
      encoder.discardChanges();
      return { bytes: bytes.length, read: reader.read(decoded.views.get("seat")!.parts) };
    },
  };
}

/** Steps of a random game: deal actions between rounds, and rounds of bot and random orders. */
function* steps(seed: number, orderSeed: number, rounds: number): Generator<GameState> {
  const rng = createRng(orderSeed);
  let state = createGame(SCENARIO, seed);
  yield state;
  for (let r = 0; r < rounds && !state.finished; r++) {
    for (let i = 0; i < 6; i++) {
      const actor = state.actorOrder[Math.floor(rng.next() * state.actorOrder.length)]!;
      const action = plausibleAction(state, actor, rng);
      if (!action || !["proposeDeal", "acceptDeal", "rejectDeal"].includes(action.kind)) continue;
      const out = act(state, actor, action);
      if (out.ok) yield (state = out.state);
    }
    state = resolveRound(state, rng.chance(0.5) ? allBotOrders(state) : randomOrders(state, rng, 0.1)).state;
    yield state;
  }
}

const SEATS: Seat[] = [{ kind: "actor", actor: "uae" }, { kind: "actor", actor: "cloudlab" }, { kind: "actor", actor: "us" }, { kind: "facilitator" }, { kind: "public" }];

describe("views on the wire", () => {
  it("read back as the same View after every step, through real schema patches", () => {
    fc.assert(fc.property(fc.integer(), fc.integer(), fc.integer({ min: 1, max: 12 }), (seed, orderSeed, rounds) => {
      const channels = SEATS.map(() => channel());
      for (const state of steps(seed, orderSeed, rounds)) {
        SEATS.forEach((seat, i) => {
          const view = viewFor(state, seat, { eventsSince: Math.max(1, state.round - 1) });
          expect(channels[i]!.send(view).read).toEqual(asSent(view));
        });
      }
    }), { numRuns: 12 });
  });

  it("send only what changed: nothing for an unchanged view, about a deal's own size for a new deal", () => {
    const seat: Seat = { kind: "actor", actor: "uae" };
    const c = channel();
    let state = createGame(SCENARIO, 5);
    for (let round = 1; round <= 6; round++) state = resolveRound(state, allBotOrders(state)).state;
    const view = (s: GameState) => viewFor(s, seat, { eventsSince: Math.max(1, s.round - 1) });
    const whole = c.send(view(state)).bytes;
    expect(whole).toBeGreaterThan(JSON.stringify(asSent(view(state))).length * 0.9); // the first time, all of it
    expect(c.send(view(state)).bytes).toBe(0);
    const out = act(state, "nvidia", { kind: "proposeDeal", to: "uae", give: { cash: 0, chips: { h100: 123 }, lease: null, securityConditions: false }, get: { cash: 4567, chips: {}, lease: null, securityConditions: false }, counterTo: null });
    if (!out.ok) throw new Error(refusalMessage(out.error));
    const deal = out.state.deals.at(-1)!;
    const sent = c.send(view(out.state)).bytes;
    expect(sent).toBeGreaterThanOrEqual(JSON.stringify(deal).length);
    expect(sent).toBeLessThan(JSON.stringify(deal).length + 600); // its event and the deals' order, not the view
  });

  it("keep an unchanged view the same object, and order keys naturally", () => {
    const view = viewFor(createGame(SCENARIO, 1), { kind: "facilitator" });
    const c = channel();
    const first = c.send(view).read;
    expect(c.send(view).read).toBe(first);
    expect(["D10", "D9", "3-10", "3-2", "12-0"].sort(keyOrder)).toEqual(["3-2", "3-10", "12-0", "D9", "D10"]);
  });
});
