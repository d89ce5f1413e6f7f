// The class's network contract: creating a class over HTTP, joining its room (the teacher with the
// class's key, a student with a name or the token of an earlier visit), the messages a client may send
// it, as zod schemas the server checks first, and the shapes the server sends back.
import { z } from "zod";
import type { PublicScenario } from "../engine/view.ts";
import { clientMessages, createGameSchema, NAME_MAX, type FacilitatorCommand } from "../protocol.ts";
import type { Refusal } from "../refusals.ts";
import type { ServerMessages } from "../protocol.ts";
import type { GroupStatus } from "./status.ts";

export const LANGS = ["en", "zh"] as const;
export type Lang = (typeof LANGS)[number];

/** A class's code is a letter longer than a game's, so a code typed on the home page says which it is. */
export const CLASS_CODE_LENGTH = 7;
export const isClassCode = (code: string): boolean => code.length === CLASS_CODE_LENGTH;

export const MAX_GROUPS = 20;
/** students a class takes, at most */
export const MAX_STUDENTS = 220;
const FRIENDS_MAX = 4;

const game = createGameSchema.shape;

/** Settings for a new class (HTTP POST /api/classes): like a game's, with how to form groups. */
export const createClassSchema = z.strictObject({
  scenarioId: game.scenarioId,
  scenario: game.scenario,
  mode: game.mode,
  seed: game.seed,
  /** how many groups; or */
  groups: z.number().int().min(1).max(MAX_GROUPS).optional(),
  /** how many students a group should have */
  groupSize: z.number().int().min(1).max(MAX_STUDENTS).optional(),
  bots: game.bots,
  timers: game.timers,
  lang: z.enum(LANGS).default("en"),
  inStep: z.boolean().default(false),
})
  .refine((v) => (v.scenarioId === undefined) !== (v.scenario === undefined), { message: "give either scenarioId or scenario" })
  .refine((v) => (v.groups === undefined) !== (v.groupSize === undefined), { message: "give either groups or groupSize" });
export type CreateClass = z.output<typeof createClassSchema>;

/** Options a client passes when it joins a class's room. */
export const classJoinSchema = z.strictObject({
  /** a new student's name (a returning one comes back with its token) */
  name: z.string().trim().min(1).max(NAME_MAX).optional(),
  /** classmates to sit with, by name */
  friends: z.array(z.string().trim().min(1).max(NAME_MAX)).max(FRIENDS_MAX).default([]),
  /** the token a student was given when it first joined */
  token: z.string().min(8).max(128).optional(),
  /** the class's key: the teacher */
  teacherKey: z.string().min(8).max(128).optional(),
});
export type ClassJoin = z.output<typeof classJoinSchema>;

/** The commands the teacher gives groups from the dashboard: a facilitator's, for the game's run. */
export const GROUP_COMMANDS = ["start", "pause", "resume", "extend", "advance", "end", "inject", "injectText", "broadcast"] as const;
export type GroupCommand = Extract<FacilitatorCommand, { command: (typeof GROUP_COMMANDS)[number] }>;
const groupCommand = clientMessages.facilitator.refine(
  (c) => (GROUP_COMMANDS as readonly string[]).includes(c.command),
  { message: `a class command is one of ${GROUP_COMMANDS.join(", ")}` },
) as unknown as z.ZodType<GroupCommand>;

const groupIndex = z.number().int().min(0).max(MAX_GROUPS - 1);

/** Messages a client sends the class room: all but hello are the teacher's. */
export const classMessages = {
  hello: z.strictObject({}),
  /** place every student who is waiting into groups (the groups' games are made then) */
  form: z.strictObject({}),
  /** move a student to a group (and a seat there, or the one the group needs most), or out (null) */
  move: z.strictObject({ student: z.string().min(1).max(64), group: groupIndex.nullable(), actor: z.string().min(1).max(64).optional() }),
  /** a command to one group, or (group null) to every group */
  command: z.strictObject({ group: groupIndex.nullable(), command: groupCommand }),
} as const;
export type ClassMessageType = keyof typeof classMessages;
export type ClassMessage<T extends ClassMessageType> = z.output<(typeof classMessages)[T]>;

export interface ClassStudentRow { id: string; name: string; friends: string[]; group: number | null; actor: string | null; online: boolean }

/** Messages the class room sends. */
export interface ClassServerMessages {
  error: ServerMessages["error"];
  ack: { type: string };
  welcome: {
    role: "teacher" | "student"; code: string; lang: Lang; scenario: PublicScenario; inStep: boolean;
    /** to a student: who it is, and the token that brings it back */
    student?: { id: string; name: string; token: string };
    /** to the teacher: the deck of events to inject */
    deck?: { id: string; title: { en: string; zh: string } }[];
  };
  /** to a student: its group's game and seat (null until the groups are formed) */
  placement: { group: number | null; game: string | null; actor: string | null };
  /** to the teacher: the students and the groups' games */
  roster: { students: ClassStudentRow[]; games: string[] };
  /** to the teacher: a group's status as it changes */
  group: GroupStatus;
  /** to the teacher who gave a command: how each group took it */
  outcome: { command: string; groups: { group: number; ok: boolean; refusal?: Refusal }[] };
  broadcast: { text: string; at: number };
  /** the server is stopping (a restart, say): the client will come back when it is back */
  stopping: Record<string, never>;
}
