// Load generator, in its own process: K rooms × M clients, each client sending one message every
// interval and timing the server's acknowledgement. Given several servers' ports (one of several
// processes each), game i is created through one and its clients join through the next. It starts
// sending when told "go", then sends its figures over IPC.
import { Client, type Room } from "@colyseus/sdk";
import { ViewReader, type MapLike, type PartLike } from "../shared/view-wire.ts";
import { percentile } from "./stats.ts";

const [portList, kind, games, perGame, seconds, interval] = process.argv.slice(2);
const K = Number(games), M = Number(perGame), SECONDS = Number(seconds), EVERY = Number(interval);
const ports = portList!.split(",");
const endpoint = (i: number) => `ws://127.0.0.1:${ports[i % ports.length]}`;
const WARMUP_MS = 3000;

// one order each role may always give (the server checks it against the game, then stores it)
const SEATS: [string, unknown[]][] = [
  ["us", [{ kind: "visit", target: "uae" }]],
  ["nvidia", [{ kind: "setPrice", chip: "h100", price: 28 }]],
  ["amd", [{ kind: "setPrice", chip: "mi300x", price: 13 }]],
  ["uae", [{ kind: "build", slots: 100 }]],
  ["saudi", [{ kind: "sovereignAI", share: 0.3 }]],
  ["qatar", [{ kind: "securityConditions", accept: true }]],
  ["cloudlab", [{ kind: "training", share: 0.6 }]],
  ["startuplab", [{ kind: "buyDomestic", chip: "ascend910b", quantity: 100 }]],
  ["intel", [{ kind: "setPrice", chip: "gaudi3", price: 16 }]],
  ["kuwait", [{ kind: "sovereignAI", share: 0.2 }]],
  ["cerebras", [{ kind: "setPrice", chip: "wse3", price: 2500 }]],
];

async function createGame(i: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${ports[i % ports.length]}/api/games`, {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ scenarioId: "gulf-licensing-2024", timers: { briefing: 3600, negotiation: 3600, orders: 3600, report: 3600 } }),
  });
  return (await res.json()).code;
}

/** Joins that had to be tried again: under heavy load a seat reserved on another process can time out. */
let retries = 0;
async function joinById(i: number, code: string, name: string): Promise<Room> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await new Client(endpoint(i + 1)).joinById(code, { name });
    } catch (error) {
      if (attempt === 5) throw error;
      retries++;
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}

async function room(i: number): Promise<{ rooms: Room[]; actions: unknown[][] }> {
  const rooms: Room[] = [];
  const actions: unknown[][] = [];
  if (kind === "echo") {
    const first = await new Client(endpoint(i)).create("echo");
    first.onMessage("*", () => {});
    rooms.push(first);
    for (let j = 1; j < M; j++) {
      const r = await new Client(endpoint(i)).joinById(first.roomId);
      r.onMessage("*", () => {});
      rooms.push(r);
    }
    for (let j = 0; j < M; j++) actions.push([]);
  } else {
    const code = await createGame(i);
    const joined = await Promise.all(Array.from({ length: M }, (_, j) => joinById(i, code, `bot ${i}.${j}`)));
    joined.forEach((r, j) => {
      r.onMessage("*", () => {}); // welcome, seat and the rest: not timed
      // Read the views as the real client does, so this process holds what a browser would.
      const readers = new Map<string, ViewReader>();
      r.onStateChange((state: any) => {
        state.views?.forEach((entry: { parts: MapLike<PartLike> }, key: string) => {
          let reader = readers.get(key);
          if (!reader) readers.set(key, (reader = new ViewReader()));
          reader.read(entry.parts);
        });
      });
      const [actor, order] = SEATS[j % SEATS.length]!;
      r.send("claimSeat", { actor });
      rooms.push(r);
      actions.push(order);
    });
  }
  return { rooms, actions };
}

const all: { room: Room; actions: unknown[] }[] = [];
for (let i = 0; i < K; i += 10) {
  const batch = await Promise.all(Array.from({ length: Math.min(10, K - i) }, (_, b) => room(i + b)));
  for (const { rooms, actions } of batch) rooms.forEach((r, j) => all.push({ room: r, actions: actions[j]! }));
}
process.send?.({ joined: all.length });
await new Promise<void>((resolve) => process.on("message", (m) => { if (m === "go") resolve(); }));
await new Promise((r) => setTimeout(r, 1000));

const latencies: number[] = [];
let sent = 0, acked = 0, errors = 0;
const start = performance.now();
const measuring = () => performance.now() - start > WARMUP_MS;
for (const { room: r, actions } of all) {
  const pending = new Map<number, number>();
  let seq = 0;
  r.onMessage("ack", (m: { seq?: number }) => {
    const t = pending.get(m.seq ?? -1);
    if (t === undefined) return;
    pending.delete(m.seq!);
    if (t >= 0) { latencies.push(performance.now() - t); acked++; }
  });
  r.onMessage("error", () => { errors++; });
  const tick = () => {
    const n = seq++;
    pending.set(n, measuring() ? performance.now() : -1);
    if (measuring()) sent++;
    r.send("orders", { actions, submit: false, seq: n });
  };
  setTimeout(() => { tick(); setInterval(tick, EVERY); }, Math.random() * EVERY);
}
await new Promise((r) => setTimeout(r, SECONDS * 1000));
const measured = (performance.now() - start - WARMUP_MS) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => percentile(latencies, p);
process.send?.({ clients: all.length, sent, acked, errors, perSecond: acked / measured, p50: pct(0.5), p95: pct(0.95), p99: pct(0.99), retries, latencies });
await Promise.all(all.map(({ room: r }) => r.leave().catch(() => {})));
process.exit(0);
