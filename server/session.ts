// One game being played: the engine state, who sits where, the phase and its clock, the seats' draft
// orders and the chat, with the game's record kept as it goes: every entry is written here, in `log`.
// No networking: the room turns messages into these calls and what the session reports (Outbox) into
// state and messages.
import { botOrders } from "../shared/bots/index.ts";
import type { Visibility } from "../shared/engine/events.ts";
import { act, endGame, inject, type Inject } from "../shared/engine/game.ts";
import type { Action, Orders } from "../shared/engine/orders.ts";
import { resolveRound } from "../shared/engine/resolve.ts";
import type { GameState } from "../shared/engine/state.ts";
import { checkOrders } from "../shared/engine/validate.ts";
import { nextPhase, PHASES, type Phase } from "../shared/phases.ts";
import type { FacilitatorCommand } from "../shared/protocol.ts";
import { replay, type GameSettings, type Header, type RecordEntry } from "../shared/record.ts";
import { refuse, type Refusal } from "../shared/refusals.ts";
import { Chat, type ChatMessage } from "./chat.ts";
import { PhaseClock, type Scheduler } from "./phase-clock.ts";
import { GameRecord } from "./records.ts";
import { Seating, type Member, type SeatChange } from "./seating.ts";

export interface Draft { actions: Action[]; submitted: boolean }

/** What the session reports to the room, which tells the clients. */
export interface Outbox {
  /** the game, its phase or its clock changed: the room's state and the views need refreshing */
  changed(): void;
  /** who holds which seat changed; `moved` are the members whose own seat changed */
  seated(moved: Member[]): void;
  /** a seat's draft orders changed (`author` wrote them, and has its answer) */
  draft(actor: string, author?: Member): void;
  chat(message: ChatMessage, audience: Visibility): void;
  /** the facilitator's message to everyone */
  announce(text: string): void;
  /** something failed that stops this game (not the server): log it, tell the facilitators what */
  fault(error: unknown, what: Refusal): void;
}

export class GameSession {
  readonly header: Header;
  state: GameState;
  settings: GameSettings;
  phase: Phase;
  readonly seating: Seating;
  readonly chat: Chat;
  readonly clock: PhaseClock;
  private drafts = new Map<string, Draft>();
  /** deal actions each seat has taken this round */
  private dealActions = new Map<string, number>();
  /** the orders the last round was resolved with */
  lastOrders: Orders | null;
  /** the phase's time ran out while the game runs in step: it waits for the class to move on */
  private timeUp = false;
  private readonly record: GameRecord;
  private readonly out: Outbox;

  private constructor(record: GameRecord, entries: RecordEntry[], scheduler: Scheduler, out: Outbox) {
    const restored = replay(entries);
    this.header = entries[0] as Header;
    this.record = record;
    this.out = out;
    this.state = restored.state;
    this.settings = { ...this.header.settings, bots: restored.bots };
    // a game that was under way comes back in the phase it was in, paused until its players are back
    this.phase = restored.finished ? "finished" : restored.phase ?? "lobby";
    this.seating = new Seating(this.state.actorOrder);
    for (const [actor, hashes] of Object.entries(restored.seatTokens)) for (const h of hashes) this.seating.restoreToken(h, actor);
    for (const [actor, draft] of Object.entries(restored.drafts)) this.drafts.set(actor, draft);
    for (const [actor, n] of Object.entries(restored.dealActions)) this.dealActions.set(actor, n);
    this.lastOrders = restored.lastOrders;
    this.chat = new Chat(this.state.actorOrder, restored.publicChat);
    this.clock = new PhaseClock(scheduler, () => this.phaseOver(true), PHASES[this.phase].running);
    this.clock.begin(this.secondsOf(this.phase));
  }

  /** Opens a game from its record, as it was after the record's last complete entry. */
  static fromRecord(dataDir: string, gameId: string, scheduler: Scheduler, out: Outbox): GameSession {
    const { record, entries } = GameRecord.open(dataDir, gameId);
    try {
      return new GameSession(record, entries, scheduler, out);
    } catch (error) {
      record.close();
      throw error;
    }
  }

