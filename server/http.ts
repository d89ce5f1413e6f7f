// The HTTP API beside the game rooms: health, scenarios, creating, listing and resuming games, and
// each game's record (JSON) and indicators (CSV). Anything that holds hidden information needs the
// facilitator key until the game is over. Every answer of the API, errors included, is JSON (the CSV
// aside), and no error carries a stack trace or a path of the server's.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import express, { type NextFunction, type Request, type Response } from "express";
import { matchMaker } from "@colyseus/core";
import type { Seat } from "../shared/engine/view.ts";
import { createGameSchema } from "../shared/protocol.ts";
import { recordFor } from "../shared/record.ts";
import { loadHistory } from "../shared/history/load.ts";
import type { History } from "../shared/history/schema.ts";
import { refusalMessage, refuse, type Refusal } from "../shared/refusals.ts";
import { loadScenario } from "../shared/scenario/load.ts";
import type { Scenario } from "../shared/scenario/schema.ts";
import { hashSecret, normaliseCode, secret } from "./codes.ts";
import { indicatorsCsv, studentsCsv } from "./csv.ts";
import { RateLimiter } from "./rate-limit.ts";
import { newGame } from "./games.ts";
import { headerSummary, replay, type Header, type HeaderSummary, type RecordEntry, type RecordStore } from "./records.ts";

/** How many games may be created: per client address and in all, each a burst then one every so
 *  many seconds; and how many may be open (live) at once. */
export interface GameLimits {
  perAddress: { burst: number; everySeconds: number };
  total: { burst: number; everySeconds: number };
  live: number;
}
export const DEFAULT_LIMITS: GameLimits = { perAddress: { burst: 10, everySeconds: 60 }, total: { burst: 60, everySeconds: 5 }, live: 400 };

export interface HttpConfig {
  store: RecordStore;
  scenariosDir: string;
  /** the built client, served at / when it exists */
  clientDir: string;
  limits: GameLimits;
  /** opens a game's room from its record (rooms are opened only through this API) */
  openGame(gameId: string): Promise<void>;
  /** the server is shutting down: no new games */
  stopping(): boolean;
}

/** Largest request body accepted (a scenario upload), in bytes. */
export const UPLOAD_LIMIT = 512 * 1024;
/** Deepest nesting of a JSON body: a scenario needs a handful of levels. */
export const DEPTH_LIMIT = 32;
/** Games listed at most in one answer, newest first. */
export const LIST_LIMIT = 200;

/** A refusal the API gives on purpose, with its status; `extra` goes into the answer beside it. */
export class HttpError extends Error {
  readonly status: number;
  readonly refusal: Refusal;
  readonly headers: Record<string, string>;
  readonly extra: Record<string, unknown>;
  constructor(status: number, refusal: Refusal, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}) {
    super(refusalMessage(refusal));
    this.status = status;
    this.refusal = refusal;
    this.headers = headers;
    this.extra = extra;
  }
}

/** The facilitator key of a request: a header, a query parameter, or a JSON body's `key`. */
export const keyOf = (req: Request): string | undefined =>
  (req.get("x-facilitator-key") ?? (typeof req.query.key === "string" ? req.query.key : undefined) ?? (typeof req.body?.key === "string" ? req.body.key : undefined)) || undefined;
/** A player's seat token: a header or a query parameter (for a download link). */
const seatTokenOf = (req: Request): string | undefined =>
  (req.get("x-seat-token") ?? (typeof req.query.seat === "string" ? req.query.seat : undefined)) || undefined;
const isFacilitator = (header: Pick<Header, "facilitatorKeyHash">, key: string | undefined) => key !== undefined && hashSecret(key) === header.facilitatorKeyHash;

/** The valid scenarios in a folder, with the JSON each was read from. */
export function listScenarios(dir: string): { scenario: Scenario; raw: unknown }[] {
  const out: { scenario: Scenario; raw: unknown }[] = [];
  for (const file of readdirSync(dir)) {
    if (!file.endsWith(".json") || file.endsWith(".schema.json")) continue;
    try {
      const raw: unknown = JSON.parse(readFileSync(join(dir, file), "utf8"));
      const loaded = loadScenario(raw);
      if (loaded.ok) out.push({ scenario: loaded.scenario, raw });
    } catch {
      // a file that is not JSON is not offered
    }
  }
  return out;
}

