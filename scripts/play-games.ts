// Plays batches of all-bot games on every core. Each batch is one scenario and a run of seeds; its
// games are split into chunks that worker threads play, and the summaries come back in seed order, so
// the result is the same as playing them one after another on one core.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { playBotGame, summarise, type GameSummary } from "../shared/sim.ts";
import type { Scenario } from "../shared/scenario/schema.ts";

export interface Batch { scenario: Scenario; firstSeed: number; games: number }
/** One chunk of a batch, as sent to a worker (the worker holds the scenarios, by batch index). */
export interface Chunk { batch: number; firstSeed: number; games: number; offset: number }

export const DEFAULT_WORKERS = availableParallelism();

export function playChunk(scenario: Scenario, firstSeed: number, games: number): GameSummary[] {
  return Array.from({ length: games }, (_, i) => summarise(playBotGame(scenario, firstSeed + i)));
}

/** The summaries of every batch, in seed order, and how many threads played them (`workers` 1: this one). */
export async function playBatches(batches: Batch[], workers = DEFAULT_WORKERS): Promise<{ summaries: GameSummary[][]; threads: number }> {
  if (workers <= 1) return { summaries: batches.map((b) => playChunk(b.scenario, b.firstSeed, b.games)), threads: 1 };

  const total = batches.reduce((t, b) => t + b.games, 0);
  // enough chunks that no core waits long for the last ones, few enough that messages cost little
  const size = Math.max(1, Math.min(250, Math.ceil(total / (workers * 8))));
  const chunks: Chunk[] = [];
  batches.forEach((b, batch) => {
    for (let offset = 0; offset < b.games; offset += size) {
      chunks.push({ batch, offset, firstSeed: b.firstSeed + offset, games: Math.min(size, b.games - offset) });
    }
  });
  const results: GameSummary[][] = batches.map((b) => new Array(b.games));
  const threads = Array.from({ length: Math.min(workers, chunks.length) }, () =>
    new Worker(new URL("./play-games-worker.ts", import.meta.url), { workerData: batches.map((b) => b.scenario) }));

  try {
    let next = 0;
    await Promise.all(threads.map((thread) => new Promise<void>((resolve, reject) => {
      let current: Chunk | undefined;
      const send = () => {
        current = chunks[next++];
        if (current) thread.postMessage(current);
        else resolve();
      };
      thread.on("message", (summaries: GameSummary[]) => {
        results[current!.batch]!.splice(current!.offset, summaries.length, ...summaries);
        send();
      });
      thread.on("error", reject);
      thread.on("exit", (code) => { if (current) reject(new Error(`a simulator worker stopped (exit code ${code})`)); });
      send();
    })));
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return { summaries: results, threads: threads.length };
}
