// Who is in a game and which seat (actor) each player holds. Several players may share a seat as a
// team; a locked seat takes new players only from the facilitator. Plain data and rules, no network.
import { reject, type Rejection } from "../shared/engine/orders.ts";
import { hashSecret, secret } from "./codes.ts";

export type MemberKind = "player" | "facilitator" | "spectator";

export interface Member {
  id: string;
  name: string;
  kind: MemberKind;
  actor: string | null;
  /** the connection's session; it stays the same when a dropped client reconnects */
  sessionId: string;
  /** false while the player is away (dropped, within the reconnection window) */
  connected: boolean;
  /** the token of the seat it holds, to give back to the client */
  token: string | null;
}

export class Seating {
  readonly members = new Map<string, Member>();
  private readonly sessions = new Map<string, Member>();
  readonly locked = new Set<string>();
  /** seat token hash → actor, so a player can reclaim a seat after the reconnection window or a restart */
  private readonly tokens = new Map<string, string>();

  readonly actors: readonly string[];

  constructor(actors: readonly string[]) {
    this.actors = actors;
  }

  add(member: Member): void {
    this.members.set(member.id, member);
    this.sessions.set(member.sessionId, member);
  }

  remove(memberId: string): void {
    const m = this.members.get(memberId);
    if (m) this.sessions.delete(m.sessionId);
    this.members.delete(memberId);
  }

  byId(memberId: string): Member | undefined {
    return this.members.get(memberId);
  }

  bySession(sessionId: string): Member | undefined {
    return this.sessions.get(sessionId);
  }

  /** Players holding a seat, connected or within their reconnection window. */
  holders(actor: string): Member[] {
    return [...this.members.values()].filter((m) => m.actor === actor);
  }

  /** A seat is human while anyone holds it; otherwise a bot (or safe defaults) plays it. */
  isHuman(actor: string): boolean {
    return this.holders(actor).length > 0;
  }

  /** A player takes a seat, alone or joining the team already there. Returns the seat token to keep. */
  claim(memberId: string, actor: string, byFacilitator = false): { token: string } | Rejection {
    const m = this.members.get(memberId);
    if (!m) return reject("unknownMember", `no member "${memberId}" in this game`);
    if (m.kind !== "player") return reject("notPlayer", `a ${m.kind} cannot hold a seat`);
    if (!this.actors.includes(actor)) return reject("unknownSeat", `there is no seat "${actor}"`);
    if (this.locked.has(actor) && !byFacilitator && m.actor !== actor) return reject("seatLocked", `seat ${actor} is locked by the facilitator`);
    m.actor = actor;
    return { token: this.issueToken(actor) };
  }

  leave(memberId: string): void {
    const m = this.members.get(memberId);
    if (m) m.actor = null;
  }

  /** Everyone leaves the seat; their tokens stop working, so the seat is really free. */
  free(actor: string): void {
    for (const m of this.holders(actor)) m.actor = null;
    for (const [hash, a] of this.tokens) if (a === actor) this.tokens.delete(hash);
  }

  lock(actor: string, locked: boolean): Rejection | null {
    if (!this.actors.includes(actor)) return reject("unknownSeat", `there is no seat "${actor}"`);
    if (locked) this.locked.add(actor);
    else this.locked.delete(actor);
    return null;
  }

  issueToken(actor: string): string {
    const token = secret();
    this.tokens.set(hashSecret(token), actor);
    return token;
  }

  /** Restores tokens issued before a restart (from the game record). */
  restoreToken(hash: string, actor: string): void {
    this.tokens.set(hash, actor);
  }

  /** The seat a token belongs to, if it is still valid. */
  seatOfToken(token: string): string | undefined {
    return this.tokens.get(hashSecret(token));
  }
}
