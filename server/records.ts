// Game records on disk: one append-only JSON-lines file per game in DATA_DIR/games. A record holds the
// scenario, seed and settings, then every accepted order, deal action, inject and resolution, so a game
// replays exactly from it (shared/record.ts) after a restart or for a debrief.
//
// A crash can leave the last line cut short. Reading stops before it; opening a record to write again
// first cuts the file back to its last complete entry (and says so), so the next entry starts a line
// of its own instead of being glued to the torn one.
import { closeSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Header, RecordEntry } from "../shared/record.ts";

export type { GameSettings, Header, RecordEntry } from "../shared/record.ts";
export { replay } from "../shared/record.ts";

export const recordsDir = (dataDir: string): string => join(dataDir, "games");
const isGameId = (id: string) => /^[A-Za-z0-9_-]+$/.test(id);
const fileOf = (dataDir: string, gameId: string) => join(recordsDir(dataDir), `${gameId}.jsonl`);

/** Why a record cannot be read, without the server's paths. */
export class RecordError extends Error {}

/** The complete entries of a record, and how many bytes they fill. Only the tail can be torn, so
 *  everything past `good` bytes is to be cut; an unreadable line before it is skipped. */
export function parseRecord(bytes: Buffer): { entries: RecordEntry[]; good: number } {
  const entries: RecordEntry[] = [];
  let good = 0;
  let start = 0;
  for (let end = bytes.indexOf(10, start); end !== -1; start = end + 1, end = bytes.indexOf(10, start)) {
    const line = bytes.toString("utf8", start, end);
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line) as RecordEntry);
      good = end + 1;
    } catch {
      // an entry torn by a crash that a server before this fix wrote on after: later lines still stand
    }
  }
  return { entries, good };
}

function load(dataDir: string, gameId: string): { entries: RecordEntry[]; good: number; size: number } {
  if (!isGameId(gameId)) throw new RecordError(`not a game code: ${gameId}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(fileOf(dataDir, gameId));
  } catch {
    throw new RecordError(`no game ${gameId}`);
  }
  const { entries, good } = parseRecord(bytes);
  if (entries[0]?.type !== "header") throw new RecordError(`the record of game ${gameId} has no header`);
  return { entries, good, size: bytes.length };
}

export function readRecord(dataDir: string, gameId: string): RecordEntry[] {
  return load(dataDir, gameId).entries;
}

/** An open record file. Each entry is written through at once; `flush` forces it to disk. */
export class GameRecord {
  readonly path: string;
  private fd: number | null;

  private constructor(path: string) {
    this.path = path;
    this.fd = openSync(path, "a");
  }

  /** Starts the record of a new game with its header. */
  static create(dataDir: string, header: Header): GameRecord {
    mkdirSync(recordsDir(dataDir), { recursive: true });
    const record = new GameRecord(fileOf(dataDir, header.gameId));
    record.append(header);
    return record;
  }

  /** Opens a game's record to go on writing it, cut back to its last complete entry first. */
  static open(dataDir: string, gameId: string): { record: GameRecord; entries: RecordEntry[] } {
    const { entries, good, size } = load(dataDir, gameId);
    const path = fileOf(dataDir, gameId);
    if (good < size) {
      const fd = openSync(path, "r+");
      try {
        ftruncateSync(fd, good);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      console.warn(`game ${gameId}: its record ended in an entry cut short (${size - good} bytes), left by a crash; cut back to its last complete entry`);
    }
    return { record: new GameRecord(path), entries };
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

export interface RecordSummary { header: Header; finished: boolean; round: number }

/** Summaries by file, kept while the file's size and time stay the same: listing thousands of games
 *  reads only the records written since the last listing. */
const summaries = new Map<string, { size: number; mtimeMs: number; summary: RecordSummary | null }>();

function summaryOf(dataDir: string, gameId: string, size: number, mtimeMs: number): RecordSummary | null {
  const path = fileOf(dataDir, gameId);
  const known = summaries.get(path);
  if (known && known.size === size && known.mtimeMs === mtimeMs) return known.summary;
  let summary: RecordSummary | null = null;
  try {
    const entries = readRecord(dataDir, gameId);
    const resolved = entries.filter((e) => e.type === "resolved").length;
    summary = { header: entries[0] as Header, finished: entries.some((e) => e.type === "finished"), round: resolved + 1 };
  } catch {
    // an unreadable file is skipped, not fatal to the server
  }
  summaries.set(path, { size, mtimeMs, summary });
  return summary;
}

/** Every readable record, newest first; with `modifiedAfter` (epoch ms), only those written since. */
export function listRecords(dataDir: string, modifiedAfter = 0): RecordSummary[] {
  let files: string[];
  try {
    files = readdirSync(recordsDir(dataDir)).filter((f) => f.endsWith(".jsonl"));
  } catch {
    return [];
  }
  const out: RecordSummary[] = [];
  for (const file of files) {
    const gameId = file.slice(0, -".jsonl".length);
    if (!isGameId(gameId)) continue;
    let stat;
    try {
      stat = statSync(join(recordsDir(dataDir), file));
    } catch {
      continue;
    }
    if (modifiedAfter > 0 && stat.mtimeMs <= modifiedAfter) continue;
    const summary = summaryOf(dataDir, gameId, stat.size, stat.mtimeMs);
    if (summary) out.push(summary);
  }
  return out.sort((a, b) => b.header.createdAt - a.header.createdAt);
}

/** Whether a game's record exists. */
export function recordExists(dataDir: string, gameId: string): boolean {
  try {
    return isGameId(gameId) && statSync(fileOf(dataDir, gameId)).isFile();
  } catch {
    return false;
  }
}
