// Making a new game or class: a code no game or class has, and a game's record started with its
// header. The game API makes games one at a time; a class makes one per group.
import { matchMaker } from "@colyseus/core";
import type { Scenario } from "../shared/scenario/schema.ts";
import { roomCode } from "./codes.ts";
import { GameRecord, recordExists, type GameSettings } from "./records.ts";

/** Whether a room (a game or a class) with this id is open in this process. */
export const isLive = (id: string): boolean => matchMaker.getLocalRoomById(id) !== undefined;

/** A code no game or class has, open or on record (a class's is longer: see CLASS_CODE_LENGTH). */
export const newCode = (dataDir: string, length?: number): string =>
  roomCode((c) => isLive(c) || recordExists(dataDir, c) || recordExists(dataDir, c, "classes"), length);

export interface NewGame {
  /** the scenario's JSON, and the scenario it loads as */
  raw: unknown;
  scenario: Scenario;
  seed?: number;
  settings: Omit<GameSettings, "timers"> & { timers: Partial<GameSettings["timers"]> };
  facilitatorKeyHash: string;
}

/** Writes a new game's record (its header) and returns its code; the game opens from it. */
export function newGame(dataDir: string, game: NewGame): string {
  const code = newCode(dataDir);
  GameRecord.create(dataDir, {
    type: "header", gameId: code, code, createdAt: Date.now(), scenario: game.raw, seed: game.seed ?? Math.floor(Math.random() * 2 ** 31),
    settings: { ...game.settings, timers: { ...game.scenario.timers, ...game.settings.timers } },
    facilitatorKeyHash: game.facilitatorKeyHash,
  }).close();
  return code;
}
