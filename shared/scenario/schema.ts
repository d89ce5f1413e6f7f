// The scenario file format. Code holds mechanisms; every number a designer may tune lives here.
// Units: money in millions of US dollars ($M), chip prices in thousands of dollars per chip ($k),
// chips as whole chips, compute in H100-equivalents (H100e) per round, time in rounds (quarters).
// docs/model.md explains each mechanic and the paths that tune it.
import { z } from "zod";

export const ROLES = ["usGov", "vendor", "gulf", "chinaFirm"] as const;
export type Role = (typeof ROLES)[number];

export const POLICY_KEYS = [
  "controlThresholdTpp", "largeShipmentH100e", "chinaRevenueShare", "cloudKyc", "enforceAct", "remoteAccess",
  "exportGradeLicence", "caseByCaseTpp", "tierCaps", "locationVerification",
] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];
/** Policies set by a number; the others are on or off. */
export const NUMERIC_POLICIES: ReadonlySet<PolicyKey> = new Set(["controlThresholdTpp", "largeShipmentH100e", "chinaRevenueShare", "caseByCaseTpp"]);

export const METRICS = [
  "securityRisk", "capabilityGap", "gulfTrustInUs", "vendorRevenue", "splitIndex",
  "revenueVsExpectation", "sharePriceChange", "trustWithUs", "cashChange",
  "computeGrowth", "computeVsTarget", "capability", "capabilityGain", "notEntityListed", "diversification",
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
const source = z.string().optional().describe("where the figures come from: a key of `sources`, a note, or 'approx.'");

export const chipTypeSchema = z.strictObject({
  id: id.describe("the chip's id, used in orders, stocks and deals"),
  name: text.describe("shown to players"),
  maker: id.describe("the vendor actor (or the domestic maker) that makes it"),
  performance: positive.meta({ description: "compute per chip, by TPP", unit: "H100e per chip" }),
  tpp: money.describe("total processing performance, compared with the control threshold"),
  usOrigin: z.boolean().describe("subject to US export controls when its TPP is at or above the threshold"),
  exportGrade: z.boolean().default(false).describe("made for Chinese buyers, under the control line (e.g. H20)"),
  price: positive.meta({ description: "list price", unit: "$k per chip" }),
  unitCost: money.meta({ description: "cost to make", unit: "$k per chip" }),
  marketDemand: count.describe("chips per round the non-player world market buys at list price, in round 1"),
  demandGrowth: z.number().min(-0.5).max(1).default(0)
    .describe("this chip's own demand trend per round (fraction), on top of the world's: an older generation loses what a newer one gains"),
  trainingEfficiency: z.number().min(0).max(2).default(1)
    .describe("training value of one H100e on this chip, against an H100 cluster (1): software, interconnect, yields"),
  inferenceEfficiency: z.number().min(0).max(20).default(1)
    .describe("serving throughput of one H100e on this chip, against an H100 (1): memory bandwidth counts more than TPP"),
  design: z.strictObject({ rounds: round.describe("rounds of design work"), cost: money.meta({ description: "design cost", unit: "$M" }) }).optional()
    .describe("if set, the maker must design this chip before producing it"),
  availableFromRound: round.optional().describe("for non-player makers: first round it can be bought"),
  source,
});

const common = {
  id: id.describe("the actor's id, used in orders, deals and effects"),
  name: text.describe("shown to players"),
  region: region.describe("its home country (ISO code): licences depend on where chips go"),
  cash: money.meta({ description: "cash at the start", unit: "$M" }),
  source,
};

const usGov = z.strictObject({
  ...common,
  role: z.literal("usGov"),
  politicalCapital: money.meta({ description: "political capital at the start", unit: "points" }),
  bot: z.strictObject({
    hawkishness: fraction.describe("weight on national security: denials, tighter controls, enforcement"),
    allyWeight: fraction.describe("weight on Gulf partners: approvals and visits"),
    industryWeight: fraction.describe("weight on US chipmakers' sales"),
  }).describe("the US bot's personality, each trait from 0 to 1"),
});

const vendor = z.strictObject({
  ...common,
  role: z.literal("vendor"),
  productionCapacity: count.describe("chips per round, all designs together"),
  capacityGrowth: z.number().min(-0.5).max(1).default(0).meta({ description: "growth of production capacity per round", unit: "fraction" }),
  sharePrice: positive.describe("US dollars per share"),
  shares: positive.describe("millions of shares"),
  expectedDeals: z.strictObject({
    base: money.meta({ description: "what the market expects beyond list-price demand for the roadmap, in round 1: deals with Gulf states and Chinese firms, and the pricing power the vendor has shown", unit: "$M" }),
    growth: z.number().min(-0.5).max(1).meta({ description: "its expected growth per round", unit: "fraction" }),
  }).describe("the rest of the analysts' consensus; with the world market's demand for the vendor's roadmap at list price, what the market expects it to sell"),
  stock: chipCounts.default({}).describe("chips in stock at the start"),
  bot: z.strictObject({
    priceAggression: fraction.describe("how hard it raises prices when sold out"),
    chinaAppetite: fraction.describe("how much it sells export-grade chips to Chinese firms"),
    lobbyBudget: money.meta({ description: "lobbying it may spend per round", unit: "$M" }),
  }).describe("the vendor bot's personality, each trait from 0 to 1"),
});

const gulf = z.strictObject({
  ...common,
  role: z.literal("gulf"),
  dataCentreCapacity: count.describe("chip slots"),
  installed: chipCounts.default({}).describe("chips running at the start"),
  stock: chipCounts.default({}).describe("chips held, not installed, at the start"),
  oilIncome: money.meta({ description: "oil income available to the AI programme", unit: "$M per round" }),
  computeTarget: positive.meta({ description: "the national plan: compute to reach by the end of the game", unit: "H100e" }),
  chinaTies: z.strictObject({
    income: money.meta({ description: "trade and investment income from Chinese partners while the state stays outside US conditions", unit: "$M per round" }),
    buildDiscount: fraction.meta({ description: "cheaper data-centre construction with Chinese equipment, outside US conditions", unit: "fraction" }),
  }).describe("what US security conditions cost: the state gives up Chinese partners and equipment, as G42 did"),
  capability: money.meta({ description: "model capability at the start", unit: "points" }),
  trainedCompute: positive.describe("H100e-rounds of training already behind its models"),
  securityConditions: z.boolean().default(false).describe("under US security conditions at the start"),
  sovereignShare: fraction.default(0.1).describe("share of free compute the sovereign AI programme uses"),
  bot: z.strictObject({
    usAlignment: fraction.describe("how much it values the US partnership"),
    leaseAppetite: fraction.describe("how readily it leases compute to Chinese firms"),
    buildAppetite: fraction.describe("how fast it builds toward its national plan"),
    suppliers: z.record(id, fraction).describe("share of its chip orders each vendor gets"),
  }).describe("the Gulf bot's personality, each trait from 0 to 1"),
});

const chinaFirm = z.strictObject({
  ...common,
  role: z.literal("chinaFirm"),
  income: money.meta({ description: "cash the parent group or investors put in", unit: "$M per round" }),
  dataCentreCapacity: count.describe("chip slots"),
  installed: chipCounts.default({}).describe("chips running at the start"),
  stock: chipCounts.default({}).describe("chips held, not installed, at the start"),
  capability: money.meta({ description: "model capability at the start", unit: "points" }),
  trainedCompute: positive.describe("H100e-rounds of training already behind its models"),
  trainingShare: fraction.describe("share of compute spent on training; the rest serves inference"),
  openWeights: z.boolean().default(true).describe("builds on the best open-weight model"),
  distil: z.boolean().default(false).describe("distils from stronger models"),
  bot: z.strictObject({
    riskAppetite: fraction.describe("how much legal and detection risk it takes: middlemen, leases, distillation"),
    trainingShare: fraction.describe("share of compute it trains with"),
  }).describe("the Chinese firm bot's personality, each trait from 0 to 1"),
});

export const actorSchema = z.discriminatedUnion("role", [usGov, vendor, gulf, chinaFirm]);

const policyValue = z.union([z.number().min(0), z.boolean()]);

const percentChange = z.number().min(-100).max(1000);
const billRef = id.describe("the bill (an id of `bills`)");
export const effectSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("sharePrice"),
    target: z.union([id, z.literal("allVendors")]).describe("a vendor, or allVendors"),
    percent: z.number().min(-90).max(500).meta({ description: "share price change when the news breaks", unit: "percent" }),
  }),
  z.strictObject({ type: z.literal("trust"), between: z.tuple([id, id]).describe("the two actors"), delta: z.number().min(-100).max(100).meta({ description: "trust change", unit: "points" }) }),
  z.strictObject({ type: z.literal("setPolicy"), policy: z.enum(POLICY_KEYS).describe("a key of `policies`"), value: policyValue.describe("its new value: a number or true/false, as the policy takes") }),
  z.strictObject({ type: z.literal("licenceReview"), regions: z.array(region).min(1).describe("destinations whose licences are held for the US"), rounds: round.describe("rounds the review lasts") }),
  z.strictObject({ type: z.literal("openWeights"), capability: money.meta({ description: "capability of the open-weight release", unit: "points" }), usOrigin: z.boolean().describe("a US model (withheld once model weights are controlled)") }),
  z.strictObject({ type: z.literal("smugglingCapacity"), percent: percentChange.meta({ description: "change of the middlemen's capacity", unit: "percent" }) }),
  z.strictObject({ type: z.literal("domesticCapacity"), percent: percentChange.meta({ description: "change of domestic chip output", unit: "percent" }) }),
  z.strictObject({ type: z.literal("billIntroduced"), bill: billRef }),
  z.strictObject({ type: z.literal("cash"), target: id.describe("the actor paid (or charged)"), amount: z.number().meta({ description: "cash added (negative: taken)", unit: "$M" }) }),
  z.strictObject({ type: z.literal("politicalCapital"), amount: z.number().meta({ description: "political capital added to the US", unit: "points" }) }),
  z.strictObject({
    type: z.literal("capability"), target: id.describe("a Gulf state, a Chinese firm, or the US labs (npc.usLabs.id)"),
    delta: z.number().meta({ description: "capability added", unit: "points" }),
    catchUp: fraction.optional().describe("and this share of its gap to the US frontier labs closed at once (a breakthrough that rivals them)"),
  }),
  z.strictObject({ type: z.literal("detection"), bonus: fraction.describe("added to every chance of detection"), rounds: round.describe("rounds it lasts") }),
  z.strictObject({ type: z.literal("marketDemand"), percent: percentChange.meta({ description: "change of the world market's demand", unit: "percent" }) }),
  z.strictObject({ type: z.literal("retaliation") }).describe("China answers as it does to a tighter control line (mechanics.retaliation), e.g. its mineral export ban"),
  z.strictObject({ type: z.literal("billSupport"), bill: billRef, delta: z.number().meta({ description: "support added", unit: "points" }) }).describe("a bill gains (or loses) support, e.g. passing one chamber"),
  z.strictObject({ type: z.literal("billDropped"), bill: billRef }).describe("a bill leaves the agenda (support and introduction lost)"),
  z.strictObject({ type: z.literal("licenceBacklog"), rounds: count.describe("extra rounds of processing"), forRounds: round.describe("rounds the backlog lasts") })
    .describe("licence processing takes `rounds` more rounds, for `forRounds` rounds"),
  z.strictObject({ type: z.literal("importBlock"), chips: z.array(id).min(1).describe("chip types"), blocked: z.boolean().describe("true: blocked; false: allowed again") })
    .describe("China's government blocks (or allows again) imports of these chips by its firms"),
  z.strictObject({ type: z.literal("hostedChips"), target: id.describe("the Gulf state"), chips: chipCounts.describe("chips installed, by type") })
    .describe("chips a US cloud installs in a Gulf state's data centres under licence: they add to its compute, on new slots"),
]);
export type Effect = z.infer<typeof effectSchema>;

