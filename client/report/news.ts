// A round's events sorted for its report: the seat's own news first, then the world's, then other
// seats' dealings (deals among others, their shipments, production and sales), which a report folds.
// Share prices are left out: the report shows them with their reasons.
import type { GameEvent } from "../../shared/engine/events.ts";

export interface SortedNews { mine: GameEvent[]; world: GameEvent[]; others: GameEvent[] }

/** The actors an event is about. */
export function partiesOf(e: GameEvent): string[] {
  switch (e.kind) {
    case "deal": return [e.from, e.to];
    case "licence": return [e.exporter, e.destination];
    case "shipment": return [e.from, e.to];
    case "seized": return [e.buyer];
    case "leaseDetected": return [e.lessor, e.lessee];
    case "rejected": case "conditionsRevoked": case "built": return [e.actor];
    case "production": case "marketSale": case "design": case "sharePrice": case "charge": return [e.vendor];
    case "hosted": return [e.target];
    case "tierCap": return [e.destination];
    case "entityList": case "visit": case "audit": return [e.target];
    case "cloudRefused": case "distillationDetected": return [e.firm];
    case "retaliation": return e.listed ? [e.listed] : [];
    case "scenario": case "policy": case "bill": case "importBlock": case "backlog": return [];
  }
}

/** News everyone reads: the scenario's, the US's public moves, what came to light, China's answers. */
const PUBLIC_KINDS = new Set<GameEvent["kind"]>(["scenario", "policy", "bill", "entityList", "visit", "leaseDetected", "seized", "distillationDetected", "conditionsRevoked", "retaliation", "built", "importBlock", "backlog"]);

/** `seat` is the reader's actor (null for the facilitator or the public); `decides` is true for the
 *  seat that decides licences, whose every licence event is its own news. */
export function sortNews(events: readonly GameEvent[], seat: string | null, decides = false): SortedNews {
  const out: SortedNews = { mine: [], world: [], others: [] };
  for (const e of events) {
    if (e.kind === "sharePrice") continue;
    const mine = seat !== null && (partiesOf(e).includes(seat) || (decides && (e.kind === "licence" || e.kind === "audit")));
    if (mine) out.mine.push(e);
    else if (PUBLIC_KINDS.has(e.kind) || (e.kind === "design" && e.ready)) out.world.push(e);
    else out.others.push(e);
  }
  return out;
}