/** The valid history files in a folder (none if there is no folder). */
export function listHistories(dir: string): History[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".json")).flatMap((file) => {
    try {
      const loaded = loadHistory(readFileSync(join(dir, file), "utf8"));
      return loaded.ok ? [loaded.history] : [];
    } catch {
      return [];
    }
  });
}

/** Whether a value nests deeper than `limit` levels (counted without recursion, so any depth is safe). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== "object" || v === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Reads a JSON body: only when the request says it is JSON, not too large, not too deep. */
export function jsonBody(required: boolean) {
  const parse = express.json({ limit: UPLOAD_LIMIT });
  return [
    (req: Request, _res: Response, next: NextFunction) => {
      const hasBody = Number(req.get("content-length") ?? 0) > 0 || req.get("transfer-encoding") !== undefined;
      if ((hasBody || required) && !req.is("application/json")) next(new HttpError(415, refuse("notJson")));
      else next();
    },
    parse,
    (req: Request, _res: Response, next: NextFunction) => {
      if (nestsDeeperThan(req.body, DEPTH_LIMIT)) next(new HttpError(400, refuse("tooDeep", { levels: DEPTH_LIMIT })));
      else next();
    },
  ];
}

/** Refuses a game to a client address, or to everyone, past the limits (429 with Retry-After). */
export function creationLimits(limits: GameLimits) {
  const perAddress = new Map<string, RateLimiter>();
  const total = new RateLimiter(limits.total.burst, 1 / limits.total.everySeconds, Date.now());
  return (req: Request, _res: Response, next: NextFunction) => {
    const now = Date.now();
    const address = req.ip ?? req.socket.remoteAddress ?? "unknown";
    let mine = perAddress.get(address);
    if (!mine) perAddress.set(address, (mine = new RateLimiter(limits.perAddress.burst, 1 / limits.perAddress.everySeconds, now)));
    // buckets back to full are forgotten, so the map holds only recent creators
    if (perAddress.size > 1000) for (const [a, l] of perAddress) if (l.full(now)) perAddress.delete(a);
    const wait = (limiter: RateLimiter, code: "tooManyFromYou" | "tooManyOnServer") =>
      next(new HttpError(429, refuse(code, { seconds: limiter.retryAfter(now) }), { "retry-after": String(limiter.retryAfter(now)) }));
    if (mine.retryAfter(now) > 0) return wait(mine, "tooManyFromYou");
    if (total.retryAfter(now) > 0) return wait(total, "tooManyOnServer");
    if (matchMaker.stats.local.roomCount >= limits.live) return next(new HttpError(503, refuse("serverFull"), { "retry-after": "60" }));
    mine.take(now);
    total.take(now);
    next();
  };
}

/** Refuses requests (503) while the server is shutting down. */
export const refuseWhenStopping = (stopping: () => boolean) => (_req: Request, _res: Response, next: NextFunction) =>
  next(stopping() ? new HttpError(503, refuse("stopping"), { "retry-after": "60" }) : undefined);

/** The scenario a request chose (by id, or its JSON), in the kind of game asked for, checked: a
 *  scenario with problems is refused with every problem. */
export function chosenScenario(scenariosDir: string, body: { scenarioId?: string; scenario?: unknown; mode?: "historical" | "whatIf" }): { raw: unknown; scenario: Scenario } {
  let raw: unknown = body.scenario;
  if (body.scenarioId !== undefined) {
    const found = listScenarios(scenariosDir).find((s) => s.scenario.id === body.scenarioId);
    if (!found) throw new HttpError(404, refuse("unknownScenario", { scenario: body.scenarioId }));
    raw = found.raw;
  }
  if (body.mode !== undefined && typeof raw === "object" && raw !== null) {
    const events = (raw as { events?: unknown }).events;
    raw = { ...raw, events: { ...(typeof events === "object" && events !== null ? events : {}), mode: body.mode } };
  }
  const loaded = loadScenario(raw);
  if (!loaded.ok) throw new HttpError(400, refuse("scenarioProblems", { count: loaded.problems.length }), {}, { problems: loaded.problems });
  return { raw, scenario: loaded.scenario };
}

