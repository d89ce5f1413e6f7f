// The server under load, in its own process: the real game server, plus a bare Colyseus room that
// only echoes, for comparison. It answers "stats" over IPC with its CPU time and memory.
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
const running = await startServer({
  port: 0, dataDir: mkdtempSync(join(tmpdir(), "silicon-curtain-bench-")), scenariosDir: join(root, "assets/scenarios"),
  clientDir: join(root, "dist/client"), reconnectSeconds: 120, idleMinutes: 30,
  // the load generator creates all its games at once, from one address
  limits: { perAddress: { burst: 10_000, everySeconds: 1 }, total: { burst: 10_000, everySeconds: 1 }, live: 10_000 },
});
matchMaker.defineRoomType("echo", EchoRoom);

process.on("message", (message) => {
  if (message === "exit") process.exit(0);
  if (message === "stats") {
    process.send!({ cpu: process.cpuUsage(), memory: process.memoryUsage(), rooms: matchMaker.stats.local.roomCount });
  }
});
process.send!({ port: running.port });
