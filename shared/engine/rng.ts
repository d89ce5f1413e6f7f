// Seeded randomness for the engine (pure-rand's xoroshiro128+). Each round draws from its own stream,
// derived from the game seed and the round, so injects or live deal actions never shift later draws.
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** true with probability p */
  chance(p: number): boolean;
  /** standard normal (Box–Muller) */
  normal(): number;
}

export function createRng(seed: number): Rng {
  const generator = xoroshiro128plus(seed | 0);
  const next = () => uniformFloat64(generator);
  return {
    next,
    chance: (p) => p > 0 && next() < p,
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

/** The stream for one phase of one round: "briefing" draws events, "resolve" draws outcomes. */
export function roundRng(seed: number, round: number, phase: "briefing" | "resolve"): Rng {
  const mixed = Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(round * 2 + (phase === "resolve" ? 1 : 0), 0x85ebca6b);
  return createRng(mixed);
}
