// How a class and its groups' games talk. The class gives a game orders (a facilitator's command,
// a seat for a student) and asks its status; each game of a class publishes its status as it
// changes. Both go through Colyseus's presence: a room's methods called by room id, and a channel per
// class. The local presence carries them within this process; a shared one (Redis) would carry them
// between processes, so a class's groups need not sit where the class does.
import { matchMaker, type Presence } from "@colyseus/core";
import type { FacilitatorCommand } from "../shared/protocol.ts";
import type { Phase } from "../shared/phases.ts";
import type { GroupStatus } from "../shared/class/status.ts";
import type { Refusal } from "../shared/refusals.ts";

/** What a class may tell one of its games to do. */
export type GroupOrder =
  | { kind: "command"; command: FacilitatorCommand }
  /** move on, if the game is still in this phase of this round (running in step) */
  | { kind: "advanceFrom"; round: number; phase: Phase }
  /** whoever comes with this token (its hash) holds this seat */
  | { kind: "seat"; tokenHash: string; actor: string; name: string }
  /** this token no longer holds a seat here */
  | { kind: "unseat"; tokenHash: string };

/** The game room's side of the link: what the class calls on it (see GameRoom). */
export interface GroupEnd {
  fromClass(order: GroupOrder): Refusal | null;
  classStatus(): GroupStatus;
}

export interface GroupLink {
  /** Opens a group's game from its record if it is not open. */
  open(gameId: string): Promise<void>;
  /** Carries out an order in a group's game: null, or why the game refused it. */
  send(gameId: string, order: GroupOrder): Promise<Refusal | null>;
  status(gameId: string): Promise<GroupStatus>;
  /** Hears the status every game of the class publishes; returns how to stop hearing. */
  listen(classCode: string, hear: (status: GroupStatus) => void): Promise<() => void>;
}

export const statusChannel = (classCode: string): string => `class-status:${classCode}`;

/** The link over Colyseus presence; `openGame` opens a game's room from its record. */
export function presenceLink(presence: Presence, openGame: (gameId: string) => Promise<void>): GroupLink {
  const call = <T>(gameId: string, method: keyof GroupEnd, args: unknown[]): Promise<T> =>
    matchMaker.remoteRoomCall(gameId, method as string, args) as Promise<T>;
  return {
    async open(gameId) {
      if (!(await matchMaker.getRoomById(gameId))) await openGame(gameId);
    },
    send: (gameId, order) => call<Refusal | null>(gameId, "fromClass", [order]),
    status: (gameId) => call<GroupStatus>(gameId, "classStatus", []),
    async listen(classCode, hear) {
      const channel = statusChannel(classCode);
      const callback = (status: GroupStatus) => hear(status);
      await presence.subscribe(channel, callback);
      return () => void presence.unsubscribe(channel, callback);
    },
  };
}

/** The game's side: publishes its status on its class's channel. */
export function publishStatus(presence: Presence, status: GroupStatus): void {
  presence.publish(statusChannel(status.classCode), status);
}
