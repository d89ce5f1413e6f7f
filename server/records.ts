// Records: one append-only list of entries per game and per class. A game's record holds the
// scenario, seed and settings, then every accepted order, deal action, inject and resolution, so a
// game replays exactly from it (shared/record.ts) after a restart or for a debrief; a class's holds
// its students and groups (shared/class/record.ts).
//
// Two stores keep them, behind the one interface below: files on local disk (file-store.ts, the
// default: one process) and PostgreSQL (pg-store.ts, which every process of a deployment reads).
// Either way an entry is stored whole or not at all, in the order it was appended, and a record is
// written by one process at a time: opening it to write claims it, and a process that dies lets go
// of its records for another to take over (`orphans`).
import type { Header } from "../shared/record.ts";

export type { GameSettings, Header, RecordEntry } from "../shared/record.ts";
export { replay } from "../shared/record.ts";

/** The kinds of record: games and classes. */
export type RecordKind = "games" | "classes";
export const WHAT: Record<RecordKind, string> = { games: "game", classes: "class" };

/** Every entry says what it is; the first is the header. */
export interface Entry { type: string }

/** Codes are letters, digits, `_` and `-`: a record's name on disk and its key in the database. */
export const isRecordId = (id: string): boolean => /^[A-Za-z0-9_-]+$/.test(id);

/** Why a record cannot be read or opened, without the server's paths. */
export class RecordError extends Error {}

/** The record is being written by another process (it runs the game or class there). */
export class RecordBusy extends RecordError {}

/** What a listing of games needs of a header: not the scenario, which is large. */
export interface HeaderSummary {
  gameId: string;
  code: string;
  createdAt: number;
  scenario: { id?: string; title?: { en: string; zh: string }; calendar?: { rounds: number } };
  settings: Pick<Header["settings"], "private" | "class">;
  facilitatorKeyHash: string;
}

export function headerSummary(header: Header): HeaderSummary {
  const s = header.scenario as { id?: string; title?: { en: string; zh: string }; calendar?: { rounds: number } };
  return {
    gameId: header.gameId, code: header.code, createdAt: header.createdAt,
    scenario: { id: s.id, title: s.title, calendar: s.calendar && { rounds: s.calendar.rounds } },
    settings: { private: header.settings.private, ...(header.settings.class ? { class: header.settings.class } : {}) },
    facilitatorKeyHash: header.facilitatorKeyHash,
  };
}

/** A game in a listing: its header's summary, the round it is in, whether it is over, and whether a
 *  process runs it now. */
export interface RecordSummary { header: HeaderSummary; finished: boolean; round: number; live: boolean }

/** A record open to write. Entries are appended at once and stored in order; `settled` says when
 *  they are (on disk at once; in PostgreSQL once committed). */
export interface RecordWriter<E extends Entry> {
  append(entry: E): void;
  /** entries appended are not stored yet */
  readonly pending: boolean;
  /** Resolves once every entry appended so far is stored; fails if the record was lost. */
  settled(): Promise<void>;
  /** Forces what was stored onto the disk: at every round's end, and when the game stops. */
  flush(): void;
  /** Stores what is pending, then lets the record go (for another process to open, if it must). */
  close(): Promise<void>;
  /** Called once if the record can no longer be written here: another process took it over (this
   *  one stalled past its claim), or the database refused an entry. Nothing after it is stored. */
  onLost: (error: Error) => void;
}

export interface RecordStore {
  /** every process of a deployment reads and writes the same records (so a sweep for orphans is worth a timer) */
  readonly shared: boolean;
  /** Starts a record with its header; false if one with that id exists already. */
  create<E extends Entry>(kind: RecordKind, id: string, header: E): Promise<boolean>;
  /** Opens a record to go on writing it, claiming it for this process (RecordBusy if another
   *  process holds it), with every entry stored so far. */
  open<E extends Entry>(kind: RecordKind, id: string): Promise<{ writer: RecordWriter<E>; entries: E[] }>;
  /** Every complete entry of a record (RecordError if there is none). */
  read<E extends Entry>(kind: RecordKind, id: string): Promise<E[]>;
  /** Every readable game, newest first. */
  list(): Promise<RecordSummary[]>;
  /** Whether a process holds the record open now. */
  live(kind: RecordKind, id: string): Promise<boolean>;
  /** Records that were being played when the process holding them stopped (died, or was stopped
   *  and handed them over), last written since `since` (epoch ms), not finished: to open again. */
  orphans(since: number): Promise<{ games: string[]; classes: string[] }>;
  /** A secret every process of the deployment shares, made by the first to ask. */
  secret(name: string): Promise<string>;
  /** The server is stopping: records closed from now on are handed to the next process to start,
   *  not let go. */
  stopping(): void;
  close(): Promise<void>;
}
