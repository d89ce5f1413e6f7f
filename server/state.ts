// The synchronised room state (@colyseus/schema). Public parts go to every client; each seat's private
// view sits in a SeatPrivate entry that only that seat's members (and the facilitator) have in their
// StateView. Draft orders change often and travel as messages to the seat's members instead.
import { schema, t, type SchemaType } from "@colyseus/schema";

export const SeatInfo = schema({
  actor: t.string(),
  role: t.string(),
  /** names of the players holding the seat (a team when more than one) */
  members: t.array("string"),
  connected: t.uint8(),
  locked: t.boolean(),
  /** a bot plays the seat this round */
  bot: t.boolean(),
  submitted: t.boolean(),
}, "SeatInfo");
export type SeatInfo = SchemaType<typeof SeatInfo>;

export const SeatPrivate = schema({
  /** viewFor(state, seat) as JSON: what this seat may know */
  view: t.string(),
}, "SeatPrivate");
export type SeatPrivate = SchemaType<typeof SeatPrivate>;

export const GameRoomState = schema({
  code: t.string(),
  scenarioId: t.string(),
  phase: t.string(),
  round: t.uint8(),
  rounds: t.uint8(),
  paused: t.boolean(),
  /** epoch ms when the phase ends (0 = no timer); while paused, `remaining` holds the ms left */
  deadline: t.float64(),
  remaining: t.float64(),
  bots: t.boolean(),
  seats: t.map(SeatInfo),
  /** viewFor(state, public) as JSON: what everyone may know */
  publicView: t.string(),
  /** keyed by actor id, and "facilitator"; each entry reaches only the clients whose view holds it */
  private: t.map(SeatPrivate).view(),
}, "GameRoomState");
export type GameRoomState = SchemaType<typeof GameRoomState>;