export function httpRoutes(app: express.Application, config: HttpConfig): void {
  const { store, scenariosDir, clientDir } = config;
  const record = (id: string) => store.read<RecordEntry>("games", normaliseCode(id)).catch(() => null);
  const notStopping = refuseWhenStopping(config.stopping);

  app.get("/health", (_req, res) => { res.json({ ok: true }); });

  app.get("/api/scenarios", (_req, res) => {
    res.json(listScenarios(scenariosDir).map(({ scenario: s }) => ({
      id: s.id, title: s.title, description: s.description, rounds: s.calendar.rounds, timers: s.timers,
      calendar: s.calendar, mode: s.events.mode,
    })));
  });

  // the real record a finished game can be set beside (assets/history, next to the scenarios)
  app.get("/api/history", (_req, res) => {
    res.json(listHistories(join(scenariosDir, "..", "history")));
  });

  app.post("/api/games", notStopping, ...jsonBody(true), creationLimits(config.limits), async (req: Request, res: Response) => {
    const parsed = createGameSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      const field = parsed.error.issues[0]!.path.join(".") || "(body)";
      throw new HttpError(400, refuse("invalidSettings", { field }), {}, { problems: parsed.error.issues.map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`) });
    }
    const body = parsed.data;
    const { raw, scenario } = chosenScenario(scenariosDir, body);
    const facilitatorKey = secret();
    const code = await newGame(store, {
      raw, scenario, seed: body.seed, settings: { bots: body.bots, private: body.private, timers: body.timers }, facilitatorKeyHash: hashSecret(facilitatorKey),
    });
    await config.openGame(code);
    res.status(201).json({ gameId: code, code, facilitatorKey, invite: `/?join=${code}` });
  });

  app.get("/api/games", async (req, res) => {
    const key = keyOf(req);
    const limit = Math.min(LIST_LIMIT, Math.max(1, Number(req.query.limit) || LIST_LIMIT));
    res.json((await store.list())
      .filter((r) => !r.header.settings.private || isFacilitator(r.header, key))
      .slice(0, limit)
      .map((r) => summary(r.header, r.finished, r.round, r.live)));
  });

  const finished = (entries: RecordEntry[]) => entries.some((e) => e.type === "finished");

  /**
   * A route about one game: 404 unless its record exists. A private game is not even acknowledged
   * without its key while it runs; once over, its players may read its record with the code alone.
   */
  type GameHandler = (req: Request<{ id: string }>, res: Response, entries: RecordEntry[], header: Header) => unknown;
  const game = (handle: GameHandler) => async (req: Request<{ id: string }>, res: Response) => {
    const entries = await record(req.params.id);
    const header = entries?.[0] as Header | undefined;
    const hidden = header?.settings.private && !finished(entries!) && !isFacilitator(header, keyOf(req as Request));
    if (!entries || !header || hidden) throw new HttpError(404, refuse("noSuchGame", { game: req.params.id }));
    await handle(req, res, entries, header);
  };
  app.get("/api/games/:id", game(async (_req, res, entries, header) => {
    res.json(summary(headerSummary(header), finished(entries), entries.filter((e) => e.type === "resolved").length + 1, await store.live("games", header.gameId)));
  }));

  // what a reader may have of a record is recordFor's rule: see the README's "Game records"
  app.get("/api/games/:id/record", game((req, res, entries, header) => {
    const facilitator = isFacilitator(header, keyOf(req as Request));
    if (!finished(entries) && !facilitator) {
      throw new HttpError(403, refuse("recordHidden"));
    }
    const reader: Seat = facilitator ? { kind: "facilitator" } : seatOfToken(entries, seatTokenOf(req as Request));
    const [head, ...rest] = recordFor(entries, reader);
    const { facilitatorKeyHash: _, ...publicHeader } = head as Header;
    res.json({ header: publicHeader, reader, entries: rest });
  }));

  app.get("/api/games/:id/indicators.csv", game((req, res, entries, header) => {
    // the true figures once the game is over or for the facilitator; the public ones otherwise
    const truth = finished(entries) || isFacilitator(header, keyOf(req as Request));
    res.type("text/csv").attachment(`${header.gameId}-indicators.csv`).send(indicatorsCsv(replay(entries).state, truth));
  }));

  // students' names are for their teacher only
  app.get("/api/games/:id/students.csv", game((req, res, entries, header) => {
    if (!isFacilitator(header, keyOf(req as Request))) throw new HttpError(403, refuse("notFacilitator"));
    res.type("text/csv").attachment(`${header.gameId}-students.csv`).send(studentsCsv(entries, replay(entries).state));
  }));

  app.post("/api/games/:id/resume", notStopping, ...jsonBody(false), game(async (req, res, entries, header) => {
    if (!isFacilitator(header, keyOf(req as Request))) throw new HttpError(403, refuse("notFacilitator"));
    if (finished(entries)) throw new HttpError(409, refuse("gameOver"));
    if (await store.live("games", header.gameId)) throw new HttpError(409, refuse("alreadyRunning"));
    try {
      await config.openGame(header.gameId);
    } catch (error) {
      // another process opened it meanwhile
      if ((error as { code?: unknown }).code === 409) throw new HttpError(409, refuse("alreadyRunning"));
      throw error;
    }
    res.json({ gameId: header.gameId, code: header.code });
  }));

  app.use("/api", () => { throw new HttpError(404, refuse("noRoute")); });

  if (existsSync(join(clientDir, "index.html"))) {
    app.use(express.static(clientDir, { index: "index.html", maxAge: "1h" }));
    // the client routes itself: any other page is the app
    app.get(/^\/(?!api\/|matchmake\/).*/, (_req, res) => { res.sendFile(join(clientDir, "index.html")); });
  }

  app.use(answerErrors);
}

/** The seat a player's token is for, among the tokens still valid at the end of the record. */
function seatOfToken(entries: RecordEntry[], token: string | undefined): Seat {
  if (token === undefined) return { kind: "public" };
  const hash = hashSecret(token);
  const found = Object.entries(replay(entries).seatTokens).find(([, hashes]) => hashes.includes(hash));
  return found ? { kind: "actor", actor: found[0] } : { kind: "public" };
}

/** The body parser's refusals, without its internals. */
const BODY_ERRORS: Record<string, Refusal> = {
  "entity.parse.failed": refuse("badJson"),
  "entity.too.large": refuse("tooLarge", { kb: UPLOAD_LIMIT / 1024 }),
  "encoding.unsupported": refuse("badEncoding"),
  "charset.unsupported": refuse("badCharset"),
  "request.aborted": refuse("aborted"),
  "request.size.invalid": refuse("badLength"),
};

/** The last word on any error: JSON with the refusal's code and parameters and a plain English
 *  message; a server fault is logged, not shown. */
function answerErrors(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  const e = error as { status?: number; type?: string; message?: string; headers?: Record<string, string> };
  const status = typeof e.status === "number" && e.status >= 400 && e.status < 600 ? e.status : 500;
  let refusal: Refusal;
  if (error instanceof HttpError) refusal = error.refusal;
  else if (e.type && BODY_ERRORS[e.type]) refusal = BODY_ERRORS[e.type]!;
  else if (status < 500) refusal = refuse("badRequest");
  else {
    console.error(`${req.method} ${req.path} failed`, error);
    refusal = refuse("serverError");
  }
  if (error instanceof HttpError) res.set(error.headers);
  res.status(status).json({ ...refusal, message: refusalMessage(refusal), ...(error instanceof HttpError ? error.extra : {}) });
}

function summary(header: HeaderSummary, finished: boolean, round: number, live: boolean) {
  const { scenario } = header;
  return {
    gameId: header.gameId, code: header.code, createdAt: header.createdAt, scenarioId: scenario.id, title: scenario.title,
    round: Math.min(round, scenario.calendar?.rounds ?? round), rounds: scenario.calendar?.rounds, finished,
    live, private: header.settings.private, resumable: !finished && !live,
  };
}
