// Helpers the bots share: their view of the game, their personality and a seeded die.
import type { Assets } from "../engine/state.ts";
import { createRng, type Rng } from "../engine/rng.ts";
import type { View } from "../engine/view.ts";
import type { Deal } from "../engine/state.ts";

export function assets(part: Partial<Assets> = {}): Assets {
  return { cash: 0, chips: {}, lease: null, securityConditions: false, ...part };
}

/** A die for one bot in one round: bots vary between games but replay exactly. */
export function botRng(seed: number, round: number, actorIndex: number): Rng {
  return createRng(Math.imul(seed ^ 0x2c1b3c6d, 31) + round * 1009 + actorIndex * 7919);
}

/** Offers addressed to `me` that are still open. */
export const incoming = (view: View, me: string): Deal[] => view.deals.filter((d) => d.to === me && d.status === "proposed");

/** True when `me` already has an open offer to `to`. */
export const offered = (view: View, me: string, to: string): boolean =>
  view.deals.some((d) => d.from === me && d.to === to && (d.status === "proposed" || d.status === "accepted" || d.status === "awaitingLicence"));

export const publicActor = (view: View, id: string) => view.actors.find((a) => a.id === id)!;

/** ±spread around 1, so two games with different seeds do not play identically. */
export const jitter = (rng: Rng, spread: number): number => 1 + (rng.next() * 2 - 1) * spread;
