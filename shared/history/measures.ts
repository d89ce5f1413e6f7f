// The model's side of a real figure: what a game produced over some quarters, in the figure's unit
// (money in $B, chips as chips, compute in H100e, shares in percent). Reads only what a finished game
// shows everyone (its indicators and its whole news log), so the debrief can measure a game as the
// replay does.
import type { GameEvent } from "../engine/events.ts";
import type { Indicators } from "../engine/indicators.ts";
import type { Scenario } from "../scenario/schema.ts";
import { roundOf, type Measure } from "./schema.ts";

export interface PlayedGame {
  scenario: Pick<Scenario, "calendar"> & { actors: readonly { id: string; role: string }[]; npc: { domesticMaker: { id: string } } };
  /** the true indicators, round by round */
  indicators: readonly Indicators[];
  /** every event of the game */
  events: readonly GameEvent[];
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The measure's value for a game, or null when the game did not play all of its quarters. */
export function measure(game: PlayedGame, m: Measure): number | null {
  const first = roundOf(game.scenario, m.quarters[0]);
  const last = roundOf(game.scenario, m.quarters[1]);
  if (first < 1 || last > game.indicators.length || last < first) return null;
  const rounds = game.indicators.slice(first - 1, last);
  const end = rounds.at(-1)!;
  const events = game.events.filter((e) => e.round >= first && e.round <= last);
  const firms = new Set(game.scenario.actors.filter((a) => a.role === "chinaFirm").map((a) => a.id));
  const vendor = (i: Indicators) => i.vendors[m.vendor ?? ""];
  const revenue = (i: Indicators) => {
    const v = vendor(i);
    if (!v) return 0;
    return m.from === undefined || m.from === "all" ? v.revenue : v.revenueBy[m.from === "china" ? "china" : m.from === "gulf" ? "gulf" : "market"];
  };
  const chipsTo = (channel: Measure["channel"]) => sum(events.map((e) => {
    if (e.kind !== "shipment" || !firms.has(e.to)) return 0;
    const kind = e.smuggled ? "smuggled" : e.from === game.scenario.npc.domesticMaker.id ? "domestic" : "sale";
    if (channel !== undefined && kind !== channel) return 0;
    return sum(Object.entries(e.chips).filter(([chip]) => !m.chips || m.chips.includes(chip)).map(([, n]) => n));
  }));
  const world = (i: Indicators) => i.marketCompute + sum(Object.values(i.gulf).map((g) => g.compute)) + i.chinaCompute.total;
  switch (m.kind) {
    case "vendorRevenue": return sum(rounds.map(revenue)) / 1000;
    case "revenueShare": {
      const all = sum(rounds.map((i) => vendor(i)?.revenue ?? 0));
      return all > 0 ? (100 * sum(rounds.map(revenue))) / all : 0;
    }
    case "charge": return sum(events.map((e) => (e.kind === "charge" && e.vendor === m.vendor ? e.amount : 0))) / 1e6;
    case "chipsTo": return chipsTo(m.channel);
    case "chinaComputeShare": return end.chinaCompute.total > 0 ? (100 * end.chinaCompute[m.part ?? "domestic"]) / end.chinaCompute.total : 0;
    case "domesticChipShare": {
      const all = chipsTo(undefined);
      return all > 0 ? (100 * chipsTo("domestic")) / all : 0;
    }
    case "worldCompute": return world(end);
    case "chinaShareOfWorld": return (100 * end.chinaCompute.total) / world(end);
    case "gapRatio": return rounds[0]!.capabilityGap !== 0 ? end.capabilityGap / rounds[0]!.capabilityGap : 0;
  }
}
