// One class: its students, its groups (each a game of its own), where each student sits, and what
// each group last reported. Every entry of the class's record is written here, in `log`. It talks
// to its games only through a GroupLink, and to its clients only through what it reports (ClassOutbox).
import { loadScenario } from "../shared/scenario/load.ts";
import type { Scenario } from "../shared/scenario/schema.ts";
import { neededSeat, place, seatOrder, type SeatSpec } from "../shared/class/placement.ts";
import type { GroupCommand } from "../shared/class/protocol.ts";
import { replayClass, type ClassEntry, type ClassHeader, type ClassStudentState } from "../shared/class/record.ts";
import { groupsToAdvance, type GroupStatus } from "../shared/class/status.ts";
import { refuse, type Refusal } from "../shared/refusals.ts";
import type { GroupLink, GroupOrder } from "./class-link.ts";
import { hashSecret, secret } from "./codes.ts";
import { newGame } from "./games.ts";
import { RecordFile } from "./records.ts";

/** What the class reports to its room, which tells the clients. */
export interface ClassOutbox {
  /** the students or the groups changed */
  roster(): void;
  /** a student's place changed (or it was placed for the first time) */
  placed(student: ClassStudentState): void;
  /** a group reported its status */
  status(status: GroupStatus): void;
  /** the teacher's message to the students who are not in a group's game */
  announce(text: string): void;
  /** a group's game could not be reached: which (groupUnreachable) */
  fault(error: unknown, what: Refusal): void;
}

export interface CommandOutcome { group: number; ok: boolean; refusal?: Refusal }

export class ClassSession {
  readonly header: ClassHeader;
  readonly scenario: Scenario;
  readonly students: ClassStudentState[];
  /** each group's game, once formed */
  games: string[];
  /** each group's last status, by group */
  readonly statuses = new Map<number, GroupStatus>();
  private readonly seats: SeatSpec[];
  private readonly order: string[];
  private readonly record: RecordFile<ClassEntry>;
  private readonly dataDir: string;
  private readonly link: GroupLink;
  private readonly out: ClassOutbox;
  /** in-step moves asked for, so that a status heard twice does not move a group twice */
  private readonly asked = new Set<string>();
  /** each student's last move, as the games are being told of it */
  private readonly telling = new Map<string, Promise<void>>();

  private constructor(dataDir: string, record: RecordFile<ClassEntry>, entries: ClassEntry[], link: GroupLink, out: ClassOutbox) {
    const state = replayClass(entries);
    this.header = state.header;
    const loaded = loadScenario(this.header.settings.scenario);
    if (!loaded.ok) throw new Error(`class ${this.header.code}: scenario no longer valid: ${loaded.problems[0]}`);
    this.scenario = loaded.scenario;
    this.students = state.students;
    this.games = state.games;
    this.seats = this.scenario.actors.map((a) => ({ actor: a.id, role: a.role }));
    this.order = seatOrder(this.seats);
    this.dataDir = dataDir;
    this.record = record;
    this.link = link;
    this.out = out;
  }

  /** Opens a class from its record, as it was after the record's last complete entry. */
  static fromRecord(dataDir: string, code: string, link: GroupLink, out: ClassOutbox): ClassSession {
    const { record, entries } = RecordFile.open<ClassEntry>(dataDir, "classes", code);
    try {
      return new ClassSession(dataDir, record, entries, link, out);
    } catch (error) {
      record.close();
      throw error;
    }
  }

  get code(): string {
    return this.header.code;
  }

  /**
   * Brings the groups' games up: each opened if it is not (a restart), its seats granted again (in
   * case the server stopped between the class's record and the game's), and its status asked for.
   */
  async reconnect(): Promise<void> {
    await Promise.all(this.games.map(async (gameId, group) => {
      try {
        await this.link.open(gameId);
        for (const s of this.students) if (s.group === group && s.actor) await this.toGame(group, { kind: "seat", tokenHash: s.tokenHash, actor: s.actor, name: s.name });
        this.heard(await this.link.status(gameId));
      } catch (error) {
        this.out.fault(error, refuse("groupUnreachable", { group: group + 1 }));
      }
    }));
  }

  close(): void {
    this.record.close();
  }

  // ---- students ---------------------------------------------------------------------------------

  byToken(token: string): ClassStudentState | undefined {
    const hash = hashSecret(token);
    return this.students.find((s) => s.tokenHash === hash);
  }

  /** A new student joins: it is given a token to come back with, and a place if the groups exist. */
  join(name: string, friends: string[], limit: number): { student: ClassStudentState; token: string } | Refusal {
    if (this.students.length >= limit) return refuse("classFull", { limit });
    const token = secret();
    const student: ClassStudentState = { id: `s${this.students.length + 1}-${secret().slice(0, 6)}`, name, friends, tokenHash: hashSecret(token), group: null, actor: null };
    this.students.push(student);
    this.log({ type: "student", id: student.id, name, friends, tokenHash: student.tokenHash, at: Date.now() });
    this.out.roster();
    // a latecomer goes straight to the group that needs it
    if (this.games.length) {
      const placed = this.students.filter((s) => s.group !== null && s.actor !== null).map((s) => ({ student: s.id, group: s.group!, actor: s.actor! }));
      const [p] = place({ seats: this.seats, groups: this.games.length, students: this.students, placed, toPlace: [student.id] });
      void this.tellGames(this.placeAt(student, p!.group, p!.actor));
    }
    return { student, token };
  }

  // ---- the teacher's work -----------------------------------------------------------------------

