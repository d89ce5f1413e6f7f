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
import { FileStore } from "../server/file-store.ts";

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

const time = async (fn: () => Promise<unknown>) => { const t = performance.now(); await fn(); return performance.now() - t; };

export async function benchRecords(raw: unknown, scenario: Scenario, records = 3000): Promise<RecordFigures> {
  const dir = mkdtempSync(join(tmpdir(), "silicon-curtain-bench-records-"));
  const store = new FileStore(dir);
  const game = finishedGame(raw, scenario);
  let bytes = 0;
  for (let i = 0; i < records; i++) {
    const gameId = `G${String(i).padStart(5, "0")}`;
    await store.create("games", gameId, { ...(game[0] as Header), gameId, code: gameId, createdAt: i });
    const { writer } = await store.open<RecordEntry>("games", gameId);
    for (const e of game.slice(1)) writer.append(e);
    await writer.close();
  }
  bytes = game.reduce((n, e) => n + JSON.stringify(e).length + 1, 0);
  const listColdMs = await time(() => store.list());
  const listWarmMs = await time(() => store.list());
  const recordRouteMs = await time(async () => recordFor(await store.read<RecordEntry>("games", "G00042"), { kind: "public" }));
  rmSync(dir, { recursive: true });
  return { records, recordKB: bytes / 1024, listColdMs, listWarmMs, recordRouteMs };
}