  /** The round the room shows: the report shows the round just resolved, the debrief the rounds played. */
  get shownRound(): number {
    if (this.phase === "finished") return Math.max(1, this.state.history.length);
    return PHASES[this.phase].showsResolvedRound && !this.state.finished ? this.state.round - 1 : this.state.round;
  }

  draftOf(actor: string): Draft {
    return this.drafts.get(actor) ?? { actions: [], submitted: false };
  }

  /** Whether a bot plays this seat: nobody holds it and the game allows bots. */
  isBot(actor: string): boolean {
    return this.settings.bots && !this.seating.isHuman(actor);
  }

  /** Writes the record and closes it: the room is closing. */
  close(): void {
    this.clock.stop();
    this.record.close();
  }

  // ---- seats ------------------------------------------------------------------------------------

  /** The class this game is a group of, if it is one. */
  get ofClass(): { code: string; group: number } | undefined {
    return this.header.settings.class;
  }

  /** In a class, the class places players; nobody picks or changes seats in the game itself. */
  private placedByClass(): Refusal | null {
    const c = this.ofClass;
    return c ? refuse("placedByClass", { group: c.group + 1, class: c.code }) : null;
  }

  claimSeat(member: Member, actor: string, byFacilitator = false): Refusal | null {
    if (this.phase === "finished") return refuse("finished");
    const placed = this.placedByClass();
    if (placed) return placed;
    const change = this.seating.claim(member, actor, byFacilitator);
    if ("code" in change) return change;
    this.seatChanged(change, member);
    return null;
  }

  reclaimSeat(member: Member, token: string): Refusal | null {
    const change = this.seating.reclaim(member, token);
    if ("code" in change) return change;
    this.seatChanged(change, member);
    return null;
  }

  leaveSeat(member: Member): Refusal | null {
    const placed = this.placedByClass();
    if (placed) return placed;
    this.seatChanged(this.seating.leave(member), member);
    return null;
  }

  /** The class puts a student in a seat: whoever comes with the token (a hash of it here) holds it. */
  grantSeat(tokenHash: string, actor: string, name: string): Refusal | null {
    if (!this.seating.actors.includes(actor)) return refuse("unknownSeat", { seat: actor });
    const moved = this.seating.grant(tokenHash, actor);
    if (moved === null) return null; // it had that seat already
    this.log({ type: "seat", actor, tokenHash, name, at: Date.now() });
    this.out.seated(moved);
    return null;
  }

  /** The class takes a student out of this game: the token stops working here. */
  revokeSeat(tokenHash: string): Refusal | null {
    const moved = this.seating.revoke(tokenHash);
    if (moved === null) return null; // it was not valid here
    this.log({ type: "revoke", tokenHashes: [tokenHash], at: Date.now() });
    this.out.seated(moved);
    return null;
  }

  private seatChanged(change: SeatChange, ...moved: Member[]): void {
    const at = Date.now();
    if (change.revoked.length) this.log({ type: "revoke", tokenHashes: change.revoked, at });
    if (change.issued) this.log({ type: "seat", actor: change.issued.actor, tokenHash: change.issued.hash, name: moved[0]?.name ?? "", at });
    this.out.seated(moved);
  }

  seated(): void {
    this.out.seated([]);
  }

  // ---- play -------------------------------------------------------------------------------------

  private closedNow(): Refusal | null {
    return PHASES[this.phase].open ? null : refuse("closed", { phase: this.phase });
  }

  /** The seat's new draft orders, or every problem with them. */
  setOrders(author: Member, actor: string, actions: Action[], submit: boolean): Refusal | Refusal[] | null {
    const closed = this.closedNow();
    if (closed) return closed;
    const problems = checkOrders(this.state, actor, actions);
    if (problems.length) return problems;
    this.drafts.set(actor, { actions, submitted: submit });
    this.log({ type: "orders", round: this.state.round, actor, actions, submitted: submit, at: Date.now() });
    this.out.draft(actor, author);
    if (submit && PHASES[this.phase].endsWhenAllSubmitted && this.allHumansSubmitted()) this.phaseOver(false);
    return null;
  }

