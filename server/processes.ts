// Several server processes, with Colyseus's own parts for it: Redis carries its presence (remote
// room calls, a class's channel) and lists every process's rooms (the driver), so a room is joined by
// code through any process, the client then connecting to the room's own process at the address it
// announces (PUBLIC_ADDRESS). Without Redis, the same code runs one process on its own.
import { matchMaker } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";

export interface RedisSettings {
  /** redis://host:port */
  url: string;
  /** this process as clients reach it: host:port, or host:port/prefix behind a reverse proxy (no scheme) */
  publicAddress: string;
}

/** How long Redis may take to answer at start-up. */
const REDIS_TIMEOUT_MS = 5000;

/** Redis's presence and driver, once Redis answers (else a clear error, and nothing left open). */
export async function connectRedis(settings: RedisSettings): Promise<{ presence: RedisPresence; driver: RedisDriver }> {
  const presence = new RedisPresence(settings.url);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      presence.exists("silicon-curtain"),
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer in ${REDIS_TIMEOUT_MS / 1000} s`)), REDIS_TIMEOUT_MS); }),
    ]);
  } catch (error) {
    presence.shutdown();
    throw new Error(`cannot reach Redis at ${settings.url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  return { presence, driver: new RedisDriver(settings.url) };
}

/**
 * Where a room is created: here, as a rule (a game created through this process, a game or class
 * reopened by it); a class's group (`spread`: its number) on the processes in turn, the least busy
 * first, so that a large class spreads over them.
 */
export async function placeRoom(_roomName: string, options: { spread?: unknown }): Promise<string> {
  const spread = options?.spread;
  if (typeof spread !== "number") return matchMaker.processId;
  const processes = (await matchMaker.stats.fetchAll()).sort((a, b) => a.roomCount - b.roomCount || a.processId.localeCompare(b.processId));
  return processes[spread % processes.length]?.processId ?? matchMaker.processId;
}

/** How long a room being opened by another process may take to be listed. */
const LISTED_WITHIN_MS = 5000;

/**
 * Opens a room from its record. A record that another process has open (it runs the room, or is
 * opening it right now) is not an error: the room is there once it is listed (unless told not to
 * wait for that: then it is the busy error).
 */
/** Whether opening a room failed because its record is open already (here, or on another process). */
export function isBusy(error: unknown): boolean {
  // the refusal's code is lost when the room was to be created on another process: its message stays
  return (error as { code?: unknown }).code === 409 || /open on another server process|is open already/.test((error as Error).message);
}

type OpenOptions = { openKey: string } & ({ gameId: string; spread?: number } | { code: string });

export async function openRoom(name: "game" | "class", options: OpenOptions, { wait = true } = {}): Promise<void> {
  try {
    await matchMaker.createRoom(name, options);
  } catch (error) {
    if (!isBusy(error) || !wait) throw error;
    const id = "gameId" in options ? options.gameId : options.code;
    for (const end = Date.now() + LISTED_WITHIN_MS; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
      if (await matchMaker.getRoomById(id)) return;
    }
    throw error;
  }
}
