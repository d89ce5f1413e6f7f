// A game's record: the entries a server appends as a game is played, and replay(), which rebuilds the
// game from them. Pure: the server keeps the file (server/records.ts); the debrief replays it in the
// browser. The engine is deterministic, so a replay is the game exactly.
import { chatAudience, draftAudience, mayRead } from "./audience.ts";
import { act, endGame, inject, type Inject } from "./engine/game.ts";
import type { Action, Orders } from "./engine/orders.ts";
import { resolveRound } from "./engine/resolve.ts";
import { createGame } from "./engine/setup.ts";
import type { GameState } from "./engine/state.ts";
import { viewFor, type Seat } from "./engine/view.ts";
import { PHASES, type Phase } from "./phases.ts";
import { refusalMessage } from "./refusals.ts";
import { loadScenario } from "./scenario/load.ts";

export interface GameSettings {
  bots: boolean;
  private: boolean;
  timers: { briefing: number; negotiation: number; orders: number; report: number };
  /** a group of a class: the class places its players, and hears how the game goes */
  class?: { code: string; group: number };
  /** the class runs its groups in step: a phase that is over waits for the class to move on */
  inStep?: boolean;
}

export type RecordEntry =
  | { type: "header"; gameId: string; code: string; createdAt: number; scenario: unknown; seed: number; settings: GameSettings; facilitatorKeyHash: string }
  /** a seat token was issued */
  | { type: "seat"; actor: string; tokenHash: string; name: string; at: number }
  /** seat tokens that stop working: their player took another seat or left, or the seat was freed */
  | { type: "revoke"; tokenHashes: string[]; at: number }
  | { type: "deal"; round: number; actor: string; action: Action; at: number }
  | { type: "orders"; round: number; actor: string; actions: Action[]; submitted: boolean; at: number }
  | { type: "inject"; round: number; what: Inject; at: number }
  | { type: "settings"; bots: boolean; at: number }
  /** `fromName` is missing in records written before it was kept */
  | { type: "chat"; from: string; fromName?: string; to: string; text: string; at: number }
  | { type: "resolved"; round: number; orders: Orders; at: number }
  /** a phase of a round began (the lobby, resolution and the end are not recorded) */
  | { type: "phase"; round: number; phase: Phase; at: number }
  | { type: "finished"; reason: "completed" | "ended"; at: number };

export type Header = Extract<RecordEntry, { type: "header" }>;
export type ChatEntry = Extract<RecordEntry, { type: "chat" }>;

/** Public chat messages a game keeps to show a newcomer. */
export const CHAT_HISTORY = 50;

export interface Replayed {
  state: GameState;
  /** orders recorded for the round in progress, by actor */
  drafts: Record<string, { actions: Action[]; submitted: boolean }>;
  /** seat tokens still valid, by actor: their hashes */
  seatTokens: Record<string, string[]>;
  /** deal actions each seat has taken in the round in progress */
  dealActions: Record<string, number>;
  /** the last public chat messages */
  publicChat: ChatEntry[];
  bots: boolean;
  finished: boolean;
  /** the phase the game was in, for a game that had started; the next briefing after a resolution */
  phase: Phase | null;
  /** the orders the last round was resolved with (null before the first resolution) */
  lastOrders: Orders | null;
}

/** The entries that change the game itself (the rest are seats, chat, drafts and settings). */
export type PlayEntry = Extract<RecordEntry, { type: "deal" | "inject" | "resolved" | "finished" }>;
export const isPlay = (e: RecordEntry): e is PlayEntry => e.type === "deal" || e.type === "inject" || e.type === "resolved" || e.type === "finished";

/**
 * Applies one entry that changes the game. A deal action that no longer applies is an error in a
 * replay (`strict`), and is passed over in a game replayed with something changed (see review.ts).
 */