  unsubmit(actor: string): Refusal | null {
    const problem = this.closedNow();
    if (problem) return problem;
    const draft = this.drafts.get(actor);
    if (draft?.submitted) {
      draft.submitted = false;
      this.log({ type: "orders", round: this.state.round, actor, actions: draft.actions, submitted: false, at: Date.now() });
      this.out.draft(actor);
    }
    return null;
  }

  /** Running in step, the phase is done (its time ran out, or every player has submitted) and the
   *  game waits for the other groups. */
  get waiting(): boolean {
    if (!this.settings.inStep || !PHASES[this.phase].running) return false;
    return this.timeUp || (PHASES[this.phase].endsWhenAllSubmitted && this.allHumansSubmitted());
  }

  /** Every seat a human holds has submitted (and there is at least one). */
  private allHumansSubmitted(): boolean {
    const humans = this.state.actorOrder.filter((a) => this.seating.isHuman(a));
    return humans.length > 0 && humans.every((a) => this.drafts.get(a)?.submitted);
  }

  deal(actor: string, action: Action): Refusal | null {
    const problem = this.closedNow();
    if (problem) return problem;
    const limit = this.state.scenario.limits.dealActionsPerRound;
    const taken = this.dealActions.get(actor) ?? 0;
    if (taken >= limit) return refuse("dealLimit", { limit });
    const out = act(this.state, actor, action);
    if (!out.ok) return out.error;
    this.state = out.state;
    this.dealActions.set(actor, taken + 1);
    this.log({ type: "deal", round: this.state.round, actor, action, at: Date.now() });
    this.out.changed();
    return null;
  }

  say(member: Member, to: string, text: string): Refusal | null {
    const said = this.chat.say(member, to, text, Date.now());
    if ("code" in said) return said;
    const { message, audience } = said;
    this.log({ type: "chat", from: message.from, fromName: message.fromName, to: message.to, text: message.text, at: message.at });
    this.out.chat(message, audience);
    return null;
  }

  // ---- the facilitator's commands ----------------------------------------------------------------

  command(m: FacilitatorCommand): Refusal | null {
    switch (m.command) {
      case "start": return this.start();
      case "advance": return this.advanceByHand();
      case "pause": return this.clocked(this.clock.pause());
      case "resume": return this.clocked(this.clock.resume());
      case "extend": return this.extend(m.seconds);
      case "end": return this.end();
      case "inject": return this.inject({ card: m.card });
      case "injectText": return this.inject({ title: m.title, text: m.text });
      case "broadcast":
        this.out.announce(m.text);
        return null;
      case "assignSeat": return this.placedByClass() ?? this.assignSeat(m.member, m.actor);
      case "lockSeat": {
        const problem = this.placedByClass() ?? this.seating.lock(m.actor, m.locked);
        if (!problem) this.seated();
        return problem;
      }
      case "freeSeat": return this.placedByClass() ?? this.freeSeat(m.actor);
      case "setBots": return this.setBots(m.enabled);
    }
  }

  /** More time for the phase; a phase waiting for its class (its time ran out) runs again. */
  private extend(seconds: number): Refusal | null {
    if (!this.timeUp) return this.clocked(this.clock.extend(seconds));
    this.timeUp = false;
    this.clock.begin(seconds);
    this.out.changed();
    return null;
  }

  private clocked(problem: Refusal | null): Refusal | null {
    if (!problem) this.out.changed();
    return problem;
  }

  private start(): Refusal | null {
    if (this.phase !== "lobby") return refuse("started");
    this.enter(nextPhase("lobby", false));
    return null;
  }

  private advanceByHand(): Refusal | null {
    if (!PHASES[this.phase].running) return refuse("notRunning", { phase: this.phase });
    this.advance();
    return null;
  }

  /** The class moves a group that runs in step on, if it is still where the class saw it. */
  advanceFrom(round: number, phase: Phase): Refusal | null {
    if (this.shownRound !== round || this.phase !== phase) return refuse("movedOn", { phase, round });
    if (!PHASES[this.phase].running) return refuse("notRunning", { phase: this.phase });
    this.moveOn();
    return null;
  }