  /** Forms the groups: a game for each, every student placed. Later students are placed as they come. */
  async form(): Promise<Refusal | null> {
    if (this.games.length) return refuse("formed");
    const { settings } = this.header;
    const count = "count" in settings.groups ? settings.groups.count : Math.max(1, Math.ceil(this.students.length / settings.groups.size));
    // every group plays the same world (one seed): what differs between them is what the students did
    const seed = Math.floor(Math.random() * 2 ** 31);
    const games = Array.from({ length: count }, (_, group) => newGame(this.dataDir, {
      raw: settings.scenario, scenario: this.scenario, seed,
      settings: { bots: settings.bots, private: true, timers: settings.timers, class: { code: this.code, group }, inStep: settings.inStep },
      facilitatorKeyHash: this.header.teacherKeyHash,
    }));
    this.games = games;
    this.log({ type: "groups", games, at: Date.now() });
    const placements = place({ seats: this.seats, groups: count, students: this.students, placed: [], toPlace: this.students.map((s) => s.id) });
    const byId = new Map(this.students.map((s) => [s.id, s]));
    const seated = placements.map((p) => this.placeAt(byId.get(p.student)!, p.group, p.actor));
    this.record.flush();
    this.out.roster();
    await Promise.all(games.map(async (gameId, group) => {
      try {
        await this.link.open(gameId);
      } catch (error) {
        this.out.fault(error, refuse("groupUnreachable", { group: group + 1 }));
      }
    }));
    await Promise.all(seated.map((move) => this.tellGames(move)));
    return null;
  }

  /** Moves a student to a group (a given seat, or the one the group needs most), or out of any (null). */
  async move(studentId: string, group: number | null, actor?: string): Promise<Refusal | null> {
    const student = this.students.find((s) => s.id === studentId);
    if (!student) return refuse("unknownStudent", { student: studentId });
    if (!this.games.length) return refuse("notFormed");
    if (group !== null && group >= this.games.length) return refuse("unknownGroup", { group: group + 1, groups: this.games.length });
    if (actor !== undefined && !this.order.includes(actor)) return refuse("unknownSeat", { seat: actor });
    if (group === null) {
      await this.tellGames(this.placeAt(student, null, null));
      return null;
    }
    const others = this.students.filter((s) => s !== student && s.group === group && s.actor).map((s) => s.actor!);
    await this.tellGames(this.placeAt(student, group, actor ?? neededSeat(this.order, others)));
    return null;
  }

  /** A command for one group or all: how each group took it. */
  async command(group: number | null, command: GroupCommand): Promise<CommandOutcome[] | Refusal> {
    if (!this.games.length) return refuse("notFormed");
    if (group !== null && group >= this.games.length) return refuse("unknownGroup", { group: group + 1, groups: this.games.length });
    if (command.command === "broadcast" && group === null) this.out.announce(command.text);
    const targets = group === null ? this.games.map((_, g) => g) : [group];
    return Promise.all(targets.map(async (g) => {
      const refused = await this.toGame(g, { kind: "command", command });
      return refused ? { group: g, ok: false, refusal: refused } : { group: g, ok: true };
    }));
  }

  // ---- what the groups report ----------------------------------------------------------------------

  /** A group's status: kept, passed on to the teacher, and (running in step) perhaps everyone moves on. */
  heard(status: GroupStatus): void {
    if (this.games[status.group] !== status.gameId) return; // not one of ours (an old game of the same code)
    this.statuses.set(status.group, status);
    this.out.status(status);
    if (this.header.settings.inStep) this.keepInStep();
  }

  private keepInStep(): void {
    if (this.statuses.size < this.games.length) return; // not every group has been heard from yet
    const groups = this.games.map((_, g) => this.statuses.get(g)!);
    for (const g of groupsToAdvance(groups)) {
      const { round, phase } = groups[g]!;
      const key = `${g}:${round}:${phase}`;
      if (this.asked.has(key)) continue;
      this.asked.add(key);
      // a group that did not answer is asked again with its next status
      void this.toGame(g, { kind: "advanceFrom", round, phase }).then((refused) => { if (refused?.code === "groupUnreachable") this.asked.delete(key); });
    }
  }

  // ---- placing ------------------------------------------------------------------------------------

  /** Writes a student's new place in the record and in the class; returns the move, for the games. */
  private placeAt(student: ClassStudentState, group: number | null, actor: string | null): Move {
    const from = student.group;
    student.group = group;
    student.actor = actor;
    this.log({ type: "placed", student: student.id, group, actor, at: Date.now() });
    this.out.roster();
    return { student, group, actor, from };
  }

  /** The games hear of a move (the old group takes the student's token back, the new one seats it),
   *  then the student does, so that the token works when it gets there. A student's moves reach the
   *  games one after another, in the order they were made. */
  private tellGames(move: Move): Promise<void> {
    const { student, group, actor, from } = move;
    const told = (this.telling.get(student.id) ?? Promise.resolve()).then(async () => {
      if (from !== null && from !== group) await this.toGame(from, { kind: "unseat", tokenHash: student.tokenHash });
      if (group !== null && actor !== null) await this.toGame(group, { kind: "seat", tokenHash: student.tokenHash, actor, name: student.name });
      this.out.placed(student);
    });
    this.telling.set(student.id, told);
    return told;
  }

  /** Gives a group's game an order: null, or why it did not carry it out. */
  private async toGame(group: number, order: GroupOrder): Promise<Refusal | null> {
    const gameId = this.games[group]!;
    try {
      await this.link.open(gameId);
      return await this.link.send(gameId, order);
    } catch (error) {
      const refusal = refuse("groupUnreachable", { group: group + 1 });
      this.out.fault(error, refusal);
      return refusal;
    }
  }

  /** The one place the class's record is written. */
  private log(entry: ClassEntry): void {
    this.record.append(entry);
  }
}

/** A student's move: from a group (or none) to a group and seat (or none). */
interface Move { student: ClassStudentState; from: number | null; group: number | null; actor: string | null }
