// The synchronised room state (@colyseus/schema). Public parts go to every client. The views (what a
// seat, the facilitator or the public may know) sit in `views`, a map each client's StateView holds
// one entry of. A view is kept as small JSON entries (shared/view-wire.ts), so a change sends only
// the entries it touched. Draft orders change often and travel as messages to the seat's members.
import { Encoder, schema, t, type SchemaType } from "@colyseus/schema";
import type { WireView } from "../shared/view-wire.ts";

/** The encoder writes a whole state (a client's first, with its view) or one patch round (the shared
 *  changes, then every client's view changes one after another) into one buffer, which grows, with a
 *  warning, when this is too small. Views travel as entries, so a patch round is small, except when a
 *  game ends and every view is revealed whole at once (some 50 KB per client); a facilitator who joins
 *  late in a long game needs some 60 KB. This covers both for about ten clients; the pages of the
 *  buffer that are never written take no memory. */
Encoder.BUFFER_SIZE = 512 * 1024;

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

/** One part of a view (one View field): see WirePart. */
export const ViewPart = schema({
  shape: t.string(),
  fields: t.boolean(),
  order: t.string(),
  items: t.map("string"),
}, "ViewPart");
export type ViewPart = SchemaType<typeof ViewPart>;

export const SeatView = schema({
  /** by View field */
  parts: t.map(ViewPart),
}, "SeatView");
export type SeatView = SchemaType<typeof SeatView>;

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
  /** running in step with a class's other groups, the phase is done and waits for them */
  waiting: t.boolean(),
  seats: t.map(SeatInfo),
  /** keyed by actor id, "facilitator" and "public"; each entry reaches only the clients whose view holds it */
  views: t.map(SeatView).view(),
}, "GameRoomState");
export type GameRoomState = SchemaType<typeof GameRoomState>;

/**
 * Brings a view entry up to date with a view cut for the wire: only what differs is touched. Returns
 * the parts it added: a StateView that already holds the entry must be given them (view.add), as a
 * map of strings added under a filtered entry does not become visible with it.
 */
export function writeView(target: SeatView, wire: WireView): ViewPart[] {
  const added: ViewPart[] = [];
  for (const field of [...target.parts.keys()]) if (!wire.has(field)) target.parts.delete(field);
  for (const [field, part] of wire) {
    let entry = target.parts.get(field);
    if (!entry) {
      target.parts.set(field, (entry = new ViewPart()));
      added.push(entry);
    }
    if (entry.shape !== part.shape) entry.shape = part.shape;
    if (entry.fields !== part.fields) entry.fields = part.fields;
    if (entry.order !== part.order) entry.order = part.order;
    for (const key of [...entry.items.keys()]) if (!part.items.has(key)) entry.items.delete(key);
    for (const [key, json] of part.items) if (entry.items.get(key) !== json) entry.items.set(key, json);
  }
  return added;
}
