// Starting and stopping as a user does: the process `npm start` starts is the one that gets the
// signal, and the server stops gracefully (clients told, records written, nothing left running).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { createServer } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import { createGame, join, ROOT, until } from "../util/server.ts";

const started: ChildProcess[] = [];
afterAll(() => {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) process.kill(-c.pid!, "SIGKILL");
});

/** Starts a command in a process group of its own, as a terminal would; resolves once it listens. */
async function launch(command: string, args: string[], dataDir: string) {
  const child = spawn(command, args, {
    cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: "0", DATA_DIR: dataDir, CLIENT_DIR: joinPath(dataDir, "client") },
  });
  started.push(child);
  let out = "";
  child.stdout!.on("data", (d) => { out += String(d); });
  child.stderr!.on("data", (d) => { out += String(d); });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const port = await until(() => /running at http:\/\/localhost:(\d+)/.exec(out)?.[1], 60_000, `${command} to start`);
  return { child, exited, output: () => out, server: { base: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}` } };
}

/** Whether any process of the group is still there. */
const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function stopsGracefully(command: string, args: string[], signal: NodeJS.Signals) {
  const dataDir = mkdtempSync(joinPath(tmpdir(), "silicon-curtain-stop-"));
  const run = await launch(command, args, dataDir);
  const game = await createGame(run.server);
  const player = await join(run.server, game.code, { name: "Lin" });
  player.room.reconnection.enabled = false;
  player.send("claimSeat", { actor: "uae" });
  await player.waitFor("seat", (b) => b.actor === "uae");
  const left = new Promise<number>((resolve) => player.room.onLeave((code) => resolve(code)));
  run.child.kill(signal); // the process the user started, not its group
  expect(await run.exited).toBe(0);
  await player.waitFor("stopping"); // the client was told
  expect(await left).not.toBe(1000);
  await until(() => !groupAlive(run.child.pid!), 5000, "every process of the group to end");
  await expect(fetch(`${run.server.base}/health`)).rejects.toThrow();
  // the record is whole: the seat taken is in it, on a line of its own
  const record = readFileSync(joinPath(dataDir, "games", `${game.code}.jsonl`), "utf8");
  expect(record.endsWith("\n")).toBe(true);
  expect(record).toMatch(/"type":"seat","actor":"uae"/);
  expect(run.output()).toMatch(new RegExp(`${signal}: stopping`));
}

describe("stopping the server", () => {
  it("npm start: SIGTERM to the process started stops the server itself, gracefully", async () => {
    await stopsGracefully("npm", ["start"], "SIGTERM");
  }, 90_000);

  it("Ctrl-C (SIGINT) stops it gracefully too", async () => {
    await stopsGracefully(process.execPath, ["server/main.ts"], "SIGINT");
  }, 30_000);
});

describe("npm run dev", () => {
  it("points the page at the game server on PORT", async () => {
    const before = process.env.PORT;
    process.env.PORT = "34567";
    try {
      const vite = await createServer({ root: joinPath(ROOT, "client"), configFile: joinPath(ROOT, "vite.config.ts"), server: { port: 0 }, logLevel: "silent" });
      try {
        const net = await vite.transformRequest("/net.ts");
        expect(net?.code).toContain('"VITE_SERVER_PORT": "34567"');
      } finally {
        await vite.close();
      }
    } finally {
      if (before === undefined) delete process.env.PORT;
      else process.env.PORT = before;
    }
  });
});
