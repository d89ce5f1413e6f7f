// `npm start`'s server in its own process, on a free port, for tests that kill it.
import { spawn, type ChildProcess } from "node:child_process";
import { ROOT, until } from "./server.ts";

export interface ServerProcess { base: string; ws: string; child: ChildProcess }

/** Starts the server on `dataDir`; `children` collects it, for the test to kill at the end. */
export async function serverProcess(dataDir: string, children: ChildProcess[]): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["server/main.ts"], {
    cwd: ROOT, env: { ...process.env, PORT: "0", DATA_DIR: dataDir, RECONNECT_SECONDS: "1" }, stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  let out = "";
  child.stdout!.on("data", (d) => { out += String(d); });
  const port = await until(() => /localhost:(\d+)/.exec(out)?.[1], 15_000, "the server to start");
  return { base: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}`, child };
}

/** Kills the server without warning, and waits until it is gone. */
export async function kill(server: ServerProcess): Promise<void> {
  server.child.kill("SIGKILL");
  await until(() => server.child.exitCode !== null || server.child.signalCode !== null);
}
