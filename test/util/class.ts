// A class on a test server: created over HTTP, its room joined by SDK clients (the teacher's
// dashboard, students), and each student following its placement into its group's game.
import { Client } from "@colyseus/sdk";
import { api, join, Player, until } from "./server.ts";

export interface CreatedClass { code: string; teacherKey: string; invite: string }

export async function createClass(server: { base: string }, settings: Record<string, unknown> = {}): Promise<CreatedClass> {
  const res = await api(server, "/api/classes", {
    body: { scenarioId: "gulf-licensing-2024", groups: 3, timers: { briefing: 600, negotiation: 600, orders: 600, report: 600 }, ...settings },
  });
  if (res.status !== 201) throw new Error(`class not created: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A client in a class's room, which has said hello and been welcomed. */
export async function joinClass(server: { base: string; ws: string }, code: string, options: Record<string, unknown>): Promise<Player> {
  const entered = await api(server, `/api/classes/${code}/enter`, { body: {} });
  if (entered.status !== 200) throw new Error(`could not enter class ${code}: ${JSON.stringify(entered.body)}`);
  const room = await new Client(server.ws).joinById(code, options);
  const p = new Player(room);
  p.send("hello", {});
  await p.waitFor("welcome");
  return p;
}

/** A student: its class connection, and its game connection once placed. */
export class Student {
  readonly name: string;
  readonly inClass: Player;
  game: Player | null = null;
  constructor(name: string, inClass: Player) {
    this.name = name;
    this.inClass = inClass;
  }
  get token(): string { return this.inClass.last("welcome").student.token; }
  get placement(): { group: number | null; game: string | null; actor: string | null } { return this.inClass.last("placement"); }

  /** Waits to be placed (somewhere other than `not`), then joins that group's game with its token. */
  async play(server: { ws: string }, not?: string): Promise<Player> {
    const placed = await this.inClass.waitFor("placement", (p) => p.game !== null && p.game !== not && p === this.placement);
    await this.game?.leave();
    this.game = await join(server, placed.game, { name: this.name, seatToken: this.token });
    await until(() => this.game!.last("seat")?.actor === placed.actor, 5000, `${this.name}'s seat`);
    return this.game;
  }
}

export async function joinStudent(server: { base: string; ws: string }, code: string, name: string, friends: string[] = []): Promise<Student> {
  return new Student(name, await joinClass(server, code, { name, friends }));
}