  /** The phase is done: its time ran out (`timeUp`), or every player has submitted. A game that
   *  runs in step waits for its class; any other moves on. */
  private phaseOver(timeUp: boolean): void {
    if (!this.settings.inStep) return this.moveOn();
    this.timeUp ||= timeUp;
    this.out.changed();
  }

  /** Leaves a phase that is done: for the resolution once every player has submitted, else for the next. */
  private moveOn(): void {
    if (PHASES[this.phase].endsWhenAllSubmitted && this.allHumansSubmitted()) this.enter("resolution");
    else this.advance();
  }

  /** The phase is over (its time ran out, or the facilitator moved on). */
  private advance(): void {
    this.enter(nextPhase(this.phase, this.state.finished));
  }

  private end(): Refusal | null {
    if (this.phase === "finished") return refuse("finished");
    if (!this.state.finished) {
      this.state = endGame(this.state);
      this.log({ type: "finished", reason: "ended", at: Date.now() });
      this.record.flush();
    }
    this.enter("finished");
    return null;
  }

  private inject(what: Inject): Refusal | null {
    if (this.phase === "finished") return refuse("finished");
    const out = inject(this.state, what);
    if (!out.ok) return out.error;
    this.state = out.state;
    this.log({ type: "inject", round: this.state.round, what, at: Date.now() });
    this.out.changed();
    return null;
  }

  private assignSeat(memberId: string, actor: string | null): Refusal | null {
    const member = this.seating.byId(memberId);
    if (!member) return refuse("unknownMember", { member: memberId });
    if (actor === null) return this.leaveSeat(member);
    const change = this.seating.claim(member, actor, true);
    if ("code" in change) return change;
    this.seatChanged(change, member);
    return null;
  }

  private freeSeat(actor: string): Refusal | null {
    if (!this.seating.actors.includes(actor)) return refuse("unknownSeat", { seat: actor });
    const holders = this.seating.holders(actor);
    this.seatChanged(this.seating.free(actor), ...holders);
    return null;
  }

  private setBots(enabled: boolean): Refusal | null {
    this.settings = { ...this.settings, bots: enabled };
    this.log({ type: "settings", bots: enabled, at: Date.now() });
    this.seated();
    return null;
  }

  // ---- phases -------------------------------------------------------------------------------------

  private secondsOf(phase: Phase): number {
    const timer = PHASES[phase].timer;
    return timer ? this.settings.timers[timer] : 0;
  }

  /** Begins a phase; the resolution resolves the round at once and goes on to the report. */
  private enter(phase: Phase): void {
    if (phase === "resolution") {
      this.phase = "resolution";
      try {
        this.resolve();
        phase = PHASES.resolution.next;
      } catch (error) {
        // a fault in the engine stops this game, not the server: the round goes back to its orders, paused
        this.out.fault(error, refuse("roundFailed", { round: this.state.round }));
        this.clock.hold();
        phase = "orders";
      }
    }
    this.phase = phase;
    this.timeUp = false;
    if (PHASES[phase].running) this.log({ type: "phase", round: this.state.round, phase, at: Date.now() });
    this.clock.begin(this.secondsOf(phase));
    this.out.changed();
  }

  /** Resolves the round: humans' drafts (submitted or not), bots for empty seats, nothing otherwise. */
  private resolve(): void {
    const orders: Orders = {};
    for (const actor of this.state.actorOrder) {
      const draft = this.drafts.get(actor);
      if (this.seating.isHuman(actor) || !this.settings.bots) orders[actor] = draft?.actions ?? [];
      else orders[actor] = botOrders(this.state, actor);
    }
    const result = resolveRound(this.state, orders);
    this.log({ type: "resolved", round: this.state.round, orders, at: Date.now() });
    this.state = result.state;
    this.lastOrders = orders;
    const drafted = [...this.drafts.keys()];
    this.drafts = new Map();
    this.dealActions = new Map();
    if (this.state.finished) this.log({ type: "finished", reason: "completed", at: Date.now() });
    this.record.flush();
    for (const actor of drafted) this.out.draft(actor); // a new round starts with empty drafts
  }

  /** The one place a game's record is written. */
  private log(entry: RecordEntry): void {
    this.record.append(entry);
  }
}
