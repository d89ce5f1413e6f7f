// What views cost on the wire: a whole game played by SDK clients (bench/views-game.ts, in its own
// process), the bytes each client receives per round against the state it has decoded.
import { fork } from "node:child_process";
import type { SeatRound, ViewFigures } from "./views-game.ts";
import { median } from "./stats.ts";

export interface ViewSummary { who: string; medianRatio: number; maxRatio: number; lastRatio: number; medianKB: number; lastDecodedKB: number; revealKB: number }


export async function benchViews(): Promise<{ seats: ViewSummary[]; figures: ViewFigures }> {
  const child = fork(new URL("./views-game.ts", import.meta.url).pathname, [], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  const figures = await new Promise<ViewFigures>((resolve, reject) => {
    child.on("message", (m) => resolve(m as ViewFigures));
    child.on("exit", (code) => reject(new Error(`the game ended before its figures (exit ${code})`)));
  });
  const last = Math.max(...figures.rounds.map((r) => r.round));
  const by = new Map<string, SeatRound[]>();
  // round 1 fills each view from nothing and the last reveals the whole game to everyone (the
  // debrief): the figure is for the rounds in between, a game under way
  for (const r of figures.rounds) if (r.round > 1 && r.round < last) by.set(r.who, [...(by.get(r.who) ?? []), r]);
  const seats = [...by].map(([who, rounds]) => {
    const ratios = rounds.map((r) => r.bytes / r.decoded);
    return {
      who, medianRatio: median(ratios), maxRatio: Math.max(...ratios), lastRatio: ratios.at(-1)!,
      medianKB: median(rounds.map((r) => r.bytes)) / 1024, lastDecodedKB: rounds.at(-1)!.decoded / 1024,
      revealKB: figures.rounds.find((r) => r.who === who && r.round === last)!.bytes / 1024,
    };
  });
  return { seats, figures };
}
