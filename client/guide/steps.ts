// The guided first round's steps: each phase and panel introduced where it is, when the player first
// meets it, in the player's language and with the role's own levers (from its role card, so with the
// scenario's figures). Skippable and remembered. After the first round it points, once each, to the
// levers the player has not tried yet. tour.ts draws the step that is due.
import type { Place } from "../../shared/guide/todo.ts";
import type { Role } from "../../shared/scenario/schema.ts";
import type { Phase } from "../../shared/phases.ts";
import { g, type GuideKey } from "../i18n/guide.ts";
import { t } from "../i18n.ts";
import { store, update, type Panel } from "../store.ts";
import { leverText } from "./levers.ts";
import { recall } from "./memory.ts";
import { PLACE_UI } from "./places.ts";

export interface Step {
  id: string;
  phases: Phase[];
  /** what it points at; none: the middle of the screen */
  anchor: string | null;
  panel?: Panel;
  title: () => string;
  text: () => string;
  /** only in the first round: the tour proper; otherwise also a later tip for a lever not yet tried */
  firstRound: boolean;
  roles?: Role[];
  /** order kinds (or "proposeDeal") whose use means the player knows this lever */
  levers?: string[];
  hostOnly?: boolean;
  action?: { label: () => string; run: () => void };
}

const text = (key: GuideKey) => () => g(key);
const local = (text: { en: string; zh: string } | undefined) => (text ? text[store.lang] : "");
/** This browser runs the game (a solo game's player, a class's host): it holds the game's key. */
const isHost = () => store.hostKey !== null;
const role = () => (store.seat ? store.scenario?.actors.find((a) => a.id === store.seat)?.role : undefined);

/** A step about a part of the orders form, told with the role card's lever. */
function leverStep(place: Place, lever: string, levers: string[], roles: Role[]): Step {
  return {
    id: `lever.${place}`, phases: ["negotiation", "orders"], anchor: PLACE_UI[place].selector, panel: "orders", firstRound: false, roles, levers,
    title: () => leverText(lever).title, text: () => leverText(lever).text,
  };
}

export const STEPS: Step[] = [
  {
    id: "welcome", phases: ["briefing", "negotiation", "orders"], anchor: null, firstRound: true,
    title: () => g("tour.welcome.title", { seat: store.seat ? local(store.scenario?.cards[store.seat]?.name) : "" }),
    text: () => { const r = role(); return g("tour.welcome.text", { role: r ? t(`roleGroup.${r}`) : "" }); },
    action: { label: () => g("tour.openCard"), run: () => update({ cardOpen: true }) },
  },
  { id: "card", phases: ["briefing", "negotiation", "orders"], anchor: "#role-card-button", firstRound: true, title: text("tour.card.title"), text: text("tour.card.text") },
  { id: "todo", phases: ["briefing", "negotiation", "orders"], anchor: "#todo", firstRound: true, title: text("tour.todo.title"), text: text("tour.todo.text") },
  { id: "phases", phases: ["briefing", "negotiation", "orders"], anchor: "header .phase", firstRound: true, title: text("tour.phases.title"), text: text("tour.phases.text") },
  { id: "map", phases: ["briefing", "negotiation", "orders", "report"], anchor: ".map-wrap", firstRound: true, title: text("tour.map.title"), text: text("tour.map.text") },
  { id: "indicators", phases: ["briefing", "negotiation", "orders", "report"], anchor: ".indicators", firstRound: true, title: text("tour.indicators.title"), text: text("tour.indicators.text") },
  { id: "news", phases: ["briefing"], anchor: "#tab-report", firstRound: true, title: text("tour.news.title"), text: text("tour.news.text") },
  {
    id: "deals", phases: ["negotiation", "orders"], anchor: "#tab-deals", firstRound: true, levers: ["proposeDeal", "acceptDeal"],
    title: text("tour.deals.title"), text: () => g(`tour.deals.${role() ?? "vendor"}` as GuideKey),
  },
  { id: "chat", phases: ["negotiation"], anchor: "#tab-chat", firstRound: true, title: text("tour.chat.title"), text: text("tour.chat.text") },
  leverStep("orders.licences", "licenceDecision", ["licenceDecision"], ["usGov"]),
  leverStep("orders.policy", "setThreshold", ["setThreshold", "setPolicy", "pushBill"], ["usGov"]),
  leverStep("orders.enforcement", "audit", ["audit", "entityList", "visit"], ["usGov"]),
  leverStep("orders.production", "produce", ["produce", "setPrice"], ["vendor"]),
  leverStep("orders.lobbying", "lobby", ["lobby"], ["vendor"]),
  leverStep("orders.conditions", "securityConditions", ["securityConditions"], ["gulf"]),
  leverStep("orders.build", "build", ["build"], ["gulf", "chinaFirm"]),
  leverStep("orders.domestic", "buyDomestic", ["buyDomestic"], ["chinaFirm"]),
  leverStep("orders.cloud", "rentCloud", ["rentCloud"], ["chinaFirm"]),
  leverStep("orders.middlemen", "smuggle", ["smuggle"], ["chinaFirm"]),
  leverStep("orders.models", "training", ["training", "openWeights", "distil"], ["chinaFirm"]),
  { id: "totals", phases: ["orders"], anchor: "#draft-totals", panel: "orders", firstRound: true, title: text("tour.totals.title"), text: text("tour.totals.text") },
  { id: "submit", phases: ["orders"], anchor: "#submit-orders", panel: "orders", firstRound: true, title: text("tour.submit.title"), text: text("tour.submit.text") },
  { id: "changes", phases: ["report"], anchor: "#report", panel: "report", firstRound: true, title: text("tour.changes.title"), text: text("tour.changes.text") },
  { id: "continue", phases: ["report"], anchor: "#continue", firstRound: true, hostOnly: true, title: text("tour.continue.title"), text: text("tour.continue.text") },
];

/** The steps that are due now, in order: the first-round tour, or one tip about a lever not yet tried. */
export function dueSteps(): Step[] {
  const room = store.room;
  const me = role();
  if (!room || !store.seat || !me || store.projector || store.screen !== "game") return [];
  const memory = recall();
  if (memory.skipped) return [];
  const tried = memory.tried[me] ?? [];
  const fits = (s: Step) => belongs(s, room.phase, me) && !(s.levers && s.levers.some((k) => tried.includes(k)));
  // the first round: nothing resolved yet, or its own report (counted on the view, which the room's
  // round number may run ahead of while a report arrives)
  const resolved = store.view?.indicators.length ?? 0;
  if (room.phase === "report" ? resolved <= 1 : resolved === 0) return STEPS.filter((s) => fits(s) && !memory.seen.includes(s.id));
  return laterTip(fits, memory.seen, room.phase);
}

/** The first-round steps of this phase, seen or not: the tour's "n of m". */
export function phaseSteps(): Step[] {
  const room = store.room, me = role();
  if (!room || !me) return [];
  return STEPS.filter((s) => (s.firstRound || s.levers) && belongs(s, room.phase, me));
}

/** Whether a step is one for this phase, this role and this browser. */
const belongs = (s: Step, phase: Phase, me: Role) => s.phases.includes(phase) && (!s.roles || s.roles.includes(me)) && (!s.hostOnly || isHost());

function laterTip(fits: (s: Step) => boolean, seen: string[], phase: Phase): Step[] {
  // later: one lever the player has not used, once
  const tip = STEPS.find((s) => !s.firstRound && fits(s) && (phase === "negotiation" || phase === "orders") && !seen.includes(`tip.${s.id}`));
  return tip ? [{ ...tip, id: `tip.${tip.id}` }] : [];
}

