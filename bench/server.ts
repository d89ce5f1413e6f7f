// Server load: K games × M clients (clients in a separate process, over loopback) sending an order
// every 500 ms, against the same load on a bare Colyseus room that only echoes, in one run.
import { fork, type ChildProcess } from "node:child_process";

export interface LoadFigures { clients: number; sent: number; acked: number; errors: number; perSecond: number; p50: number; p95: number; p99: number }
interface Stats { cpu: NodeJS.CpuUsage; memory: NodeJS.MemoryUsage; rooms: number }
export interface ServerFigures { games: number; clients: number; bare: LoadFigures; game: LoadFigures; cpuBare: number; cpuGame: number; memoryPerRoomMB: number; heapPerRoomMB: number }

const script = (name: string) => new URL(name, import.meta.url).pathname;
const next = <T>(child: ChildProcess, test: (m: any) => boolean): Promise<T> =>
  new Promise((resolve) => { const on = (m: any) => { if (test(m)) { child.off("message", on); resolve(m); } }; child.on("message", on); });

export async function benchServer(games = 200, clients = 8, seconds = 20, interval = 500): Promise<ServerFigures> {
  const host = fork(script("./server-host.ts"), [], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  const { port } = await next<{ port: number }>(host, (m) => m.port !== undefined);
  const stats = async () => { host.send("stats"); return next<Stats>(host, (m) => m.cpu !== undefined); };

  const run = async (kind: "echo" | "game") => {
    const load = fork(script("./load-clients.ts"), [String(port), kind, String(games), String(clients), String(seconds), String(interval)], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
    await next(load, (m) => m.joined !== undefined);
    const before = await stats();
    const t0 = performance.now();
    const figures = await next<LoadFigures>(load, (m) => m.p95 !== undefined);
    const after = await stats();
    const cpu = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000 / (performance.now() - t0);
    await new Promise((r) => load.on("exit", r));
    return { figures, cpu, during: after };
  };

  const idle = await stats();
  const bare = await run("echo");
  const game = await run("game");
  host.kill();
  return {
    games, clients: games * clients, bare: bare.figures, game: game.figures, cpuBare: bare.cpu, cpuGame: game.cpu,
    memoryPerRoomMB: (game.during.memory.rss - idle.memory.rss) / games / 2 ** 20,
    heapPerRoomMB: (game.during.memory.heapUsed - idle.memory.heapUsed) / games / 2 ** 20,
  };
}
