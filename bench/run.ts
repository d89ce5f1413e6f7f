// npm run bench: prints the project's speed and memory figures. Each part reports its own targets.
import { benchEngine } from "./engine.ts";
import { DEFAULT_SCENARIO, readScenarioOrExit } from "../scripts/load-scenario-file.ts";

const scenario = readScenarioOrExit(DEFAULT_SCENARIO);
const e = benchEngine(scenario);
console.log("Engine (default scenario, 12 rounds, 11 bots, one core)");
console.log(`  full bot games per second      ${e.gamesPerSecond.toFixed(0).padStart(8)}   target >= 1000   (median of batches, ${e.games} games)`);
console.log(`  resolveRound median            ${e.medianRoundMicros.toFixed(1).padStart(8)} µs  target < 200 µs  (p95 ${e.p95RoundMicros.toFixed(1)} µs, ${e.rounds} rounds)`);
