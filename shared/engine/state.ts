// The game state: plain data, so it can be cloned, compared, stored and replayed.
// Money inside the engine is whole thousands of dollars (k$); see units.ts.
import type { Policies, Role, Scenario } from "../scenario/schema.ts";
import type { LedgerKind } from "./context.ts";
import type { GameEvent } from "./events.ts";
import type { Indicators } from "./indicators.ts";
import type { ScoreCard } from "./scoring.ts";

export type ActorId = string;
export type ChipStock = Record<string, number>;

export interface Build { slots: number; readyRound: number }

/** Why a vendor's share price moved this round: news, policy, revenue against expectation, the market. */
export const PRICE_CAUSES = ["news", "fade", "revenue", "denial", "delay", "threshold", "retaliation", "market", "charge"] as const;
export type PriceCause = (typeof PRICE_CAUSES)[number];
export interface PriceDriver { cause: PriceCause; percent: number; ref?: string }

/** Where a vendor's revenue came from this round (k$). */
export interface RevenueParts { market: number; gulf: number; china: number; other: number }

/** Where an actor's cash went and came from since the last resolution began (k$), by ledger kind. */
export type CashParts = Partial<Record<LedgerKind, number>>;

/** Where a firm's capability gain came from this round (points). */
export interface GainParts { training: number; distillation: number; openWeights: number; events: number }

/** What an actor's compute did in the last resolved round, in H100e; `hiddenOut` is the part of
 *  `leasedOut` on leases to Chinese firms that have not come to light. */
export interface ComputeUse {
  /** `knownIn`: the part of `leasedIn` from leases the public knows of */
  own: number; leasedIn: number; knownIn: number; leasedOut: number; hiddenOut: number; cloud: number;
  training: number; inference: number; sovereign: number; marketLeased: number;
}

/** What the public can know of a Chinese firm: its models as if trained on known compute only. */
export interface KnownModels { capability: number; trained: number; gain: GainParts }

export interface ActorState {
  id: ActorId;
  role: Role;
  cash: number;
  /** what moved the cash since the last resolution began, for the report's reasons */
  cashBy: CashParts;
  stock: ChipStock;
  installed: ChipStock;
  /** chips of each type that came through smugglers and are still held or installed */
  smuggled: ChipStock;
  /** vendor: chips per round; Gulf state or Chinese firm: data-centre chip slots */
  capacity: number;
  building: Build[];
  capability: number;
  /** H100e-rounds of training behind the actor's models; capability grows with its logarithm */
  trainedCompute: number;
  politicalCapital: number;
  /** political capital the US's orders spent in the last resolution */
  capitalSpent: number;
  /** figures at the start of the game, for objectives measured as change */
  start: { cash: number; compute: number; capability: number };
  /** capability gained this round, by source (Gulf states and Chinese firms) */
  gain: GainParts;
  // vendor
  sharePrice: number;
  startSharePrice: number;
  /** how far news not yet faded has moved the share price (a factor; 1: none) */
  news: number;
  shares: number;
  /** revenue this round (k$), and by channel */
  revenue: number;
  revenueBy: RevenueParts;
  /** what the market expects this round (k$), and how far revenue so far beats expectations so far (fraction) */
  expected: number;
  surprise: number;
  expectedTotal: number;
  /** chips sold to the world market in the last resolved round */
  sold: ChipStock;
  revenueTotal: number;
  prices: Record<string, number>;
  plan: ChipStock;
  /** chip type → round from which the vendor can make it */
  designs: Record<string, number>;
  /** what moved the share price since the last report */
  priceDrivers: PriceDriver[];
  // Gulf state
  securityConditions: boolean;
  sovereignShare: number;
  /** AI income this round (k$), and what the public sees of it: its hidden tenants' capacity as if
   *  rented to ordinary tenants, their rent left out */
  aiIncome: number;
  publicIncome: number;
  oilIncome: number;
  tiesIncome: number;
  buildDiscount: number;
  computeTarget: number;
  // Chinese firm
  income: number;
  trainingShare: number;
  openWeights: boolean;
  distil: boolean;
  /** the round until which US models refuse it (caught distilling) */
  distilBlockedUntil: number;
  /** the firm's models as the public can know them, until a hidden flow of its comes to light */
  known: KnownModels;
  compute: ComputeUse;
  /** the last round in which the actor was caught leasing to, smuggling for or distilling by Chinese firms */
  caughtRound: number | null;
}

