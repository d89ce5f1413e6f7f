// State that travels as deltas: through a whole game, a seat receives a part of its view per round,
// not all of it again, and nobody's first state (a facilitator joining at the end, who gets the most)
// passes the encoder's buffer.
import { Encoder } from "@colyseus/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../util/console.ts";
import { createGame, join, testServer, until, type Player, type TestServer } from "../util/server.ts";

let server: TestServer;
beforeAll(async () => { server = await testServer(); });
afterAll(async () => { await server.close(); });

const bytes = (p: Player) => p.frames().reduce((n, f) => n + f.length, 0);

describe("views on the wire", () => {
  it("cost a seat a part of its view per round, and fit the encoder's buffer when a facilitator joins late", async () => {
    const { value: perRound, lines } = await capture("warn", async () => {
      const game = await createGame(server);
      const teacher = await join(server, game.code, { facilitatorKey: game.facilitatorKey });
      const uae = await join(server, game.code, { name: "uae" });
      uae.send("claimSeat", { actor: "uae" });
      await until(() => uae.view("uae"));
      await teacher.ask("facilitator", { command: "start" });
      const ratios: number[] = [];
      for (let round = 1; round <= 11; round++) {
        await until(() => teacher.state.phase === "briefing" && teacher.state.round === round, 5000, `round ${round}`);
        const before = bytes(uae);
        await teacher.ask("facilitator", { command: "advance" });
        expect(await uae.ask("orders", { actions: [{ kind: "build", slots: 10 * round }], submit: true })).toEqual({ ok: true });
        await until(() => uae.state.phase === "report" && uae.view("uae").indicators.length === round);
        await teacher.ask("facilitator", { command: "advance" });
        await until(() => uae.state.phase === "briefing");
        await new Promise((r) => setTimeout(r, 50));
        if (round > 1) ratios.push((bytes(uae) - before) / JSON.stringify(uae.view("uae")).length);
      }
      // a facilitator joining now gets the whole game at once
      const late = await join(server, game.code, { facilitatorKey: game.facilitatorKey });
      await until(() => late.view("facilitator"));
      const first = late.frames().find((f) => f[0] === 14)!; // ROOM_STATE
      expect(first.length).toBeLessThan(Encoder.BUFFER_SIZE);
      for (const p of [teacher, uae, late]) await p.leave();
      return ratios;
    });
    expect(lines.filter((l) => /buffer overflow/.test(l))).toEqual([]);
    // the bench prints the figures (npm run bench -- views); whole views, sent before, were 100% and more
    expect(Math.max(...perRound)).toBeLessThan(0.6);
    expect([...perRound].sort((a, b) => a - b)[Math.floor(perRound.length / 2)]).toBeLessThan(0.4);
  }, 60_000);
});
