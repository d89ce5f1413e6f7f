// One whole game over loopback, in its own process: a facilitator and three seats played by SDK
// clients (deals, a licence, orders; bots play the rest), counting the bytes each client's socket
// receives per round against the state it has decoded. Sends its figures over IPC.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Encoder } from "@colyseus/schema";
import { until } from "../test/util/until.ts";

// count what every socket receives, before the SDK (which picks up globalThis.WebSocket) loads
const received = new WeakMap<object, { bytes: number; largest: number; first: number }>();
const Base = globalThis.WebSocket;
class CountingWebSocket extends Base {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    const tally = { bytes: 0, largest: 0, first: 0 };
    received.set(this, tally);
    this.addEventListener("message", (event) => {
      const data = (event as MessageEvent).data as ArrayBuffer | string;
      const n = typeof data === "string" ? Buffer.byteLength(data) : data.byteLength;
      tally.bytes += n;
      tally.largest = Math.max(tally.largest, n);
      if (tally.first === 0 && typeof data !== "string" && new Uint8Array(data)[0] === 14) tally.first = n; // ROOM_STATE
    });
  }
}
globalThis.WebSocket = CountingWebSocket as typeof WebSocket;
const { Client } = await import("@colyseus/sdk");

const { startServer } = await import("../server/app.ts");
const { ViewReader } = await import("../shared/view-wire.ts");
type Room = Awaited<ReturnType<InstanceType<typeof Client>["joinById"]>>;

export interface SeatRound { who: string; round: number; bytes: number; decoded: number }
export interface ViewFigures { rounds: SeatRound[]; firstStateBytes: number; bufferBytes: number; warnings: number }

const root = new URL("..", import.meta.url).pathname;
let warnings = 0;
const warn = console.warn;
console.warn = (...args: unknown[]) => { if (String(args[0]).includes("buffer overflow")) warnings++; else warn(...args); };

const server = await startServer({
  port: 0, dataDir: mkdtempSync(join(tmpdir(), "silicon-curtain-bench-views-")), scenariosDir: join(root, "assets/scenarios"),
  clientDir: join(root, "dist/client"), reconnectSeconds: 60, idleMinutes: 10,
});
const endpoint = `ws://127.0.0.1:${server.port}`;
const game = await (await fetch(`http://127.0.0.1:${server.port}/api/games`, {
  method: "POST", headers: { "content-type": "application/json" },
  body: JSON.stringify({ scenarioId: "gulf-licensing-2024", seed: 7, timers: { briefing: 3600, negotiation: 3600, orders: 3600, report: 3600 } }),
})).json() as { code: string; facilitatorKey: string };

interface Seat { who: string; key: string; room: Room; reader: InstanceType<typeof ViewReader>; replies: { type: string; body: any }[] }
const socketOf = (room: Room) => (room.connection.transport as unknown as { ws: object }).ws;

async function enter(who: string, key: string, options: Record<string, unknown>): Promise<Seat> {
  const room = await new Client(endpoint).joinById(game.code, { name: who, ...options });
  const seat: Seat = { who, key, room, reader: new ViewReader(), replies: [] };
  room.onMessage("*", (type, body) => seat.replies.push({ type: String(type), body }));
  room.send("hello", {});
  if (key !== "facilitator") room.send("claimSeat", { actor: key });
  await until(() => view(seat), 10_000, `${who}'s view`);
  return seat;
}
const view = (s: Seat): any => {
  const entry = (s.room.state as any).views?.get(s.key);
  return entry ? s.reader.read(entry.parts) : undefined;
};
/** What the client holds: the room's public info and its view, as JSON. */
const decoded = (s: Seat) => {
  const st = s.room.state as any;
  const info = { phase: st.phase, round: st.round, paused: st.paused, deadline: st.deadline, seats: [...st.seats.values()].map((x: any) => x.toJSON()) };
  return JSON.stringify({ info, view: view(s) }).length;
};
const ask = async (s: Seat, type: string, body: unknown) => {
  const seen = s.replies.length;
  s.room.send(type, body);
  await until(() => s.replies.slice(seen).some((m) => (m.type === "ack" || m.type === "error") && m.body.type === type), 10_000, `reply to ${type}`);
};

const teacher = await enter("facilitator", "facilitator", { facilitatorKey: game.facilitatorKey });
const seats = [teacher, await enter("us", "us", {}), await enter("uae", "uae", {}), await enter("nvidia", "nvidia", {})];
const [, us, uae, nvidia] = seats as [Seat, Seat, Seat, Seat];
const phase = () => (teacher.room.state as any).phase as string;
const roundNow = () => (teacher.room.state as any).round as number;

await ask(teacher, "facilitator", { command: "start" });
const rounds: SeatRound[] = [];
for (let round = 1; round <= 12; round++) {
  await until(() => phase() === "briefing" && roundNow() === round, 10_000, `round ${round}`);
  const before = seats.map((s) => received.get(socketOf(s.room))!.bytes);
  await ask(teacher, "facilitator", { command: "advance" });
  // NVIDIA offers the UAE a lot; the UAE accepts; the US decides the licence with its orders
  await ask(nvidia, "deal", { action: { kind: "proposeDeal", to: "uae", give: { chips: { h100: 500 + round } }, get: { cash: (500 + round) * 27 } } });
  await until(() => view(uae)?.deals.some((d: any) => d.status === "proposed" && d.from === "nvidia"), 10_000, "the offer");
  const offer = view(uae).deals.find((d: any) => d.status === "proposed" && d.from === "nvidia");
  await ask(uae, "deal", { action: { kind: "acceptDeal", deal: offer.id } });
  await until(() => view(us)?.options?.us?.licences.length > 0 || view(uae).deals.some((d: any) => d.id === offer.id && d.status !== "accepted"), 10_000, "the licence");
  const licence = view(us).options?.us?.licences[0];
  await ask(us, "orders", { actions: licence ? [{ kind: "licenceDecision", licence: licence.id, decision: "approve" }] : [], submit: true });
  await ask(nvidia, "orders", { actions: [], submit: true });
  await ask(uae, "orders", { actions: [{ kind: "build", slots: 100 }], submit: true });
  await until(() => phase() === "report" || phase() === "finished", 10_000, `report ${round}`);
  await new Promise((r) => setTimeout(r, 100)); // the last patches
  if (round < 12) {
    await ask(teacher, "facilitator", { command: "advance" });
    await until(() => phase() === "briefing", 10_000, "the next briefing");
    await new Promise((r) => setTimeout(r, 100));
  }
  seats.forEach((s, i) => rounds.push({ who: s.who, round, bytes: received.get(socketOf(s.room))!.bytes - before[i]!, decoded: decoded(s) }));
}
// a facilitator who joins at the end gets the whole game in its first state
const late = await enter("late facilitator", "facilitator", { facilitatorKey: game.facilitatorKey });
const figures: ViewFigures = { rounds, firstStateBytes: received.get(socketOf(late.room))!.first, bufferBytes: Encoder.BUFFER_SIZE, warnings };
process.send!(figures);
await server.close();
process.exit(0);
