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
import { isLive, newCode } from "./games.ts";
import { chosenScenario, creationLimits, HttpError, jsonBody, keyOf, refuseWhenStopping, type GameLimits } from "./http.ts";
import { readClassRecord, readRecord, RecordFile, type Header } from "./records.ts";

export interface ClassHttpConfig {
  dataDir: string;
  scenariosDir: string;
  limits: GameLimits;
  /** opens a class's room from its record (class rooms are opened only through this API) */
  openClass(code: string): Promise<void>;
  /** the server is shutting down: no new classes */
  stopping(): boolean;
}

export function classRoutes(app: express.Application, config: ClassHttpConfig): void {
  const { dataDir } = config;
  const notStopping = refuseWhenStopping(config.stopping);
  const classOf = (id: string): ClassState => {
    try {
      return replayClass(readClassRecord<ClassEntry>(dataDir, normaliseCode(id)));
    } catch {
      throw new HttpError(404, refuse("noSuchClass", { class: id }));
    }
  };
  const isTeacher = (header: ClassHeader, req: Request) => {
    const key = keyOf(req);
    return key !== undefined && hashSecret(key) === header.teacherKeyHash;
  };
  /** A route for the teacher only: 404 without a class, 403 without its key. */
  const teacher = (handle: (req: Request<{ code: string }>, res: Response, c: ClassState) => unknown) => (req: Request<{ code: string }>, res: Response) => {
    const c = classOf(req.params.code);
    if (!isTeacher(c.header, req as Request)) throw new HttpError(403, refuse("teacherOnly"));
    return handle(req, res, c);
  };
  const summary = (c: ClassState) => {
    const scenario = c.header.settings.scenario as { id?: string; title?: { en: string; zh: string } };
    return { code: c.header.code, scenarioId: scenario.id, title: scenario.title, lang: c.header.settings.lang, groups: c.games.length, live: isLive(c.header.code) };
  };

  app.post("/api/classes", notStopping, ...jsonBody(true), creationLimits(config.limits), async (req: Request, res: Response) => {
    const parsed = createClassSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      const field = parsed.error.issues[0]!.path.join(".") || "(body)";
      throw new HttpError(400, refuse("invalidClassSettings", { field }), {}, { problems: parsed.error.issues.map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`) });
    }
    const body = parsed.data;
    const { raw, scenario } = chosenScenario(config.scenariosDir, body);
    const code = newCode(dataDir, CLASS_CODE_LENGTH);
    const teacherKey = secret();
    RecordFile.create<ClassEntry>(dataDir, "classes", code, {
      type: "header", code, createdAt: Date.now(), teacherKeyHash: hashSecret(teacherKey),
      settings: {
        scenario: raw, groups: body.groups !== undefined ? { count: body.groups } : { size: body.groupSize! },
        timers: { ...scenario.timers, ...body.timers }, bots: body.bots, lang: body.lang, inStep: body.inStep,
      },
    }).close();
    await config.openClass(code);
    res.status(201).json({ code, teacherKey, invite: `/?class=${code}` });
  });

  // students and the teacher come in through here: the class's room opens if it is not open
  app.post("/api/classes/:code/enter", notStopping, ...jsonBody(false), async (req: Request<{ code: string }>, res: Response) => {
    const c = classOf(req.params.code);
    if (!isLive(c.header.code)) await config.openClass(c.header.code);
    res.json(summary(c));
  });

  app.get("/api/classes/:code/debrief", teacher((_req, res, c) => {
    res.json({ code: c.header.code, scenario: publicScenario(scenarioOf(c)), ...debriefOf(dataDir, c) });
  }));

  app.get("/api/classes/:code/students.csv", teacher((_req, res, c) => {
    res.type("text/csv").attachment(`${c.header.code}-students.csv`).send(studentsCsv(c, debriefOf(dataDir, c)));
  }));

  // every group's whole record, as the facilitator of each game reads it
  app.get("/api/classes/:code/records", teacher((_req, res, c) => {
    res.attachment(`${c.header.code}-records.json`).json({
      code: c.header.code,
      groups: c.games.map((gameId, group) => {
        const [head, ...entries] = recordFor(readRecord(dataDir, gameId), { kind: "facilitator" });
        const { facilitatorKeyHash: _, ...header } = head as Header;
        return { group, gameId, header, entries };
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

function debriefOf(dataDir: string, c: ClassState): ClassDebrief {
  const groups = c.games.map((gameId, group) => groupResult(group, readRecord(dataDir, gameId), c.students));
  return classDebrief(groups, scenarioOf(c).actors.map((a) => ({ actor: a.id, role: a.role })));
}