export interface Assets {
  cash: number;
  chips: ChipStock;
  lease: { compute: number; rounds: number } | null;
  /** the receiving side of `give` promises to accept US security conditions */
  securityConditions: boolean;
}

export const DEAL_STATUSES = [
  "proposed", "accepted", "awaitingLicence", "delivering", "settled", "rejected", "withdrawn", "expired", "defaulted", "denied", "lapsed",
] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];
/** What the failing side of a deal lacked: cash, chips in stock, or free compute for a lease. */
export const DEAL_FAILURES = ["cash", "chips", "compute"] as const;
export type DealFailure = (typeof DEAL_FAILURES)[number];

export interface Deal {
  id: string;
  from: ActorId;
  to: ActorId;
  /** what `from` hands to `to` */
  give: Assets;
  /** what `to` hands to `from` */
  get: Assets;
  status: DealStatus;
  proposedRound: number;
  expiresRound: number;
  licenceId: string | null;
  counterTo: string | null;
  closedRound: number | null;
  /** a vendor's chip order: chips delivered so far, and the last round to deliver the rest */
  delivered: ChipStock;
  deliverBy: number | null;
}

export const LICENCE_STATUSES = ["pending", "delayed", "approved", "conditional", "denied", "refused", "lapsed", "used"] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

export interface Licence {
  id: string;
  dealId: string;
  exporter: ActorId;
  destination: ActorId;
  chips: ChipStock;
  chipCount: number;
  large: boolean;
  status: LicenceStatus;
  submittedRound: number;
  decidedRound: number | null;
  decidedBy: "us" | "routine" | null;
  /** for an approval with conditions: the last round the buyer may accept them */
  conditionsBy: number | null;
}

export interface Shipment {
  id: string;
  kind: "sale" | "smuggled";
  from: ActorId;
  to: ActorId;
  chips: ChipStock;
  arrivesRound: number;
  dealId: string | null;
}

export interface Lease {
  id: string;
  dealId: string;
  lessor: ActorId;
  lessee: ActorId;
  compute: number;
  startRound: number;
  endRound: number;
  /** a lease to a Chinese firm is hidden from the US until detected */
  hidden: boolean;
  detected: boolean;
  ended: boolean;
}

export interface BillState { introduced: boolean; support: number; passed: boolean }

export interface World {
  /** chips bought by the non-player world market (US and allied clouds) and running there */
  marketInstalled: ChipStock;
  marketDemandFactor: number;
  domesticCapacity: number;
  smugglingCapacity: number;
  usLabsCapability: number;
  usLabsTrained: number;
  /** capability of the best open-weight model available (0 = none) */
  openWeightCapability: number;
  detectionBonuses: { bonus: number; untilRound: number }[];
  reviews: { regions: string[]; untilRound: number }[];
  usCompute: number;
  /** US labs' capability gain this round, by source */
  usGain: GainParts;
  /** China's mineral export ban raises vendors' unit costs until this round (0: none) */
  retaliationUntil: number;
  /** chips China's government keeps its firms from importing */
  importBlocks: string[];
  /** extra rounds licence processing takes, until a round */
  backlogs: { rounds: number; untilRound: number }[];
  /** compute licensed to each middle-tier country since the country caps came into force (H100e) */
  tierUsed: Record<string, number>;
}

export interface RoundRecord {
  round: number;
  indicators: Indicators;
  publicIndicators: Indicators;
  scores: Record<ActorId, ScoreCard>;
  /** scores as the seats could know them: group-wide objectives measured on the public indicators */
  publicScores: Record<ActorId, ScoreCard>;
}

export interface GameState {
  scenario: Scenario;
  seed: number;
  /** the round being played (1-based); after the last round it stays at the last and `finished` is set */
  round: number;
  finished: boolean;
  actorOrder: ActorId[];
  actors: Record<ActorId, ActorState>;
  world: World;
  policies: Policies;
  /** trust between two actors, 0–100, kept symmetric: trust[a][b] === trust[b][a] */
  trust: Record<ActorId, Record<ActorId, number>>;
  bills: Record<string, BillState>;
  /** open deals: proposed, accepted, or waiting for a licence */
  deals: Deal[];
  /** deals that are settled or gone, in the order they closed; never changed again */
  closedDeals: Deal[];
  licences: Licence[];
  shipments: Shipment[];
  leases: Lease[];
  made: ChipStock;
  seized: ChipStock;
  deckDrawn: string[];
  /** the next number of each kind of id (see nextId) */
  seq: Record<string, number>;
  history: RoundRecord[];
  log: GameEvent[];
}
