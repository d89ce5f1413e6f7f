// Server load: K games × M clients (clients in a separate process, over loopback) sending an order
// every 500 ms, against the same load on a bare Colyseus room that only echoes, in one run. Its parts
// (a server host, a load over one or more hosts) serve the processes bench too.
import { fork, type ChildProcess } from "node:child_process";
import { percentile } from "./stats.ts";

export interface LoadFigures { clients: number; sent: number; acked: number; errors: number; perSecond: number; p50: number; p95: number; p99: number; retries: number }
interface Stats { cpu: NodeJS.CpuUsage; memory: NodeJS.MemoryUsage; rooms: number }
export interface ServerFigures { games: number; clients: number; bare: LoadFigures; game: LoadFigures; cpuBare: number; cpuGame: number; memoryPerRoomMB: number; heapPerRoomMB: number }

const script = (name: string) => new URL(name, import.meta.url).pathname;
const next = <T>(child: ChildProcess, test: (m: any) => boolean): Promise<T> =>
  new Promise((resolve, reject) => {
    const on = (m: any) => { if (test(m)) { child.off("message", on); child.off("exit", ended); resolve(m); } };
    const ended = (code: number | null) => reject(new Error(`bench process ${child.pid} ended before its answer (exit ${code})`));
    child.on("message", on);
    child.once("exit", ended);
  });

export interface Host { port: number; stats(): Promise<Stats>; stop(): void }

/** A game server in its own process (server-host.ts), with these settings in its environment. */
export async function serverHost(env: Record<string, string> = {}): Promise<Host> {
  const child = fork(script("./server-host.ts"), [], { stdio: ["ignore", "ignore", "inherit", "ipc"], env: { ...process.env, ...env } });
  const { port } = await next<{ port: number }>(child, (m) => m.port !== undefined);
  return {
    port,
    stats: async () => { child.send("stats"); return next<Stats>(child, (m) => m.cpu !== undefined); },
    stop: () => { child.kill(); },
  };
}

export interface LoadRun { figures: LoadFigures; cpu: number; during: Stats[] }

/** K games × M clients over the hosts, from `loads` processes (each with its share of the games),
 *  measured together: their figures as one, and the hosts' CPU (share of a core, summed). */
export async function loadOn(hosts: Host[], kind: "echo" | "game", games: number, clients: number, seconds: number, interval: number, loads = 1): Promise<LoadRun> {
  const ports = hosts.map((h) => h.port).join(",");
  const procs = Array.from({ length: loads }, (_, i) => {
    const share = Math.floor(games / loads) + (i < games % loads ? 1 : 0);
    return fork(script("./load-clients.ts"), [ports, kind, String(share), String(clients), String(seconds), String(interval)], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  });
  try {
    await Promise.all(procs.map((p) => next(p, (m) => m.joined !== undefined)));
  } catch (error) {
    for (const p of procs) p.kill();
    throw error;
  }
  const before = await Promise.all(hosts.map((h) => h.stats()));
  const t0 = performance.now();
  const results = procs.map((p) => next<LoadFigures & { latencies: number[] }>(p, (m) => m.p95 !== undefined));
  for (const p of procs) p.send("go");
  const all = await Promise.all(results);
  const after = await Promise.all(hosts.map((h) => h.stats()));
  const ms = performance.now() - t0;
  const cpu = after.reduce((sum, a, i) => sum + (a.cpu.user + a.cpu.system - before[i]!.cpu.user - before[i]!.cpu.system) / 1000 / ms, 0);
  // a load process may have exited already, its figures sent: waiting for its exit would never end
  await Promise.all(procs.map((p) => (p.exitCode !== null || p.signalCode !== null ? null : new Promise((r) => p.once("exit", r)))));
  const latencies = all.flatMap((f) => f.latencies);
  const pct = (p: number) => percentile(latencies, p);
  const sum = (key: "clients" | "sent" | "acked" | "errors" | "perSecond" | "retries") => all.reduce((n, f) => n + f[key], 0);
  return {
    figures: {
      clients: sum("clients"), sent: sum("sent"), acked: sum("acked"), errors: sum("errors"), perSecond: sum("perSecond"), retries: sum("retries"),
      p50: pct(0.5), p95: pct(0.95), p99: pct(0.99),
    },
    cpu, during: after,
  };
}

export async function benchServer(games = 200, clients = 8, seconds = 20, interval = 500): Promise<ServerFigures> {
  const host = await serverHost();
  try {
    const idle = await host.stats();
    const bare = await loadOn([host], "echo", games, clients, seconds, interval);
    const game = await loadOn([host], "game", games, clients, seconds, interval);
    return {
      games, clients: games * clients, bare: bare.figures, game: game.figures, cpuBare: bare.cpu, cpuGame: game.cpu,
      memoryPerRoomMB: (game.during[0]!.memory.rss - idle.memory.rss) / games / 2 ** 20,
      heapPerRoomMB: (game.during[0]!.memory.heapUsed - idle.memory.heapUsed) / games / 2 ** 20,
    };
  } finally {
    host.stop();
  }
}
