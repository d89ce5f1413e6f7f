// The Colyseus room for one game: a thin adapter. It checks every message with the shared zod schemas,
// finds the sender's member from the connection, calls the session (which runs the game and keeps its
// record), and mirrors the session into the synchronised state: the room's public info, and each
// view in the entry only the clients allowed to see it hold in their StateView.
import { CloseCode, Room, ServerError, type Client } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import type { z } from "zod";
import { draftAudience, mayRead } from "../shared/audience.ts";
import type { Visibility } from "../shared/engine/events.ts";
import { publicScenario, viewFor, type Seat } from "../shared/engine/view.ts";
import { clientMessages, joinOptionsSchema, type ClientMessage, type ClientMessageType, type ServerMessages } from "../shared/protocol.ts";
import { rules } from "../shared/engine/rules.ts";
import { refusalMessage, refuse, type Refusal } from "../shared/refusals.ts";
import { toWire } from "../shared/view-wire.ts";
import { alertsOf, headlineOf, type GroupSeat, type GroupStatus } from "../shared/class/status.ts";
import { FACILITATOR, type ChatMessage } from "./chat.ts";
import { publishStatus, type GroupEnd, type GroupOrder } from "./class-link.ts";
import { hashSecret, secret } from "./codes.ts";
import { ClientLimits } from "./rate-limit.ts";
import { RecordBusy, RecordError, type RecordStore } from "./records.ts";
import type { Member } from "./seating.ts";
import { GameSession, type Outbox } from "./session.ts";
import { GameRoomState, SeatInfo, SeatView, writeView } from "./state.ts";

export interface RoomConfig {
  store: RecordStore;
  /** seconds a dropped player keeps their seat before a bot takes over */
  reconnectSeconds: number;
  /** minutes an empty room stays open before it closes (its record stays, to resume) */
  idleMinutes: number;
  /** only the server's own game API knows it: rooms are not opened by the matchmaking routes */
  openKey: string;
}

export interface CreateRoomOptions { gameId: string; openKey: string }

const PUBLIC = "public";
/** Events and closed deals a view carries: this round and the last; earlier ones are in the record. */
const eventsSince = (round: number) => Math.max(1, round - 1);
/** The view a member reads: its seat's, the facilitator's, or the public one. */
const seatOf = (member: Member): Seat =>
  member.kind === "facilitator" ? { kind: "facilitator" } : member.actor ? { kind: "actor", actor: member.actor } : { kind: "public" };
const viewKey = (seat: Seat) => (seat.kind === "actor" ? seat.actor : seat.kind === "facilitator" ? FACILITATOR : PUBLIC);

export class GameRoom extends Room<{ state: GameRoomState }> implements Outbox, GroupEnd {
  static config: RoomConfig;

  override state = new GameRoomState();
  session!: GameSession;
  private idle: { clear(): void } | undefined;
  private limits = new ClientLimits();
  /** sessions that joined with a seat token that no longer works; told so when they say hello */
  private refusedTokens = new Set<string>();
  /** sessions that said hello: they listen for messages */
  private listening = new Set<string>();
  /** the view entry each client's StateView holds */
  private shown = new Map<string, string>();
  /** view entries that are out of date, brought up to date when someone is shown them */
  private stale = new Set<string>();
  /** messages caused by a message being handled, sent after its answer */
  private held: (() => void)[] | null = null;
  /** the game's status is to be published to its class, once whatever is being handled is done */
  private reporting = false;
  /** answers waiting for what their messages recorded to be stored, in order */
  private answering: Promise<void> | null = null;

  override maxMessagesPerSecond = 300; // beyond this the transport drops the client; our own limit comes first

  override async onCreate(options: CreateRoomOptions): Promise<void> {
    const config = GameRoom.config;
    if (options?.openKey !== config.openKey) throw new ServerError(403, "games are created and reopened through the game API (/api/games)");
    // the room goes when its own idle timer says; Colyseus's would dispose of it while it is still
    // opening its record, should the store take longer than a seat reservation (a busy database)
    this.autoDispose = false;
    try {
      this.session = await GameSession.fromRecord(config.store, options.gameId, this.clock, this);
    } catch (error) {
      if (error instanceof RecordBusy) throw new ServerError(409, error.message);
      throw new ServerError(404, error instanceof RecordError ? error.message : `game ${options.gameId} could not be opened`);
    }
    const { header, state } = this.session;
    this.roomId = header.gameId;
    // rooms are joined by code only: none is offered to "join any" matchmaking
    void this.setPrivate(true);
    void this.setMetadata({ code: header.gameId, scenario: state.scenario.id, private: header.settings.private });

    const s = this.state;
    s.code = header.gameId;
    s.scenarioId = state.scenario.id;
    s.rounds = state.scenario.calendar.rounds;
    for (const actor of state.actorOrder) {
      const seat = new SeatInfo();
      seat.actor = actor;
      seat.role = state.actors[actor]!.role;
      s.seats.set(actor, seat);
    }
    for (const key of [...state.actorOrder, FACILITATOR, PUBLIC]) {
      s.views.set(key, new SeatView());
      this.stale.add(key);
    }
    this.registerHandlers();
    this.changed();
    this.startIdleTimer();
  }

