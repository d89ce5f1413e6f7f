// Where each actor's marker goes on the map: its region's point, spread round it when several share a
// region (by a ring given in map pixels), and in a column down the inset's right edge for the regions
// drawn in the inset. Pure, so the page and the tests place markers the same way.
import type { PublicScenario } from "../../shared/engine/view.ts";
import type { MapFrame } from "./geo.ts";

/** Every actor and non-player part the map names, in the scenario's order. */
export const mapped = (s: PublicScenario): string[] => [...s.actors.map((a) => a.id), ...Object.values(s.npc).map((n) => n.id)];

export function anchorsOf(frame: MapFrame, s: PublicScenario, ring: number): Map<string, [number, number]> {
  const anchors = new Map<string, [number, number]>();
  const ids = mapped(s);
  const region = (id: string) => s.actors.find((a) => a.id === id)?.region ?? Object.values(s.npc).find((n) => n.id === id)!.region;
  const inset = frame.inset;
  const column = ids.filter((id) => frame.inInset(region(id)));
  if (inset) {
    const step = Math.min(44, (inset.h - 34) / Math.max(1, column.length - 1));
    column.forEach((id, i) => anchors.set(id, [inset.x + inset.w - 16, inset.y + 16 + i * step]));
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) if (!column.includes(id)) groups.set(region(id), [...(groups.get(region(id)) ?? []), id]);
  for (const [r, list] of groups) {
    const [x, y] = frame.point(r);
    list.forEach((id, i) => {
      const angle = (i / list.length) * Math.PI * 2 - Math.PI / 2;
      anchors.set(id, list.length > 1 ? [x + Math.cos(angle) * ring, y + Math.sin(angle) * ring] : [x, y]);
    });
  }
  return anchors;
}
