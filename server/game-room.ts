// The Colyseus room for one game: a thin adapter. It checks every message with the shared zod schemas,
// finds the sender's seat from the connection, calls the session (and through it the engine), and
// copies each seat's view into the synchronised state where only that seat's members can see it.
import { Room, type Client, type Delayed } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import type { z } from "zod";
import { publicScenario, viewFor, type Seat } from "../shared/engine/view.ts";
import { reject, type Rejection } from "../shared/engine/orders.ts";
import { clientMessages, joinOptionsSchema, type ClientMessage, type ClientMessageType, type Phase, type ServerMessages } from "../shared/protocol.ts";
import { hashSecret, secret } from "./codes.ts";
import { RateLimiter } from "./rate-limit.ts";
import { GameRecord, readRecord, replay, type Header } from "./records.ts";
import type { Member } from "./seating.ts";
import { GameSession, nextPhase, type Draft } from "./session.ts";
import { GameRoomState, SeatInfo, SeatPrivate } from "./state.ts";

export interface RoomConfig {
  dataDir: string;
  /** seconds a dropped player keeps their seat before a bot takes over */
  reconnectSeconds: number;
  /** minutes an empty room stays open before it closes (its record stays, to resume) */
  idleMinutes: number;
}

export interface CreateRoomOptions { gameId: string }

const FACILITATOR = "facilitator";
/** Events and closed deals a view carries: this round and the last; earlier ones are in the record. */
const eventsSince = (round: number) => Math.max(1, round - 1);

export class GameRoom extends Room<{ state: GameRoomState }> {
  static config: RoomConfig;

  override state = new GameRoomState();
  session!: GameSession;
  header!: Header;
  private timer: Delayed | undefined;
  private idle: Delayed | undefined;
  private limiters = new Map<string, RateLimiter>();
  /** sessions that joined with a seat token that no longer works; told so when they say hello */
  private refusedTokens = new Set<string>();
  private publicChat: ServerMessages["chat"][] = [];

  override maxMessagesPerSecond = 300; // beyond this the transport drops the client; our own limit comes first

  override onCreate(options: CreateRoomOptions): void {
    const config = GameRoom.config;
    const entries = readRecord(config.dataDir, options.gameId);
    this.header = entries[0] as Header;
    const restored = replay(entries);
    this.roomId = this.header.gameId;
    this.autoDispose = false;
    this.session = new GameSession(restored.state, { ...this.header.settings, bots: restored.bots }, new GameRecord(config.dataDir, this.header.gameId));
    for (const [actor, hashes] of Object.entries(restored.seatTokens)) for (const h of hashes) this.session.seating.restoreToken(h, actor);
    for (const [actor, draft] of Object.entries(restored.drafts)) this.session.drafts.set(actor, draft);
    // a game that was under way comes back in the phase it was in, paused until its players are back
    this.session.phase = restored.finished ? "finished" : restored.phase ?? "lobby";
    void this.setPrivate(this.header.settings.private);
    void this.setMetadata({ code: this.header.gameId, scenario: this.session.state.scenario.id, private: this.header.settings.private });

    const s = this.state;
    s.code = this.header.gameId;
    s.scenarioId = this.session.state.scenario.id;
    s.rounds = this.session.state.scenario.calendar.rounds;
    s.bots = this.session.settings.bots;
    for (const actor of this.session.state.actorOrder) {
      const seat = new SeatInfo();
      seat.actor = actor;
      seat.role = this.session.state.actors[actor]!.role;
      s.seats.set(actor, seat);
      s.private.set(actor, new SeatPrivate());
    }
    s.private.set(FACILITATOR, new SeatPrivate());
    s.paused = this.session.phase !== "lobby" && this.session.phase !== "finished";
    this.setPhase(this.session.phase);
    this.registerHandlers();
    this.startIdleTimer();
  }

  // ---- joining, leaving, reconnecting ------------------------------------------------------------

