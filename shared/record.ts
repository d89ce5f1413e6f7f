// A game's record: the entries a server appends as a game is played, and replay(), which rebuilds the
// game from them. Pure: the server keeps the file (server/records.ts); the debrief replays it in the
// browser. The engine is deterministic, so a replay is the game exactly.
import { act, endGame, inject, type Inject } from "./engine/game.ts";
import type { Action, Orders } from "./engine/orders.ts";
import { resolveRound } from "./engine/resolve.ts";
import { createGame } from "./engine/setup.ts";
import type { GameState } from "./engine/state.ts";
import type { Phase } from "./protocol.ts";
import { loadScenario } from "./scenario/load.ts";

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
  /** a phase of a round began (the lobby, resolution and the end are not recorded) */
  | { type: "phase"; round: number; phase: Phase; at: number }
  | { type: "finished"; reason: "completed" | "ended"; at: number };

export type Header = Extract<RecordEntry, { type: "header" }>;

export interface Replayed {
  state: GameState;
  /** orders recorded for the round in progress, by actor */
  drafts: Record<string, { actions: Action[]; submitted: boolean }>;
  /** seat tokens issued, by actor: their hashes */
  seatTokens: Record<string, string[]>;
  bots: boolean;
  finished: boolean;
  /** the phase the game was in, for a game that had started; the next briefing after a resolution */
  phase: Phase | null;
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
  let phase: Phase | null = null;
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
        phase = "report";
        break;
      case "phase":
        phase = e.phase;
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
  return { state, drafts, seatTokens, bots, finished, phase };
}
