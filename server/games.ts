// Making a new game or class: a record started with its header under a code no game or class has.
// The game API makes games one at a time; a class makes one per group.
import type { Scenario } from "../shared/scenario/schema.ts";
import { roomCode } from "./codes.ts";
import type { Entry, GameSettings, RecordKind, RecordStore } from "./records.ts";

/** Starts a record under a new code (a class's is longer: see CLASS_CODE_LENGTH) and returns the
 *  code. The store refuses a code that is taken, so two processes never hand out the same one. */
export async function newRecord(store: RecordStore, kind: RecordKind, header: (code: string) => Entry, length?: number): Promise<string> {
  for (;;) {
    const code = roomCode(undefined, length);
    if (await store.create(kind, code, header(code))) return code;
  }
}

export interface NewGame {
  /** the scenario's JSON, and the scenario it loads as */
  raw: unknown;
  scenario: Scenario;
  seed?: number;
  settings: Omit<GameSettings, "timers"> & { timers: Partial<GameSettings["timers"]> };
  facilitatorKeyHash: string;
}

/** Writes a new game's record (its header) and returns its code; the game opens from it. */
export function newGame(store: RecordStore, game: NewGame): Promise<string> {
  const seed = game.seed ?? Math.floor(Math.random() * 2 ** 31);
  return newRecord(store, "games", (code) => ({
    type: "header", gameId: code, code, createdAt: Date.now(), scenario: game.raw, seed,
    settings: { ...game.settings, timers: { ...game.scenario.timers, ...game.settings.timers } },
    facilitatorKeyHash: game.facilitatorKeyHash,
  }));
}
