// What the scenes draw from: the latest view, the scenario's names and the language, with a version
// number so a scene redraws only when something changed.
import type { PublicScenario, View } from "../../shared/engine/view.ts";
import type { Lang } from "../i18n.ts";
import type { AppState } from "../store.ts";

export interface Feed {
  view: View | null;
  scenario: PublicScenario | null;
  lang: Lang;
  seat: string | null;
  version: number;
  set(store: AppState): void;
}

export const feed: Feed = {
  view: null, scenario: null, lang: "en", seat: null, version: 0,
  set(store) {
    if (store.view === this.view && store.scenario === this.scenario && store.lang === this.lang && store.seat === this.seat) return;
    this.view = store.view;
    this.scenario = store.scenario;
    this.lang = store.lang;
    this.seat = store.seat;
    this.version++;
  },
};

/** A name in the current language, for actors and the non-player parts of the world. */
export function label(id: string): string {
  const s = feed.scenario;
  const actor = s?.actors.find((a) => a.id === id);
  if (actor) return actor.name[feed.lang];
  const npc = s && Object.values(s.npc).find((n) => n.id === id);
  return npc ? npc.name[feed.lang] : id;
}

export function regionOf(id: string): string {
  const s = feed.scenario;
  return s?.actors.find((a) => a.id === id)?.region ?? (s && Object.values(s.npc).find((n) => n.id === id)?.region) ?? "US";
}

export const FONT = '"Noto Sans SC", "Noto Sans CJK SC", system-ui, sans-serif';

/**
 * Canvas text does not make the browser fetch a web font's glyphs (the font comes in slices by
 * unicode range, loaded when the page uses them). Asks for the glyphs of `texts`; when they arrive
 * after the scene drew, it redraws (a new feed version).
 */
export function withGlyphs(texts: string[]): void {
  const sample = [...new Set(texts.join(""))].join("");
  const font = `12px "Noto Sans SC"`;
  if (typeof document === "undefined" || !document.fonts || document.fonts.check(font, sample)) return;
  void document.fonts.load(font, sample).then(() => { feed.version++; });
}