  // ---- joining, leaving, reconnecting ------------------------------------------------------------

  override onJoin(client: Client, raw: unknown): void {
    const parsed = joinOptionsSchema.safeParse(raw ?? {});
    if (!parsed.success) throw new ServerError(400, `invalid join options: ${parsed.error.issues[0]?.message}`);
    const options = parsed.data;
    const facilitator = options.facilitatorKey !== undefined && hashSecret(options.facilitatorKey) === this.session.header.facilitatorKeyHash;
    if (options.facilitatorKey !== undefined && !facilitator) throw new ServerError(403, "wrong facilitator key");
    const seating = this.session.seating;
    // a group of a class is for the students its class placed there, and the teacher
    const ofClass = this.session.ofClass;
    if (ofClass && !facilitator && (options.seatToken === undefined || !seating.seatOfToken(options.seatToken))) {
      throw new ServerError(403, `this game is group ${ofClass.group + 1} of class ${ofClass.code}: join the class with its code`);
    }
    let id = options.playerId ?? secret();
    const earlier = seating.byId(id);
    // the same browser back after a reload: its dropped connection gives way (the seat still needs its token)
    if (earlier && !earlier.connected) seating.remove(id);
    else if (earlier) id = `${id}-${secret().slice(0, 6)}`; // the same browser in a second tab
    const member: Member = {
      id, name: options.name ?? (facilitator ? "Facilitator" : `Player ${this.clients.length}`),
      kind: facilitator ? "facilitator" : options.spectator ? "spectator" : "player", actor: null,
      sessionId: client.sessionId, connected: true, token: null,
    };
    seating.add(member);
    client.view = new StateView();
    this.idle?.clear();
    if (options.seatToken !== undefined && member.kind === "player") {
      const refused = this.session.reclaimSeat(member, options.seatToken);
      if (refused) this.refusedTokens.add(client.sessionId);
    }
    this.seated([member]);
  }

  /** The client listens now: who it is, the chat so far, its seat and the seat's draft orders. */
  private greet(client: Client, member: Member): void {
    this.listening.add(client.sessionId);
    const scenario = this.session.state.scenario;
    this.tell(client, "welcome", {
      memberId: member.id, role: member.kind, scenario: publicScenario(scenario),
      ...(member.kind === "facilitator" ? { deck: rules(scenario).cards.map(({ id, title }) => ({ id, title })) } : {}),
    });
    for (const message of this.session.chat.publicHistory) this.tell(client, "chat", message);
    if (this.refusedTokens.delete(client.sessionId)) this.sendError(client, "join", refuse("badToken"));
    if (member.actor) this.tellSeat(client, member);
    if (member.kind === "facilitator") this.tellMembers([client]);
  }

  override onDrop(client: Client): void {
    const member = this.session.seating.bySession(client.sessionId);
    if (member) member.connected = false;
    this.listening.delete(client.sessionId);
    this.session.seated();
    // the promise fails when the window runs out or the room closes: onLeave handles both
    this.allowReconnection(client, GameRoom.config.reconnectSeconds).catch(() => {});
  }

  override onReconnect(client: Client): void {
    const member = this.session.seating.bySession(client.sessionId);
    if (member) member.connected = true;
    this.session.seated();
  }

  /** A consented leave, or a drop whose reconnection window ran out: the seat keeps its token. */
  override onLeave(client: Client): void {
    const member = this.session.seating.bySession(client.sessionId);
    if (member) this.session.seating.remove(member.id);
    this.limits.forget(client.sessionId);
    this.refusedTokens.delete(client.sessionId);
    this.listening.delete(client.sessionId);
    this.shown.delete(client.sessionId);
    client.view?.dispose();
    this.session.seated();
    if (this.clients.length === 0) this.startIdleTimer();
  }

