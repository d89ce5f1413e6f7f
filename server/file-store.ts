// Records on local disk: one append-only JSON-lines file per game in DATA_DIR/games, and per class
// in DATA_DIR/classes. The store of one process (records.ts has the interface).
//
// A crash can leave the last line cut short. Reading stops before it; opening a record to write again
// first cuts the file back to its last complete entry (and says so), so the next entry starts a line
// of its own instead of being glued to the torn one.
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Header } from "../shared/record.ts";
import {
  headerSummary, isRecordId, RecordBusy, RecordError, WHAT,
  type Entry, type RecordKind, type RecordStore, type RecordSummary, type RecordWriter,
} from "./records.ts";

/** The complete entries of a record, and how many bytes they fill. Only the tail can be torn, so
 *  everything past `good` bytes is to be cut; an unreadable line before it is skipped. */
export function parseRecord<E = Entry>(bytes: Buffer): { entries: E[]; good: number } {
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

export class FileStore implements RecordStore {
  readonly shared = false;
  readonly dataDir: string;
  /** records open to write in this process, as `kind/id` */
  private readonly held = new Set<string>();
  /** summaries by file, kept while the file's size and time stay the same: listing thousands of
   *  games reads only the records written since the last listing */
  private readonly summaries = new Map<string, { size: number; mtimeMs: number; summary: Omit<RecordSummary, "live"> | null }>();
  private readonly secrets = new Map<string, string>();

  constructor(dataDir: string) {
    this.dataDir = dataDir;
  }

  dir(kind: RecordKind): string {
    return join(this.dataDir, kind);
  }

  /** The file of a record. */
  file(kind: RecordKind, id: string): string {
    return join(this.dir(kind), `${id}.jsonl`);
  }

  async create<E extends Entry>(kind: RecordKind, id: string, header: E): Promise<boolean> {
    if (!isRecordId(id)) throw new RecordError(`not a ${WHAT[kind]} code: ${id}`);
    mkdirSync(this.dir(kind), { recursive: true });
    let fd: number;
    try {
      fd = openSync(this.file(kind, id), "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw error;
    }
    try {
      writeSync(fd, `${JSON.stringify(header)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return true;
  }

  async open<E extends Entry>(kind: RecordKind, id: string): Promise<{ writer: RecordWriter<E>; entries: E[] }> {
    const key = `${kind}/${id}`;
    if (this.held.has(key)) throw new RecordBusy(`${WHAT[kind]} ${id} is open already`);
    const { entries, good, size } = this.load<E>(kind, id);
    const path = this.file(kind, id);
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
    this.held.add(key);
    return { writer: new FileWriter<E>(path, () => this.held.delete(key)), entries };
  }

  async read<E extends Entry>(kind: RecordKind, id: string): Promise<E[]> {
    return this.load<E>(kind, id).entries;
  }

  async list(): Promise<RecordSummary[]> {
    return this.summariesSince(0).map((s) => ({ ...s, live: this.held.has(`games/${s.header.gameId}`) }));
  }

  async live(kind: RecordKind, id: string): Promise<boolean> {
    return this.held.has(`${kind}/${id}`);
  }

  /** Games not finished and written to since `since`, and the classes written to since or whose
   *  groups those are: this store serves one process, so whatever it does not hold was left by the
   *  last one to run. */
  async orphans(since: number): Promise<{ games: string[]; classes: string[] }> {
    const games = this.summariesSince(since).filter((s) => !s.finished);
    const classes = new Set(this.ids("classes", since));
    for (const g of games) if (g.header.settings.class) classes.add(g.header.settings.class.code);
    return {
      games: games.map((g) => g.header.gameId).filter((id) => !this.held.has(`games/${id}`)),
      classes: [...classes].filter((code) => !this.held.has(`classes/${code}`)),
    };
  }

  async secret(name: string): Promise<string> {
    let value = this.secrets.get(name);
    if (!value) this.secrets.set(name, (value = randomBytes(18).toString("base64url")));
    return value;
  }

  stopping(): void {}

  async close(): Promise<void> {}

  private load<E extends Entry>(kind: RecordKind, id: string): { entries: E[]; good: number; size: number } {
    if (!isRecordId(id)) throw new RecordError(`not a ${WHAT[kind]} code: ${id}`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file(kind, id));
    } catch {
      throw new RecordError(`no ${WHAT[kind]} ${id}`);
    }
    const { entries, good } = parseRecord<E>(bytes);
    if (entries[0]?.type !== "header") throw new RecordError(`the record of ${WHAT[kind]} ${id} has no header`);
    return { entries, good, size: bytes.length };
  }

  /** The ids of the records of a kind written to since `since` (epoch ms; 0: all). */
  private ids(kind: RecordKind, since: number): string[] {
    return this.stats(kind).filter((f) => since === 0 || f.mtimeMs > since).map((f) => f.id);
  }

  private stats(kind: RecordKind): { id: string; size: number; mtimeMs: number }[] {
    let files: string[];
    try {
      files = readdirSync(this.dir(kind)).filter((f) => f.endsWith(".jsonl"));
    } catch {
      return [];
    }
    return files.flatMap((file) => {
      const id = file.slice(0, -".jsonl".length);
      if (!isRecordId(id)) return [];
      try {
        const { size, mtimeMs } = statSync(join(this.dir(kind), file));
        return [{ id, size, mtimeMs }];
      } catch {
        return [];
      }
    });
  }

  /** Every readable game's summary written to since `since`, newest first. */
  private summariesSince(since: number): Omit<RecordSummary, "live">[] {
    const out: Omit<RecordSummary, "live">[] = [];
    for (const { id, size, mtimeMs } of this.stats("games")) {
      if (since > 0 && mtimeMs <= since) continue;
      const path = this.file("games", id);
      let known = this.summaries.get(path);
      if (!known || known.size !== size || known.mtimeMs !== mtimeMs) {
        this.summaries.set(path, (known = { size, mtimeMs, summary: this.summarise(id) }));
      }
      if (known.summary) out.push(known.summary);
    }
    return out.sort((a, b) => b.header.createdAt - a.header.createdAt);
  }

  private summarise(gameId: string): Omit<RecordSummary, "live"> | null {
    try {
      const entries = this.load<Entry>("games", gameId).entries;
      const resolved = entries.filter((e) => e.type === "resolved").length;
      return { header: headerSummary(entries[0] as Header), finished: entries.some((e) => e.type === "finished"), round: resolved + 1 };
    } catch {
      return null; // an unreadable file is skipped, not fatal to the server
    }
  }
}

/** An open record file. Each entry is written through at once (so it outlives the process); `flush`
 *  forces it to disk. */
class FileWriter<E extends Entry> implements RecordWriter<E> {
  readonly pending = false;
  onLost: (error: Error) => void = () => {};
  private fd: number | null;
  private readonly path: string;
  private readonly released: () => void;

  constructor(path: string, released: () => void) {
    this.path = path;
    this.fd = openSync(path, "a");
    this.released = released;
  }

  append(entry: E): void {
    if (this.fd === null) throw new Error(`record ${this.path} is closed`);
    writeSync(this.fd, `${JSON.stringify(entry)}\n`);
  }

  async settled(): Promise<void> {}

  flush(): void {
    if (this.fd !== null) fsyncSync(this.fd);
  }

  async close(): Promise<void> {
    if (this.fd === null) return;
    this.flush();
    closeSync(this.fd);
    this.fd = null;
    this.released();
  }
}
