// Deployments of real server processes (`npm start`'s server/main.ts), for tests that join through
// one process and play on another, or kill one: three processes on a throw-away redis-server and
// PostgreSQL cluster, or the default of one process with its records in files. Each process's output
// is kept, not printed. Clients that come back by themselves when their process dies, as the
// browser's do (client/net.ts), are `Comeback`s.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { join, Player, ROOT, until } from "./server.ts";
import { bothServices, freePort, type Service } from "./services.ts";

export interface ServerProcess { name: string; port: number; base: string; ws: string; child: ChildProcess; output(): string }

/** Seconds a process's claim on its records lasts in these tests: a dead one's games move on soon. */
const LEASE_SECONDS = 2;

export interface Deployment {
  name: string;
  /** the processes running now */
  readonly processes: ServerProcess[];
  /** the i-th process (with one process, that one) */
  at(i: number): ServerProcess;
  /** a process that is up */
  any(): ServerProcess;
  /** Kills a process without warning (kill -9); with one process, it is started again on its port
   *  and records, as after a crash and restart. */
  kill(p: ServerProcess): Promise<void>;
  /** Stops a process gracefully (SIGTERM); with one process, it is started again, as after an update. */
  restart(p: ServerProcess): Promise<void>;
  /** The process a client's room runs on: the one its connection went to. */
  holder(player: Player): ServerProcess;
  /** Every process's output, for a failing test to show. */
  output(): string;
  stop(): Promise<void>;
}

function startProcess(name: string, port: number, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["server/main.ts"], {
    cwd: ROOT, env: { ...process.env, PORT: String(port), RECONNECT_SECONDS: "1", ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => { out += String(d); });
  child.stderr!.on("data", (d) => { out += String(d); });
  const p: ServerProcess = { name, port, base: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}`, child, output: () => out };
  return until(() => out.includes(`localhost:${port}`) || (child.exitCode !== null && child.exitCode), 60_000, `${name} to start`)
    .then((started) => {
      if (started !== true) throw new Error(`${name} exited:\n${out}`);
      return p;
    }, (error: Error) => {
      child.kill("SIGKILL");
      throw new Error(`${error.message}:\n${out}`);
    });
}

async function killProcess(p: ServerProcess): Promise<void> {
  p.child.kill("SIGKILL");
  await until(() => p.child.exitCode !== null || p.child.signalCode !== null);
}

async function stopProcess(p: ServerProcess): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill("SIGTERM");
  await until(() => p.child.exitCode !== null || p.child.signalCode !== null, 10_000, `${p.name} to stop`).catch(() => killProcess(p));
}

/** Three processes on Redis and PostgreSQL, each announcing its own address. */
export async function threeProcesses(): Promise<Deployment> {
  const [redis, postgres] = await bothServices();
  const ports = await Promise.all([0, 1, 2].map(() => freePort()));
  const started = await Promise.allSettled(ports.map((port, i) => startProcess(`process ${i + 1}`, port, {
    REDIS_URL: redis.url, DATABASE_URL: postgres.url, PUBLIC_ADDRESS: `127.0.0.1:${port}`, LEASE_SECONDS: String(LEASE_SECONDS),
    DATA_DIR: mkdtempSync(joinPath(tmpdir(), "silicon-curtain-unused-")),
  })));
  const processes = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) {
    await Promise.all([...processes.map(killProcess), redis.stop(), postgres.stop()]);
    throw failed.reason;
  }
  const all = [...processes];
  return deployment("three processes on Redis and PostgreSQL", processes, all, [redis, postgres], async (p, stop) => {
    await stop(p);
    processes.splice(processes.indexOf(p), 1);
  });
}

/** One process with its records in files: the default. */
export async function oneProcess(): Promise<Deployment> {
  const port = await freePort();
  const env = { DATA_DIR: mkdtempSync(joinPath(tmpdir(), "silicon-curtain-one-")), LEASE_SECONDS: String(LEASE_SECONDS) };
  const processes = [await startProcess("the process", port, env)];
  const all = [...processes];
  return deployment("one process with records in files", processes, all, [], async (p, stop) => {
    await stop(p);
    const again = await startProcess("the process, restarted", port, env);
    processes.splice(0, 1, again);
    all.push(again);
  });
}

/** `end` ends a process (by `stop`, gracefully or not) and does what follows: with one process, starts it again. */
type End = (p: ServerProcess, stop: (p: ServerProcess) => Promise<void>) => Promise<void>;

function deployment(name: string, processes: ServerProcess[], all: ServerProcess[], services: Service[], end: End): Deployment {
  return {
    name, processes,
    kill: (p) => end(p, killProcess),
    restart: (p) => end(p, stopProcess),
    at: (i) => processes[i % processes.length]!,
    any: () => processes[0]!,
    holder(player) {
      const url = String((player.room.connection.transport as unknown as { ws: { url: string } }).ws.url);
      const port = Number(new URL(url).port);
      const found = all.find((p) => p.port === port && processes.includes(p));
      if (!found) throw new Error(`no live process at ${url}`);
      return found;
    },
    output: () => all.map((p) => `--- ${p.name} (port ${p.port})\n${p.output()}`).join("\n"),
    async stop() {
      await Promise.all(processes.map(stopProcess));
      for (const s of services) await s.stop();
    },
  };
}

/**
 * A client that comes back by itself when its connection is lost for good (its process died), as
 * the browser's does: it joins the room again by code, through a process that is up, with the seat
 * token it was given, until it is in.
 */
export class Comeback {
  player!: Player;
  /** how many times it came back */
  rejoins = 0;
  private readonly deployment: Deployment;
  private readonly code: string;
  private options: Record<string, unknown>;
  private left = false;

  private constructor(deployment: Deployment, code: string, options: Record<string, unknown>) {
    this.deployment = deployment;
    this.code = code;
    this.options = options;
  }

  static async join(deployment: Deployment, via: ServerProcess, code: string, options: Record<string, unknown>): Promise<Comeback> {
    const c = new Comeback(deployment, code, { playerId: `p-${Math.random().toString(36).slice(2)}`, ...options });
    c.watch(await join(via, code, c.options));
    return c;
  }

  private watch(player: Player): void {
    this.player = player;
    // the browser tries the SDK's own reconnection for a while first; these go straight to rejoining
    player.room.reconnection.enabled = false;
    player.room.onLeave(() => { if (!this.left) void this.rejoin(); });
  }

  private async rejoin(): Promise<void> {
    // the seat's token, as the browser keeps it
    const token = this.player.last("seat")?.token as string | undefined;
    if (token) this.options = { ...this.options, seatToken: token };
    for (const end = Date.now() + 30_000; Date.now() < end;) {
      try {
        this.watch(await join(this.deployment.any(), this.code, this.options));
        this.rejoins++;
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  /** Waits until it has come back (`times` times in all). */
  back(times = 1): Promise<Player> {
    return until(() => this.rejoins >= times && this.player, 30_000, `${String(this.options.name)} to come back`);
  }

  leave(): Promise<unknown> {
    this.left = true;
    return this.player.leave().catch(() => undefined);
  }
}
