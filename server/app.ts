// Starts the whole game server on one port: the Colyseus endpoint, the HTTP API and the built client.
import { matchMaker, Server } from "@colyseus/core";
import { Encoder } from "@colyseus/schema";
import { WebSocketTransport } from "@colyseus/ws-transport";
import type { AddressInfo } from "node:net";
import { GameRoom } from "./game-room.ts";
import { httpRoutes } from "./http.ts";
import { listRecords } from "./records.ts";

export interface ServerConfig {
  port: number;
  dataDir: string;
  scenariosDir: string;
  clientDir: string;
  reconnectSeconds: number;
  idleMinutes: number;
}

export interface RunningServer { port: number; close(): Promise<void> }

/** The encoder's buffer grows past this when a full state needs it (every seat's view and the
 *  facilitator's are some tens of kilobytes each), but it also keeps this much free after each
 *  view it encodes: a large value makes every patch allocate, so keep it modest. */
Encoder.BUFFER_SIZE = 64 * 1024;

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  GameRoom.config = { dataDir: config.dataDir, reconnectSeconds: config.reconnectSeconds, idleMinutes: config.idleMinutes };
  const server = new Server({
    // a round's orders (up to 100 actions) can pass the transport's default 4 KB per message
    transport: new WebSocketTransport({ maxPayload: 128 * 1024 }),
    greet: false,
    gracefullyShutdown: false,
    express: (app) => httpRoutes(app, config),
  });
  server.define("game", GameRoom);
  await server.listen(config.port);
  // games that were being played when the server stopped open again, as they would still be open
  // had it not: their players' clients rejoin by code and reclaim their seats with their tokens
  for (const r of listRecords(config.dataDir, Date.now() - config.idleMinutes * 60_000)) {
    if (r.finished) continue;
    await matchMaker.createRoom("game", { gameId: r.header.gameId })
      .catch((error: unknown) => console.error(`game ${r.header.gameId} could not be resumed`, error));
  }
  const port = (server.transport.server!.address() as AddressInfo).port;
  return { port, close: () => server.gracefullyShutdown(false) };
}
