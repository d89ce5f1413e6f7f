// Starts the whole game server on one port: the Colyseus endpoint, the HTTP API and the built client.
import { matchMaker, Server } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import type { AddressInfo } from "node:net";
import { secret } from "./codes.ts";
import { classRoutes } from "./class-http.ts";
import { ClassRoom } from "./class-room.ts";
import { GameRoom } from "./game-room.ts";
import { DEFAULT_LIMITS, httpRoutes, type GameLimits } from "./http.ts";
import { classCodes, listRecords } from "./records.ts";

export interface ServerConfig {
  port: number;
  dataDir: string;
  scenariosDir: string;
  clientDir: string;
  reconnectSeconds: number;
  idleMinutes: number;
  /** limits on creating games; the defaults suit a classroom server */
  limits?: GameLimits;
}

export interface RunningServer {
  port: number;
  /** Stops gracefully: no new games or joins, every client told, every record written out. */
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const openKey = secret();
  GameRoom.config = { dataDir: config.dataDir, reconnectSeconds: config.reconnectSeconds, idleMinutes: config.idleMinutes, openKey };
  let stopping = false;
  const openGame = async (gameId: string) => { await matchMaker.createRoom("game", { gameId, openKey }); };
  const openClass = async (code: string) => { await matchMaker.createRoom("class", { code, openKey }); };
  ClassRoom.config = { dataDir: config.dataDir, reconnectSeconds: config.reconnectSeconds, idleMinutes: config.idleMinutes, openKey, openGame };
  const limits = config.limits ?? DEFAULT_LIMITS;
  const server = new Server({
    // a round's orders (up to 100 actions) can pass the transport's default 4 KB per message
    transport: new WebSocketTransport({ maxPayload: 128 * 1024 }),
    greet: false,
    gracefullyShutdown: false,
    express: (app) => {
      classRoutes(app, { ...config, limits, openClass, stopping: () => stopping });
      httpRoutes(app, { ...config, limits, openGame, stopping: () => stopping });
    },
  });
  server.define("game", GameRoom);
  server.define("class", ClassRoom);
  // rooms are joined by code (and rejoined); only the game API creates them or picks one
  matchMaker.controller.exposedMethods = ["joinById", "reconnect"];
  // the page under `npm run dev` calls the API from another origin, with the API's own headers
  const cors = matchMaker.controller.DEFAULT_CORS_HEADERS as Record<string, string>;
  if (!cors["Access-Control-Allow-Headers"]!.includes("X-Seat-Token")) cors["Access-Control-Allow-Headers"] += ", X-Facilitator-Key, X-Seat-Token";
  await server.listen(config.port);
  // every record is read once now, so that listing games is quick from the first request on
  listRecords(config.dataDir);
  // games that were being played when the server stopped open again, as they would still be open
  // had it not: their players' clients rejoin by code and reclaim their seats with their tokens
  const recently = Date.now() - config.idleMinutes * 60_000;
  const classes = new Set(classCodes(config.dataDir, recently));
  for (const r of listRecords(config.dataDir, recently)) {
    if (r.finished) continue;
    await openGame(r.header.gameId).catch((error: unknown) => console.error(`game ${r.header.gameId} could not be resumed:`, error instanceof Error ? error.message : error));
    if (r.header.settings.class) classes.add(r.header.settings.class.code);
  }
  // so do classes being taught: those written to lately, and those whose groups were being played
  for (const code of classes) {
    await openClass(code).catch((error: unknown) => console.error(`class ${code} could not be resumed:`, error instanceof Error ? error.message : error));
  }
  const port = (server.transport.server!.address() as AddressInfo).port;
  return {
    port,
    close: async () => {
      stopping = true;
      await server.gracefullyShutdown(false);
    },
  };
}
