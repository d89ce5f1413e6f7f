// The client's state in one object; any change schedules one re-render on the next frame.
import type { GameEvent } from "../shared/engine/events.ts";
import type { Action } from "../shared/engine/orders.ts";
import type { PublicScenario, View } from "../shared/engine/view.ts";
import type { Risk } from "../shared/guide/risks.ts";
import type { Phase, ServerMessages } from "../shared/protocol.ts";
import type { Lang } from "./i18n.ts";

export interface SeatRow { actor: string; role: string; members: string[]; connected: number; locked: boolean; bot: boolean; submitted: boolean }
export interface RoomInfo {
  code: string; phase: Phase; round: number; rounds: number; paused: boolean; deadline: number; remaining: number; bots: boolean;
  /** a class's group running in step is done with the phase and waits for the other groups */
  waiting: boolean;
  seats: SeatRow[];
}
export interface ScenarioSummary {
  id: string; title: { en: string; zh: string }; description: { en: string; zh: string }; rounds: number; timers: Record<string, number>;
  calendar: { startYear: number; startQuarter: number; rounds: number }; mode: "historical" | "whatIf";
}
export type Screen = "home" | "lobby" | "game" | "debrief" | "print";
export type Panel = "orders" | "deals" | "chat" | "report" | "control";

export interface AppState {
  lang: Lang;
  screen: Screen;
  scenarios: ScenarioSummary[];
  /** the game this tab is in */
  code: string | null;
  role: "player" | "facilitator" | "spectator" | null;
  memberId: string | null;
  /** the creator or facilitator of this game holds its key */
  hostKey: string | null;
  projector: boolean;
  seat: string | null;
  room: RoomInfo | null;
  view: View | null;
  /** the view before the last resolution, to show what changed */
  previous: View | null;
  scenario: PublicScenario | null;
  deck: { id: string; title: { en: string; zh: string } }[];
  events: GameEvent[];
  draft: Action[];
  submitted: boolean;
  chat: ServerMessages["chat"][];
  /** everyone in the game, for the facilitator */
  members: ServerMessages["members"];
  chatWith: string;
  notices: { id: number; kind: "error" | "info"; text: string }[];
  connection: "ok" | "reconnecting" | "lost";
  panel: Panel;
  mapTab: "map" | "chain";
  busy: boolean;
  /** the seat's role card is open over the game */
  cardOpen: boolean;
  /** the class set of role cards prints in the page's language or in both */
  printLang: "one" | "both";
  /** warnings waiting for the player's answer before an action goes ahead */
  confirm: { risks: Risk[]; go: () => void } | null;
}

export const store: AppState = {
  lang: "en", screen: "home", scenarios: [], code: null, role: null, memberId: null, hostKey: null, projector: false,
  seat: null, room: null, view: null, previous: null, scenario: null, deck: [], events: [], draft: [], submitted: false,
  chat: [], members: [], chatWith: "all", notices: [], connection: "ok", panel: "orders", mapTab: "map", busy: false,
  cardOpen: false, printLang: "one", confirm: null,
};

const listeners = new Set<() => void>();
let scheduled = false;

export function update(patch: Partial<AppState>): void {
  Object.assign(store, patch);
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    for (const fn of listeners) fn();
  });
}

export function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

let noticeId = 0;
export function notify(kind: "error" | "info", text: string): void {
  const id = ++noticeId;
  // the same text again (a draft saved twice, say) replaces the one on screen instead of stacking
  update({ notices: [...store.notices.filter((n) => n.text !== text).slice(-3), { id, kind, text }] });
  setTimeout(() => update({ notices: store.notices.filter((n) => n.id !== id) }), kind === "error" ? 8000 : 4000);
}

/** Keeps events across views: each view carries only the last rounds' events. */
export function mergeEvents(old: GameEvent[], view: View): GameEvent[] {
  if (view.omniscient && view.events.length > 0 && view.events[0]!.round === 1) return view.events;
  const since = view.events[0]?.round ?? view.round;
  return [...old.filter((e) => e.round < since), ...view.events];
}
