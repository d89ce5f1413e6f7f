// Figures of a sample, for the benches.

/** The value a fraction `p` of the way through `xs` (in order; 0.5 is the median); NaN for none. */
export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

export const median = (xs: readonly number[]): number => percentile(xs, 0.5);