  /** The server is stopping: clients are told (they will rejoin when it is back), then let go; the
   *  room's disposal writes its record out. */
  override onBeforeShutdown(): void {
    this.broadcast("stopping", {});
    super.onBeforeShutdown();
  }

  override async onDispose(): Promise<void> {
    this.idle?.clear();
    await this.session?.close(); // a room refused in onCreate has none
  }

  private startIdleTimer(): void {
    this.idle?.clear();
    this.idle = this.clock.setTimeout(() => void this.disconnect(), GameRoom.config.idleMinutes * 60_000);
  }

  // ---- messages -----------------------------------------------------------------------------------

  private registerHandlers(): void {
    const on = <T extends ClientMessageType>(type: T, handle: (client: Client, member: Member, message: ClientMessage<T>) => Refusal | Refusal[] | null | "answered") => {
      this.onMessage(type, (client: Client, raw: unknown) => {
        if (!this.allow(client, type)) return;
        const member = this.session.seating.bySession(client.sessionId);
        if (!member) return this.sendError(client, type, refuse("notJoined"));
        const parsed = (clientMessages[type] as unknown as z.ZodType<ClientMessage<T>>).safeParse(raw);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          return this.sendError(client, type, refuse("invalidMessage", { field: issue.path.join(".") || "message" }), `the message is malformed (${issue.path.join(".") || "message"}: ${issue.message})`);
        }
        // what the message causes reaches others after the sender has its answer
        const held: (() => void)[] = (this.held = []);
        let outcome: ReturnType<typeof handle>;
        try {
          outcome = handle(client, member, parsed.data);
        } catch (error) {
          for (const send of held) send();
          throw error;
        } finally {
          this.held = null;
        }
        this.answer(() => {
          if (outcome === null) this.tell(client, "ack", { type, ...("seq" in parsed.data ? { seq: parsed.data.seq as number | undefined } : {}) });
          else if (outcome !== "answered") this.sendError(client, type, outcome);
          for (const send of held) send();
        });
      });
    };
    this.onMessage("*", (client: Client, type: string | number) => {
      if (this.allow(client, String(type))) this.sendError(client, String(type), refuse("unknownMessage", { type: String(type) }));
    });

