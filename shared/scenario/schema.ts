// The scenario file format. Code holds mechanisms; every number a designer may tune lives here.
// Units: money in millions of US dollars ($M), chip prices in thousands of dollars per chip ($k),
// chips as whole chips, compute in H100-equivalents (H100e) per round, time in rounds (quarters).
import { z } from "zod";

export const ROLES = ["usGov", "vendor", "gulf", "chinaFirm"] as const;
export type Role = (typeof ROLES)[number];

export const POLICY_KEYS = ["controlThresholdTpp", "largeShipmentChips", "chinaRevenueShare", "cloudKyc", "enforceAct"] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

export const METRICS = [
  "securityRisk", "capabilityGap", "gulfTrustInUs", "vendorRevenue", "splitIndex",
  "revenueVsBaseline", "sharePriceChange", "trustWithUs", "cashChange",
  "computeGrowth", "capability", "notEntityListed", "diversification",
] as const;
export type Metric = (typeof METRICS)[number];

const id = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, "expected an id: a lower-case letter, then letters, digits or '-'");
const text = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });
const money = z.number().min(0);
const fraction = z.number().min(0).max(1);
const count = z.number().int().min(0);
const positive = z.number().positive();
const round = z.number().int().min(1);
const trust = z.number().min(0).max(100);
const region = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 country code such as \"AE\"");
const chipCounts = z.record(id, count);
const source = z.string().optional();

export const chipTypeSchema = z.strictObject({
  id,
  name: text,
  maker: id,
  performance: positive.describe("H100-equivalents of compute per chip"),
  tpp: money.describe("total processing performance, compared with the control threshold"),
  usOrigin: z.boolean().describe("subject to US export controls when its TPP is at or above the threshold"),
  price: positive.describe("list price, $k per chip"),
  unitCost: money.describe("cost to make, $k per chip"),
  marketDemand: count.describe("chips per round the non-player world market buys at list price"),
  design: z.strictObject({ rounds: round, cost: money }).optional()
    .describe("if set, the maker must design this chip before producing it"),
  availableFromRound: round.optional().describe("for non-player makers: first round it can be bought"),
  source,
});

const common = {
  id,
  name: text,
  region,
  cash: money,
  source,
};

const usGov = z.strictObject({
  ...common,
  role: z.literal("usGov"),
  politicalCapital: money,
  bot: z.strictObject({ hawkishness: fraction, allyWeight: fraction, industryWeight: fraction }),
});

const vendor = z.strictObject({
  ...common,
  role: z.literal("vendor"),
  productionCapacity: count.describe("chips per round, all designs together"),
  sharePrice: positive.describe("US dollars per share"),
  shares: positive.describe("millions of shares"),
  revenueBaseline: money.describe("$M per round the market expects"),
  stock: chipCounts.default({}),
  bot: z.strictObject({ priceAggression: fraction, chinaAppetite: fraction, lobbyShare: fraction }),
});

const gulf = z.strictObject({
  ...common,
  role: z.literal("gulf"),
  dataCentreCapacity: count.describe("chip slots"),
  installed: chipCounts.default({}),
  stock: chipCounts.default({}),
  oilIncome: money.describe("$M per round of oil income available to the AI programme"),
  capability: money,
  trainedCompute: positive.describe("H100e-rounds of training already behind its models"),
  securityConditions: z.boolean().default(false),
  sovereignShare: fraction.default(0.1).describe("share of free compute the sovereign AI programme uses"),
  bot: z.strictObject({ usAlignment: fraction, leaseAppetite: fraction, buildAppetite: fraction }),
});

const chinaFirm = z.strictObject({
  ...common,
  role: z.literal("chinaFirm"),
  dataCentreCapacity: count.describe("chip slots"),
  installed: chipCounts.default({}),
  stock: chipCounts.default({}),
  capability: money,
  trainedCompute: positive.describe("H100e-rounds of training already behind its models"),
  trainingShare: fraction.describe("share of compute spent on training; the rest serves inference"),
  openWeights: z.boolean().default(true).describe("builds on the best open-weight model"),
  distil: z.boolean().default(false).describe("distils from stronger models"),
  bot: z.strictObject({ riskAppetite: fraction, trainingShare: fraction }),
});

export const actorSchema = z.discriminatedUnion("role", [usGov, vendor, gulf, chinaFirm]);

const policyValue = z.union([z.number().min(0), z.boolean()]);