const eventCard = {
  id: id.describe("the card's id (a facilitator injects a card by it)"),
  title: text.describe("the headline players read"),
  text: text.describe("the news item, with what it changes"),
  effects: z.array(effectSchema).describe("what it changes, applied when it opens a round"),
  source,
};

export const scheduledEventSchema = z.strictObject({
  ...eventCard,
  round: round.describe("the round whose briefing it opens"),
  deckWeight: positive.optional().describe("in a what-if game the event is not scheduled but joins the deck, from its round on, with this weight"),
});
export const deckCardSchema = z.strictObject({
  ...eventCard,
  weight: positive.describe("relative odds of being drawn"),
  fromRound: round.optional().describe("first round it can be drawn"),
  toRound: round.optional().describe("last round it can be drawn"),
});

export const billSchema = z.strictObject({
  id: id.describe("the bill's id, used by effects and by the US seat's orders"),
  name: text.describe("shown to players"),
  description: text.describe("what it would do, shown to players"),
  introduced: z.boolean().describe("already before Congress at the start"),
  support: money.meta({ description: "starting support", unit: "points" }),
  passAt: positive.meta({ description: "support at which it becomes law", unit: "points" }),
  effects: z.array(effectSchema).describe("what the law does once passed"),
  source,
});

export const objectiveSchema = z.strictObject({
  id: id.describe("the objective's id, shown in score explanations"),
  label: text.describe("shown to players"),
  metric: z.enum(METRICS).describe("what is measured (see docs/model.md, Scoring)"),
  weight: positive.describe("relative weight among the role's objectives"),
  from: z.number().describe("metric value that scores 0"),
  to: z.number().describe("metric value that scores full marks"),
});
export type Objective = z.infer<typeof objectiveSchema>;

