// The HTTP API beside the game rooms: health, scenarios, creating, listing and resuming games, and
// each game's record (JSON) and indicators (CSV). Anything that holds hidden information needs the
// facilitator key until the game is over.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import express, { type Request, type Response } from "express";
import { matchMaker } from "@colyseus/core";
import { createGameSchema } from "../shared/protocol.ts";
import { loadScenario } from "../shared/scenario/load.ts";
import type { Scenario } from "../shared/scenario/schema.ts";
import { hashSecret, normaliseCode, roomCode, secret } from "./codes.ts";
import { indicatorsCsv } from "./csv.ts";
import { GameRecord, listRecords, readRecord, recordsDir, replay, type Header, type RecordEntry } from "./records.ts";

export interface HttpConfig {
  dataDir: string;
  scenariosDir: string;
  /** the built client, served at / when it exists */
  clientDir: string;
}

/** Largest scenario upload accepted, in bytes. */
export const UPLOAD_LIMIT = 512 * 1024;

/** The facilitator key of a request: a header, a query parameter, or a JSON body's `key`. */
const keyOf = (req: Request): string | undefined =>
  (req.get("x-facilitator-key") ?? (typeof req.query.key === "string" ? req.query.key : undefined) ?? (typeof req.body?.key === "string" ? req.body.key : undefined)) || undefined;
const isFacilitator = (header: Header, key: string | undefined) => key !== undefined && hashSecret(key) === header.facilitatorKeyHash;
const isLive = (gameId: string) => matchMaker.getLocalRoomById(gameId) !== undefined;

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

export function httpRoutes(app: express.Application, config: HttpConfig): void {
  const { dataDir, scenariosDir, clientDir } = config;
  const json = express.json({ limit: UPLOAD_LIMIT });
  const record = (id: string) => {
    try {
      return readRecord(dataDir, normaliseCode(id));
    } catch {
      return null;
    }
  };

  app.get("/health", (_req, res) => { res.json({ ok: true }); });

  app.get("/api/scenarios", (_req, res) => {
    res.json(listScenarios(scenariosDir).map(({ scenario: s }) => ({
      id: s.id, title: s.title, description: s.description, rounds: s.calendar.rounds, timers: s.timers,
    })));
  });

  app.post("/api/games", json, async (req: Request, res: Response) => {
    const parsed = createGameSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      res.status(400).json({ error: "invalid game settings", problems: parsed.error.issues.map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`) });
      return;
    }
    const body = parsed.data;
    let raw: unknown = body.scenario;
    if (body.scenarioId !== undefined) {
      const found = listScenarios(scenariosDir).find((s) => s.scenario.id === body.scenarioId);
      if (!found) {
        res.status(404).json({ error: `no scenario "${body.scenarioId}"` });
        return;
      }
      raw = found.raw;
    }
    const loaded = loadScenario(raw);
    if (!loaded.ok) {
      res.status(400).json({ error: "the scenario has problems", problems: loaded.problems });
      return;
    }
    const code = roomCode((c) => isLive(c) || existsSync(join(recordsDir(dataDir), `${c}.jsonl`)));
    const facilitatorKey = secret();
    const file = new GameRecord(dataDir, code);
    file.append({
      type: "header", gameId: code, code, createdAt: Date.now(), scenario: raw, seed: body.seed ?? Math.floor(Math.random() * 2 ** 31),
      settings: { bots: body.bots, private: body.private, timers: { ...loaded.scenario.timers, ...body.timers } },
      facilitatorKeyHash: hashSecret(facilitatorKey),
    });
    file.close();
    await matchMaker.createRoom("game", { gameId: code });
    res.status(201).json({ gameId: code, code, facilitatorKey, invite: `/?join=${code}` });
  });

  app.get("/api/games", (req, res) => {
    const key = keyOf(req);
    res.json(listRecords(dataDir)
      .filter((r) => !r.header.settings.private || isFacilitator(r.header, key))
      .map((r) => summary(r.header, r.finished, r.round)));
  });

  const finished = (entries: RecordEntry[]) => entries.some((e) => e.type === "finished");

  /**
   * A route about one game: 404 unless its record exists. A private game is not even acknowledged
   * without its key while it runs; once over, its players may read its record with the code alone.
   */
  type GameHandler = (req: Request<{ id: string }>, res: Response, entries: RecordEntry[], header: Header) => unknown;
  const game = (handle: GameHandler) => async (req: Request<{ id: string }>, res: Response) => {
    const entries = record(req.params.id);
    const header = entries?.[0] as Header | undefined;
    const hidden = header?.settings.private && !finished(entries!) && !isFacilitator(header, keyOf(req as Request));
    if (!entries || !header || hidden) {
      res.status(404).json({ error: `no game "${req.params.id}"` });
      return;
    }
    await handle(req, res, entries, header);
  };
  app.get("/api/games/:id", game((_req, res, entries, header) => {
    res.json(summary(header, finished(entries), entries.filter((e) => e.type === "resolved").length + 1));
  }));

  app.get("/api/games/:id/record", game((req, res, entries, header) => {
    if (!finished(entries) && !isFacilitator(header, keyOf(req as Request))) {
      res.status(403).json({ error: "the game is still running: its record holds hidden information (facilitator key needed)" });
      return;
    }
    const { facilitatorKeyHash: _, ...publicHeader } = header;
    res.json({ header: publicHeader, entries: entries.slice(1) });
  }));

  app.get("/api/games/:id/indicators.csv", game((req, res, entries, header) => {
    // the true figures once the game is over or for the facilitator; the public ones otherwise
    const truth = finished(entries) || isFacilitator(header, keyOf(req as Request));
    res.type("text/csv").attachment(`${header.gameId}-indicators.csv`).send(indicatorsCsv(replay(entries).state, truth));
  }));

  app.post("/api/games/:id/resume", json, game(async (req, res, entries, header) => {
    if (!isFacilitator(header, keyOf(req as Request))) {
      res.status(403).json({ error: "only the facilitator can resume a game" });
    } else if (finished(entries)) {
      res.status(409).json({ error: "the game is over; its record and debrief stay available" });
    } else if (isLive(header.gameId)) {
      res.status(409).json({ error: "the game is already running" });
    } else {
      await matchMaker.createRoom("game", { gameId: header.gameId });
      res.json({ gameId: header.gameId, code: header.code });
    }
  }));

  app.use("/api", (_req, res) => { res.status(404).json({ error: "no such API route" }); });

  if (existsSync(join(clientDir, "index.html"))) {
    app.use(express.static(clientDir, { index: "index.html", maxAge: "1h" }));
    // the client routes itself: any other page is the app
    app.get(/^\/(?!api\/|matchmake\/).*/, (_req, res) => { res.sendFile(join(clientDir, "index.html")); });
  }
}

function summary(header: Header, finished: boolean, round: number) {
  const scenario = header.scenario as { id?: string; title?: { en: string; zh: string }; calendar?: { rounds: number } };
  return {
    gameId: header.gameId, code: header.code, createdAt: header.createdAt, scenarioId: scenario.id, title: scenario.title,
    round: Math.min(round, scenario.calendar?.rounds ?? round), rounds: scenario.calendar?.rounds, finished,
    live: isLive(header.gameId), private: header.settings.private, resumable: !finished && !isLive(header.gameId),
  };
}
