// A game beside the real record: each real figure, the game's value for it, the error, and whether it
// falls within the figure's tolerance.
import { measure, type PlayedGame } from "./measures.ts";
import type { Figure, History } from "./schema.ts";

export interface Comparison {
  figure: Figure;
  /** the game's value, scaled to stand for the whole real figure; null when the game did not cover its quarters */
  model: number | null;
  /** model − real (absolute tolerances) or model / real − 1 (ratio tolerances) */
  error: number | null;
  within: boolean | null;
}

/** The game's value for a figure, scaled to stand for the whole real figure. */
export function modelValue(game: PlayedGame, f: Figure): number | null {
  const v = measure(game, f.measure);
  return v === null ? null : v / f.measure.scale;
}

export function judge(f: Figure, model: number | null): Comparison {
  if (model === null) return { figure: f, model, error: null, within: null };
  const t = f.tolerance;
  if (t.kind === "absolute") return { figure: f, model, error: model - f.value, within: Math.abs(model - f.value) <= t.value };
  // a ratio band: within `value` times above or below (a real zero can only be met absolutely)
  const ratio = f.value === 0 ? (model === 0 ? 1 : Infinity) : model / f.value;
  return { figure: f, model, error: ratio - 1, within: ratio > 0 && ratio <= t.value && ratio >= 1 / t.value };
}

/** Every figure of a history the game covers, beside the game's value. */
export function compareWithHistory(history: History, game: PlayedGame): Comparison[] {
  return history.figures.map((f) => judge(f, modelValue(game, f))).filter((c) => c.model !== null);
}
