// Money inside the engine is whole thousands of dollars (k$), so sums are exact; scenario files use $M.

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
