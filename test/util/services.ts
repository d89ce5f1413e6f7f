// Throw-away services for tests and benchmarks: a redis-server and a PostgreSQL cluster (initdb in a
// temp folder), each on a free loopback port, their output kept (not printed), stopped at the end.
// They are found on PATH or where Debian's packages put them (redis-server; postgresql's
// /usr/lib/postgresql/<version>/bin). As root, PostgreSQL runs as the `postgres` user (or `nobody`).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

/** A free TCP port on loopback (free when asked: good enough for tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const onPath = (name: string, extra: string[] = []): string | null => {
  for (const dir of [...(process.env.PATH ?? "").split(delimiter), ...extra]) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
};

export const findRedis = (): string | null => onPath("redis-server", ["/usr/bin", "/usr/sbin", "/usr/local/bin"]);

/** The folder holding initdb and postgres: on PATH, or Debian's newest /usr/lib/postgresql/<version>/bin. */
export function findPostgres(): string | null {
  const initdb = onPath("initdb");
  if (initdb && existsSync(join(initdb, "..", "postgres"))) return join(initdb, "..");
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  const found = versions.map((v) => join(root, v, "bin")).find((dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "postgres")));
  return found ?? null;
}

/** Why the services a test needs are missing, or null when they are all there. */
export function missingServices(): string | null {
  const missing = [findRedis() ? null : "redis-server (Debian: apt-get install redis-server)", findPostgres() ? null : "PostgreSQL's initdb and postgres (Debian: apt-get install postgresql)"].filter(Boolean);
  return missing.length ? `not found: ${missing.join("; ")}` : null;
}

export interface Service { url: string; port: number; child: ChildProcess; output(): string; stop(): Promise<void> }

/** Starts a child, keeping its output, until a line matching `ready` shows (or it exits). */
function startChild(command: string, args: string[], ready: RegExp, options: { uid?: number; gid?: number; cwd?: string }, what: string): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error(`${what} did not start in 20 s:\n${out}`)); }, 20_000);
    const hear = (d: Buffer) => {
      out += String(d);
      if (ready.test(out)) { clearTimeout(timer); resolve({ child, output: () => out }); }
    };
    child.stdout!.on("data", hear);
    child.stderr!.on("data", hear);
    child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`${what} exited (${code}):\n${out}`)); });
    child.once("error", (error) => { clearTimeout(timer); reject(error); });
  });
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

export async function startRedis(): Promise<Service> {
  const bin = findRedis();
  if (!bin) throw new Error("redis-server not found");
  const port = await freePort();
  const { child, output } = await startChild(bin, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    /Ready to accept connections/, {}, "redis-server");
  return { url: `redis://127.0.0.1:${port}`, port, child, output, stop: () => stopChild(child, "SIGTERM") };
}

/** The user PostgreSQL runs as when the tests run as root (it refuses to run as root). */
function unprivileged(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const user of ["postgres", "nobody"]) {
    try {
      const uid = Number(execFileSync("id", ["-u", user], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
      const gid = Number(execFileSync("id", ["-g", user], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
      return { uid, gid };
    } catch {
      // no such user: try the next
    }
  }
  throw new Error("running as root, and neither a postgres nor a nobody user to run PostgreSQL as");
}

/** A fresh PostgreSQL cluster in a temp folder, on a free port, trusting local connections; its
 *  data goes with it when stopped. `durable`: fsync as in production (benchmarks), else off. */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<Service> {
  const bin = findPostgres();
  if (!bin) throw new Error("PostgreSQL's initdb and postgres not found");
  const dir = mkdtempSync(join(tmpdir(), "silicon-curtain-pg-"));
  const user = unprivileged();
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, "data");
  execFileSync(join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "silicon", "-E", "UTF8", "--no-sync", "--locale=C"], { stdio: ["ignore", "pipe", "pipe"], cwd: dir, ...user });
  const port = await freePort();
  const { child, output } = await startChild(join(bin, "postgres"), [
    "-D", data, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1", "-c", `fsync=${options.durable ? "on" : "off"}`,
  ], /ready to accept connections/, { cwd: dir, ...user }, "postgres");
  return {
    url: `postgres://silicon@127.0.0.1:${port}/postgres`, port, child, output,
    stop: async () => {
      await stopChild(child, "SIGINT");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A redis-server and a PostgreSQL cluster, both or neither: one that fails to start stops the other. */
export async function bothServices(options: { durable?: boolean } = {}): Promise<[Service, Service]> {
  const [redis, pg] = await Promise.allSettled([startRedis(), startPostgres(options)]);
  if (redis.status === "fulfilled" && pg.status === "fulfilled") return [redis.value, pg.value];
  for (const s of [redis, pg]) if (s.status === "fulfilled") await s.value.stop();
  throw [redis, pg].find((s): s is PromiseRejectedResult => s.status === "rejected")!.reason;
}
