// Money inside the engine is whole thousands of dollars (k$), so sums are exact; scenario files use $M.
import type { Metric } from "../scenario/schema.ts";

/** $M from a scenario file → k$ in the engine. */
export const fromMillions = (millions: number): number => Math.round(millions * 1000);

/** k$ in the engine → $M for people. */
export const toMillions = (thousands: number): number => thousands / 1000;

export const clamp = (x: number, low: number, high: number): number => (x < low ? low : x > high ? high : x);

export const sumValues = (record: Record<string, number>): number => {
  let total = 0;
  for (const key in record) total += record[key]!;
  return total;
};

/**
 * The units a figure is shown in, one way throughout the interface: money in k$ (shown as $M or $B),
 * `millions` already in $M, chip prices in $k per chip, compute in H100-equivalents, fractions as
 * percentages, percentages as they are, trust, risk and capability in points.
 */
export const FIGURE_UNITS = [
  "money", "millions", "kPerChip", "kPerSlot", "kPerH100e", "h100e", "chips", "fraction", "percent", "points", "capital", "rounds",
  "tpp", "count", "multiple", "months", "yesNo",
] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** The unit of each scoring metric's value (see scoring.ts). */
export const METRIC_UNITS: Record<Metric, FigureUnit> = {
  securityRisk: "points", capabilityGap: "points", gulfTrustInUs: "points", vendorRevenue: "millions", splitIndex: "fraction",
  revenueVsExpectation: "percent", sharePriceChange: "percent", trustWithUs: "points", cashChange: "percent",
  computeGrowth: "multiple", computeVsTarget: "fraction", capability: "points", capabilityGain: "points",
  notEntityListed: "yesNo", diversification: "fraction",
};
