// Builders for tests: the default scenario, variations of it, games and fixed dice.
import { readFileSync } from "node:fs";
import { loadScenario } from "../../shared/scenario/load.ts";
import type { Scenario, ScenarioInput } from "../../shared/scenario/schema.ts";
import { createGame } from "../../shared/engine/setup.ts";
import type { Rng } from "../../shared/engine/rng.ts";
import type { GameState } from "../../shared/engine/state.ts";

export const DEFAULT_SCENARIO_PATH = new URL("../../assets/scenarios/gulf-licensing-2024.json", import.meta.url);

/** The default scenario's JSON data, fresh each call so a test may change it. */
export function defaultScenarioData(): ScenarioInput & Record<string, unknown> {
  return JSON.parse(readFileSync(DEFAULT_SCENARIO_PATH, "utf8"));
}

export function scenario(change: (data: ReturnType<typeof defaultScenarioData>) => void = () => {}): Scenario {
  const data = defaultScenarioData();
  change(data);
  const loaded = loadScenario(data);
  if (!loaded.ok) throw new Error(`test scenario is invalid:\n${loaded.problems.join("\n")}`);
  return loaded.scenario;
}

/** A scenario without scheduled events or random cards, so a test sees only its own effects. */
export function quietScenario(change: (data: ReturnType<typeof defaultScenarioData>) => void = () => {}): Scenario {
  return scenario((d) => {
    d.events.scheduled = [];
    d.events.drawChance = 0;
    d.mechanics.market.noise = 0;
    change(d);
  });
}

export function game(s: Scenario = quietScenario(), seed = 1): GameState {
  return createGame(s, seed);
}

/** Dice that always roll `value`: 0 makes every chance succeed, 0.999 makes every chance fail. */
export function fixedRng(value: number): Rng {
  return { next: () => value, chance: (p) => p > 0 && value < p, normal: () => 0 };
}
export const ALWAYS = fixedRng(0);
export const NEVER = fixedRng(0.999999);

/** Deep-freezes a state, so a test fails if the engine changes its input. */
export function freeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) freeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
