// Game records at scale: listing thousands of them (the first time, and again once their summaries
// are known), and what the record route does for one finished game. One process, no network.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { allBotOrders } from "../shared/bots/index.ts";
import { resolveRound } from "../shared/engine/resolve.ts";
import { createGame } from "../shared/engine/setup.ts";
import { recordFor, type Header, type RecordEntry } from "../shared/record.ts";
import type { Scenario } from "../shared/scenario/schema.ts";
import { GameRecord, listRecords, readRecord } from "../server/records.ts";

export interface RecordFigures { records: number; recordKB: number; listColdMs: number; listWarmMs: number; recordRouteMs: number }

/** One finished all-bot game's record, as the server writes it. */
function finishedGame(raw: unknown, scenario: Scenario): RecordEntry[] {
  const header: Header = {
    type: "header", gameId: "", code: "", createdAt: 0, scenario: raw, seed: 1,
    settings: { bots: true, private: false, timers: scenario.timers }, facilitatorKeyHash: "",
  };
  const entries: RecordEntry[] = [header];
  let state = createGame(scenario, 1);
  while (!state.finished) {
    const orders = allBotOrders(state);
    entries.push({ type: "resolved", round: state.round, orders, at: 0 });
    entries.push({ type: "chat", from: "uae", fromName: "UAE", to: "all", text: `round ${state.round}`, at: 0 });
    state = resolveRound(state, orders).state;
  }
  entries.push({ type: "finished", reason: "completed", at: 0 });
  return entries;
}

const time = (fn: () => unknown) => { const t = performance.now(); fn(); return performance.now() - t; };

export function benchRecords(raw: unknown, scenario: Scenario, records = 3000): RecordFigures {
  const dir = mkdtempSync(join(tmpdir(), "silicon-curtain-bench-records-"));
  const game = finishedGame(raw, scenario);
  let bytes = 0;
  for (let i = 0; i < records; i++) {
    const gameId = `G${String(i).padStart(5, "0")}`;
    const record = GameRecord.create(dir, { ...(game[0] as Header), gameId, code: gameId, createdAt: i });
    for (const e of game.slice(1)) record.append(e);
    record.close();
  }
  bytes = game.reduce((n, e) => n + JSON.stringify(e).length + 1, 0);
  const listColdMs = time(() => listRecords(dir));
  const listWarmMs = time(() => listRecords(dir));
  const recordRouteMs = time(() => recordFor(readRecord(dir, "G00042"), { kind: "public" }));
  rmSync(dir, { recursive: true });
  return { records, recordKB: bytes / 1024, listColdMs, listWarmMs, recordRouteMs };
}
