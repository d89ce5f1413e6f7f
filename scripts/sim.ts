// npm run sim -- --scenario FILE --games N --seed S [--json]
// Plays N all-bot games (seeds S, S+1, …) and prints a balance report. Same seed, same report;
// only the timing line differs between runs.
import { parseArgs } from "node:util";
import { balanceReport, playBotGame, summarise, type BalanceReport } from "../shared/sim.ts";
import { DEFAULT_SCENARIO, readScenarioOrExit } from "./load-scenario-file.ts";

const { values } = parseArgs({
  options: {
    scenario: { type: "string", default: DEFAULT_SCENARIO },
    games: { type: "string", default: "100" },
    seed: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
  },
});
const games = Number(values.games);
const seed = Number(values.seed);
if (!Number.isInteger(games) || games < 1 || !Number.isInteger(seed)) {
  console.error("usage: npm run sim -- --scenario FILE --games N --seed S [--json]   (N >= 1, S an integer)");
  process.exit(2);
}
const scenario = readScenarioOrExit(values.scenario);

const started = performance.now();
const summaries = Array.from({ length: games }, (_, i) => summarise(playBotGame(scenario, seed + i)));
const seconds = (performance.now() - started) / 1000;
const report = balanceReport(scenario, summaries, seed);

if (values.json) {
  console.log(JSON.stringify({ report, timing: { seconds, gamesPerSecond: games / seconds } }, null, 2));
} else {
  console.log(render(report));
  console.log(`\n${games} games in ${seconds.toFixed(2)} s: ${(games / seconds).toFixed(0)} games/s`);
}

function render(r: BalanceReport): string {
  const f = (x: number, d = 1) => x.toFixed(d).padStart(7);
  const lines = [`Balance report: scenario ${r.scenario}, ${r.games} bot games from seed ${r.firstSeed}`, ""];
  lines.push("Final scores by actor (0-100)", `${"actor".padEnd(12)}${"role".padEnd(11)}   mean     sd    min    max   wins`);
  for (const a of r.actors) lines.push(`${a.id.padEnd(12)}${a.role.padEnd(11)}${f(a.mean)}${f(a.sd)}${f(a.min)}${f(a.max)}${f(a.winShare * 100, 0)}%`);
  lines.push("", "By role group (mean of the group's actors; wins = games where the group scored highest)");
  for (const g of r.groups) lines.push(`${g.role.padEnd(23)}${f(g.mean)}${f(g.sd)}${f(g.min)}${f(g.max)}${f(g.winShare * 100, 0)}%`);
  lines.push("", `Mean indicator trajectories, rounds 1-${r.trajectories.splitIndex!.length}`);
  for (const [name, series] of Object.entries(r.trajectories)) {
    const digits = Math.max(...series.map(Math.abs)) < 10 ? 2 : 0;
    lines.push(`${name.padEnd(20)}${series.map((x) => x.toFixed(digits).padStart(digits ? 6 : 8)).join("")}`);
  }
  return lines.join("\n");
}
