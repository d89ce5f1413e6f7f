// Where every chip made is now: held, installed, on the world market, in transit or seized.
import type { GameState } from "../../shared/engine/state.ts";

export function chipsAccountedFor(s: GameState): Record<string, number> {
  const where: Record<string, number> = {};
  const add = (stock: Record<string, number>) => { for (const c in stock) where[c] = (where[c] ?? 0) + stock[c]!; };
  for (const a of Object.values(s.actors)) { add(a.stock); add(a.installed); }
  add(s.world.marketInstalled);
  for (const sh of s.shipments) add(sh.chips);
  add(s.seized);
  return where;
}