const mechanics = z.strictObject({
  licensing: z.strictObject({
    processingRounds: count.describe("rounds before a routine licence is decided by the bureaucracy"),
    routineDenialRate: fraction.describe("share of routine licences the bureaucracy denies"),
    dealExpiryRounds: round.describe("rounds a proposal stays open"),
    licenceExpiryRounds: round.describe("rounds an undecided licence waits before its deal lapses (or, for a presumption of denial, is denied)"),
    conditionsWindowRounds: round.describe("rounds a buyer has to accept the conditions of a licence approved with conditions"),
    conditionsSkipReview: z.boolean().describe("large shipments to a Gulf state under US security conditions are approved routinely, not held for the US"),
  }).describe("export licences: processing, expiry, conditions"),
  orders: z.strictObject({
    deliveryRounds: round.describe("rounds a vendor has to deliver a chip order before the rest lapses"),
  }).describe("vendors' chip orders"),
  shipping: z.strictObject({ transitRounds: count.describe("rounds a licensed shipment travels") }).describe("licensed shipments"),
  construction: z.strictObject({
    costPerSlot: money.meta({ description: "data-centre cost per chip slot, power included", unit: "$k" }),
    buildRounds: round.describe("rounds to build a data centre"),
  }).describe("building data centres"),
  compute: z.strictObject({
    utilisation: fraction.describe("share of installed compute that runs"),
    operatingCost: money.meta({ description: "power and upkeep", unit: "$k per H100e per round" }),
  }).describe("running compute"),
  leasing: z.strictObject({
    marketPrice: money.meta({ description: "paid by non-Chinese tenants for idle capacity", unit: "$k per H100e per round" }),
    marketUptake: fraction.describe("share of idle compute that finds such tenants"),
    conditionsPremium: fraction.meta({ description: "extra market price for facilities under US security conditions", unit: "fraction" }),
  }).describe("leasing Gulf compute to tenants"),
  cloud: z.strictObject({
    price: money.meta({ description: "US cloud compute", unit: "$k per H100e per round" }),
    foreignShare: fraction.describe("share of world-market compute that foreign firms may rent"),
  }).describe("renting US cloud compute"),
  detection: z.strictObject({
    lease: fraction.describe("chance per round that a lease to a Chinese firm comes to light"),
    leaseUnderConditions: fraction.describe("the same, in a facility under US security conditions"),
    remoteAccess: fraction.describe("added to lease detection once remote access counts as an export"),
    smuggling: fraction.describe("chance a smuggled shipment is seized"),
    audit: fraction.describe("added for an audited actor this round"),
    kyc: fraction.describe("chance a cloud rental is refused under know-your-customer rules"),
    distillation: fraction.describe("chance per round that distillation is detected"),
    distillationEnforce: fraction.describe("added once the ENFORCE-like law controls model weights"),
    locationVerification: fraction.default(0).describe("added to smuggling seizures once controlled chips carry location verification"),
  }).describe("chances that hidden flows come to light, per round"),
  penalties: z.strictObject({
    leaseTrust: z.number().max(0).describe("trust with the US a lessor loses when a lease is detected"),
    breachTrust: z.number().max(0).describe("trust lost when the lease breaches US security conditions"),
    leaseFine: money.meta({ description: "fine the lessor pays the US", unit: "$M" }),
    smugglingTrust: z.number().max(0).describe("trust with the US a buyer loses per seized shipment"),
    chineseChipsTrust: z.number().max(0).describe("trust with the US a Gulf state loses per purchase of Chinese chips"),
    distillationTrust: z.number().max(0).describe("trust with the US a firm loses when caught distilling"),
    distillationCutoffRounds: count.describe("rounds a firm caught distilling loses access to US models"),
    distillationEntityList: z.boolean().describe("once model weights are controlled, a firm caught distilling is entity-listed"),
  }).describe("what being caught costs"),
  smuggling: z.strictObject({
    capacity: count.describe("chips per round the middlemen can move"),
    markup: z.number().min(1).describe("price as a multiple of list price"),
    transitRounds: count.describe("rounds a smuggled shipment travels"),
  }).describe("the middlemen"),
  training: z.strictObject({
    conversion: money.describe("capability points per doubling of all training compute spent so far"),
    openWeightGap: money.describe("points below an open-weight release a user can reach at once"),
    openWeightRevenue: fraction.describe("share of inference revenue kept by a firm whose products build on open weights (others serve the same model)"),
    distillShare: fraction.describe("share of the gap to the frontier closed per round by distillation"),
    distilCost: money.meta({ description: "API and data spend of distillation", unit: "$M per round" }),
    enforceDistillFactor: fraction.describe("distillation gain kept when model weights are controlled"),
  }).describe("turning compute into model capability"),
  inference: z.strictObject({ revenuePerCompute: money.meta({ description: "revenue per H100 of serving throughput", unit: "$k per round" }) }).describe("serving models"),
  market: z.strictObject({
    elasticity: money.describe("world demand elasticity to price"),
    demandGrowth: z.number().min(-1).max(1).meta({ description: "world demand change per round", unit: "fraction" }),
    revenueSensitivity: money.describe("share-price return per unit change in how far revenue beats expectation (1: a lasting 10% beat lifts the price 10%)"),
    trackRecord: count.describe("rounds of met expectations the market remembers from before the game, so one quarter's miss is not all it sees"),
    noise: fraction.describe("standard deviation of the quarterly share-price return"),
    newsFade: fraction.default(0).describe("share of the price move of past news that the market takes back each round, as prices recover from a scare or cool after a jump"),
    thresholdShock: z.number().describe("percent per vendor when the control threshold is lowered"),
    denialShock: z.number().describe("percent for a vendor whose large licence is denied"),
    delayShock: z.number().describe("percent for a vendor whose large licence is delayed"),
    priceRange: z.tuple([positive, positive]).describe("allowed price as multiples of list price"),
  }).describe("chip demand, prices and share prices"),
  trust: z.strictObject({
    visit: z.number().describe("trust a US visit adds"),
    denial: z.number().describe("trust a Gulf state loses when the US denies its licence"),
    delay: z.number().describe("trust a Gulf state loses when the US delays its licence"),
    conditionsAccepted: z.number().describe("trust gained by accepting US security conditions (lost by dropping them)"),
    dealDefault: z.number().describe("trust lost between the parties of a defaulted deal"),
    drift: fraction.describe("share of the way back to the starting trust, per round"),
  }).describe("trust between actors"),
  politicalCapital: z.strictObject({
    perRound: money.meta({ description: "capital the US gains per round", unit: "points" }),
    max: positive.meta({ description: "most capital the US can hold", unit: "points" }),
    costs: z.strictObject({
      threshold: money.describe("to change the control threshold"),
      policy: money.describe("to change a policy"),
      entityList: money.describe("to list or delist an actor"),
      audit: money.describe("for an audit"),
      visit: money.describe("for a visit"),
    }).meta({ description: "capital each US action costs", unit: "points" }),
  }).describe("the US government's political capital"),
  lobbying: z.strictObject({
    supportPerSqrtMillion: money.describe("bill support removed per square root of $M spent against it"),
    trustPerSqrtMillion: money.describe("trust with the US gained per square root of $M spent on goodwill"),
    maxEffect: positive.meta({ description: "most support (or trust) one vendor's lobbying moves in a round", unit: "points" }),
  }).describe("vendors' lobbying"),
  legislation: z.strictObject({
    drift: z.number().meta({ description: "support a bill gains (or, if negative, loses) each round on its own", unit: "points" }),
  }).describe("bills before Congress"),
  retaliation: z.strictObject({
    unitCostIncrease: fraction.meta({ description: "rise in vendors' unit costs while China's mineral export ban lasts", unit: "fraction" }),
    rounds: count.describe("rounds a retaliation lasts"),
    demandCut: z.number().min(0).max(100).describe("percent the world market's demand loses for good, its build-out slowed by the export ban"),
    vendorShock: z.number().describe("percent on each vendor's share price when China retaliates"),
    domesticBoost: z.number().describe("percent added to domestic chip capacity by China's buy-domestic push"),
    vendorTrust: z.number().max(0).describe("trust between Chinese firms and US vendors lost per retaliation"),
    allyTrust: z.number().max(0).describe("trust with the US lost by each Gulf state outside US conditions, which trades with both"),
  }).describe("China's answer to each entity listing of one of its firms and each tighter control threshold"),
  tierCaps: z.strictObject({
    regions: z.array(region).describe("the rule's middle tier: destinations with a compute cap"),
    capH100e: count.meta({ description: "compute each such country may receive under licence while the rule is in force", unit: "H100e" }),
    conditionsCapH100e: count.meta({ description: "the same for a state under US security conditions (a government-to-government agreement)", unit: "H100e" }),
    smallOrderH100e: count.meta({ description: "orders up to this size need no licence (the small-order exemption)", unit: "H100e" }),
  }).describe("the AI Diffusion Rule's country tiers, while policies.tierCaps is on"),
  domestic: z.strictObject({ capacityGrowth: z.number().min(-1).max(10).meta({ description: "growth of domestic chip output per round", unit: "fraction" }) }).describe("China's domestic chip output"),
}).describe("every mechanic's parameters: docs/model.md explains each");

