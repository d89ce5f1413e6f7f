// Reads and validates a scenario file for the command-line tools; exits with the problems listed.
import { readFileSync } from "node:fs";
import { loadScenario } from "../shared/scenario/load.ts";
import type { Scenario } from "../shared/scenario/schema.ts";

export const DEFAULT_SCENARIO = new URL("../assets/scenarios/gulf-licensing-2024.json", import.meta.url).pathname;

/** The file's JSON data and the scenario it validates to. */
export function readScenarioFileOrExit(path: string): { data: unknown; scenario: Scenario } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    console.error(`cannot read ${path}: ${(error as Error).message}`);
    process.exit(2);
  }
  const loaded = loadScenario(text);
  if (!loaded.ok) {
    console.error(`${path} is not a valid scenario:`);
    for (const p of loaded.problems) console.error(`  ${p}`);
    process.exit(1);
  }
  return { data: JSON.parse(text), scenario: loaded.scenario };
}

export function readScenarioOrExit(path: string): Scenario {
  return readScenarioFileOrExit(path).scenario;
}
