// The format of a history file: the decisions really taken, quarter by quarter, and the real figures a
// game is compared with, each with its source, the model measure it is compared to and a tolerance.
// Quarters, not rounds: the same history serves every scenario whose calendar overlaps it.
import { z } from "zod";
import { actionSchema, ACTION_ROLES, type ActionKind } from "../engine/orders.ts";
import type { Scenario } from "../scenario/schema.ts";

const id = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, "expected an id: a lower-case letter, then letters, digits or '-'");
const quarter = z.string().regex(/^\d{4}Q[1-4]$/, "expected a quarter such as \"2025Q3\"");
const text = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });
const ACTION_KINDS = Object.keys(ACTION_ROLES) as [ActionKind, ...ActionKind[]];

const licenceMatch = z.strictObject({
  destination: id.optional().describe("the buyer"),
  destinationRole: z.enum(["gulf", "chinaFirm"]).optional(),
  large: z.boolean().optional().describe("only large shipments (true) or only routine ones (false)"),
  chips: z.array(id).min(1).optional().describe("licences carrying any of these chips"),
});

export const decisionSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("licences"),
    match: licenceMatch,
    decide: z.enum(["approve", "approveWithConditions", "delay", "deny"]),
    upToH100e: z.number().min(0).optional().describe("approve only this much compute over the decision's quarters; the rest is delayed"),
  }).describe("the US decides every open licence that matches"),
  z.strictObject({ kind: z.literal("order"), action: actionSchema }).describe("an order, in place of the bot's orders of its kind"),
  z.strictObject({ kind: z.literal("hold"), actions: z.array(z.enum(ACTION_KINDS)).min(1) })
    .describe("the actor did not take these kinds of action: its bot's are dropped"),
]);
export type Decision = z.infer<typeof decisionSchema>;

export const MEASURES = ["vendorRevenue", "revenueShare", "charge", "chipsTo", "chinaComputeShare", "domesticChipShare", "worldCompute", "chinaShareOfWorld", "gapRatio"] as const;

export const measureSchema = z.strictObject({
  kind: z.enum(MEASURES),
  vendor: id.optional().describe("for vendorRevenue, revenueShare, charge"),
  from: z.enum(["market", "gulf", "china", "all"]).optional().describe("for vendorRevenue and revenueShare: which buyers"),
  channel: z.enum(["sale", "smuggled", "domestic"]).optional().describe("for chipsTo: how chips reached Chinese firms"),
  chips: z.array(id).optional().describe("for chipsTo: only these chip types"),
  part: z.enum(["smuggled", "domestic"]).optional().describe("for chinaComputeShare"),
  quarters: z.tuple([quarter, quarter]).describe("the model quarters measured, first and last (sums over them; shares and levels at the last)"),
  scale: z.number().positive().default(1).describe("the share of the real figure these quarters stand for (e.g. 0.75: three quarters of a yearly figure)"),
});
export type Measure = z.infer<typeof measureSchema>;

export const figureSchema = z.strictObject({
  id,
  indicator: z.string().describe("the figure's name in the calibration set"),
  quarter,
  value: z.number(),
  unit: z.string(),
  kind: z.enum(["reported", "estimate"]),
  source: z.string().min(1),
  measure: measureSchema,
  tolerance: z.strictObject({
    kind: z.enum(["ratio", "absolute"]).describe("ratio: the model may be this many times above or below; absolute: this far either way"),
    value: z.number().positive(),
    why: z.string().min(1),
  }),
  gap: z.string().min(1).optional()
    .describe("set when the model is known not to reach this figure yet: why. Such a figure is shown beside the game but not held to its tolerance"),
});
export type Figure = z.infer<typeof figureSchema>;

export const historySchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: text,
  note: z.string().optional(),
  decisions: z.array(z.strictObject({
    actor: id,
    from: quarter,
    to: quarter,
    decision: decisionSchema,
    source: z.string().min(1),
  })),
  figures: z.array(figureSchema),
});
export type History = z.infer<typeof historySchema>;

/** The calendar quarter a round of a scenario is played in, as "2025Q3". */
export function quarterOf(s: Pick<Scenario, "calendar">, round: number): string {
  const q = s.calendar.startQuarter - 1 + round - 1;
  return `${s.calendar.startYear + Math.floor(q / 4)}Q${(q % 4) + 1}`;
}

/** The round a quarter falls in for a scenario (may be below 1 or past the last round). */
export function roundOf(s: Pick<Scenario, "calendar">, q: string): number {
  const year = Number(q.slice(0, 4));
  const n = Number(q.slice(5));
  return (year - s.calendar.startYear) * 4 + (n - s.calendar.startQuarter) + 1;
}
