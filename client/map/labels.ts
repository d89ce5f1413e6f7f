// Where the map's labels go so that none covers another, a marker or a part of the screen kept clear
// (the inset's edge, the buttons): each label is tried around its marker, nearest first, and a line
// leads back to the marker when it had to move away. Screen pixels; a pure function, so it is tested
// on the default scenario at a school laptop's and a projector's size.
import type { Rect } from "./geo.ts";

export interface LabelBox {
  id: string;
  /** the marker it names */
  ax: number; ay: number;
  w: number; h: number;
  /** put it at this side of its marker, no questions asked (a column of markers) */
  side?: "left";
}
export interface Placed extends Rect { id: string; leader: boolean }

const DIRECTIONS: [number, number][] = [[1, 0], [-1, 0], [1, -1], [1, 1], [-1, -1], [-1, 1], [0, -1], [0, 1]];
const DISTANCES = [7, 16, 30, 48, 70, 96];
const MARKER = 9;

const overlap = (a: Rect, b: Rect, gap = 2): number => {
  const w = Math.min(a.x + a.w + gap, b.x + b.w + gap) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h + gap, b.y + b.h + gap) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};
const inside = (a: Rect, b: Rect) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

export function placeLabels(labels: readonly LabelBox[], bounds: Rect, keepClear: readonly Rect[]): Placed[] {
  const markers: Rect[] = labels.map((l) => ({ x: l.ax - MARKER / 2, y: l.ay - MARKER / 2, w: MARKER, h: MARKER }));
  const placed: Placed[] = [];
  // a column of markers: its labels stacked at their left, top down, each below the one above when
  // the markers are closer than a label is tall (a small map), and the column kept on the screen
  const column = labels.filter((x) => x.side).sort((a, b) => a.ay - b.ay);
  let below = -Infinity;
  const stacked = column.map((l) => {
    const y = Math.max(l.ay - l.h / 2, below + 1);
    below = y + l.h;
    return { l, y };
  });
  const lift = Math.max(0, below - (bounds.y + bounds.h));
  for (const { l, y } of stacked) {
    const top = Math.max(bounds.y, y - lift);
    placed.push({ id: l.id, x: Math.max(bounds.x, l.ax - 8 - l.w), y: top, w: l.w, h: l.h, leader: Math.abs(top - (l.ay - l.h / 2)) > 2 });
  }
  for (const l of labels.filter((x) => !x.side)) {
    let best: Placed | null = null, bestCost = Infinity;
    for (const d of DISTANCES) {
      for (const [dx, dy] of DIRECTIONS) {
        const cx = l.ax + dx * (d + l.w / 2), cy = l.ay + dy * (d + l.h / 2);
        const box: Placed = { id: l.id, x: cx - l.w / 2, y: cy - l.h / 2, w: l.w, h: l.h, leader: d > DISTANCES[0]! };
        let cost = inside(box, bounds) ? 0 : 1e9;
        for (const p of placed) cost += overlap(box, p) * 10;
        for (const m of markers) cost += overlap(box, m) * 5;
        for (const k of keepClear) cost += overlap(box, k) * 10;
        if (cost === 0) { best = box; bestCost = 0; break; }
        // a small cost for distance, so among bad places the nearest wins
        if (cost + d < bestCost) { best = box; bestCost = cost + d; }
      }
      if (bestCost === 0) break;
    }
    placed.push(best!);
  }
  return placed;
}

/** Whether two placed labels overlap (for tests and for a check in the page). */
export const overlaps = (a: Rect, b: Rect): boolean => overlap(a, b, 0) > 0;