export function playEntry(state: GameState, e: PlayEntry, strict = true): GameState {
  switch (e.type) {
    case "deal": {
      const out = act(state, e.actor, e.action);
      if (out.ok) return out.state;
      if (strict) throw new Error(`deal action no longer applies: ${refusalMessage(out.error)}`);
      return state;
    }
    case "inject": {
      const out = inject(state, e.what);
      return out.ok ? out.state : state;
    }
    case "resolved": return resolveRound(state, e.orders).state;
    case "finished": return endGame(state);
  }
}

/** Rebuilds a game from its record: the same state the live game had after its last entry. */
export function replay(entries: RecordEntry[]): Replayed {
  const header = entries[0] as Header;
  const loaded = loadScenario(header.scenario);
  if (!loaded.ok) throw new Error(`record ${header.gameId}: scenario no longer valid: ${loaded.problems[0]}`);
  let state = createGame(loaded.scenario, header.seed);
  let drafts: Replayed["drafts"] = {};
  let dealActions: Replayed["dealActions"] = {};
  const tokens = new Map<string, string>(); // hash → actor
  let publicChat: ChatEntry[] = [];
  let bots = header.settings.bots;
  let finished = false;
  let phase: Phase | null = null;
  let lastOrders: Orders | null = null;
  for (const e of entries.slice(1)) {
    switch (e.type) {
      case "deal": {
        try {
          state = playEntry(state, e);
        } catch (error) {
          throw new Error(`record ${header.gameId}: ${(error as Error).message}`);
        }
        dealActions[e.actor] = (dealActions[e.actor] ?? 0) + 1;
        break;
      }
      case "inject":
        state = playEntry(state, e);
        break;
      case "orders":
        drafts[e.actor] = { actions: e.actions, submitted: e.submitted };
        break;
      case "resolved":
        state = playEntry(state, e);
        lastOrders = e.orders;
        drafts = {};
        dealActions = {};
        phase = PHASES.resolution.next;
        break;
      case "phase":
        phase = e.phase;
        break;
      case "seat":
        tokens.set(e.tokenHash, e.actor);
        break;
      case "revoke":
        for (const hash of e.tokenHashes) tokens.delete(hash);
        break;
      case "settings":
        bots = e.bots;
        break;
      case "chat":
        if (e.to === "all") publicChat = [...publicChat.slice(1 - CHAT_HISTORY), e];
        break;
      case "finished":
        state = playEntry(state, e);
        finished = true;
        break;
      case "header":
        break;
    }
  }
  const seatTokens: Replayed["seatTokens"] = {};
  for (const [hash, actor] of tokens) (seatTokens[actor] ??= []).push(hash);
  return { state, drafts, seatTokens, dealActions, publicChat, bots, finished, phase, lastOrders };
}

/**
 * The part of a record a reader may have. The facilitator has all of it. The game itself (orders,
 * deal actions, injects, resolutions) goes to whoever viewFor shows the whole game: the facilitator,
 * and everyone once it is over. Chat and draft orders go by the live room's rules (audience.ts): public
 * messages to all, private ones to their two seats, drafts to their seat. Seat tokens, even hashed, and
 * the facilitator key's hash go to nobody else.
 */
export function recordFor(entries: RecordEntry[], reader: Seat): RecordEntry[] {
  const whole = viewFor(replay(entries).state, reader).omniscient;
  const out: RecordEntry[] = [];
  for (const e of entries) {
    switch (e.type) {
      case "header": {
        const { facilitatorKeyHash: _, ...rest } = e;
        out.push({ ...rest, facilitatorKeyHash: "" });
        break;
      }
      case "seat":
      case "revoke":
        if (reader.kind === "facilitator") out.push(e);
        break;
      case "chat":
        if (mayRead(reader, chatAudience(e))) out.push(e);
        break;
      case "orders":
        if (mayRead(reader, draftAudience(e.actor))) out.push(e);
        break;
      default:
        if (whole) out.push(e);
    }
  }
  return out;
}
