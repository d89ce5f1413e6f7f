// Several processes: twice the server bench's load (2 × 200 games × 8 clients, an order per client
// every 500 ms) on one process with records in files, and on two processes on Redis and PostgreSQL
// (a throw-away redis-server and cluster, fsync on as in production), each game created through one
// process and its clients joining through the other; both against the bare echo room on one process,
// in one run. The load comes from two processes of its own in every case.
import { bothServices, freePort, type Service } from "../test/util/services.ts";
import { loadOn, serverHost, type Host, type LoadRun } from "./server.ts";

export interface ProcessesFigures { games: number; clients: number; bare: LoadRun; one: LoadRun; two: LoadRun; onePg: LoadRun }

const LOADS = 2;

async function on(envs: Record<string, string>[], run: (hosts: Host[]) => Promise<LoadRun>): Promise<LoadRun> {
  const hosts = await Promise.all(envs.map((env) => serverHost(env)));
  try {
    return await run(hosts);
  } finally {
    for (const h of hosts) h.stop();
  }
}

export async function benchProcesses(games = 400, clients = 8, seconds = 20, interval = 500): Promise<ProcessesFigures> {
  const load = (kind: "echo" | "game") => (hosts: Host[]) => loadOn(hosts, kind, games, clients, seconds, interval, LOADS);
  const bare = await on([{}], load("echo"));
  const one = await on([{}], load("game"));
  // each run on a fresh Redis and database: a stopped run's games are not the next one's to resume
  const fresh = async (run: (redis: Service, postgres: Service) => Promise<LoadRun>) => {
    const [redis, postgres] = await bothServices({ durable: true });
    try {
      return await run(redis, postgres);
    } finally {
      await redis.stop();
      await postgres.stop();
    }
  };
  // the cost of the database alone: one process, its records in PostgreSQL
  const onePg = await fresh((_, postgres) => on([{ DATABASE_URL: postgres.url }], load("game")));
  const two = await fresh(async (redis, postgres) => {
    const ports = await Promise.all([freePort(), freePort()]);
    return on(ports.map((port) => ({ PORT: String(port), REDIS_URL: redis.url, DATABASE_URL: postgres.url, PUBLIC_ADDRESS: `127.0.0.1:${port}` })), load("game"));
  });
  return { games, clients: games * clients, bare, one, two, onePg };
}
