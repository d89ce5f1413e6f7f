// Starts the whole game server on one port: the Colyseus endpoint, the HTTP API and the built client.
// By default one process with its records on local disk. Configured for several processes (see the
// README's "Several server processes"), each uses Redis for Colyseus's presence and matchmaking
// (processes.ts) and PostgreSQL for the records every process reads (pg-store.ts).
import { matchMaker, Server } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import type { AddressInfo } from "node:net";
import { classRoutes } from "./class-http.ts";
import { ClassRoom } from "./class-room.ts";
import { FileStore } from "./file-store.ts";
import { GameRoom } from "./game-room.ts";
import { DEFAULT_LIMITS, httpRoutes, type GameLimits } from "./http.ts";
import { PgStore } from "./pg-store.ts";
import { connectRedis, isBusy, openRoom, placeRoom, type RedisSettings } from "./processes.ts";
import type { RecordStore } from "./records.ts";

export interface ServerConfig {
  port: number;
  dataDir: string;
  scenariosDir: string;
  clientDir: string;
  reconnectSeconds: number;
  idleMinutes: number;
  /** limits on creating games; the defaults suit a classroom server */
  limits?: GameLimits;
  /** one of several processes: Redis's address, and this process's as clients reach it */
  redis?: RedisSettings;
  /** records in PostgreSQL rather than in files in dataDir */
  databaseUrl?: string;
  /** how long a process's claim on the records it runs lasts unless renewed (PostgreSQL) */
  leaseSeconds?: number;
}

export interface RunningServer {
  port: number;
  /** Stops gracefully: no new games or joins, every client told, every record written out (and,
   *  with several processes, handed over to the others). */
  close(): Promise<void>;
}

export const DEFAULT_LEASE_SECONDS = 15;

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const leaseSeconds = config.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  const redis = config.redis ? await connectRedis(config.redis) : undefined;
  let store: RecordStore;
  try {
    store = config.databaseUrl ? await PgStore.connect(config.databaseUrl, leaseSeconds) : new FileStore(config.dataDir);
  } catch (error) {
    redis?.presence.shutdown();
    await redis?.driver.shutdown();
    throw error;
  }
  const openKey = await store.secret("open-key");
  let stopping = false;
  const openGame = (gameId: string) => openRoom("game", { gameId, openKey });
  // a class's groups are spread over the processes, the least busy first
  const openGroup = (gameId: string, group: number) => openRoom("game", { gameId, openKey, spread: group });
  const openClass = (code: string) => openRoom("class", { code, openKey });
  GameRoom.config = { store, reconnectSeconds: config.reconnectSeconds, idleMinutes: config.idleMinutes, openKey };
  ClassRoom.config = { store, reconnectSeconds: config.reconnectSeconds, idleMinutes: config.idleMinutes, openKey, openGame: openGroup };
  const limits = config.limits ?? DEFAULT_LIMITS;
  const server = new Server({
    // a round's orders (up to 100 actions) can pass the transport's default 4 KB per message
    transport: new WebSocketTransport({ maxPayload: 128 * 1024 }),
    greet: false,
    gracefullyShutdown: false,
    ...(redis ? { presence: redis.presence, driver: redis.driver, publicAddress: config.redis!.publicAddress } : {}),
    selectProcessIdToCreateRoom: placeRoom,
    express: (app) => {
      classRoutes(app, { ...config, store, limits, openClass, stopping: () => stopping });
      httpRoutes(app, { ...config, store, limits, openGame, stopping: () => stopping });
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
  await store.list();

  // Games that were being played when their process stopped open again, as they would still be
  // open had it not: their players' clients rejoin by code and reclaim their seats with their
  // tokens. So do classes being taught. At start-up, the records the last run left; with records
  // every process shares, also those of a process that dies, once its claim on them runs out.
  let sweeping = false;
  const sweep = async () => {
    if (sweeping || stopping) return;
    sweeping = true;
    try {
      // a dead process's rooms are still listed until a health check: reopening one must not find it
      if (redis) await matchMaker.healthCheckAllProcesses();
      const orphans = await store.orphans(Date.now() - config.idleMinutes * 60_000);
      for (const [kind, ids] of [["game", orphans.games], ["class", orphans.classes]] as const) {
        for (const id of ids) {
          if (stopping) return;
          // a record another process claimed first is its to resume
          await openRoom(kind, kind === "game" ? { gameId: id, openKey } : { code: id, openKey }, { wait: false }).catch((error: unknown) => {
            if (!isBusy(error)) console.error(`${kind} ${id} could not be resumed:`, error instanceof Error ? error.message : error);
          });
        }
      }
    } finally {
      sweeping = false;
    }
  };
  await sweep();
  const sweeper = redis || store.shared
    ? setInterval(() => void sweep().catch((error: unknown) => console.error("looking for games to resume failed:", error)), Math.max(1000, (leaseSeconds * 1000) / 2))
    : undefined;

  const port = (server.transport.server!.address() as AddressInfo).port;
  return {
    port,
    close: async () => {
      stopping = true;
      clearInterval(sweeper);
      store.stopping();
      await server.gracefullyShutdown(false);
      await store.close();
    },
  };
}
