// Game records on disk: one append-only JSON-lines file per game in DATA_DIR/games. A record holds the
// scenario, seed and settings, then every accepted order, deal action, inject and resolution, so a game
// replays exactly from it (shared/record.ts) after a restart or for a debrief.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Header, RecordEntry } from "../shared/record.ts";

export type { GameSettings, Header, RecordEntry } from "../shared/record.ts";
export { replay } from "../shared/record.ts";

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
    try {
      if (modifiedAfter > 0 && statSync(join(recordsDir(dataDir), file)).mtimeMs <= modifiedAfter) continue;
      const entries = readRecord(dataDir, file.slice(0, -".jsonl".length));
      const resolved = entries.filter((e) => e.type === "resolved").length;
      out.push({ header: entries[0] as Header, finished: entries.some((e) => e.type === "finished"), round: resolved + 1 });
    } catch {
      // an unreadable file is skipped, not fatal to the server
    }
  }
  return out.sort((a, b) => b.header.createdAt - a.header.createdAt);
}