const npcId = id.describe("its id, as chip makers, senders and effects name it");
const npcName = text.describe("shown to players");
const npcRegion = region.describe("where it sits (ISO code)");
const npc = z.strictObject({
  worldMarket: z.strictObject({ id: npcId, name: npcName, region: npcRegion, installed: chipCounts.describe("chips running in US and allied clouds at the start") })
    .describe("the US and allied clouds: they buy what vendors have left and rent compute"),
  domesticMaker: z.strictObject({ id: npcId, name: npcName, region: npcRegion, capacity: count.describe("chips per round") })
    .describe("China's domestic chip maker (Huawei): sells to Chinese firms, and to Gulf states outside US conditions"),
  smuggling: z.strictObject({ id: npcId, name: npcName, region: npcRegion }).describe("the middlemen's network"),
  usLabs: z.strictObject({
    id: npcId, name: npcName, region: npcRegion,
    capability: money.meta({ description: "capability at the start", unit: "points" }),
    trainedCompute: positive.describe("H100e-rounds of training already behind its models"),
    trainingShare: fraction.describe("share of world-market compute used for frontier training"),
  }).describe("the US frontier labs: the capability China is measured against"),
}).describe("the parts of the world no seat plays");

const indicators = z.strictObject({
  split: z.strictObject({
    domesticWeight: fraction.describe("weight of the domestic share of Chinese compute"),
    gulfAlignmentWeight: fraction.describe("weight of the share of Gulf compute under US conditions"),
  }).describe("the split index: how far the supply chain has split into two blocs (0-1)"),
  risk: z.strictObject({
    accessWeight: fraction.describe("weight of US-origin compute in Chinese hands"),
    accessScale: positive.describe("H100e of US-origin compute in Chinese hands that counts as full risk"),
    exportGradeWeight: fraction.describe("how much export-grade compute counts toward access, against controlled-class compute (1)"),
    gapWeight: fraction.describe("weight of a narrow capability lead"),
    gapReference: positive.describe("capability points of lead that count as no risk"),
  }).describe("the security risk (0-100): US-origin compute in Chinese hands and a narrow lead"),
  monthsPerPoint: positive.describe("months of lead one capability point stands for"),
}).describe("how the headline indicators are computed");

