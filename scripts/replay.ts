// npm run replay -- [HISTORY_FILE] [--scenario FILE] [--games N] [--seed S] [--set PATH=VALUE]... [--json]
//   Plays the scenario as history: each actor takes the decisions really taken (the history file), bots
//   decide the rest. Prints, quarter by quarter, each real figure beside the game's median over N seeds
//   (and its 10th-90th percentile range), the error, and whether it is within the figure's tolerance.
//   `--set` changes a scenario value first (as in `npm run sim`), to see what it does to the fit.
//   Figures the model is known not to reach yet (a `gap` in the file) are shown, not judged. Exits with 1
//   when a judged figure is outside its tolerance.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { judge, modelValue, type Comparison } from "../shared/history/compare.ts";
import { historyProblems, loadHistory } from "../shared/history/load.ts";
import { historical, replay } from "../shared/history/replay.ts";
import type { Figure } from "../shared/history/schema.ts";
import { loadScenario } from "../shared/scenario/load.ts";
import { applySettings, parseSetting } from "../shared/sweep.ts";
import { DEFAULT_SCENARIO, readScenarioFileOrExit } from "./load-scenario-file.ts";

export const DEFAULT_HISTORY = new URL("../assets/history/2024-2026.json", import.meta.url).pathname;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    scenario: { type: "string", default: DEFAULT_SCENARIO },
    games: { type: "string", default: "25" },
    seed: { type: "string", default: "1" },
    set: { type: "string", multiple: true, default: [] },
    json: { type: "boolean", default: false },
  },
});
const games = Number(values.games);
const seed = Number(values.seed);
if (!Number.isInteger(games) || games < 1 || !Number.isInteger(seed) || positionals.length > 1) {
  fail("usage: npm run replay -- [HISTORY_FILE] [--scenario FILE] [--games N] [--seed S] [--set PATH=VALUE]... [--json]");
}
const path = positionals[0] ?? DEFAULT_HISTORY;
const loaded = loadHistory(readFileSync(path, "utf8"));
if (!loaded.ok) {
  console.error(`${path} is not a valid history file:`);
  for (const p of loaded.problems) console.error(`  ${p}`);
  process.exit(1);
}
const history = loaded.history;
const scenario = historical(withSettings(readScenarioFileOrExit(values.scenario).data, values.set));
const problems = historyProblems(history, scenario);
if (problems.length > 0) {
  console.error(`${path} names what ${values.scenario} does not have:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}

const values_: Map<Figure, number[]> = new Map(history.figures.map((f) => [f, []]));
for (let i = 0; i < games; i++) {
  const s = replay(scenario, history, seed + i);
  const game = { scenario: s.scenario, indicators: s.history.map((h) => h.indicators), events: s.log };
  for (const f of history.figures) {
    const v = modelValue(game, f);
    if (v !== null) values_.get(f)!.push(v);
  }
}

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const rows = history.figures.flatMap((f) => {
  const xs = values_.get(f)!;
  if (xs.length === 0) return [];
  const c = judge(f, quantile(xs, 0.5));
  return [{ ...c, low: quantile(xs, 0.1), high: quantile(xs, 0.9) }];
}).sort((a, b) => a.figure.quarter.localeCompare(b.figure.quarter));

if (values.json) {
  console.log(JSON.stringify(rows.map(({ figure: f, model, error, within, low, high }) => ({ id: f.id, quarter: f.quarter, real: f.value, unit: f.unit, model, low, high, error, within, tolerance: f.tolerance })), null, 2));
} else {
  console.log(`${history.title.en}: ${scenario.title.en}, ${games} games from seed ${seed} (median, 10th-90th percentile)\n`);
  console.log(table(rows));
  const judged = rows.filter((r) => r.figure.gap === undefined);
  const out = judged.filter((r) => r.within === false).length;
  console.log(`\n${judged.length - out} of ${judged.length} calibrated figures within tolerance${out > 0 ? `; ${out} outside` : ""}`);
  for (const r of rows) if (r.figure.gap !== undefined) console.log(`not calibrated: ${r.figure.indicator} (${r.figure.quarter}): ${r.figure.gap}`);
}
process.exitCode = rows.some((r) => r.figure.gap === undefined && r.within === false) ? 1 : 0;

function table(rows: (Comparison & { low: number; high: number })[]): string {
  const fmt = (x: number) => (Math.abs(x) >= 1e5 ? `${(x / 1e6).toFixed(2)}M` : Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2));
  const lines = rows.map((r) => {
    const f = r.figure;
    const t = f.tolerance.kind === "ratio" ? `x${f.tolerance.value}` : `±${f.tolerance.value}`;
    const err = f.tolerance.kind === "ratio" ? `${r.error! >= 0 ? "+" : ""}${(100 * r.error!).toFixed(0)}%` : `${r.error! >= 0 ? "+" : ""}${fmt(r.error!)}`;
    return [f.quarter, f.indicator, fmt(f.value), `${fmt(r.model!)} (${fmt(r.low)}-${fmt(r.high)})`, err, t, f.gap !== undefined ? "gap" : r.within ? "ok" : "OUT", f.unit];
  });
  const head = ["quarter", "indicator", "real", "model (p10-p90)", "error", "tolerance", "", "unit"];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ");
  return [line(head), ...lines.map(line)].join("\n");
}

function withSettings(data: unknown, args: string[]) {
  const combo = new Map(args.map((arg) => {
    const parsed = parseSetting(arg);
    if (!parsed.ok) return fail(parsed.problem);
    if (parsed.value.values.length !== 1) return fail(`--set ${arg}: one value here (npm run sim sweeps several)`);
    return [parsed.value, parsed.value.values[0]] as const;
  }));
  const changed = applySettings(data, combo);
  if (!changed.ok) return fail(changed.problem);
  const loaded = loadScenario(changed.value);
  if (!loaded.ok) return fail(`the scenario with these settings is not valid:\n  ${loaded.problems.join("\n  ")}`);
  return loaded.scenario;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