export const effectSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("sharePrice"), target: z.union([id, z.literal("allVendors")]), percent: z.number().min(-90).max(500) }),
  z.strictObject({ type: z.literal("trust"), between: z.tuple([id, id]), delta: z.number().min(-100).max(100) }),
  z.strictObject({ type: z.literal("setPolicy"), policy: z.enum(POLICY_KEYS), value: policyValue }),
  z.strictObject({ type: z.literal("licenceReview"), regions: z.array(region).min(1), rounds: round }),
  z.strictObject({ type: z.literal("openWeights"), capability: money, usOrigin: z.boolean() }),
  z.strictObject({ type: z.literal("smugglingCapacity"), percent: z.number().min(-100).max(1000) }),
  z.strictObject({ type: z.literal("domesticCapacity"), percent: z.number().min(-100).max(1000) }),
  z.strictObject({ type: z.literal("billIntroduced"), bill: id }),
  z.strictObject({ type: z.literal("cash"), target: id, amount: z.number() }),
  z.strictObject({ type: z.literal("politicalCapital"), amount: z.number() }),
  z.strictObject({ type: z.literal("capability"), target: id, delta: z.number() }),
  z.strictObject({ type: z.literal("detection"), bonus: fraction, rounds: round }),
  z.strictObject({ type: z.literal("marketDemand"), percent: z.number().min(-100).max(1000) }),
]);
export type Effect = z.infer<typeof effectSchema>;

const eventCard = {
  id,
  title: text,
  text: text,
  effects: z.array(effectSchema),
  source,
};

export const scheduledEventSchema = z.strictObject({ ...eventCard, round });
export const deckCardSchema = z.strictObject({
  ...eventCard,
  weight: positive,
  fromRound: round.optional(),
  toRound: round.optional(),
});

export const billSchema = z.strictObject({
  id,
  name: text,
  description: text,
  introduced: z.boolean().describe("already before Congress at the start"),
  support: money.describe("starting support points"),
  passAt: positive.describe("support points at which it becomes law"),
  effects: z.array(effectSchema),
  source,
});

export const objectiveSchema = z.strictObject({
  id,
  label: text,
  metric: z.enum(METRICS),
  weight: positive,
  from: z.number().describe("metric value that scores 0"),
  to: z.number().describe("metric value that scores full marks"),
});
export type Objective = z.infer<typeof objectiveSchema>;

const mechanics = z.strictObject({
  licensing: z.strictObject({
    processingRounds: count.describe("rounds before a routine licence is decided by the bureaucracy"),
    routineDenialRate: fraction,
    dealExpiryRounds: round.describe("rounds a proposal stays open"),
    licenceExpiryRounds: round.describe("rounds an undecided licence waits before its deal lapses"),
  }),
  shipping: z.strictObject({ transitRounds: count }),
  construction: z.strictObject({ costPerSlot: money.describe("$k per chip slot"), buildRounds: round }),
  compute: z.strictObject({ utilisation: fraction, operatingCost: money.describe("$k per H100e per round") }),
  leasing: z.strictObject({
    marketPrice: money.describe("$k per H100e per round paid by non-Chinese tenants for idle capacity"),
    marketUptake: fraction.describe("share of idle compute that finds such tenants"),
    conditionsPremium: fraction.describe("extra market price for facilities under US security conditions"),
  }),
  cloud: z.strictObject({
    price: money.describe("$k per H100e per round on US clouds"),
    foreignShare: fraction.describe("share of world-market compute that foreign firms may rent"),
  }),
  detection: z.strictObject({
    lease: fraction.describe("per round, a lease to a Chinese firm comes to light"),
    leaseUnderConditions: fraction,
    smuggling: fraction.describe("per shipment"),
    audit: fraction.describe("added for an audited actor this round"),
    kyc: fraction.describe("a cloud rental is refused under know-your-customer rules"),
    distillation: fraction.describe("per round, distillation is detected once the ENFORCE-like law applies"),
  }),
  penalties: z.strictObject({
    leaseTrust: z.number().max(0),
    breachTrust: z.number().max(0),
    leaseFine: money,
    smugglingTrust: z.number().max(0),
    distillationEntityList: z.boolean(),
  }),
  smuggling: z.strictObject({ capacity: count.describe("chips per round"), markup: z.number().min(1), transitRounds: count }),
  training: z.strictObject({
    conversion: money.describe("capability points per doubling of all training compute spent so far"),
    openWeightGap: money.describe("points below an open-weight release a user can reach at once"),
    distillShare: fraction.describe("share of the gap to the frontier closed per round by distillation"),
    enforceDistillFactor: fraction.describe("distillation gain kept when model weights are controlled"),
  }),
  inference: z.strictObject({ revenuePerCompute: money.describe("$k per H100e per round") }),
  market: z.strictObject({
    elasticity: money.describe("demand elasticity to price"),
    demandGrowth: z.number().min(-1).max(1).describe("world demand change per round"),
    revenueSensitivity: money,
    baselineAdapt: fraction,
    noise: fraction.describe("standard deviation of the quarterly share-price return"),
    thresholdShock: z.number().describe("percent per vendor when the control threshold is lowered"),
    denialShock: z.number().describe("percent for a vendor whose large licence is denied"),
    delayShock: z.number().describe("percent for a vendor whose large licence is delayed"),
    priceRange: z.tuple([positive, positive]).describe("allowed price as multiples of list price"),
  }),
  trust: z.strictObject({
    visit: z.number(), denial: z.number(), delay: z.number(), conditionsAccepted: z.number(),
    dealDefault: z.number(), lobbyPerMillion: money, drift: fraction,
  }),
  politicalCapital: z.strictObject({
    perRound: money, max: positive,
    costs: z.strictObject({ threshold: money, policy: money, entityList: money, audit: money, visit: money }),
  }),
  lobbying: z.strictObject({ supportPerMillion: money }),
  domestic: z.strictObject({ capacityGrowth: z.number().min(-1).max(10).describe("per round, as a fraction") }),
});

