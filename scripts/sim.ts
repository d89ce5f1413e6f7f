// npm run sim -- [--scenario FILE] [--games N] [--seed S] [--workers W] [--json]
//   Plays N all-bot games (seeds S, S+1, …) and prints a balance report. Same seed, same report;
//   only the timing line differs between runs, whatever the number of worker threads.
// npm run sim -- --set PATH=V1,V2,... [--set PATH=...] [--csv | --json] [same options]
//   A sweep: for every combination of the values, the same N seeds, and one row of figures each.
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { loadScenario } from "../shared/scenario/load.ts";
import type { Scenario } from "../shared/scenario/schema.ts";
import { balanceReport, type BalanceReport } from "../shared/sim.ts";
import { applySettings, combinations, parseSetting, sweepRow, type Setting } from "../shared/sweep.ts";
import { DEFAULT_SCENARIO, readScenarioFileOrExit } from "./load-scenario-file.ts";
import { DEFAULT_WORKERS, playBatches } from "./play-games.ts";
import { sweepCsv, sweepTable } from "./sweep-output.ts";

const USAGE = "usage: npm run sim -- [--scenario FILE] [--games N] [--seed S] [--workers W] [--set PATH=V1,V2,...]... [--json | --csv]";

const { values } = parseArgs({
  options: {
    scenario: { type: "string", default: DEFAULT_SCENARIO },
    games: { type: "string", default: "100" },
    seed: { type: "string", default: "1" },
    workers: { type: "string", default: String(DEFAULT_WORKERS) },
    set: { type: "string", multiple: true, default: [] },
    json: { type: "boolean", default: false },
    csv: { type: "boolean", default: false },
  },
});
const games = Number(values.games);
const seed = Number(values.seed);
const workers = Number(values.workers);
if (!Number.isInteger(games) || games < 1 || !Number.isInteger(seed) || !Number.isInteger(workers) || workers < 1 || (values.json && values.csv)) {
  fail(`${USAGE}\n  (N >= 1, S an integer, W >= 1; --json or --csv, not both)`);
}
const { data, scenario } = readScenarioFileOrExit(values.scenario);

if (values.set.length === 0 && !values.csv) {
  const { summaries: [summaries], seconds, threads } = await play([scenario]);
  const report = balanceReport(scenario, summaries!, seed);
  if (values.json) {
    console.log(JSON.stringify({ report, timing: timing(games, seconds, threads) }, null, 2));
  } else {
    console.log(render(report));
    console.log(`\n${speed(games, seconds, threads)}`);
  }
} else {
  const settings = values.set.map((arg) => {
    const parsed = parseSetting(arg);
    return parsed.ok ? parsed.value : fail(parsed.problem);
  });
  const combos = combinations(settings);
  const scenarios = combos.map((combo) => scenarioWith(combo));
  const { summaries, seconds, threads } = await play(scenarios);
  const rows = combos.map((combo, i) => sweepRow(combo, balanceReport(scenarios[i]!, summaries[i]!, seed)));
  const total = games * combos.length;
  if (values.csv) {
    console.log(sweepCsv(rows));
    console.error(speed(total, seconds, threads));
  } else if (values.json) {
    console.log(JSON.stringify({ rows, timing: timing(total, seconds, threads) }, null, 2));
  } else {
    console.log(`Sweep: scenario ${scenario.id}, ${combos.length} combination${combos.length === 1 ? "" : "s"} x ${games} bot games, seeds ${seed}-${seed + games - 1} for each\n`);
    console.log(sweepTable(rows));
    console.log(`\n${speed(total, seconds, threads)}`);
  }
}

/** The file's scenario with one combination's values; an invalid result ends the run, naming the values. */
function scenarioWith(combo: Map<Setting, unknown>): Scenario {
  const applied = applySettings(data, combo);
  if (!applied.ok) fail(applied.problem);
  const loaded = loadScenario(applied.value);
  if (loaded.ok) return loaded.scenario;
  const values = [...combo].map(([s, v]) => `${s.path}=${JSON.stringify(v)}`).join(" ");
  return fail(`with ${values} the scenario is not valid:\n${loaded.problems.map((p) => `  ${p}`).join("\n")}`);
}

async function play(scenarios: Scenario[]) {
  const started = performance.now();
  const { summaries, threads } = await playBatches(scenarios.map((s) => ({ scenario: s, firstSeed: seed, games })), workers);
  return { summaries, threads, seconds: (performance.now() - started) / 1000 };
}

function timing(total: number, seconds: number, threads: number) {
  return { seconds, gamesPerSecond: total / seconds, cores: threads, coresAvailable: availableParallelism() };
}

function speed(total: number, seconds: number, threads: number): string {
  const t = timing(total, seconds, threads);
  return `${total} games in ${seconds.toFixed(2)} s: ${t.gamesPerSecond.toFixed(0)} games/s on ${threads} core${threads === 1 ? "" : "s"} (${t.coresAvailable} available)`;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
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
