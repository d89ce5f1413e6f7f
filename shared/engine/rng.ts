// Seeded randomness for the engine (pure-rand's xoroshiro128+). Each round draws from its own stream,
// derived from the game seed and the round, so injects or live deal actions never shift later draws.
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** true with probability p */
  chance(p: number): boolean;
  /** standard normal (Box–Muller) */
  normal(): number;
}

/**
 * Hashes integers into one 32-bit value with MurmurHash3's mixing steps, so that nearby inputs
 * (seed 1 and seed 2, round 3 and round 4) give unrelated outputs.
 */
export function mix(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0xcc9e2d51);
    h = (h << 15) | (h >>> 17);
    h = Math.imul(h, 0x1b873593);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h | 0;
}

/**
 * A generator whose whole 128-bit state is hashed from the seed. pure-rand's own `xoroshiro128plus(seed)`
 * puts the seed into the state as it is, so its first output is the seed inverted: streams from
 * nearby seeds start almost alike.
 */
export function createRng(seed: number): Rng {
  const state = [mix(seed, 1), mix(seed, 2), mix(seed, 3), mix(seed, 4)];
  if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1; // the all-zero state never moves
  const generator = xoroshiro128plusFromState(state);
  const next = () => uniformFloat64(generator);
  return {
    next,
    chance: (p) => p > 0 && next() < p,
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

/** The stream for one phase of one round: "briefing" draws events, "resolve" draws outcomes. */
export function roundRng(seed: number, round: number, phase: "briefing" | "resolve"): Rng {
  return createRng(mix(seed, round, phase === "resolve" ? 1 : 0));
}
