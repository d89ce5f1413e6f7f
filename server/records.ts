// Game records: one append-only JSON-lines file per game in DATA_DIR/games. A record holds the
// scenario, seed and settings, then every accepted order, deal action, inject and resolution, so a game
// replays exactly from it (the engine is deterministic) after a restart or for a debrief.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, writeSync } from "node:fs";
import { join } from "node:path";
import { act, endGame, inject, type Inject } from "../shared/engine/game.ts";
import type { Action, Orders } from "../shared/engine/orders.ts";
import { resolveRound } from "../shared/engine/resolve.ts";
import { createGame } from "../shared/engine/setup.ts";
import type { GameState } from "../shared/engine/state.ts";
import { loadScenario } from "../shared/scenario/load.ts";

export interface GameSettings {
  bots: boolean;
  private: boolean;
  timers: { briefing: number; negotiation: number; orders: number; report: number };
}

export type RecordEntry =
  | { type: "header"; gameId: string; code: string; createdAt: number; scenario: unknown; seed: number; settings: GameSettings; facilitatorKeyHash: string }
  | { type: "seat"; actor: string; tokenHash: string; name: string; at: number }
  | { type: "deal"; round: number; actor: string; action: Action; at: number }
  | { type: "orders"; round: number; actor: string; actions: Action[]; submitted: boolean; at: number }
  | { type: "inject"; round: number; what: Inject; at: number }
  | { type: "settings"; bots: boolean; at: number }
  | { type: "chat"; from: string; to: string; text: string; at: number }
  | { type: "resolved"; round: number; orders: Orders; at: number }
  | { type: "finished"; reason: "completed" | "ended"; at: number };

export type Header = Extract<RecordEntry, { type: "header" }>;

export const recordsDir = (dataDir: string): string => join(dataDir, "games");

/** An open record file. Each entry is written through at once; `flush` forces it to disk. */
export class GameRecord {
  readonly path: string;
  private fd: number | null;

  constructor(dataDir: string, gameId: string) {
    mkdirSync(recordsDir(dataDir), { recursive: true });
    this.path = join(recordsDir(dataDir), `${gameId}.jsonl`);
    this.fd = openSync(this.path, "a");
  }

  append(entry: RecordEntry): void {
    if (this.fd === null) throw new Error(`record ${this.path} is closed`);
    writeSync(this.fd, `${JSON.stringify(entry)}\n`);
  }

  /** Forces what was written onto the disk: at every round's end, and when the game stops. */
  flush(): void {
    if (this.fd !== null) fsyncSync(this.fd);
  }

  close(): void {
    if (this.fd === null) return;
    this.flush();
    closeSync(this.fd);
    this.fd = null;
  }
}

export function readRecord(dataDir: string, gameId: string): RecordEntry[] {
  if (!/^[A-Za-z0-9_-]+$/.test(gameId)) throw new Error(`not a game id: ${gameId}`);
  const text = readFileSync(join(recordsDir(dataDir), `${gameId}.jsonl`), "utf8");
  const entries: RecordEntry[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line));
    } catch {
      break; // a line cut short by a crash: everything before it stands
    }
  }
  if (entries[0]?.type !== "header") throw new Error(`record ${gameId} has no header`);
  return entries;
}

export interface RecordSummary { header: Header; finished: boolean; round: number }

export function listRecords(dataDir: string): RecordSummary[] {
  let files: string[];
  try {
    files = readdirSync(recordsDir(dataDir)).filter((f) => f.endsWith(".jsonl"));
  } catch {
    return [];
  }
  const out: RecordSummary[] = [];
  for (const file of files) {
    try {
      const entries = readRecord(dataDir, file.slice(0, -".jsonl".length));
      const resolved = entries.filter((e) => e.type === "resolved").length;
      out.push({ header: entries[0] as Header, finished: entries.some((e) => e.type === "finished"), round: resolved + 1 });
    } catch {
      // an unreadable file is skipped, not fatal to the server
    }
  }
  return out.sort((a, b) => b.header.createdAt - a.header.createdAt);
}

export interface Replayed {
  state: GameState;
  /** orders recorded for the round in progress, by actor */
  drafts: Record<string, { actions: Action[]; submitted: boolean }>;
  /** seat tokens issued, by actor: their hashes */
  seatTokens: Record<string, string[]>;
  bots: boolean;
  finished: boolean;
}

/** Rebuilds a game from its record: the same state the live game had after its last entry. */
export function replay(entries: RecordEntry[]): Replayed {
  const header = entries[0] as Header;
  const loaded = loadScenario(header.scenario);
  if (!loaded.ok) throw new Error(`record ${header.gameId}: scenario no longer valid: ${loaded.problems[0]}`);
  let state = createGame(loaded.scenario, header.seed);
  let drafts: Replayed["drafts"] = {};
  const seatTokens: Replayed["seatTokens"] = {};
  let bots = header.settings.bots;
  let finished = false;
  for (const e of entries.slice(1)) {
    switch (e.type) {
      case "deal": {
        const out = act(state, e.actor, e.action);
        if (!out.ok) throw new Error(`record ${header.gameId}: deal action no longer applies: ${out.error.reason}`);
        state = out.state;
        break;
      }
      case "inject": {
        const out = inject(state, e.what);
        if (out.ok) state = out.state;
        break;
      }
      case "orders":
        drafts[e.actor] = { actions: e.actions, submitted: e.submitted };
        break;
      case "resolved":
        state = resolveRound(state, e.orders).state;
        drafts = {};
        break;
      case "seat":
        (seatTokens[e.actor] ??= []).push(e.tokenHash);
        break;
      case "settings":
        bots = e.bots;
        break;
      case "finished":
        state = endGame(state);
        finished = true;
        break;
      case "header":
      case "chat":
        break;
    }
  }
  return { state, drafts, seatTokens, bots, finished };
}
