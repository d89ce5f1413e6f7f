// The actions a seat can order, as zod schemas: the contract between client, server and engine.
// Amounts are in engine units: money in k$, chips as whole chips, compute in H100e per round.
import { z } from "zod";
import type { Role } from "../scenario/schema.ts";

const ref = z.string().min(1).max(64);
const chips = z.number().int().min(0).max(100_000_000);
const money = z.number().int().min(0).max(1_000_000_000_000);
const share = z.number().min(0).max(1);

export const assetsSchema = z.strictObject({
  cash: money.default(0),
  chips: z.record(ref, chips).default({}),
  lease: z.strictObject({ compute: z.number().int().min(1).max(100_000_000), rounds: z.number().int().min(1).max(40) }).nullable().default(null),
  securityConditions: z.boolean().default(false),
});

/** The policies the US seat sets by order; the rest change by law or by events. */
export const US_POLICIES = ["largeShipmentH100e", "chinaRevenueShare", "cloudKyc", "exportGradeLicence", "caseByCaseTpp", "tierCaps"] as const;

export const actionSchema = z.discriminatedUnion("kind", [
  // US government
  z.strictObject({ kind: z.literal("licenceDecision"), licence: ref, decision: z.enum(["approve", "approveWithConditions", "delay", "deny"]) }),
  z.strictObject({ kind: z.literal("setThreshold"), tpp: z.number().min(0).max(1_000_000) }),
  z.strictObject({ kind: z.literal("setPolicy"), policy: z.enum(US_POLICIES), value: z.union([z.number().min(0).max(100_000_000), z.boolean()]) }),
  z.strictObject({ kind: z.literal("pushBill"), bill: ref, capital: z.number().int().min(1).max(10_000) }),
  z.strictObject({ kind: z.literal("audit"), target: ref }),
  z.strictObject({ kind: z.literal("entityList"), target: ref, listed: z.boolean() }),
  z.strictObject({ kind: z.literal("visit"), target: ref }),
  // vendors
  z.strictObject({ kind: z.literal("produce"), chip: ref, quantity: chips }),
  z.strictObject({ kind: z.literal("setPrice"), chip: ref, price: z.number().int().min(1).max(100_000_000) }),
  z.strictObject({ kind: z.literal("design"), chip: ref }),
  z.strictObject({ kind: z.literal("lobby"), amount: money.min(1), bill: ref.nullable().default(null) }),
  // Gulf states and Chinese firms
  z.strictObject({ kind: z.literal("build"), slots: z.number().int().min(1).max(100_000_000) }),
  z.strictObject({ kind: z.literal("securityConditions"), accept: z.boolean() }),
  z.strictObject({ kind: z.literal("sovereignAI"), share }),
  /** Chinese chips from the domestic maker: Chinese firms, and Gulf states outside US conditions */
  z.strictObject({ kind: z.literal("buyDomestic"), chip: ref, quantity: chips.min(1) }),
  z.strictObject({ kind: z.literal("smuggle"), chip: ref, quantity: chips.min(1) }),
  z.strictObject({ kind: z.literal("rentCloud"), compute: z.number().int().min(1).max(100_000_000) }),
  z.strictObject({ kind: z.literal("training"), share }),
  z.strictObject({ kind: z.literal("openWeights"), use: z.boolean() }),
  z.strictObject({ kind: z.literal("distil"), use: z.boolean() }),
  // deals, any role
  z.strictObject({ kind: z.literal("proposeDeal"), to: ref, give: assetsSchema, get: assetsSchema, counterTo: ref.nullable().default(null) }),
  z.strictObject({ kind: z.literal("acceptDeal"), deal: ref }),
  z.strictObject({ kind: z.literal("rejectDeal"), deal: ref }),
  z.strictObject({ kind: z.literal("withdrawDeal"), deal: ref }),
]);

export const ordersSchema = z.array(actionSchema).max(100);

export type Action = z.output<typeof actionSchema>;
export type ActionInput = z.input<typeof actionSchema>;
export type ActionKind = Action["kind"];
export type ActionOf<K extends ActionKind> = Extract<Action, { kind: K }>;
export type AssetsInput = z.input<typeof assetsSchema>;
/** Orders for one round, by actor id. */
export type Orders = Record<string, Action[]>;

export const DEAL_ACTIONS = ["proposeDeal", "acceptDeal", "rejectDeal", "withdrawDeal"] as const satisfies readonly ActionKind[];
export type DealAction = ActionOf<(typeof DEAL_ACTIONS)[number]>;
export const isDealAction = (a: Action): a is DealAction => (DEAL_ACTIONS as readonly string[]).includes(a.kind);

/** Which role groups may order each action. */
export const ACTION_ROLES: Record<ActionKind, readonly Role[]> = {
  licenceDecision: ["usGov"], setThreshold: ["usGov"], setPolicy: ["usGov"], pushBill: ["usGov"],
  audit: ["usGov"], entityList: ["usGov"], visit: ["usGov"],
  produce: ["vendor"], setPrice: ["vendor"], design: ["vendor"], lobby: ["vendor"],
  build: ["gulf", "chinaFirm"], securityConditions: ["gulf"], sovereignAI: ["gulf"],
  buyDomestic: ["chinaFirm", "gulf"], smuggle: ["chinaFirm"], rentCloud: ["chinaFirm"], training: ["chinaFirm"],
  openWeights: ["chinaFirm"], distil: ["chinaFirm"],
  proposeDeal: ["usGov", "vendor", "gulf", "chinaFirm"], acceptDeal: ["usGov", "vendor", "gulf", "chinaFirm"],
  rejectDeal: ["usGov", "vendor", "gulf", "chinaFirm"], withdrawDeal: ["usGov", "vendor", "gulf", "chinaFirm"],
};
