// The Colyseus room for one class: a thin adapter, like the game room. The teacher's dashboard joins
// it with the class's key and hears every group's status; a student joins it with a name (or the
// token of an earlier visit) and hears where it sits, then plays in its group's own game room. What
// a group reports reaches the teacher only.
import { CloseCode, Room, ServerError, type Client } from "@colyseus/core";
import type { z } from "zod";
import { rules } from "../shared/engine/rules.ts";
import { publicScenario } from "../shared/engine/view.ts";
import { classJoinSchema, classMessages, MAX_STUDENTS, type ClassMessage, type ClassMessageType, type ClassServerMessages } from "../shared/class/protocol.ts";
import type { ClassStudentState } from "../shared/class/record.ts";
import type { GroupStatus } from "../shared/class/status.ts";
import { refusalMessage, refuse, type Refusal } from "../shared/refusals.ts";
import { presenceLink } from "./class-link.ts";
import { ClassSession, type ClassOutbox } from "./class-session.ts";
import { hashSecret } from "./codes.ts";
import { ClientLimits } from "./rate-limit.ts";
import { RecordBusy, RecordError, type RecordStore } from "./records.ts";

export interface ClassRoomConfig {
  store: RecordStore;
  reconnectSeconds: number;
  idleMinutes: number;
  /** only the server's own API knows it: class rooms are not opened by the matchmaking routes */
  openKey: string;
  /** opens a group's game's room from its record (on any process: a class's groups are spread) */
  openGame(gameId: string, group: number): Promise<void>;
}

export interface CreateClassRoomOptions { code: string; openKey: string }

/** Who a connection is: the teacher, or a student (with the token it came with or was given). */
interface Person { teacher: boolean; student: ClassStudentState | null; token: string | null; listening: boolean }

export class ClassRoom extends Room implements ClassOutbox {
  static config: ClassRoomConfig;

  session!: ClassSession;
  private people = new Map<string, Person>();
  private limits = new ClientLimits();
  private idle: { clear(): void } | undefined;
  private unlisten: (() => void) | undefined;
  private rosterDue = false;

  override async onCreate(options: CreateClassRoomOptions): Promise<void> {
    const config = ClassRoom.config;
    if (options?.openKey !== config.openKey) throw new ServerError(403, "classes are created and opened through the class API (/api/classes)");
    // the room goes when its own idle timer says; Colyseus's would dispose of it while it is still
    // opening its record, should the store take longer than a seat reservation (a busy database)
    this.autoDispose = false;
    const link = presenceLink(this.presence, config.openGame);
    try {
      this.session = await ClassSession.fromRecord(config.store, options.code, link, this);
    } catch (error) {
      if (error instanceof RecordBusy) throw new ServerError(409, error.message);
      throw new ServerError(404, error instanceof RecordError ? error.message : `class ${options.code} could not be opened`);
    }
    this.roomId = this.session.code;
    void this.setPrivate(true);
    void this.setMetadata({ class: this.session.code });
    this.registerHandlers();
    this.unlisten = await link.listen(this.session.code, (status) => this.session.heard(status));
    await this.session.reconnect();
    this.startIdleTimer();
  }

  // ---- joining and leaving ------------------------------------------------------------------------

  override async onJoin(client: Client, raw: unknown): Promise<void> {
    const parsed = classJoinSchema.safeParse(raw ?? {});
    if (!parsed.success) throw new ServerError(400, `invalid join options: ${parsed.error.issues[0]?.message}`);
    const options = parsed.data;
    const s = this.session;
    if (options.teacherKey !== undefined) {
      if (hashSecret(options.teacherKey) !== s.header.teacherKeyHash) throw new ServerError(403, "wrong class key");
      this.people.set(client.sessionId, { teacher: true, student: null, token: null, listening: false });
    } else {
      let student = options.token !== undefined ? s.byToken(options.token) : undefined;
      let token = student ? options.token! : null;
      if (!student) {
        if (options.name === undefined) throw new ServerError(403, options.token ? "that class token is no longer valid: join with your name" : "give your name to join the class");
        const joined = s.join(options.name, options.friends, MAX_STUDENTS);
        if ("code" in joined) throw new ServerError(409, refusalMessage(joined));
        ({ student, token } = joined);
        // the student's token is given once its record is stored
        await s.settled();
      }
      this.people.set(client.sessionId, { teacher: false, student, token, listening: false });
    }
    this.idle?.clear();
    this.roster();
  }

  override onDrop(client: Client): void {
    const person = this.people.get(client.sessionId);
    if (person) person.listening = false;
    this.roster();
    this.allowReconnection(client, ClassRoom.config.reconnectSeconds).catch(() => {});
  }

  override onReconnect(): void {
    this.roster();
  }

  override onLeave(client: Client): void {
    this.people.delete(client.sessionId);
    this.limits.forget(client.sessionId);
    this.roster();
    if (this.clients.length === 0) this.startIdleTimer();
  }

  override onBeforeShutdown(): void {
    this.broadcast("stopping", {});
    super.onBeforeShutdown();
  }

  override async onDispose(): Promise<void> {
    this.idle?.clear();
    this.unlisten?.();
    await this.session?.close();
  }

  private startIdleTimer(): void {
    this.idle?.clear();
    this.idle = this.clock.setTimeout(() => void this.disconnect(), ClassRoom.config.idleMinutes * 60_000);
  }

  // ---- messages -----------------------------------------------------------------------------------