  override onJoin(client: Client, raw: unknown): void {
    const parsed = joinOptionsSchema.safeParse(raw ?? {});
    if (!parsed.success) throw new Error(`invalid join options: ${parsed.error.issues[0]?.message}`);
    const options = parsed.data;
    const facilitator = options.facilitatorKey !== undefined && hashSecret(options.facilitatorKey) === this.header.facilitatorKeyHash;
    if (options.facilitatorKey !== undefined && !facilitator) throw new Error("wrong facilitator key");
    let id = options.playerId ?? secret();
    const earlier = this.session.seating.byId(id);
    // the same browser back after a reload: its dropped connection gives way (the seat still needs its token)
    if (earlier && !earlier.connected) this.session.seating.remove(id);
    else if (earlier) id = `${id}-${secret().slice(0, 6)}`; // the same browser in a second tab
    const member: Member = {
      id, name: options.name ?? (facilitator ? "Facilitator" : `Player ${this.clients.length}`),
      kind: facilitator ? "facilitator" : options.spectator ? "spectator" : "player", actor: null,
      sessionId: client.sessionId, connected: true, token: null,
    };
    this.session.seating.add(member);
    client.view = new StateView();
    if (facilitator) client.view.add(this.state.private.get(FACILITATOR)!);
    this.idle?.clear();
    if (options.seatToken !== undefined && member.kind === "player") {
      const actor = this.session.seating.seatOfToken(options.seatToken);
      if (actor) this.takeSeat(client, member, actor, options.seatToken);
      else this.refusedTokens.add(client.sessionId);
    }
    this.refreshSeats();
  }

  /** The client listens now: who it is, the chat so far, its seat and the seat's draft orders. */
  private greet(client: Client, member: Member, tokenRefused: boolean): void {
    const scenario = this.session.state.scenario;
    this.tell(client, "welcome", {
      memberId: member.id, role: member.kind, scenario: publicScenario(scenario),
      ...(member.kind === "facilitator" ? { deck: scenario.events.deck.map(({ id, title }) => ({ id, title })) } : {}),
    });
    for (const message of this.publicChat) this.tell(client, "chat", message);
    if (tokenRefused) this.sendError(client, "join", reject("badToken", "that seat token is no longer valid"));
    if (member.actor) this.tellSeat(client, member);
  }

  override onDrop(client: Client): void {
    const member = this.session.seating.bySession(client.sessionId);
    if (member) member.connected = false;
    this.refreshSeats();
    // the promise fails when the window runs out or the room closes: onLeave handles both
    this.allowReconnection(client, GameRoom.config.reconnectSeconds).catch(() => {});
  }

  override onReconnect(client: Client): void {
    const member = this.session.seating.bySession(client.sessionId);
    if (member) member.connected = true;
    this.refreshSeats();
  }

  /** A consented leave, or a drop whose reconnection window ran out: the seat keeps its token. */
  override onLeave(client: Client): void {
    const member = this.session.seating.bySession(client.sessionId);
    if (member) this.session.seating.remove(member.id);
    this.limiters.delete(client.sessionId);
    this.refusedTokens.delete(client.sessionId);
    this.refreshSeats();
    if (this.clients.length === 0) this.startIdleTimer();
  }

  override onDispose(): void {
    this.timer?.clear();
    this.session.record.close();
  }

  private startIdleTimer(): void {
    this.idle?.clear();
    this.idle = this.clock.setTimeout(() => void this.disconnect(), GameRoom.config.idleMinutes * 60_000);
  }

  // ---- messages -----------------------------------------------------------------------------------

  private registerHandlers(): void {
    const on = <T extends ClientMessageType>(type: T, handle: (client: Client, member: Member, message: ClientMessage<T>) => void) => {
      this.onMessage(type, (client: Client, raw: unknown) => {
        if (!this.allow(client, type)) return;
        const member = this.session.seating.bySession(client.sessionId);
        if (!member) return this.sendError(client, type, reject("notJoined", "you are not in this game"));
        const parsed = (clientMessages[type] as unknown as z.ZodType<ClientMessage<T>>).safeParse(raw);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          return this.sendError(client, type, reject("invalidMessage", `${issue.path.join(".") || "message"}: ${issue.message}`));
        }
        handle(client, member, parsed.data);
      });
    };
    this.onMessage("*", (client: Client, type: string | number) => {
      if (this.allow(client, String(type))) this.sendError(client, String(type), reject("unknownMessage", `there is no message type "${String(type)}"`));
    });

