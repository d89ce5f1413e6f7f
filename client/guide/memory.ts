// What the browser remembers of the guide: the tour's steps already shown, whether the player skipped
// it, and the levers each role has tried (so tips point to what the player has not used yet).
import type { Role } from "../../shared/scenario/schema.ts";

export interface GuideMemory { skipped: boolean; seen: string[]; tried: Partial<Record<Role, string[]>> }

const KEY = "sc.guide";

export function recall(): GuideMemory {
  try {
    const m = JSON.parse(localStorage.getItem(KEY) ?? "") as Partial<GuideMemory>;
    return { skipped: m.skipped === true, seen: Array.isArray(m.seen) ? m.seen : [], tried: m.tried ?? {} };
  } catch {
    return { skipped: false, seen: [], tried: {} };
  }
}

function keep(m: GuideMemory): void {
  localStorage.setItem(KEY, JSON.stringify(m));
}

export function markSeen(id: string): void {
  const m = recall();
  if (!m.seen.includes(id)) keep({ ...m, seen: [...m.seen, id] });
}

export const skipTour = (): void => keep({ ...recall(), skipped: true });

/** Shows the guide again from the start, the levers tried kept. */
export const resetTour = (): void => keep({ ...recall(), skipped: false, seen: [] });

/** The kinds of order or deal action a role has now used. */
export function markTried(role: Role, kinds: string[]): void {
  const m = recall();
  const had = m.tried[role] ?? [];
  const more = kinds.filter((k) => !had.includes(k));
  if (more.length) keep({ ...m, tried: { ...m.tried, [role]: [...had, ...more] } });
}
