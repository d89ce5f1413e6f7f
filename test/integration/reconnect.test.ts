// A dropped client (closed laptop lid, network blip) gets its seat back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../util/console.ts";
import { createGame, join, testServer, until, type Player, type TestServer } from "../util/server.ts";

let server: TestServer;
beforeAll(async () => { server = await testServer({ reconnectSeconds: 1 }); });
afterAll(async () => { await server.close(); });

async function seated(code: string, actor: string): Promise<{ player: Player; token: string }> {
  const player = await join(server, code, { name: actor, playerId: `player-${actor}-${Math.random()}` });
  player.room.reconnection.minUptime = 0;
  player.send("claimSeat", { actor });
  const { token } = await player.waitFor("seat", (b) => b.actor === actor);
  await until(() => player.view(actor));
  return { player, token };
}

/** Cuts the socket without a goodbye, as a dropped network does. */
const drop = (p: Player) => (p.room.connection.transport as unknown as { ws: WebSocket }).ws.close();

describe("reconnection", () => {
  it("within the window, the client comes back to the same seat and nothing else notices", async () => {
    const game = await createGame(server);
    const { player } = await seated(game.code, "saudi");
    const watcher = await join(server, game.code, { spectator: true });
    expect(await player.ask("orders", { actions: [{ kind: "sovereignAI", share: 0.4 }], submit: false })).toEqual({ ok: true });
    const session = player.room.sessionId;
    const back = new Promise<void>((resolve) => player.room.onReconnect(() => resolve()));
    // the SDK reconnects by itself, and says so as it goes
    const { lines } = await capture("info", async () => {
      drop(player);
      await until(() => watcher.state.seats.get("saudi").connected === 0);
      expect(watcher.state.seats.get("saudi").bot).toBe(false); // still held: no bot takes over within the window
      await back;
    });
    expect(lines.at(-1)).toMatch(/\[Colyseus reconnection\].*reconnection successful/);
    expect(player.room.sessionId).toBe(session);
    await until(() => watcher.state.seats.get("saudi").connected === 1);
    expect(player.view("saudi").private.saudi).toBeDefined();
    const heard = player.messages.length;
    player.send("hello", {}); // a client greets again after a reconnection: its seat and draft come back
    await until(() => player.messages.slice(heard).find((m) => m.type === "orders" && m.body.actions[0]?.share === 0.4));
    expect(await player.ask("orders", { actions: [], submit: false })).toEqual({ ok: true });
    await player.leave(); await watcher.leave();
  });

  it("a reloaded page takes its own place back at once: one member, in the same seat", async () => {
    const game = await createGame(server);
    const playerId = `reloader-${Math.random()}`;
    const first = await join(server, game.code, { name: "Rae", playerId });
    first.room.reconnection.enabled = false;
    first.send("claimSeat", { actor: "kuwait" });
    const { token } = await first.waitFor("seat", (b) => b.actor === "kuwait");
    const watcher = await join(server, game.code, { spectator: true });
    drop(first);
    await until(() => watcher.state.seats.get("kuwait").connected === 0);
    const reloaded = await join(server, game.code, { name: "Rae", playerId, seatToken: token });
    await until(() => reloaded.view("kuwait"));
    await until(() => watcher.state.seats.get("kuwait").connected === 1);
    expect([...watcher.state.seats.get("kuwait").members]).toEqual(["Rae"]);
    // and a second tab of the same browser is a second member, not a takeover
    const tab = await join(server, game.code, { name: "Rae", playerId, seatToken: token });
    await until(() => watcher.state.seats.get("kuwait").connected === 2);
    expect(reloaded.view("kuwait")).toBeDefined();
    for (const p of [reloaded, tab, watcher]) await p.leave();
  });

  it("after the window a bot keeps the seat until the player reclaims it with the seat token", async () => {
    const game = await createGame(server);
    const { player, token } = await seated(game.code, "qatar");
    const watcher = await join(server, game.code, { spectator: true });
    player.room.reconnection.enabled = false;
    drop(player);
    await until(() => watcher.state.seats.get("qatar").members.length === 0, 5000, "the window to run out");
    expect(watcher.state.seats.get("qatar").bot).toBe(true);
    // a fresh page load: the client still has its seat token (localStorage)
    const again = await join(server, game.code, { name: "qatar again", seatToken: token });
    await until(() => again.view("qatar"));
    expect(again.last("seat")).toMatchObject({ actor: "qatar" });
    await until(() => watcher.state.seats.get("qatar").bot === false);
    // a token for a seat the facilitator freed no longer works
    const teacher = await join(server, game.code, { facilitatorKey: game.facilitatorKey });
    await teacher.ask("facilitator", { command: "freeSeat", actor: "qatar" });
    const late = await join(server, game.code, { seatToken: token });
    await late.waitFor("error", (e) => e.code === "badToken");
    expect(late.view("qatar")).toBeUndefined();
    for (const p of [again, watcher, teacher, late]) await p.leave();
  });
});
