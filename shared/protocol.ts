// The network contract: every message a client may send, as zod schemas, and the shapes the server
// sends back. The server validates each message with these before anything else happens.
import { z } from "zod";
import { actionSchema, ordersSchema, type Action } from "./engine/orders.ts";
import type { PublicScenario } from "./engine/view.ts";
import type { Refusal } from "./refusals.ts";

const id = z.string().min(1).max(64);
const text = z.strictObject({ en: z.string().min(1).max(2000), zh: z.string().min(1).max(2000) });
export const NAME_MAX = 40;
export const CHAT_MAX = 500;

/** Message types a client sends, each with its payload schema. */
export const clientMessages = {
  /** sent once the client listens: the server answers with welcome, chat history, seat and draft */
  hello: z.strictObject({}),
  claimSeat: z.strictObject({ actor: id }),
  leaveSeat: z.strictObject({}),
  reclaimSeat: z.strictObject({ token: z.string().min(8).max(128) }),
  setName: z.strictObject({ name: z.string().trim().min(1).max(NAME_MAX) }),
  /** replaces the seat's draft orders; `submit` marks them final for the round */
  orders: z.strictObject({ actions: ordersSchema, submit: z.boolean(), seq: z.number().int().min(0).optional() }),
  unsubmit: z.strictObject({}),
  deal: z.strictObject({ action: actionSchema }),
  chat: z.strictObject({ to: z.union([z.literal("all"), id]), text: z.string().trim().min(1).max(CHAT_MAX) }),
  facilitator: z.discriminatedUnion("command", [
    z.strictObject({ command: z.literal("start") }),
    z.strictObject({ command: z.literal("pause") }),
    z.strictObject({ command: z.literal("resume") }),
    z.strictObject({ command: z.literal("extend"), seconds: z.number().int().min(5).max(3600) }),
    z.strictObject({ command: z.literal("advance") }),
    z.strictObject({ command: z.literal("end") }),
    z.strictObject({ command: z.literal("inject"), card: id }),
    z.strictObject({ command: z.literal("injectText"), title: text, text }),
    z.strictObject({ command: z.literal("broadcast"), text: z.string().trim().min(1).max(CHAT_MAX) }),
    z.strictObject({ command: z.literal("assignSeat"), member: id, actor: id.nullable() }),
    z.strictObject({ command: z.literal("lockSeat"), actor: id, locked: z.boolean() }),
    z.strictObject({ command: z.literal("freeSeat"), actor: id }),
    z.strictObject({ command: z.literal("setBots"), enabled: z.boolean() }),
  ]),
} as const;

export type ClientMessageType = keyof typeof clientMessages;
export type ClientMessage<T extends ClientMessageType> = z.output<(typeof clientMessages)[T]>;
/** What a client may send: optional fields may be left out. */
export type ClientMessageInput<T extends ClientMessageType> = z.input<(typeof clientMessages)[T]>;
export type FacilitatorCommand = ClientMessage<"facilitator">;

/** Options a client passes when it joins a game room. */
export const joinOptionsSchema = z.strictObject({
  name: z.string().trim().min(1).max(NAME_MAX).optional(),
  /** a stable id the browser keeps, so a returning player is recognised */
  playerId: z.string().min(8).max(64).optional(),
  facilitatorKey: z.string().min(8).max(128).optional(),
  seatToken: z.string().min(8).max(128).optional(),
  spectator: z.boolean().optional(),
});
export type JoinOptions = z.output<typeof joinOptionsSchema>;

/** Settings for a new game (HTTP POST /api/games). */
export const createGameSchema = z.strictObject({
  scenarioId: id.optional(),
  scenario: z.unknown().optional(),
  seed: z.number().int().optional(),
  /** historical: the real timeline on its dates; what if: its contingent events come by chance (the scenario's own by default) */
  mode: z.enum(["historical", "whatIf"]).optional(),
  bots: z.boolean().default(true),
  private: z.boolean().default(false),
  timers: z.strictObject({
    briefing: z.number().int().min(5).max(3600),
    negotiation: z.number().int().min(5).max(7200),
    orders: z.number().int().min(5).max(7200),
    report: z.number().int().min(5).max(3600),
  }).partial().default({}),
}).refine((v) => (v.scenarioId === undefined) !== (v.scenario === undefined), { message: "give either scenarioId or scenario" });
export type CreateGame = z.output<typeof createGameSchema>;

export type { Phase } from "./phases.ts";

/** Messages the server sends. */
export interface ServerMessages {
  /** a refusal of the message of `type`: its code and parameters, words for logs, and for a list of
   *  orders every further problem */
  error: Refusal & { type: string; message: string; more?: Refusal[] };
  welcome: {
    memberId: string; role: "player" | "facilitator" | "spectator";
    /** the scenario's public parts: names, chip types, objectives */
    scenario: PublicScenario;
    /** the facilitator's deck of events to inject */
    deck?: { id: string; title: { en: string; zh: string } }[];
  };
  /** to facilitators: everyone in the game, to assign seats */
  members: { id: string; name: string; kind: "player" | "facilitator" | "spectator"; actor: string | null; connected: boolean }[];
  seat: { actor: string | null; token: string | null };
  /** the seat's draft orders, to every member of the seat (and the facilitator) when they change */
  orders: { actor: string; actions: Action[]; submitted: boolean };
  ack: { type: string; seq?: number };
  chat: { from: string; fromName: string; to: "all" | string; text: string; at: number };
  broadcast: { text: string; at: number };
  /** the server is stopping (a restart, say): the client will rejoin when it is back */
  stopping: Record<string, never>;
}
