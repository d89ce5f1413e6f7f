// Records on disk: one append-only JSON-lines file per game in DATA_DIR/games, and per class in
// DATA_DIR/classes. A game's record holds the scenario, seed and settings, then every accepted order,
// deal action, inject and resolution, so a game replays exactly from it (shared/record.ts) after a
// restart or for a debrief; a class's holds its students and groups (shared/class/record.ts).
//
// A crash can leave the last line cut short. Reading stops before it; opening a record to write again
// first cuts the file back to its last complete entry (and says so), so the next entry starts a line
// of its own instead of being glued to the torn one.
import { closeSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Header, RecordEntry } from "../shared/record.ts";

export type { GameSettings, Header, RecordEntry } from "../shared/record.ts";
export { replay } from "../shared/record.ts";

/** The kinds of record, each in its own folder of DATA_DIR. */
export type RecordKind = "games" | "classes";
const WHAT: Record<RecordKind, string> = { games: "game", classes: "class" };

export const recordsDir = (dataDir: string, kind: RecordKind = "games"): string => join(dataDir, kind);
const isGameId = (id: string) => /^[A-Za-z0-9_-]+$/.test(id);
const fileOf = (dataDir: string, id: string, kind: RecordKind = "games") => join(recordsDir(dataDir, kind), `${id}.jsonl`);

/** Why a record cannot be read, without the server's paths. */
export class RecordError extends Error {}

/** The complete entries of a record, and how many bytes they fill. Only the tail can be torn, so
 *  everything past `good` bytes is to be cut; an unreadable line before it is skipped. */
export function parseRecord<E = RecordEntry>(bytes: Buffer): { entries: E[]; good: number } {
  const entries: E[] = [];
  let good = 0;
  let start = 0;
  for (let end = bytes.indexOf(10, start); end !== -1; start = end + 1, end = bytes.indexOf(10, start)) {
    const line = bytes.toString("utf8", start, end);
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line) as E);
      good = end + 1;
    } catch {
      // an entry torn by a crash that a server before this fix wrote on after: later lines still stand
    }
  }
  return { entries, good };
}

interface Entry { type: string }

function load<E extends Entry>(dataDir: string, id: string, kind: RecordKind): { entries: E[]; good: number; size: number } {
  if (!isGameId(id)) throw new RecordError(`not a ${WHAT[kind]} code: ${id}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(fileOf(dataDir, id, kind));
  } catch {
    throw new RecordError(`no ${WHAT[kind]} ${id}`);
  }
  const { entries, good } = parseRecord<E>(bytes);
  if (entries[0]?.type !== "header") throw new RecordError(`the record of ${WHAT[kind]} ${id} has no header`);
  return { entries, good, size: bytes.length };
}

export function readRecord(dataDir: string, gameId: string): RecordEntry[] {
  return load<RecordEntry>(dataDir, gameId, "games").entries;
}

/** A class's record (its entries are shared/class/record.ts's). */
export function readClassRecord<E extends Entry>(dataDir: string, code: string): E[] {
  return load<E>(dataDir, code, "classes").entries;
}

/** An open record file. Each entry is written through at once; `flush` forces it to disk. */
export class RecordFile<E extends Entry> {
  readonly path: string;
  private fd: number | null;

  private constructor(path: string) {
    this.path = path;
    this.fd = openSync(path, "a");
  }

  /** Starts a new record with its header. */
  static create<E extends Entry>(dataDir: string, kind: RecordKind, id: string, header: E): RecordFile<E> {
    mkdirSync(recordsDir(dataDir, kind), { recursive: true });
    const record = new RecordFile<E>(fileOf(dataDir, id, kind));
    record.append(header);
    return record;
  }

  /** Opens a record to go on writing it, cut back to its last complete entry first. */
  static open<E extends Entry>(dataDir: string, kind: RecordKind, id: string): { record: RecordFile<E>; entries: E[] } {
    const { entries, good, size } = load<E>(dataDir, id, kind);
    const path = fileOf(dataDir, id, kind);
    if (good < size) {
      const fd = openSync(path, "r+");
      try {
        ftruncateSync(fd, good);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      console.warn(`${WHAT[kind]} ${id}: its record ended in an entry cut short (${size - good} bytes), left by a crash; cut back to its last complete entry`);
    }
    return { record: new RecordFile<E>(path), entries };
  }

  append(entry: E): void {
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

/** A game's record file. */
export type GameRecord = RecordFile<RecordEntry>;
export const GameRecord = {
  /** Starts the record of a new game with its header. */
  create: (dataDir: string, header: Header): GameRecord => RecordFile.create<RecordEntry>(dataDir, "games", header.gameId, header),
  /** Opens a game's record to go on writing it, cut back to its last complete entry first. */
  open: (dataDir: string, gameId: string) => RecordFile.open<RecordEntry>(dataDir, "games", gameId),
};

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

/** Whether a game's (or a class's) record exists. */
export function recordExists(dataDir: string, id: string, kind: RecordKind = "games"): boolean {
  try {
    return isGameId(id) && statSync(fileOf(dataDir, id, kind)).isFile();
  } catch {
    return false;
  }
}

/** The codes of the classes whose records were written since `modifiedAfter` (epoch ms; 0: all). */
export function classCodes(dataDir: string, modifiedAfter = 0): string[] {
  let files: string[];
  try {
    files = readdirSync(recordsDir(dataDir, "classes")).filter((f) => f.endsWith(".jsonl"));
  } catch {
    return [];
  }
  return files.map((f) => f.slice(0, -".jsonl".length)).filter((code) => {
    try {
      return isGameId(code) && statSync(fileOf(dataDir, code, "classes")).mtimeMs > modifiedAfter;
    } catch {
      return false;
    }
  });
}
