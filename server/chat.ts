// A game's chat: who may speak, to whom, and the public messages kept for newcomers (and brought back
// from the record after a restart). Who hears a message is audience.ts's rule, as in the record.
import { chatAudience } from "../shared/audience.ts";
import type { Visibility } from "../shared/engine/events.ts";
import { refuse, type Refusal } from "../shared/refusals.ts";
import type { ServerMessages } from "../shared/protocol.ts";
import { CHAT_HISTORY, type ChatEntry } from "../shared/record.ts";
import type { Member } from "./seating.ts";

export type ChatMessage = ServerMessages["chat"];
export const FACILITATOR = "facilitator";

export class Chat {
  private history: ChatMessage[];
  private readonly seats: readonly string[];

  constructor(seats: readonly string[], restored: ChatEntry[] = []) {
    this.seats = seats;
    this.history = restored.map(({ from, fromName, to, text, at }) => ({ from, fromName: fromName ?? from, to, text, at }));
  }

  /** The public messages so far, oldest first. */
  get publicHistory(): readonly ChatMessage[] {
    return this.history;
  }

  /** A member says something: the message and who may hear it, or why not. */
  say(member: Member, to: string, text: string, at: number): { message: ChatMessage; audience: Visibility } | Refusal {
    if (member.kind === "spectator") return refuse("spectator");
    const from = member.kind === "facilitator" ? FACILITATOR : member.actor;
    if (!from) return refuse("noSeat");
    if (to !== "all" && !this.seats.includes(to)) return refuse("unknownSeat", { seat: to });
    const message = { from, fromName: member.name, to, text, at };
    if (to === "all") this.history = [...this.history.slice(1 - CHAT_HISTORY), message];
    return { message, audience: chatAudience(message) };
  }
}