const policies = z.strictObject({
  controlThresholdTpp: money.describe("chips at or above this TPP are controlled"),
  thresholdRange: z.tuple([money, money]).describe("the range the US may set the threshold in"),
  licenceRegions: z.array(region).describe("destinations where controlled chips need a licence"),
  denyRegions: z.array(region).describe("destinations with a presumption of denial"),
  largeShipmentH100e: count.describe("licences for at least this much compute (H100e) go to policy review"),
  chinaRevenueShare: fraction.describe("share of licensed sales into denial regions paid to the US"),
  cloudKyc: z.boolean().describe("US clouds must verify foreign customers"),
  enforceAct: z.boolean().describe("model weights are export-controlled"),
  remoteAccess: z.boolean().default(false).describe("remote access to controlled chips counts as an export: US clouds closed to Chinese firms, Gulf leases to them are violations"),
  exportGradeLicence: z.boolean().default(false).describe("export-grade chips (e.g. H20, MI308) need a licence into a presumption-of-denial region, as from April 2025"),
  caseByCaseTpp: money.default(0).meta({ description: "controlled chips up to this TPP are reviewed case by case by the US for a presumption-of-denial region instead of being denied (H200-class from January 2026); 0: none", unit: "TPP" }),
  tierCaps: z.boolean().default(false).describe("the AI Diffusion Rule's country caps are in force (see mechanics.tierCaps)"),
  locationVerification: z.boolean().default(false).describe("controlled chips carry location verification (the Chip Security Act): smuggled chips are easier to catch"),
  entityList: z.array(id).describe("actors on the entity list at the start"),
});
export type Policies = z.infer<typeof policies>;

