// What each client actually receives, byte for byte: no client ever gets another seat's secrets,
// whether in state patches or in messages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGame, join, seatMarker, testServer, until, type Player, type TestServer } from "../util/server.ts";

let server: TestServer;
beforeAll(async () => { server = await testServer(); });
afterAll(async () => { await server.close(); });

// one character per byte, so both JSON (in state) and msgpack (in messages) can be searched
const text = (p: Player) => p.frames().map((f) => Buffer.from(f).toString("latin1")).join("\n");
const LEASE = '"lease":{"compute":4321';
/** A key and string value as they look in JSON and in msgpack (short strings). */
const pair = (key: string, value: string) => [`"${key}":"${value}"`, `${String.fromCharCode(0xa0 | key.length)}${key}${String.fromCharCode(0xa0 | value.length)}${value}`];
const has = (bytes: string, forms: string[]) => forms.some((f) => bytes.includes(f));

describe("hidden information", () => {
  it("never reaches a client that may not see it", async () => {
    const game = await createGame(server, { seed: 3 });
    const teacher = await join(server, game.code, { facilitatorKey: game.facilitatorKey, name: "Teacher" });
    const seats: Record<string, Player> = {};
    for (const actor of ["us", "nvidia", "uae", "cloudlab", "startuplab"]) {
      const p = await join(server, game.code, { name: actor });
      p.send("claimSeat", { actor });
      await until(() => p.view(actor));
      seats[actor] = p;
    }
    const projector = await join(server, game.code, { spectator: true });
    const { us, nvidia, uae, cloudlab, startuplab } = seats as Record<string, Player>;
    await teacher.ask("facilitator", { command: "start" });
    await teacher.ask("facilitator", { command: "advance" });
    await until(() => us!.state.phase === "negotiation");

    // round 1: a hidden lease (UAE → Chinese lab), a smuggling order, a large licence the US delays
    expect(await cloudlab!.ask("deal", { action: { kind: "proposeDeal", to: "uae", give: { cash: 30_000 }, get: { lease: { compute: 4321, rounds: 2 } } } })).toEqual({ ok: true });
    const lease = await until(() => uae!.view("uae").deals.find((d: any) => d.get.lease?.compute === 4321));
    expect(await uae!.ask("deal", { action: { kind: "acceptDeal", deal: lease.id } })).toEqual({ ok: true });
    expect(await nvidia!.ask("deal", { action: { kind: "proposeDeal", to: "uae", give: { chips: { h100: 9000 } }, get: { cash: 9000 * 27 } } })).toEqual({ ok: true });
    const sale = await until(() => uae!.view("uae").deals.find((d: any) => d.from === "nvidia"));
    expect(await uae!.ask("deal", { action: { kind: "acceptDeal", deal: sale.id } })).toEqual({ ok: true });
    const licence = await until(() => us!.view("us").licences.find((l: any) => l.dealId === sale.id));
    expect(await startuplab!.ask("orders", { actions: [{ kind: "smuggle", chip: "h100", quantity: 777 }], submit: true })).toEqual({ ok: true });
    await teacher.waitFor("orders", (m) => m.actor === "startuplab" && m.actions[0]?.kind === "smuggle");
    expect(await us!.ask("orders", { actions: [{ kind: "licenceDecision", licence: licence.id, decision: "delay" }], submit: true })).toEqual({ ok: true });
    cloudlab!.send("chat", { to: "uae", text: "our little secret" });
    for (const p of [nvidia, uae, cloudlab]) expect(await p!.ask("orders", { actions: [], submit: true })).toEqual({ ok: true });
    await until(() => us!.state.phase === "report");
    await until(() => us!.view("us").licences.some((l: any) => l.status === "delayed"));
    await new Promise((r) => setTimeout(r, 300)); // let the last patches arrive

    const received = Object.fromEntries(Object.entries({ ...seats, teacher, projector }).map(([k, p]) => [k, text(p!)]));
    // each seat's view carries its own seat marker (its `seat` part); nobody else's arrives
    for (const [who, bytes] of Object.entries(received)) {
      for (const actor of Object.keys(seats)) {
        expect(bytes.includes(seatMarker({ kind: "actor", actor })), `${who} received ${actor}'s view`).toBe(who === actor);
      }
      expect(bytes.includes(seatMarker({ kind: "facilitator" })), `${who} received the facilitator's view`).toBe(who === "teacher");
    }
    // the lease: only its parties and the facilitator
    for (const who of ["us", "nvidia", "startuplab", "projector"]) expect(received[who]!.includes(LEASE), who).toBe(false);
    for (const who of ["uae", "cloudlab", "teacher"]) expect(received[who]!.includes(LEASE), who).toBe(true);
    // the smuggling order and its shipment: only the buyer and the facilitator
    for (const who of ["us", "nvidia", "uae", "cloudlab", "projector"]) {
      expect(has(received[who]!, pair("kind", "smuggle")), who).toBe(false);
      expect(received[who]!.includes('"smuggled":true'), who).toBe(false);
    }
    expect(has(received.teacher!, pair("kind", "smuggle"))).toBe(true);
    // the US's deliberate delay: the applicants see "pending"
    for (const who of ["nvidia", "uae", "projector"]) expect(received[who]!.includes('"status":"delayed"'), who).toBe(false);
    expect(received.us!.includes('"status":"delayed"')).toBe(true);
    // the US's draft orders are secret until resolved
    for (const who of ["nvidia", "uae", "cloudlab", "startuplab", "projector"]) expect(has(received[who]!, pair("decision", "delay")), who).toBe(false);
    expect(has(received.teacher!, pair("decision", "delay"))).toBe(true);
    // a private chat message
    for (const who of ["us", "nvidia", "startuplab", "projector"]) expect(received[who]!.includes("our little secret"), who).toBe(false);
    expect(received.uae!.includes("our little secret")).toBe(true);

    for (const p of [...Object.values(seats), teacher, projector]) await p!.leave();
  });
});