    const s = () => this.session;
    const seat = (member: Member): string | Refusal => member.actor ?? refuse("noSeat");
    on("hello", (client, member) => {
      this.greet(client, member);
      return "answered";
    });
    on("setName", (_, member, m) => {
      member.name = m.name;
      s().seated();
      return "answered";
    });
    on("claimSeat", (_, member, m) => answered(s().claimSeat(member, m.actor)));
    on("reclaimSeat", (_, member, m) => answered(s().reclaimSeat(member, m.token)));
    on("leaveSeat", (_, member) => answered(s().leaveSeat(member)));
    on("orders", (_, member, m) => {
      const actor = seat(member);
      return typeof actor === "string" ? s().setOrders(member, actor, m.actions, m.submit) : actor;
    });
    on("unsubmit", (_, member) => {
      const actor = seat(member);
      return typeof actor === "string" ? answered(s().unsubmit(actor)) : actor;
    });
    on("deal", (_, member, m) => {
      const actor = seat(member);
      return typeof actor === "string" ? s().deal(actor, m.action) : actor;
    });
    on("chat", (_, member, m) => answered(s().say(member, m.to, m.text)));
    on("facilitator", (_, member, m) => {
      if (member.kind !== "facilitator") return refuse("notFacilitator");
      return s().command(m);
    });
  }

  /** Answers a message once what it recorded is stored (at once, for records on disk): an order
   *  acknowledged is an order kept, whatever happens to this process next. Answers go in order. */
  private answer(send: () => void): void {
    if (!this.session.unsettled && !this.answering) return send();
    const stored = this.session.settled();
    // a record that cannot be stored closes the room (lost): its answers are not sent
    const answered = (this.answering ?? Promise.resolve()).then(() => stored).then(send, () => {});
    this.answering = answered;
    void answered.then(() => { if (this.answering === answered) this.answering = null; });
  }

  private allow(client: Client, type: string): boolean {
    if (this.limits.take(client.sessionId)) return true;
    this.sendError(client, type, refuse("rateLimited"));
    return false;
  }

  // ---- the session's reports (Outbox) --------------------------------------------------------------

  /** The game changed: the room's info, and every view, which is written now if someone reads it. */
  changed(): void {
    const s = this.session;
    const st = this.state;
    st.phase = s.phase;
    st.round = s.shownRound;
    st.paused = s.clock.paused;
    st.deadline = s.clock.deadline;
    st.remaining = s.clock.remaining;
    for (const key of st.views.keys()) this.stale.add(key);
    this.refreshShown();
    this.refreshSeats();
  }

  seated(moved: Member[]): void {
    for (const member of moved) {
      const client = this.clientOf(member);
      if (client) this.tellSeat(client, member);
    }
    for (const client of this.clients) {
      const member = this.session.seating.bySession(client.sessionId);
      if (member) this.show(client, member);
    }
    this.refreshSeats();
  }

  draft(actor: string, author?: Member): void {
    const draft = this.session.draftOf(actor);
    const seat = this.state.seats.get(actor)!;
    if (seat.submitted !== draft.submitted) seat.submitted = draft.submitted;
    if (this.state.waiting !== this.session.waiting) this.state.waiting = this.session.waiting;
    this.reportToClass();
    this.later(() => {
      const message = { actor, ...draft };
      const authorClient = author && this.clientOf(author);
      for (const c of this.readers(draftAudience(actor))) if (c !== authorClient) this.tell(c, "orders", message);
    });
  }

  chat(message: ChatMessage, audience: Visibility): void {
    this.later(() => {
      for (const c of this.readers(audience)) this.tell(c, "chat", message);
    });
  }

  announce(text: string): void {
    this.later(() => this.broadcast("broadcast", { text, at: Date.now() }));
  }

  /** The record can no longer be written here: another process runs the game now (this one stalled
   *  past its lease), or the database refused an entry. The clients are let go, to rejoin by code
   *  wherever the game runs. */
  lost(error: Error): void {
    console.error(`game ${this.state.code}: closed here: ${error.message}`);
    void this.disconnect(CloseCode.SERVER_SHUTDOWN);
  }

  /** Logs a fault and tells the facilitators, who can pause, end or export the game. */
  fault(error: unknown, what: Refusal): void {
    console.error(`game ${this.state.code}: ${refusalMessage(what)}`, error);
    const message = `${refusalMessage(what)} (${error instanceof Error ? error.message : String(error)})`;
    this.later(() => {
      for (const c of this.facilitators()) this.sendError(c, "server", what, message);
    });
  }

  // ---- the class this game is a group of (GroupEnd) -----------------------------------------------

  /** The class gives an order: called by room id through presence (class-link.ts). It is answered
   *  once what it recorded is stored. */
  async fromClass(order: GroupOrder): Promise<Refusal | null> {
    const outcome = this.carryOut(order);
    try {
      await this.session.settled();
    } catch {
      return refuse("serverFault");
    }
    return outcome;
  }

  private carryOut(order: GroupOrder): Refusal | null {
    const s = this.session;
    switch (order.kind) {
      case "command": return s.command(order.command);
      case "advanceFrom": return s.advanceFrom(order.round, order.phase);
      case "seat": return s.grantSeat(order.tokenHash, order.actor, order.name);
      case "unseat": return s.revokeSeat(order.tokenHash);
    }
  }

  classStatus(): GroupStatus {
    const s = this.session;
    const ofClass = s.ofClass!;
    const placed = s.seating.seatsWithTokens();
    const seats: GroupSeat[] = s.state.actorOrder.map((actor) => {
      const holders = s.seating.holders(actor);
      return {
        actor, role: s.state.actors[actor]!.role, names: holders.map((m) => m.name), placed: placed.has(actor), connected: holders.filter((m) => m.connected).length,
        submitted: s.draftOf(actor).submitted, bot: s.isBot(actor),
      };
    });
    return {
      classCode: ofClass.code, group: ofClass.group, gameId: s.header.gameId, phase: s.phase, round: s.shownRound, rounds: s.state.scenario.calendar.rounds,
      paused: s.clock.paused, deadline: s.clock.deadline, remaining: s.clock.remaining, waiting: s.waiting,
      seats, headline: headlineOf(s.state), alerts: alertsOf(s.state, seats, s.lastOrders),
    };
  }

  /** Publishes the game's status to its class, once for all the changes a message (or a timer) makes. */
  private reportToClass(): void {
    if (!this.session.ofClass || this.reporting) return;
    this.reporting = true;
    queueMicrotask(() => {
      this.reporting = false;
      publishStatus(this.presence, this.classStatus());
    });
  }

  /** Colyseus calls this for an exception in a timer or a lifecycle method of this room. A refusal
   *  (a wrong key, a room not opened through the API) is an answer, not a fault. */
  override onUncaughtException(error: Error & { cause?: unknown }, method: string): void {
    if (error.cause instanceof ServerError || error instanceof ServerError) return;
    if (!this.session) return console.error(`a game room failed in ${method}`, error);
    this.fault(error, refuse("serverFault"));
  }

  // ---- what clients see ---------------------------------------------------------------------------

  /** Makes a client's StateView hold the one view its member may read, and nothing else. */
  private show(client: Client, member: Member): void {
    const key = viewKey(seatOf(member));
    const before = this.shown.get(client.sessionId);
    if (before === key || !client.view) return;
    if (before !== undefined) client.view.remove(this.state.views.get(before)!);
    this.refresh(key);
    client.view.add(this.state.views.get(key)!);
    this.shown.set(client.sessionId, key);
  }

  private refreshShown(): void {
    for (const key of new Set(this.shown.values())) this.refresh(key);
  }

  /** Writes a view entry from the game's state, if it is out of date. */
  private refresh(key: string): void {
    if (!this.stale.delete(key)) return;
    const state = this.session.state;
    const seat: Seat = key === FACILITATOR ? { kind: "facilitator" } : key === PUBLIC ? { kind: "public" } : { kind: "actor", actor: key };
    const added = writeView(this.state.views.get(key)!, toWire(viewFor(state, seat, { eventsSince: eventsSince(state.round) })));
    if (added.length === 0) return;
    for (const client of this.clients) {
      if (this.shown.get(client.sessionId) === key) for (const part of added) client.view?.add(part);
    }
  }

  /** Who holds each seat, who is connected, which seats bots play; the member list for facilitators. */
  private refreshSeats(): void {
    const s = this.session;
    if (this.state.bots !== s.settings.bots) this.state.bots = s.settings.bots;
    if (this.state.waiting !== s.waiting) this.state.waiting = s.waiting;
    for (const actor of s.state.actorOrder) {
      const holders = s.seating.holders(actor);
      const seat = this.state.seats.get(actor)!;
      const names = holders.map((m) => m.name);
      if (seat.members.join("\u0000") !== names.join("\u0000")) {
        seat.members.clear();
        for (const n of names) seat.members.push(n);
      }
      seat.connected = holders.filter((m) => m.connected).length;
      seat.locked = s.seating.locked.has(actor);
      seat.bot = s.isBot(actor);
      seat.submitted = s.draftOf(actor).submitted;
    }
    this.later(() => this.tellMembers(this.facilitators()));
    this.reportToClass();
  }

  private tellMembers(to: Client[]): void {
    const members = [...this.session.seating.members.values()].map(({ id, name, kind, actor, connected }) => ({ id, name, kind, actor, connected }));
    for (const c of to) this.tell(c, "members", members);
  }

  /** Tells a client its seat, its token and the seat's draft orders. */
  private tellSeat(client: Client, member: Member): void {
    if (!this.listening.has(client.sessionId)) return; // it hears its seat when it says hello
    this.later(() => {
      this.tell(client, "seat", { actor: member.actor, token: member.token });
      if (member.actor) this.tell(client, "orders", { actor: member.actor, ...this.session.draftOf(member.actor) });
    });
  }

  // ---- sending ----------------------------------------------------------------------------------------

  /** Sends now, or after the answer to the message being handled. */
  private later(send: () => void): void {
    if (this.held) this.held.push(send);
    else send();
  }

  private clientOf(member: Member): Client | undefined {
    return this.clients.find((c) => c.sessionId === member.sessionId);
  }

  /** The listening clients whose member may read something meant for `audience`. */
  private readers(audience: Visibility): Client[] {
    return this.clients.filter((c) => {
      const member = this.session.seating.bySession(c.sessionId);
      return member !== undefined && this.listening.has(c.sessionId) && mayRead(seatOf(member), audience);
    });
  }

  private facilitators(): Client[] {
    return this.clients.filter((c) => this.session.seating.bySession(c.sessionId)?.kind === "facilitator");
  }

  private tell<K extends keyof ServerMessages>(client: Client, type: K, message: ServerMessages[K]): void {
    client.send(type, message);
  }

  /** A refusal (or every problem with a list of orders), with an English message for logs. */
  private sendError(client: Client, type: string, problems: Refusal | Refusal[], message?: string): void {
    const [first, ...more] = [problems].flat();
    this.tell(client, "error", {
      type, ...first!, ...(more.length ? { more } : {}),
      message: message ?? [first!, ...more].map(refusalMessage).join("; "),
    });
  }
}

/** A message whose success shows in the state or in other messages (a seat, a chat line): no ack. */
const answered = (problem: Refusal | null) => problem ?? ("answered" as const);