const share = fraction;
const bots = z.strictObject({
  personalityJitter: fraction.describe("how far each game's bot personalities stray from the actors' settings (each trait from 0 to 1, up or down)"),
  usGov: z.strictObject({
    capitalReserve: money.meta({ description: "political capital kept back", unit: "points" }),
    tightThreshold: money.describe("the TPP a hawk tightens to, under the export-grade parts"),
    caughtMemoryRounds: count.describe("rounds an actor caught in a hidden flow stays suspect"),
    riskAlarm: money.describe("security risk (0-100) from which a hawk escalates"),
    conditionsCredit: share.describe("how much more readily it approves a Gulf state under US security conditions (on a score of about -1 to 1)"),
  }).describe("the US bot's rules of thumb"),
  vendor: z.strictObject({
    chinaCapacityShare: share.describe("most of its production capacity a vendor sells Chinese firms per round in export-grade chips, at full appetite"),
    minPriceShare: share.describe("lowest share of its list price it accepts in an offer"),
    bookRounds: positive.describe("rounds of capacity it will commit to orders"),
    restockMargin: z.number().min(0).max(1).meta({ description: "extra production when sold out", unit: "fraction" }),
    designCash: positive.describe("it starts a design once its cash is this many times the design's cost"),
    lobbyAlarm: share.describe("share of the way to passing at which a vendor with an appetite for China lobbies against a bill"),
  }).describe("vendor bots' rules of thumb"),
  gulf: z.strictObject({
    reserve: money.meta({ description: "cash kept back", unit: "$M" }),
    spendShare: share.describe("share of free cash it spends on chips and slots per round"),
    minLot: count.meta({ description: "smallest chip order it places", unit: "H100e" }),
    leaseHurdle: positive.describe("rent from a Chinese firm, as a multiple of the market price, that tempts a neutral state"),
    chineseChips: share.describe("share of its build-out a state with no US leaning buys in Chinese chips outside US conditions (doubled after a US refusal)"),
  }).describe("Gulf bots' rules of thumb"),
  chinaFirm: z.strictObject({
    budgetShare: share.describe("share of cash spent on compute per round"),
    exportGradeShare: share.describe("share of that budget it orders in export-grade chips"),
    orderRounds: positive.describe("rounds of purchases one chip order covers"),
    leaseRounds: round.describe("length of the leases it asks for"),
    leasePremium: positive.describe("rent offered to Gulf lessors, as a multiple of the market price, at no risk appetite"),
    leaseSize: positive.meta({ description: "compute it asks a Gulf state to lease, at full risk appetite", unit: "H100e" }),
    smuggleShare: share.describe("share of its part of the middlemen's capacity a firm with a risk appetite of 0.5 or more tries to use"),
    buildAhead: share.describe("it builds this share of its data-centre capacity once less than that share is free"),
    stockSlack: share.describe("share of its capacity it buys beyond its free slots, chips waiting in stock for new data centres"),
    cutOffBoldness: share.describe("risk appetite added once the firm can buy no US chips legally (listed, or export-grade parts controlled)"),
  }).describe("Chinese firm bots' rules of thumb"),
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional().describe("path of the JSON Schema, for editors"),
  id: id.describe("the scenario's id, unique among a server's scenarios"),
  title: text.describe("shown in the scenario list and the game's header"),
  description: text.describe("the situation and the question the scenario asks, shown when a game is created"),
  sources: z.record(z.string(), z.string()).default({}).describe("source notes cited by `source` fields"),
  calendar: z.strictObject({
    startYear: z.number().int().min(1990).max(2100).describe("year of the first round"),
    startQuarter: z.number().int().min(1).max(4).describe("calendar quarter (1-4) of the first round"),
    rounds: z.number().int().min(1).max(40).describe("rounds (quarters) in a game"),
  }).describe("when the game starts and how long it runs"),
  timers: z.strictObject({
    briefing: count.describe("seconds to read the round's news"),
    negotiation: count.describe("seconds for deals and chat"),
    orders: count.describe("seconds to give orders"),
    report: count.describe("seconds to read the round's report"),
  }).describe("default phase lengths in seconds (a facilitator may change them)"),
  chipTypes: z.array(chipTypeSchema).min(1).describe("every chip in the game: vendors' designs, export-grade parts and Chinese chips"),
  actors: z.array(actorSchema).min(2).describe("the seats: one US government, vendors, Gulf states and Chinese firms"),
  relations: z.strictObject({
    default: trust.describe("trust between any two actors not listed"),
    pairs: z.array(z.strictObject({ between: z.tuple([id, id]).describe("the two actors"), trust: trust.describe("their trust at the start, 0-100") }))
      .describe("trust between particular pairs"),
  }).describe("trust between actors at the start (0-100)"),
  policies: policies.describe("the policies in force at the start"),
  bills: z.array(billSchema).describe("bills before, or coming to, Congress"),
  npc,
  mechanics,
  indicators,
  bots: bots.describe("tuning of the bots that play empty seats; personalities are on each actor"),
  events: z.strictObject({
    mode: z.enum(["historical", "whatIf"]).default("whatIf")
      .describe("historical: every scheduled event on its round, no deck; what if: events with a deckWeight and the deck's cards come by chance"),
    drawChance: fraction.describe("chance per round of drawing one card from the deck (what-if games)"),
    scheduled: z.array(scheduledEventSchema).describe("news that opens a given round (the timeline)"),
    deck: z.array(deckCardSchema).describe("cards that may be drawn in a what-if game, or injected by the facilitator"),
  }).describe("the news: the timeline and the deck"),
  objectives: z.strictObject({
    usGov: z.array(objectiveSchema).min(1).describe("the US government's objectives"),
    vendor: z.array(objectiveSchema).min(1).describe("every vendor's objectives"),
    gulf: z.array(objectiveSchema).min(1).describe("every Gulf state's objectives"),
    chinaFirm: z.array(objectiveSchema).min(1).describe("every Chinese firm's objectives"),
  }).describe("how each role group is scored: weighted objectives, each 0 at `from` and full at `to`"),
  limits: z.strictObject({
    dealActionsPerRound: z.number().int().min(1).max(1000).default(40).describe("deal actions (propose, accept, reject, withdraw) one seat may take in a round"),
  }).default({ dealActionsPerRound: 40 }).describe("limits that keep one seat from flooding the others"),
});

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type ChipType = z.output<typeof chipTypeSchema>;
export type ActorSpec = z.output<typeof actorSchema>;
