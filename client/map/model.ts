// What the map and the supply-chain view draw, derived from the seat's view: no rule is decided here,
// only what the view already says, so a flow this seat may not see is never drawn.
import type { PublicScenario, View } from "../../shared/engine/view.ts";

export type FlowKind = "sale" | "domestic" | "lease" | "smuggled" | "cloud";
export interface Flow { from: string; to: string; kind: FlowKind; amount: number }

export type Bloc = "us" | "china" | "aligned" | "neutral" | "suspect";

/** Which bloc an actor's home leans to: Gulf states move with US security conditions and detections. */
export function blocOf(view: View, actor: string): Bloc {
  const a = view.actors.find((x) => x.id === actor);
  if (!a) return "neutral";
  if (a.role === "usGov" || a.role === "vendor") return "us";
  if (a.role === "chinaFirm") return "china";
  if (a.caughtRound !== null && a.caughtRound >= view.round - 2) return "suspect";
  return a.securityConditions ? "aligned" : "neutral";
}

/** The round whose flows the map shows: the last one resolved. */
export const lastRound = (view: View): number => view.indicators.at(-1)?.round ?? 0;

export function flowsOf(view: View, scenario: PublicScenario): Flow[] {
  const round = lastRound(view);
  const flows: Flow[] = [];
  const add = (from: string, to: string, kind: FlowKind, amount: number) => {
    if (amount <= 0) return;
    const same = flows.find((f) => f.from === from && f.to === to && f.kind === kind);
    if (same) same.amount += amount;
    else flows.push({ from, to, kind, amount });
  };
  for (const e of view.events) {
    if (e.round !== round || e.kind !== "shipment") continue;
    const n = Object.values(e.chips).reduce((a, b) => a + b, 0);
    add(e.from, e.to, e.smuggled ? "smuggled" : e.from === scenario.npc.domesticMaker!.id ? "domestic" : "sale", n);
  }
  for (const l of view.leases) {
    if (l.startRound <= round && l.endRound >= round) add(l.lessor, l.lessee, "lease", l.compute);
  }
  // cloud rentals: each firm's own when this view holds it, else the public total
  const cloudByFirm = Object.values(view.private).filter((a) => a.role === "chinaFirm" && a.compute.cloud > 0);
  if (cloudByFirm.length) for (const a of cloudByFirm) add(scenario.npc.worldMarket!.id, a.id, "cloud", a.compute.cloud);
  else {
    const cloud = view.indicators.at(-1)?.chinaCompute.cloud ?? 0;
    const firm = scenario.actors.find((a) => a.role === "chinaFirm");
    if (firm) add(scenario.npc.worldMarket!.id, firm.id, "cloud", cloud);
  }
  return flows;
}

export const LINK_STATES = ["open", "licensed", "review", "cut", "grey"] as const;
export type LinkState = (typeof LINK_STATES)[number];
export interface ChainNode { id: string; column: 0 | 1 | 2 | 3; label: string }
export interface ChainLink { from: string; to: string; state: LinkState; volume: number }

/**
 * The supply chain, foundry to AI labs, and what controls do to each link: open, licence needed,
 * under review, cut by the threshold or the entity list, or grey (leases the US cannot see).
 */
export function chainOf(view: View, scenario: PublicScenario): { nodes: ChainNode[]; links: ChainLink[] } {
  const p = view.policies;
  const vendors = scenario.actors.filter((a) => a.role === "vendor").map((a) => a.id);
  const gulf = scenario.actors.filter((a) => a.role === "gulf").map((a) => a.id);
  const firms = scenario.actors.filter((a) => a.role === "chinaFirm").map((a) => a.id);
  const maker = scenario.npc.domesticMaker!.id;
  const market = scenario.npc.worldMarket!.id;
  const labs = scenario.npc.usLabs!.id;
  const nodes: ChainNode[] = [
    { id: "foundry", column: 0, label: "foundry" },
    ...vendors.map((id) => ({ id, column: 1 as const, label: id })),
    { id: maker, column: 1, label: maker },
    { id: market, column: 2, label: market },
    ...gulf.map((id) => ({ id, column: 2 as const, label: id })),
    { id: labs, column: 3, label: labs },
    ...firms.map((id) => ({ id, column: 3 as const, label: id })),
  ];
  const ind = view.indicators.at(-1);
  const region = (id: string) => scenario.actors.find((a) => a.id === id)?.region ?? "";
  const reviewed = (id: string) => view.world.reviews.some((r) => r.regions.includes(region(id)));
  const listed = (id: string) => view.actors.find((a) => a.id === id)?.entityListed ?? false;
  // does this vendor have a part that is not controlled (an export-grade design)?
  const openPart = (vendor: string) => scenario.chipTypes.some((c) => c.maker === vendor && c.usOrigin && c.tpp < p.controlThresholdTpp && c.tpp > 0);
  const links: ChainLink[] = [];
  for (const v of vendors) {
    links.push({ from: "foundry", to: v, state: "open", volume: 1 });
    links.push({ from: v, to: market, state: "open", volume: ind?.vendors[v]?.revenue ?? 0 });
    for (const g of gulf) links.push({ from: v, to: g, state: listed(g) ? "cut" : reviewed(g) ? "review" : p.licenceRegions.includes(region(g)) ? "licensed" : "open", volume: 0 });
    for (const f of firms) links.push({ from: v, to: f, state: listed(f) || !openPart(v) ? "cut" : "open", volume: 0 });
  }
  links.push({ from: "foundry", to: maker, state: "open", volume: 1 });
  for (const f of firms) {
    links.push({ from: maker, to: f, state: "open", volume: ind?.chinaCompute.domestic ?? 0 });
    links.push({ from: market, to: f, state: listed(f) ? "cut" : p.cloudKyc ? "review" : "open", volume: ind?.chinaCompute.cloud ?? 0 });
    for (const g of gulf) {
      const known = view.leases.some((l) => l.lessor === g && l.lessee === f && (l.detected || view.omniscient || !l.hidden));
      links.push({ from: g, to: f, state: known ? "open" : "grey", volume: known ? view.leases.filter((l) => l.lessor === g && l.lessee === f && !l.ended).reduce((s, l) => s + l.compute, 0) : 0 });
    }
  }
  links.push({ from: market, to: labs, state: "open", volume: 1 });
  return { nodes, links };
}
