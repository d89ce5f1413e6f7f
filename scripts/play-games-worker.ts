// A worker thread of play-games.ts: plays the chunks of seeds it is sent and posts back their summaries.
import { parentPort, workerData } from "node:worker_threads";
import type { Scenario } from "../shared/scenario/schema.ts";
import { playChunk, type Chunk } from "./play-games.ts";

const scenarios = workerData as Scenario[];
parentPort!.on("message", (chunk: Chunk) => {
  parentPort!.postMessage(playChunk(scenarios[chunk.batch]!, chunk.firstSeed, chunk.games));
});