    on("hello", (client, member) => {
      this.greet(client, member, this.refusedTokens.delete(client.sessionId));
    });
    on("setName", (_, member, m) => {
      member.name = m.name;
      this.refreshSeats();
    });
    on("claimSeat", (client, member, m) => {
      if (this.session.phase === "finished") return this.sendError(client, "claimSeat", reject("finished", "the game is over"));
      const taken = this.session.seating.claim(member.id, m.actor);
      if ("code" in taken) return this.sendError(client, "claimSeat", taken);
      this.takeSeat(client, member, m.actor, taken.token);
      this.tellSeat(client, member);
      this.refreshSeats();
    });
    on("reclaimSeat", (client, member, m) => {
      const actor = this.session.seating.seatOfToken(m.token);
      if (!actor) return this.sendError(client, "reclaimSeat", reject("badToken", "that seat token is no longer valid"));
      if (member.kind !== "player") return this.sendError(client, "reclaimSeat", reject("notPlayer", `a ${member.kind} cannot hold a seat`));
      this.takeSeat(client, member, actor, m.token);
      this.tellSeat(client, member);
      this.refreshSeats();
    });
    on("leaveSeat", (client, member) => {
      this.showSeat(client, member.actor, false);
      this.session.seating.leave(member.id);
      this.tell(client, "seat", { actor: null, token: null });
      this.refreshSeats();
    });
    on("orders", (client, member, m) => {
      const actor = this.seatOf(client, member, "orders");
      if (!actor) return;
      const problem = this.session.setOrders(actor, m.actions, m.submit);
      if (problem) return this.sendError(client, "orders", problem);
      this.tell(client, "ack", { type: "orders", seq: m.seq });
      this.pushDraft(actor, client);
      if (m.submit && this.session.allHumansSubmitted() && (this.session.phase === "negotiation" || this.session.phase === "orders")) this.setPhase("resolution");
    });
    on("unsubmit", (client, member) => {
      const actor = this.seatOf(client, member, "unsubmit");
      if (!actor) return;
      const problem = this.session.unsubmit(actor);
      if (problem) return this.sendError(client, "unsubmit", problem);
      this.pushDraft(actor);
    });
    on("deal", (client, member, m) => {
      const actor = this.seatOf(client, member, "deal");
      if (!actor) return;
      const out = this.session.deal(actor, m.action);
      if ("code" in out) return this.sendError(client, "deal", out);
      this.tell(client, "ack", { type: "deal" });
      this.refreshViews();
    });
    on("chat", (client, member, m) => this.chat(client, member, m));
    on("facilitator", (client, member, m) => {
      if (member.kind !== "facilitator") return this.sendError(client, "facilitator", reject("notFacilitator", "only the facilitator can do that"));
      const problem = this.command(m);
      if (problem) return this.sendError(client, "facilitator", problem);
      this.tell(client, "ack", { type: "facilitator" });
    });
  }

  private allow(client: Client, type: string): boolean {
    const now = Date.now();
    let limiter = this.limiters.get(client.sessionId);
    if (!limiter) this.limiters.set(client.sessionId, (limiter = new RateLimiter(40, 20, now)));
    if (limiter.take(now)) return true;
    this.sendError(client, type, reject("rateLimited", "too many messages: slow down"));
    return false;
  }

  private seatOf(client: Client, member: Member, type: string): string | null {
    if (member.actor === null) {
      this.sendError(client, type, reject("noSeat", "take a seat first"));
      return null;
    }
    return member.actor;
  }

  private takeSeat(client: Client, member: Member, actor: string, token: string): void {
    if (member.actor && member.actor !== actor) this.showSeat(client, member.actor, false);
    member.actor = actor;
    member.token = token;
    this.showSeat(client, actor, true);
    this.session.record.append({ type: "seat", actor, tokenHash: hashSecret(token), name: member.name, at: Date.now() });
  }

  /** Tells a seated client its seat, its token and the seat's draft orders. */
  private tellSeat(client: Client, member: Member): void {
    this.tell(client, "seat", { actor: member.actor, token: member.token });
    if (member.actor) this.tell(client, "orders", { actor: member.actor, ...this.draftOf(member.actor) });
  }

  private showSeat(client: Client, actor: string | null, visible: boolean): void {
    if (!actor || !client.view) return;
    const entry = this.state.private.get(actor)!;
    if (visible) client.view.add(entry);
    else client.view.remove(entry);
  }

  private chat(client: Client, member: Member, m: ClientMessage<"chat">): void {
    if (member.kind === "spectator") return this.sendError(client, "chat", reject("spectator", "spectators cannot chat"));
    const from = member.kind === "facilitator" ? FACILITATOR : member.actor;
    if (!from) return this.sendError(client, "chat", reject("noSeat", "take a seat first"));
    const message = { from, fromName: member.name, to: m.to, text: m.text, at: Date.now() };
    if (m.to === "all") {
      this.publicChat = [...this.publicChat.slice(-49), message];
      this.broadcast("chat", message);
    } else {
      if (!this.state.seats.has(m.to)) return this.sendError(client, "chat", reject("unknownSeat", `there is no seat "${m.to}"`));
      // a private message reaches the two seats' members and the facilitators, nobody else
      for (const c of this.clients) {
        const other = this.session.seating.bySession(c.sessionId);
        if (other && (other.kind === "facilitator" || other.actor === from || other.actor === m.to)) this.tell(c, "chat", message);
      }
    }
    this.session.record.append({ type: "chat", from, to: m.to, text: m.text, at: message.at });
  }

  private command(m: ClientMessage<"facilitator">): Rejection | null {
    const s = this.session;
    switch (m.command) {
      case "start":
        if (s.phase !== "lobby") return reject("started", "the game has already started");
        this.setPhase("briefing");
        return null;
      case "advance":
        if (s.phase === "lobby" || s.phase === "finished") return reject("notRunning", `nothing to advance in the ${s.phase}`);
        this.setPhase(nextPhase(s.phase, s.state.finished));
        return null;
      case "pause":
        if (this.state.paused) return reject("paused", "the game is already paused");
        this.state.paused = true;
        this.state.remaining = Math.max(0, this.state.deadline - Date.now());
        this.state.deadline = 0;
        this.timer?.clear();
        return null;
      case "resume":
        if (!this.state.paused) return reject("notPaused", "the game is not paused");
        this.state.paused = false;
        if (this.state.remaining > 0) this.schedule(this.state.remaining);
        this.state.remaining = 0;
        return null;
      case "extend":
        if (this.state.paused) this.state.remaining += m.seconds * 1000;
        else if (this.state.deadline > 0) this.schedule(this.state.deadline - Date.now() + m.seconds * 1000);
        else return reject("noTimer", "this phase has no timer to extend");
        return null;
      case "end":
        if (s.phase === "finished") return reject("finished", "the game is already over");
        s.end();
        this.setPhase("finished");
        return null;
      case "inject":
      case "injectText": {
        const out = s.inject(m.command === "inject" ? { card: m.card } : { title: m.title, text: m.text });
        if ("code" in out) return out;
        this.refreshViews();
        return null;
      }
      case "broadcast":
        this.broadcast("broadcast", { text: m.text, at: Date.now() });
        return null;
      case "assignSeat": {
        const member = s.seating.byId(m.member);
        if (!member) return reject("unknownMember", `no member "${m.member}" in this game`);
        const client = this.clients.find((c) => c.sessionId === member.sessionId);
        if (m.actor === null) {
          if (client) this.showSeat(client, member.actor, false);
          s.seating.leave(member.id);
          if (client) this.tell(client, "seat", { actor: null, token: null });
        } else {
          const taken = s.seating.claim(member.id, m.actor, true);
          if ("code" in taken) return taken;
          if (client) {
            this.takeSeat(client, member, m.actor, taken.token);
            this.tellSeat(client, member);
          }
        }
        this.refreshSeats();
        return null;
      }
      case "lockSeat": {
        const problem = s.seating.lock(m.actor, m.locked);
        if (problem) return problem;
        this.refreshSeats();
        return null;
      }
      case "freeSeat": {
        if (!this.state.seats.has(m.actor)) return reject("unknownSeat", `there is no seat "${m.actor}"`);
        for (const member of s.seating.holders(m.actor)) {
          const client = this.clients.find((c) => c.sessionId === member.sessionId);
          if (client) {
            this.showSeat(client, m.actor, false);
            this.tell(client, "seat", { actor: null, token: null });
          }
        }
        s.seating.free(m.actor);
        this.refreshSeats();
        return null;
      }
      case "setBots":
        s.setBots(m.enabled);
        this.state.bots = m.enabled;
        this.refreshSeats();
        return null;
    }
  }

  // ---- phases and timers --------------------------------------------------------------------------

  private setPhase(phase: Phase): void {
    const s = this.session;
    this.timer?.clear();
    this.timer = undefined;
    if (phase === "resolution") {
      s.phase = "resolution";
      try {
        s.resolve();
        phase = "report";
      } catch (error) {
        // a fault in the engine stops this game, not the server: the round goes back to its orders, paused
        this.fault(error, `round ${s.state.round} could not be resolved`);
        this.state.paused = true;
        phase = "orders";
      }
    }
    s.phase = phase;
    this.state.phase = phase;
    if (phase !== "lobby" && phase !== "finished") s.record.append({ type: "phase", round: s.state.round, phase, at: Date.now() });
    // the report shows the round just resolved (the engine has already opened the next one); the
    // debrief, the rounds played
    this.state.round = phase === "finished" ? Math.max(1, s.state.history.length)
      : phase === "report" && !s.state.finished ? s.state.round - 1 : s.state.round;
    const seconds = phase === "briefing" || phase === "negotiation" || phase === "orders" || phase === "report" ? s.settings.timers[phase] : 0;
    this.state.deadline = 0;
    this.state.remaining = 0;
    if (seconds > 0) {
      if (this.state.paused) this.state.remaining = seconds * 1000;
      else this.schedule(seconds * 1000);
    }
    this.refreshViews();
    for (const actor of s.state.actorOrder) this.pushDraft(actor); // a new round starts with empty drafts
    this.refreshSeats();
  }

  private schedule(ms: number): void {
    this.timer?.clear();
    this.state.deadline = Date.now() + ms;
    this.timer = this.clock.setTimeout(() => this.setPhase(nextPhase(this.session.phase, this.session.state.finished)), ms);
  }

  // ---- what clients see ---------------------------------------------------------------------------

  /** Recomputes every seat's view, the facilitator's and the public one, after the game state changed. */
  private refreshViews(): void {
    const state = this.session.state;
    const since = eventsSince(state.round);
    const put = (key: string, seat: Seat) => {
      const json = JSON.stringify(viewFor(state, seat, { eventsSince: since }));
      const entry = this.state.private.get(key)!;
      if (entry.view !== json) entry.view = json;
    };
    for (const actor of state.actorOrder) put(actor, { kind: "actor", actor });
    put(FACILITATOR, { kind: "facilitator" });
    const publicJson = JSON.stringify(viewFor(state, { kind: "public" }, { eventsSince: since }));
    if (this.state.publicView !== publicJson) this.state.publicView = publicJson;
  }

  private draftOf(actor: string): Draft {
    return this.session.drafts.get(actor) ?? { actions: [], submitted: false };
  }

  /** Sends a seat's draft orders to its members and the facilitators (but not to `author`, who wrote
   *  them and has its ack), and marks the seat submitted or not. */
  private pushDraft(actor: string, author?: Client): void {
    const draft = this.draftOf(actor);
    const seat = this.state.seats.get(actor)!;
    if (seat.submitted !== draft.submitted) seat.submitted = draft.submitted;
    const message = { actor, ...draft };
    for (const c of this.clients) {
      if (c === author) continue;
      const m = this.session.seating.bySession(c.sessionId);
      if (m && (m.actor === actor || m.kind === "facilitator")) this.tell(c, "orders", message);
    }
  }

  /** Who holds each seat, who is connected, which seats bots play. */
  private refreshSeats(): void {
    for (const actor of this.session.state.actorOrder) {
      const holders = this.session.seating.holders(actor);
      const seat = this.state.seats.get(actor)!;
      const names = holders.map((m) => m.name);
      if (seat.members.join("\u0000") !== names.join("\u0000")) {
        seat.members.clear();
        for (const n of names) seat.members.push(n);
      }
      seat.connected = holders.filter((m) => m.connected).length;
      seat.locked = this.session.seating.locked.has(actor);
      seat.bot = this.session.isBot(actor);
    }
    // facilitators get the list of members, to assign seats by name
    const members = [...this.session.seating.members.values()].map(({ id, name, kind, actor, connected }) => ({ id, name, kind, actor, connected }));
    for (const c of this.facilitators()) this.tell(c, "members", members);
  }

  /** Colyseus calls this for an exception in a timer or a lifecycle method of this room. */
  override onUncaughtException(error: Error, method: string): void {
    this.fault(error, `the server failed in ${method}`);
  }

  /** Logs a fault and tells the facilitators, who can pause, end or export the game. */
  private fault(error: unknown, what: string): void {
    console.error(`game ${this.state.code}: ${what}`, error);
    const reason = `${what}: ${error instanceof Error ? error.message : String(error)}. The game is paused; please report it.`;
    for (const c of this.facilitators()) this.sendError(c, "server", reject("serverFault", reason));
  }

  private facilitators(): Client[] {
    return this.clients.filter((c) => this.session.seating.bySession(c.sessionId)?.kind === "facilitator");
  }

  private tell<K extends keyof ServerMessages>(client: Client, type: K, message: ServerMessages[K]): void {
    client.send(type, message);
  }

  private sendError(client: Client, type: string, problem: Rejection): void {
    this.tell(client, "error", { type, code: problem.code, reason: problem.reason });
  }
}
