// Clients for the class bench, in their own process: K groups × M players, played round after round.
// Every player submits at once; each client times, from the last submit of all, until it sees its
// group's report of that round. Kind "class": a class in step (students placed by the class, the
// teacher's dashboard moving every group on); kind "games": as many separate games, each with its own
// facilitator, the same players and orders. Sends its figures over IPC.
import { Client, type Room } from "@colyseus/sdk";
import { until } from "../test/util/until.ts";
import { percentile } from "./stats.ts";

const [port, kind, groups, perGroup, rounds] = process.argv.slice(2);
const K = Number(groups), M = Number(perGroup), ROUNDS = Number(rounds);
const base = `http://127.0.0.1:${port}`;
const endpoint = `ws://127.0.0.1:${port}`;
const TIMERS = { briefing: 3600, negotiation: 3600, orders: 3600, report: 3600 };

/** One order each seat a class places first may always give. */
const ORDERS: Record<string, unknown[]> = {
  us: [{ kind: "visit", target: "uae" }], nvidia: [{ kind: "setPrice", chip: "h100", price: 28 }], uae: [{ kind: "build", slots: 100 }],
  cloudlab: [{ kind: "training", share: 0.6 }], amd: [{ kind: "setPrice", chip: "mi300x", price: 13 }],
};
const SEATS = Object.keys(ORDERS);

const post = async (path: string, body: unknown) => {
  const res = await fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
};
/** Sends a message and waits for the room's answer to it. */
const ask = (room: Room, type: string, body: unknown) => new Promise<void>((resolve, reject) => {
  const off = [room.onMessage("ack", (m: { type: string }) => { if (m.type === type) { off.forEach((f) => f()); resolve(); } }),
    room.onMessage("error", (m: { type: string; message: string }) => { if (m.type === type) { off.forEach((f) => f()); reject(new Error(m.message)); } })];
  room.send(type, body);
});

interface Player { room: Room; actor: string; reportAt: number }
const players: Player[] = [];
/** what moves every group on: the class's dashboard, or each game's facilitator */
let moveOn: () => Promise<void>;

const watch = (room: Room, actor: string): Player => {
  const p: Player = { room, actor, reportAt: 0 };
  room.onMessage("*", () => {});
  room.onStateChange((state: any) => {
    if (state.phase === "report" && state.round === current && p.reportAt === 0) p.reportAt = performance.now();
  });
  room.send("hello", {});
  return p;
};
let current = 0;

if (kind === "class") {
  const c = await post("/api/classes", { scenarioId: "gulf-licensing-2024", groups: K, inStep: true, timers: TIMERS });
  const teacher = await new Client(endpoint).joinById(c.code, { teacherKey: c.teacherKey });
  teacher.onMessage("*", () => {});
  teacher.send("hello", {});
  const students = await Promise.all(Array.from({ length: K * M }, async (_, i) => {
    const room = await new Client(endpoint).joinById(c.code, { name: `student ${i}` });
    let token = "";
    let placement: { game: string | null; actor: string | null } = { game: null, actor: null };
    room.onMessage("welcome", (m: { student: { token: string } }) => { token = m.student.token; });
    room.onMessage("placement", (m: typeof placement) => { placement = m; });
    room.onMessage("*", () => {});
    room.send("hello", {});
    return { room, token: () => token, placement: () => placement };
  }));
  await until(() => students.every((s) => s.token()), 30_000, "every student welcomed");
  await ask(teacher, "form", {});
  await until(() => students.every((s) => s.placement().game), 30_000, "every student placed");
  for (const s of students) {
    const { game, actor } = s.placement();
    players.push(watch(await new Client(endpoint).joinById(game!, { name: "student", seatToken: s.token() }), actor!));
  }
  const command = (command: unknown) => ask(teacher, "command", { group: null, command });
  await command({ command: "start" });
  moveOn = () => command({ command: "advance" });
} else {
  const hosts: Room[] = [];
  for (let g = 0; g < K; g++) {
    const game = await post("/api/games", { scenarioId: "gulf-licensing-2024", timers: TIMERS });
    const host = await new Client(endpoint).joinById(game.code, { facilitatorKey: game.facilitatorKey });
    host.onMessage("*", () => {});
    host.send("hello", {});
    hosts.push(host);
    for (let j = 0; j < M; j++) {
      const room = await new Client(endpoint).joinById(game.code, { name: `player ${g}.${j}` });
      const p = watch(room, SEATS[j]!);
      room.send("claimSeat", { actor: p.actor });
      players.push(p);
      await until(() => (room.state as any).seats?.get(p.actor)?.members.length > 0, 30_000, "a seat taken");
    }
    await ask(host, "facilitator", { command: "start" });
  }
  moveOn = async () => { await Promise.all(hosts.map((h) => ask(h, "facilitator", { command: "advance" }))); };
}

const phase = (p: Player) => (p.room.state as any).phase as string;
const roundOf = (p: Player) => (p.room.state as any).round as number;
const perClient: number[] = [];
const perRound: number[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  await until(() => players.every((p) => phase(p) === "briefing" && roundOf(p) === round), 30_000, `round ${round}'s briefing`);
  await moveOn(); // to the negotiation, where the players submit
  await until(() => players.every((p) => phase(p) === "negotiation"), 30_000, `round ${round}'s negotiation`);
  current = round;
  for (const p of players) p.reportAt = 0;
  for (const p of players) p.room.send("orders", { actions: ORDERS[p.actor] ?? [], submit: true });
  const lastSubmit = performance.now();
  await until(() => players.every((p) => p.reportAt > 0), 30_000, `round ${round}'s reports`);
  // round 1 warms the server up: not measured
  if (round > 1) {
    const times = players.map((p) => p.reportAt - lastSubmit);
    perClient.push(...times);
    perRound.push(Math.max(...times));
  }
  if (round < ROUNDS) await moveOn(); // from the report to the next briefing
}
process.send!({ clients: players.length, rounds: perRound.length, clientP50: percentile(perClient, 0.5), clientP95: percentile(perClient, 0.95), allP50: percentile(perRound, 0.5), allP95: percentile(perRound, 0.95) });
await Promise.all(players.map((p) => p.room.leave().catch(() => undefined)));
process.exit(0);