const npc = z.strictObject({
  worldMarket: z.strictObject({ id, name: text, region, installed: chipCounts }),
  domesticMaker: z.strictObject({ id, name: text, region, capacity: count.describe("chips per round") }),
  smuggling: z.strictObject({ id, name: text, region }),
  usLabs: z.strictObject({ id, name: text, region, capability: money, trainedCompute: positive, trainingShare: fraction }),
});

const indicators = z.strictObject({
  split: z.strictObject({ domesticWeight: fraction, gulfAlignmentWeight: fraction }),
  risk: z.strictObject({
    accessWeight: fraction, accessScale: positive.describe("H100e of US-origin compute in Chinese hands that counts as full risk"),
    gapWeight: fraction, gapReference: positive.describe("capability points of lead that count as no risk"),
  }),
  monthsPerPoint: positive.describe("months of lead one capability point stands for"),
});

const policies = z.strictObject({
  controlThresholdTpp: money,
  thresholdRange: z.tuple([money, money]),
  licenceRegions: z.array(region).describe("destinations where controlled chips need a licence"),
  denyRegions: z.array(region).describe("destinations with a presumption of denial"),
  largeShipmentChips: count.describe("licences at or above this size go to policy review"),
  chinaRevenueShare: fraction,
  cloudKyc: z.boolean(),
  enforceAct: z.boolean(),
  entityList: z.array(id),
});
export type Policies = z.infer<typeof policies>;

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: text,
  description: text,
  sources: z.record(z.string(), z.string()).default({}).describe("source notes cited by `source` fields"),
  calendar: z.strictObject({ startYear: z.number().int().min(1990).max(2100), startQuarter: z.number().int().min(1).max(4), rounds: z.number().int().min(1).max(40) }),
  timers: z.strictObject({ briefing: count, negotiation: count, orders: count, report: count }).describe("default phase lengths in seconds"),
  chipTypes: z.array(chipTypeSchema).min(1),
  actors: z.array(actorSchema).min(2),
  relations: z.strictObject({
    default: trust,
    pairs: z.array(z.strictObject({ between: z.tuple([id, id]), trust })),
  }),
  policies,
  bills: z.array(billSchema),
  npc,
  mechanics,
  indicators,
  events: z.strictObject({
    drawChance: fraction.describe("chance per round of drawing one card from the deck"),
    scheduled: z.array(scheduledEventSchema),
    deck: z.array(deckCardSchema),
  }),
  objectives: z.strictObject({
    usGov: z.array(objectiveSchema).min(1),
    vendor: z.array(objectiveSchema).min(1),
    gulf: z.array(objectiveSchema).min(1),
    chinaFirm: z.array(objectiveSchema).min(1),
  }),
  limits: z.strictObject({
    dealActionsPerRound: z.number().int().min(1).max(1000).default(40).describe("deal actions (propose, accept, reject, withdraw) one seat may take in a round"),
  }).default({ dealActionsPerRound: 40 }),
});

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type ChipType = z.output<typeof chipTypeSchema>;
export type ActorSpec = z.output<typeof actorSchema>;
