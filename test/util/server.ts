// A real game server on a free loopback port, and SDK clients that remember what they receive.
import "./record-frames.ts";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { Client, type Room } from "@colyseus/sdk";
import { startServer, type RunningServer, type ServerConfig } from "../../server/app.ts";
import { ViewReader } from "../../shared/view-wire.ts";
import { framesOf } from "./record-frames.ts";

export const ROOT = new URL("../../", import.meta.url).pathname;

export interface TestServer extends RunningServer { base: string; ws: string; dataDir: string }

/** Tests create many games from one address: the limits on creating games are far off unless a
 *  test sets its own. */
export const TEST_LIMITS = { perAddress: { burst: 1000, everySeconds: 1 }, total: { burst: 1000, everySeconds: 1 }, live: 1000 };

export async function testServer(options: { reconnectSeconds?: number; dataDir?: string; limits?: ServerConfig["limits"] } = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(joinPath(tmpdir(), "silicon-curtain-"));
  const running = await startServer({
    port: 0, dataDir, scenariosDir: joinPath(ROOT, "assets/scenarios"), clientDir: joinPath(ROOT, "dist/client"),
    reconnectSeconds: options.reconnectSeconds ?? 2, idleMinutes: 5, limits: options.limits ?? TEST_LIMITS,
  });
  return { ...running, base: `http://127.0.0.1:${running.port}`, ws: `ws://127.0.0.1:${running.port}`, dataDir };
}

export interface CreatedGame { gameId: string; code: string; facilitatorKey: string; invite: string }

export async function api(server: { base: string }, path: string, init: { method?: string; body?: unknown; key?: string } = {}) {
  const res = await fetch(`${server.base}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { "content-type": "application/json", ...(init.key ? { "x-facilitator-key": init.key } : {}) },
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
  const text = await res.text();
  let body: any = text;
  try { body = JSON.parse(text); } catch { /* CSV and other text stay as text */ }
  return { status: res.status, body };
}

export async function createGame(server: { base: string }, settings: Record<string, unknown> = {}): Promise<CreatedGame> {
  const res = await api(server, "/api/games", { body: { scenarioId: "gulf-licensing-2024", seed: 7, timers: { briefing: 600, negotiation: 600, orders: 600, report: 600 }, ...settings } });
  if (res.status !== 201) throw new Error(`create failed: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** An SDK client in a game, keeping every message it is sent. */
export class Player {
  readonly room: Room;
  /** every message, with how many frames its socket had received by then (the frame it came in, plus one) */
  readonly messages: { type: string; body: any; frame: number }[] = [];
  private readers = new Map<string, ViewReader>();
  constructor(room: Room) {
    this.room = room;
    room.onMessage("*", (type, body) => this.messages.push({ type: String(type), body, frame: this.frames().length }));
  }
  get state(): any { return this.room.state; }
  send(type: string, body: unknown): void { this.room.send(type, body); }
  /** Every raw frame this client's socket has received. */
  frames(): Uint8Array[] { return framesOf.get((this.room.connection.transport as any).ws) ?? []; }
  /** The view of the seat it holds, of the facilitator or the public one, rebuilt as the client does. */
  view(key: string): any {
    const entry = this.state.views?.get(key);
    if (!entry) return undefined;
    let reader = this.readers.get(key);
    if (!reader) this.readers.set(key, (reader = new ViewReader()));
    return reader.read(entry.parts);
  }
  last(type: string): any { return [...this.messages].reverse().find((m) => m.type === type)?.body; }
  /** Waits until a message of `type` that passes `test` has arrived (it may have already). */
  async waitFor(type: string, test: (body: any) => boolean = () => true, ms = 5000): Promise<any> {
    return until(() => this.messages.find((m) => m.type === type && test(m.body))?.body, ms, `message ${type}`);
  }
  /** Sends and waits for the ack or the error it causes. */
  async ask(type: string, body: unknown): Promise<{ ok: true } | { ok: false; error: any }> {
    const seen = this.messages.length;
    this.send(type, body);
    const reply = await until(() => this.messages.slice(seen).find((m) => (m.type === "ack" || m.type === "error") && m.body.type === type), 5000, `reply to ${type}`);
    return reply.type === "ack" ? { ok: true } : { ok: false, error: reply.body };
  }
  leave(): Promise<number> { return this.room.leave(); }
}

/** The bytes that mark a view as a seat's (or the facilitator's, or the public's): its `seat` part. */
export const seatMarker = (seat: { kind: string; actor?: string }): string => JSON.stringify(seat);

export async function join(server: { ws: string }, code: string, options: Record<string, unknown> = {}): Promise<Player> {
  const room = await new Client(server.ws).joinById(code, { name: "Tester", ...options });
  const player = new Player(room);
  player.send("hello", {});
  await until(() => player.state?.code === code || undefined, 5000, "first state");
  return player;
}

import { until } from "./until.ts";
export { until };
