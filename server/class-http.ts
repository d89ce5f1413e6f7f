// The class's HTTP API: creating a class, entering one (which opens its room if it is not open),
// and, for the teacher only (the class's key), the class debrief, the CSV of its students and every
// group's record. A class's records hold its students' names and every group's hidden moves: none of
// it goes out without the key.
import type { Request, Response } from "express";
import type express from "express";
import { publicScenario } from "../shared/engine/view.ts";
import { recordFor } from "../shared/record.ts";
import { refuse } from "../shared/refusals.ts";
import { loadScenario } from "../shared/scenario/load.ts";
import type { Scenario } from "../shared/scenario/schema.ts";
import { classDebrief, groupResult, type ClassDebrief } from "../shared/class/debrief.ts";
import { CLASS_CODE_LENGTH, createClassSchema } from "../shared/class/protocol.ts";
import { replayClass, type ClassEntry, type ClassHeader, type ClassState } from "../shared/class/record.ts";
import { studentsCsv } from "./class-csv.ts";
import { hashSecret, normaliseCode, secret } from "./codes.ts";
import { newRecord } from "./games.ts";
import { chosenScenario, creationLimits, HttpError, jsonBody, keyOf, refuseWhenStopping, type GameLimits } from "./http.ts";
import type { Header, RecordEntry, RecordStore } from "./records.ts";

export interface ClassHttpConfig {
  store: RecordStore;
  scenariosDir: string;
  limits: GameLimits;
  /** opens a class's room from its record (class rooms are opened only through this API) */
  openClass(code: string): Promise<void>;
  /** the server is shutting down: no new classes */
  stopping(): boolean;
}

export function classRoutes(app: express.Application, config: ClassHttpConfig): void {
  const { store } = config;
  const notStopping = refuseWhenStopping(config.stopping);
  const classOf = async (id: string): Promise<ClassState> => {
    try {
      return replayClass(await store.read<ClassEntry>("classes", normaliseCode(id)));
    } catch {
      throw new HttpError(404, refuse("noSuchClass", { class: id }));
    }
  };
  const isTeacher = (header: ClassHeader, req: Request) => {
    const key = keyOf(req);
    return key !== undefined && hashSecret(key) === header.teacherKeyHash;
  };
  /** A route for the teacher only: 404 without a class, 403 without its key. */
  const teacher = (handle: (req: Request<{ code: string }>, res: Response, c: ClassState) => unknown) => async (req: Request<{ code: string }>, res: Response) => {
    const c = await classOf(req.params.code);
    if (!isTeacher(c.header, req as Request)) throw new HttpError(403, refuse("teacherOnly"));
    return handle(req, res, c);
  };
  const summary = (c: ClassState, live: boolean) => {
    const scenario = c.header.settings.scenario as { id?: string; title?: { en: string; zh: string } };
    return { code: c.header.code, scenarioId: scenario.id, title: scenario.title, lang: c.header.settings.lang, groups: c.games.length, live };
  };

  app.post("/api/classes", notStopping, ...jsonBody(true), creationLimits(config.limits), async (req: Request, res: Response) => {
    const parsed = createClassSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      const field = parsed.error.issues[0]!.path.join(".") || "(body)";
      throw new HttpError(400, refuse("invalidClassSettings", { field }), {}, { problems: parsed.error.issues.map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`) });
    }
    const body = parsed.data;
    const { raw, scenario } = chosenScenario(config.scenariosDir, body);
    const teacherKey = secret();
    const code = await newRecord(store, "classes", (code): ClassEntry => ({
      type: "header", code, createdAt: Date.now(), teacherKeyHash: hashSecret(teacherKey),
      settings: {
        scenario: raw, groups: body.groups !== undefined ? { count: body.groups } : { size: body.groupSize! },
        timers: { ...scenario.timers, ...body.timers }, bots: body.bots, lang: body.lang, inStep: body.inStep,
      },
    }), CLASS_CODE_LENGTH);
    await config.openClass(code);
    res.status(201).json({ code, teacherKey, invite: `/?class=${code}` });
  });

  // students and the teacher come in through here: the class's room opens if it is not open
  app.post("/api/classes/:code/enter", notStopping, ...jsonBody(false), async (req: Request<{ code: string }>, res: Response) => {
    const c = await classOf(req.params.code);
    if (!(await store.live("classes", c.header.code))) await config.openClass(c.header.code);
    res.json(summary(c, true));
  });

  app.get("/api/classes/:code/debrief", teacher(async (_req, res, c) => {
    res.json({ code: c.header.code, scenario: publicScenario(scenarioOf(c)), ...await debriefOf(store, c) });
  }));

  app.get("/api/classes/:code/students.csv", teacher(async (_req, res, c) => {
    res.type("text/csv").attachment(`${c.header.code}-students.csv`).send(studentsCsv(c, await debriefOf(store, c)));
  }));

  // every group's whole record, as the facilitator of each game reads it
  app.get("/api/classes/:code/records", teacher(async (_req, res, c) => {
    const records = await Promise.all(c.games.map((gameId) => store.read<RecordEntry>("games", gameId)));
    res.attachment(`${c.header.code}-records.json`).json({
      code: c.header.code,
      groups: records.map((record, group) => {
        const [head, ...entries] = recordFor(record, { kind: "facilitator" });
        const { facilitatorKeyHash: _, ...header } = head as Header;
        return { group, gameId: c.games[group]!, header, entries };
      }),
    });
  }));
}

/** The class's scenario (checked when the class was made). */
function scenarioOf(c: ClassState): Scenario {
  const loaded = loadScenario(c.header.settings.scenario);
  if (!loaded.ok) throw new Error(`class ${c.header.code}: its scenario is no longer valid`);
  return loaded.scenario;
}

/** Every group's record, wherever its game runs, read from the store. */
async function debriefOf(store: RecordStore, c: ClassState): Promise<ClassDebrief> {
  const records = await Promise.all(c.games.map((gameId) => store.read<RecordEntry>("games", gameId)));
  const groups = records.map((record, group) => groupResult(group, record, c.students));
  return classDebrief(groups, scenarioOf(c).actors.map((a) => ({ actor: a.id, role: a.role })));
}
