// Who may read what the game state does not hold: chat messages and a seat's draft orders. The live
// room routes by these rules and a finished game's record is cut by them, so the two cannot drift.
// The game itself is viewFor's business (engine/view.ts).
import { canSee, type GameEvent, type Visibility } from "./engine/events.ts";
import type { Seat } from "./engine/view.ts";

/** A chat message reaches everyone, or the two seats it is between. */
export const chatAudience = (message: { from: string; to: string }): Visibility => (message.to === "all" ? "all" : [message.from, message.to]);

/** A seat's draft orders reach that seat. */
export const draftAudience = (actor: string): Visibility => [actor];

/** Whether a reader may read something meant for `audience`: the facilitator reads everything; a seat
 *  and the public read by the same rule as the game's events. */
export function mayRead(reader: Seat, audience: Visibility): boolean {
  if (reader.kind === "facilitator") return true;
  return canSee({ visibleTo: audience } as GameEvent, reader.kind === "actor" ? reader.actor : null);
}
