// What the map and the supply-chain view draw, derived from the seat's view: no rule is decided here,
// only what the view already says, so a flow this seat may not see is never drawn.
import type { PublicScenario, View } from "../../shared/engine/view.ts";

export const FLOW_KINDS = ["sale", "market", "domestic", "lease", "smuggled", "cloud"] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];
/** Where a flow's figure comes from: the seat's own records (it is a party), public news, a public
 *  indicator, or the whole record (the facilitator, and everyone after the game). */
export type FlowSource = "party" | "news" | "indicator" | "record";
export interface Flow {
  /** actor ids, or a region code for a flow to or from a whole group known only in total */
  from: string; to: string; kind: FlowKind;
  /** compute moved, H100e (chips at their performance) */
  amount: number;
  chips: Record<string, number>;
  /** $M where the figure is money too (world-market sales) */
  value: number;
  /** ids behind it: shipments, leases, deals */
  refs: string[];
  source: FlowSource;
}

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

/** Flow widths on screen, px: the thinnest, and the largest flow of the round; between, by the square
 *  root of the compute moved, so area is in proportion. */
export const WIDTH = { min: 2, max: 14 };
export const widthOf = (amount: number, max: number): number => WIDTH.min + (WIDTH.max - WIDTH.min) * Math.sqrt(amount / Math.max(1, max));

/** The round whose flows the map shows: the last one resolved. */
export const lastRound = (view: View): number => view.indicators.at(-1)?.round ?? 0;

/** Every flow of the last round this seat may know of, in H100e: chips shipped and sold (vendor sales
 *  to the world market included), domestic and smuggled chips, leases, US cloud rentals. */
export function flowsOf(view: View, scenario: PublicScenario): Flow[] {
  const round = lastRound(view);
  const perf = new Map(scenario.chipTypes.map((c) => [c.id, c.performance]));
  const h100e = (chips: Record<string, number>) => Object.entries(chips).reduce((t, [c, n]) => t + n * (perf.get(c) ?? 0), 0);
  const flows: Flow[] = [];
  const add = (f: Omit<Flow, "value" | "refs"> & { value?: number; refs?: string[] }) => {
    if (f.amount <= 0) return;
    const same = flows.find((x) => x.from === f.from && x.to === f.to && x.kind === f.kind);
    if (!same) return void flows.push({ ...f, value: f.value ?? 0, refs: f.refs ?? [] });
    same.amount += f.amount;
    same.value += f.value ?? 0;
    for (const [c, n] of Object.entries(f.chips)) same.chips[c] = (same.chips[c] ?? 0) + n;
    same.refs.push(...(f.refs ?? []));
  };
  const seen = (e: { visibleTo: "all" | string[] }): FlowSource => (view.omniscient ? "record" : e.visibleTo === "all" ? "news" : "party");
  const market = scenario.npc.worldMarket!.id;
  const own = new Set<string>();
  for (const e of view.events) {
    if (e.round !== round) continue;
    if (e.kind === "shipment") {
      const kind = e.smuggled ? "smuggled" : e.from === scenario.npc.domesticMaker!.id ? "domestic" : "sale";
      add({ from: e.from, to: e.to, kind, amount: h100e(e.chips), chips: { ...e.chips }, refs: [e.shipment], source: seen(e) });
    }
    // a vendor knows its own sales to the world market chip by chip
    if (e.kind === "marketSale") {
      own.add(e.vendor);
      add({ from: e.vendor, to: market, kind: "market", amount: h100e(e.chips), chips: { ...e.chips }, value: e.revenue / 1000, source: seen(e) });
    }
  }
  // everyone else's, from the public indicators
  const ind = view.indicators.at(-1);
  for (const [vendor, v] of Object.entries(ind?.vendors ?? {})) {
    if (!own.has(vendor)) add({ from: vendor, to: market, kind: "market", amount: v.marketCompute ?? 0, chips: {}, value: v.revenueBy.market, source: "indicator" });
  }
  for (const l of view.leases) {
    if (l.startRound > round || l.endRound < round) continue;
    const source: FlowSource = view.omniscient ? "record" : l.lessor === view.options?.actor || l.lessee === view.options?.actor ? "party" : "news";
    add({ from: l.lessor, to: l.lessee, kind: "lease", amount: l.compute, chips: {}, refs: [l.id], source });
  }
  // cloud rentals: each firm's own when this view holds it, else the public total, to Chinese firms as a whole
  const cloudByFirm = Object.values(view.private).filter((a) => a.role === "chinaFirm" && a.compute.cloud > 0);
  if (cloudByFirm.length) for (const a of cloudByFirm) add({ from: market, to: a.id, kind: "cloud", amount: a.compute.cloud, chips: {}, source: view.omniscient ? "record" : "party" });
  else {
    const firm = scenario.actors.find((a) => a.role === "chinaFirm");
    if (firm) add({ from: market, to: firm.region, kind: "cloud", amount: ind?.chinaCompute.cloud ?? 0, chips: {}, source: "indicator" });
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