  private registerHandlers(): void {
    const on = <T extends ClassMessageType>(type: T, teacherOnly: boolean, handle: (client: Client, person: Person, message: ClassMessage<T>) => Promise<Refusal | null | "answered"> | "answered") => {
      this.onMessage(type, async (client: Client, raw: unknown) => {
        if (!this.allow(client, type)) return;
        const person = this.people.get(client.sessionId);
        if (!person) return this.sendError(client, type, refuse("notInClass"));
        if (teacherOnly && !person.teacher) return this.sendError(client, type, refuse("notTeacher"));
        const parsed = (classMessages[type] as unknown as z.ZodType<ClassMessage<T>>).safeParse(raw);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          const field = issue.path.join(".") || "message";
          return this.sendError(client, type, refuse("invalidMessage", { field }), `the message is malformed (${field}: ${issue.message})`);
        }
        let outcome: Refusal | null | "answered";
        try {
          outcome = await handle(client, person, parsed.data);
          await this.session.settled(); // what it recorded is stored before it is confirmed
        } catch (error) {
          console.error(`class ${this.session.code}: ${type} failed`, error);
          outcome = refuse("serverError");
        }
        if (outcome === null) this.tell(client, "ack", { type });
        else if (outcome !== "answered") this.sendError(client, type, outcome);
      });
    };
    this.onMessage("*", (client: Client, type: string | number) => {
      if (this.allow(client, String(type))) this.sendError(client, String(type), refuse("unknownMessage", { type: String(type) }));
    });

    on("hello", false, (client, person) => {
      this.greet(client, person);
      return "answered";
    });
    on("form", true, () => this.session.form());
    on("move", true, (_, __, m) => this.session.move(m.student, m.group, m.actor));
    on("command", true, async (client, _, m) => {
      const outcome = await this.session.command(m.group, m.command);
      if ("code" in outcome) return outcome;
      this.tell(client, "outcome", { command: m.command.command, groups: outcome });
      return null;
    });
  }

  /** The client listens now: who it is, and (a student) where it sits or (the teacher) the whole class. */
  private greet(client: Client, person: Person): void {
    person.listening = true;
    const s = this.session;
    const scenario = s.scenario;
    this.tell(client, "welcome", {
      role: person.teacher ? "teacher" : "student", code: s.code, lang: s.header.settings.lang, scenario: publicScenario(scenario), inStep: s.header.settings.inStep,
      ...(person.student ? { student: { id: person.student.id, name: person.student.name, token: person.token! } } : {}),
      ...(person.teacher ? { deck: rules(scenario).cards.map(({ id, title }) => ({ id, title })) } : {}),
    });
    if (person.student) this.tellPlacement(client, person.student);
    if (person.teacher) {
      this.tell(client, "roster", this.rosterNow());
      for (const status of s.statuses.values()) this.tell(client, "group", status);
    }
    this.roster();
  }

  private allow(client: Client, type: string): boolean {
    if (this.limits.take(client.sessionId)) return true;
    this.sendError(client, type, refuse("rateLimited"));
    return false;
  }

  // ---- the session's reports (ClassOutbox) ----------------------------------------------------------

  /** The teachers hear the roster once for all the changes being made now. */
  roster(): void {
    if (this.rosterDue) return;
    this.rosterDue = true;
    queueMicrotask(() => {
      this.rosterDue = false;
      const teachers = this.listeners((p) => p.teacher);
      if (teachers.length) {
        const roster = this.rosterNow();
        for (const c of teachers) this.tell(c, "roster", roster);
      }
    });
  }

  placed(student: ClassStudentState): void {
    for (const c of this.listeners((p) => p.student === student)) this.tellPlacement(c, student);
  }

  status(status: GroupStatus): void {
    for (const c of this.listeners((p) => p.teacher)) this.tell(c, "group", status);
  }

  announce(text: string): void {
    const message = { text, at: Date.now() };
    for (const c of this.listeners((p) => p.student !== null && p.student.group === null)) this.tell(c, "broadcast", message);
  }

  /** Another process runs the class now: its clients are let go, to come back through it. */
  lost(error: Error): void {
    console.error(`class ${this.session.code}: closed here: ${error.message}`);
    void this.disconnect(CloseCode.SERVER_SHUTDOWN);
  }

  fault(error: unknown, what: Refusal): void {
    console.error(`class ${this.session.code}: ${refusalMessage(what)}`, error instanceof Error ? error.message : error);
    for (const c of this.listeners((p) => p.teacher)) this.sendError(c, "server", what);
  }

  // ---- sending --------------------------------------------------------------------------------------

  private rosterNow(): ClassServerMessages["roster"] {
    const online = new Set([...this.people.values()].filter((p) => p.listening && p.student).map((p) => p.student!.id));
    return {
      games: this.session.games,
      students: this.session.students.map(({ id, name, friends, group, actor }) => ({ id, name, friends, group, actor, online: online.has(id) })),
    };
  }

  private tellPlacement(client: Client, student: ClassStudentState): void {
    this.tell(client, "placement", { group: student.group, game: student.group === null ? null : this.session.games[student.group]!, actor: student.actor });
  }

  /** The listening clients whose person passes `test`. */
  private listeners(test: (p: Person) => boolean): Client[] {
    return this.clients.filter((c) => {
      const p = this.people.get(c.sessionId);
      return p !== undefined && p.listening && test(p);
    });
  }

  private tell<K extends keyof ClassServerMessages>(client: Client, type: K, message: ClassServerMessages[K]): void {
    client.send(type, message);
  }

  private sendError(client: Client, type: string, refusal: Refusal, message = refusalMessage(refusal)): void {
    this.tell(client, "error", { type, ...refusal, message });
  }
}
