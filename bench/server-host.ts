// The server under load, in its own process: the real game server, plus a bare Colyseus room that
// only echoes, for comparison. It answers "stats" over IPC with its CPU time and memory. Records go to
// a temp folder, or with REDIS_URL, PUBLIC_ADDRESS and DATABASE_URL it is one of several processes.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { matchMaker, Room, type Client } from "@colyseus/core";
import { startServer } from "../server/app.ts";

class EchoRoom extends Room {
  override onCreate(): void {
    this.onMessage("orders", (client: Client, message: { seq?: number }) => client.send("ack", { type: "orders", seq: message?.seq }));
  }
}

const root = new URL("..", import.meta.url).pathname;
const { PORT, REDIS_URL, PUBLIC_ADDRESS, DATABASE_URL } = process.env;
const running = await startServer({
  port: Number(PORT ?? 0), dataDir: mkdtempSync(join(tmpdir(), "silicon-curtain-bench-")), scenariosDir: join(root, "assets/scenarios"),
  clientDir: join(root, "dist/client"), reconnectSeconds: 120, idleMinutes: 30,
  // the load generator creates all its games at once, from one address
  limits: { perAddress: { burst: 10_000, everySeconds: 1 }, total: { burst: 10_000, everySeconds: 1 }, live: 10_000 },
  ...(REDIS_URL && PUBLIC_ADDRESS ? { redis: { url: REDIS_URL, publicAddress: PUBLIC_ADDRESS } } : {}),
  ...(DATABASE_URL ? { databaseUrl: DATABASE_URL } : {}),
});
matchMaker.defineRoomType("echo", EchoRoom);
// the echo room's clients create it themselves (game rooms still open only through the game API)
matchMaker.controller.exposedMethods = [...matchMaker.controller.exposedMethods, "create"];

process.on("message", (message) => {
  if (message === "exit") process.exit(0);
  if (message === "stats") {
    process.send!({ cpu: process.cpuUsage(), memory: process.memoryUsage(), rooms: matchMaker.stats.local.roomCount });
  }
});
process.send!({ port: running.port });
