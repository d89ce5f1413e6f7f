import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CODE_ALPHABET, CODE_LENGTH } from "../../server/codes.ts";
import { readRecord } from "../../server/records.ts";
import { api, createGame, join, testServer, until, type TestServer } from "../util/server.ts";
import { DEFAULT_SCENARIO_PATH } from "../util/setup.ts";

let server: TestServer;
beforeAll(async () => { server = await testServer(); });
afterAll(async () => { await server.close(); });

describe("the HTTP API", () => {
  it("answers the health check and lists the scenarios", async () => {
    expect(await api(server, "/health")).toEqual({ status: 200, body: { ok: true } });
    const scenarios = await api(server, "/api/scenarios");
    expect(scenarios.body).toContainEqual(expect.objectContaining({ id: "gulf-licensing-2024", rounds: 12 }));
  });

  it("lists the second scenario and each scenario's kind of game, creates a game of the other kind when asked, and serves the real record", async () => {
    const scenarios = (await api(server, "/api/scenarios")).body as { id: string; rounds: number; mode: string; calendar: { startYear: number } }[];
    expect(scenarios).toContainEqual(expect.objectContaining({ id: "diffusion-rule-2025", rounds: 8, mode: "historical", calendar: expect.objectContaining({ startYear: 2025 }) }));
    const game = await createGame(server, { mode: "whatIf" });
    const header = readRecord(server.dataDir, game.code)[0] as { scenario: { events: { mode: string } } };
    expect(header.scenario.events.mode).toBe("whatIf");
    expect((await api(server, "/api/games", { body: { scenarioId: "gulf-licensing-2024", mode: "someday" } })).status).toBe(400);
    const histories = (await api(server, "/api/history")).body as { id: string; figures: unknown[] }[];
    expect(histories.map((h) => h.id)).toEqual(["history-2024-2026"]);
    expect(histories[0]!.figures.length).toBeGreaterThan(15);
  });

  it("creates a game with a short code that reads aloud, a facilitator key and an invite link", async () => {
    const game = await createGame(server);
    expect(game.code).toHaveLength(CODE_LENGTH);
    for (const ch of game.code) expect(CODE_ALPHABET).toContain(ch);
    expect(game.code).not.toMatch(/[0O1IL2Z5S8B]/);
    expect(game.invite).toBe(`/?join=${game.code}`);
    expect(game.facilitatorKey.length).toBeGreaterThanOrEqual(20);
    const p = await join(server, game.code);
    expect(p.state.code).toBe(game.code);
    await p.leave();
  });

  it("takes an uploaded scenario, and sends its problems back with their JSON paths", async () => {
    const data = JSON.parse(readFileSync(DEFAULT_SCENARIO_PATH, "utf8"));
    data.id = "my-variant";
    data.calendar.rounds = 4;
    data.events.deck = data.events.deck.filter((c: { fromRound?: number }) => (c.fromRound ?? 1) <= 4);
    data.events.scheduled = data.events.scheduled.filter((e: { round: number }) => e.round <= 4);
    const ok = await api(server, "/api/games", { body: { scenario: data, seed: 1 } });
    expect(ok.status).toBe(201);
    const p = await join(server, ok.body.code);
    expect(p.state.rounds).toBe(4);
    await p.leave();

    data.actors[3].cash = "ten";
    data.events.scheduled[0].round = 40;
    const bad = await api(server, "/api/games", { body: { scenario: data } });
    expect(bad.status).toBe(400);
    expect(bad.body.problems).toContain('actors[3].cash: expected a number >= 0, got "ten"');
    expect(bad.body).toMatchObject({ code: "scenarioProblems", params: { count: bad.body.problems.length } });
    expect(await api(server, "/api/games", { body: { scenarioId: "nope" } })).toMatchObject({ status: 404, body: { code: "unknownScenario", params: { scenario: "nope" } } });
    expect((await api(server, "/api/games", { body: { scenarioId: "gulf-licensing-2024", scenario: data } })).body).toMatchObject({
      code: "invalidSettings", params: { field: "(body)" }, problems: ["(body): give either scenarioId or scenario"],
    });
    expect((await api(server, "/api/games", { body: "{ not json" })).status).toBe(400);
  });

  it("refuses an upload over the size limit", async () => {
    const big = { scenario: { padding: "x".repeat(600 * 1024) } };
    expect((await api(server, "/api/games", { body: big })).status).toBe(413);
  });

  it("lists private games only with their facilitator key", async () => {
    const open = await createGame(server);
    const hidden = await createGame(server, { private: true });
    const listed = (await api(server, "/api/games")).body.map((g: { gameId: string }) => g.gameId);
    expect(listed).toContain(open.code);
    expect(listed).not.toContain(hidden.code);
    const withKey = (await api(server, `/api/games?key=${hidden.facilitatorKey}`)).body.map((g: { gameId: string }) => g.gameId);
    expect(withKey).toContain(hidden.code);
    expect((await api(server, `/api/games/${hidden.code}`)).status).toBe(404);
    expect((await api(server, `/api/games/${hidden.code}`, { key: hidden.facilitatorKey })).body).toMatchObject({ gameId: hidden.code, live: true, private: true });
  });

  it("keeps a running game's record and true indicators for the facilitator; the public CSV hides what is hidden", async () => {
    const game = await createGame(server);
    const teacher = await join(server, game.code, { facilitatorKey: game.facilitatorKey });
    const lab = await join(server, game.code);
    lab.send("claimSeat", { actor: "startuplab" });
    await until(() => lab.view("startuplab"));
    await teacher.ask("facilitator", { command: "start" });
    for (let round = 1; round <= 2; round++) {
      await teacher.ask("facilitator", { command: "advance" }); // briefing → negotiation
      await lab.ask("orders", { actions: round === 1 ? [{ kind: "smuggle", chip: "h100", quantity: 1000 }] : [], submit: true });
      await until(() => teacher.state.phase === "report" && teacher.state.round === round);
      await teacher.ask("facilitator", { command: "advance" });
    }
    expect((await api(server, `/api/games/${game.code}/record`)).status).toBe(403);
    const record = await api(server, `/api/games/${game.code}/record`, { key: game.facilitatorKey });
    expect(record.status).toBe(200);
    expect(record.body.header.facilitatorKeyHash).toBeUndefined();
    expect(record.body.entries.filter((e: { type: string }) => e.type === "resolved")).toHaveLength(2);
    const cell = (csv: string, round: number, name: string) => {
      const [head, ...rows] = csv.trim().split("\n");
      return Number(rows[round - 1]!.split(",")[head!.split(",").indexOf(name)]);
    };
    const publicCsv = (await api(server, `/api/games/${game.code}/indicators.csv`)).body as string;
    const trueCsv = (await api(server, `/api/games/${game.code}/indicators.csv?key=${game.facilitatorKey}`)).body as string;
    expect(cell(trueCsv, 2, "china_compute_smuggled")).toBeGreaterThan(0); // the middlemen got through (seed 7)
    expect(cell(publicCsv, 2, "china_compute_smuggled")).toBe(0);
    await teacher.ask("facilitator", { command: "end" });
    await until(() => teacher.state.phase === "finished");
    expect((await api(server, `/api/games/${game.code}/record`)).status).toBe(200); // over: nothing is hidden any more
    expect((await api(server, `/api/games/${game.code}/resume`, { body: {}, key: game.facilitatorKey })).status).toBe(409);
    await teacher.leave(); await lab.leave();
  });
});
