// Who is in a game and which seat (actor) each player holds. Several players may share a seat as a
// team; a locked seat takes new players only from the facilitator. A player holds one seat token at a
// time: taking another seat, or leaving, ends the old one. Plain data and rules, no network.
import { refuse, type Refusal } from "../shared/refusals.ts";
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

/** A seat change: the token issued (to record and hand over) and the token hashes that stopped working. */
export interface SeatChange { issued: { actor: string; token: string; hash: string } | null; revoked: string[] }

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

  /** A player takes a seat, alone or joining the team already there, with a new token. */
  claim(member: Member, actor: string, byFacilitator = false): SeatChange | Refusal {
    if (member.kind !== "player") return refuse("notPlayer");
    if (!this.actors.includes(actor)) return refuse("unknownSeat", { seat: actor });
    if (this.locked.has(actor) && !byFacilitator && member.actor !== actor) return refuse("seatLocked", { seat: actor });
    const revoked = this.dropToken(member);
    const token = secret();
    const hash = hashSecret(token);
    this.tokens.set(hash, actor);
    member.actor = actor;
    member.token = token;
    return { issued: { actor, token, hash }, revoked };
  }

  /** A player takes back the seat of a token it kept (after a reload, a drop or a restart). */
  reclaim(member: Member, token: string): SeatChange | Refusal {
    const actor = this.tokens.get(hashSecret(token));
    if (!actor) return refuse("badToken");
    if (member.kind !== "player") return refuse("notPlayer");
    const revoked = member.token === token ? [] : this.dropToken(member);
    member.actor = actor;
    member.token = token;
    return { issued: null, revoked };
  }

  /** A player leaves its seat; its token stops working. */
  leave(member: Member): SeatChange {
    const revoked = this.dropToken(member);
    member.actor = null;
    member.token = null;
    return { issued: null, revoked };
  }

  /** Everyone leaves the seat; all its tokens stop working, so the seat is really free. */
  free(actor: string): SeatChange {
    for (const m of this.holders(actor)) {
      m.actor = null;
      m.token = null;
    }
    const revoked: string[] = [];
    for (const [hash, a] of this.tokens) if (a === actor) revoked.push(hash);
    for (const hash of revoked) this.tokens.delete(hash);
    return { issued: null, revoked };
  }

  lock(actor: string, locked: boolean): Refusal | null {
    if (!this.actors.includes(actor)) return refuse("unknownSeat", { seat: actor });
    if (locked) this.locked.add(actor);
    else this.locked.delete(actor);
    return null;
  }

  /** Restores a token issued before a restart (from the game record). */
  restoreToken(hash: string, actor: string): void {
    this.tokens.set(hash, actor);
  }

  /** A token (its hash) is given a seat from outside the game (by its class): members who came
   *  with it take that seat now. Returns them, or null if the token had that seat already. */
  grant(hash: string, actor: string): Member[] | null {
    if (this.tokens.get(hash) === actor) return null;
    this.tokens.set(hash, actor);
    const holders = this.withToken(hash);
    for (const m of holders) m.actor = actor;
    return holders;
  }

  /** A token (its hash) stops working, and members who came with it lose their seat. Returns them,
   *  or null if the token was not valid here. */
  revoke(hash: string): Member[] | null {
    if (!this.tokens.delete(hash)) return null;
    const holders = this.withToken(hash);
    for (const m of holders) {
      m.actor = null;
      m.token = null;
    }
    return holders;
  }

  private withToken(hash: string): Member[] {
    return [...this.members.values()].filter((m) => m.token !== null && hashSecret(m.token) === hash);
  }

  /** The seats some valid token is for: those a player holds or may come back to. */
  seatsWithTokens(): Set<string> {
    return new Set(this.tokens.values());
  }

  /** The seat a token belongs to, if it is still valid. */
  seatOfToken(token: string): string | undefined {
    return this.tokens.get(hashSecret(token));
  }

  /** Ends the member's token, unless another member (a second tab of the same browser) holds it too. */
  private dropToken(member: Member): string[] {
    if (member.token === null) return [];
    const token = member.token;
    member.token = null;
    for (const m of this.members.values()) if (m !== member && m.token === token) return [];
    const hash = hashSecret(token);
    return this.tokens.delete(hash) ? [hash] : [];
  }
}
