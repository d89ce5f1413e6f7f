// The guided first round: each phase and panel introduced where it is, when the player first meets
// it, in the player's language and with the role's own levers (from its role card, so with the
// scenario's figures). Skippable and remembered. After the first round it points, once each, to the
// levers the player has not tried yet.
import { html, nothing } from "lit-html";
import type { Place } from "../../shared/guide/todo.ts";
import type { Role } from "../../shared/scenario/schema.ts";
import type { Phase } from "../../shared/phases.ts";
import { g, type GuideKey } from "../i18n/guide.ts";
import { t } from "../i18n.ts";
import { hasHost } from "../net.ts";
import { store, update, type Panel } from "../store.ts";
import { nameOf } from "../ui/common.ts";
import { leverText } from "../ui/card.ts";
import { markSeen, recall, skipTour } from "./memory.ts";
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
    title: () => g("tour.welcome.title", { seat: store.seat ? nameOf(store.seat) : "" }),
    text: () => g("tour.welcome.text", { role: role() ? t(`roleGroup.${role()}`) : "" }),
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
  const fits = (s: Step) => s.phases.includes(room.phase) && (!s.roles || s.roles.includes(me)) && (!s.hostOnly || hasHost())
    && !(s.levers && s.levers.some((k) => tried.includes(k)));
  // the first round: nothing resolved yet, or its own report (counted on the view, which the room's
  // round number may run ahead of while a report arrives)
  const resolved = store.view?.indicators.length ?? 0;
  if (room.phase === "report" ? resolved <= 1 : resolved === 0) return STEPS.filter((s) => fits(s) && !memory.seen.includes(s.id));
  return laterTip(fits, memory.seen, room.phase);
}

/** The first-round steps of this phase, seen or not: the tour's "n of m". */
function phaseSteps(): Step[] {
  const room = store.room, me = role();
  if (!room || !me) return [];
  return STEPS.filter((s) => s.firstRound || s.levers) .filter((s) => s.phases.includes(room.phase) && (!s.roles || s.roles.includes(me)) && (!s.hostOnly || hasHost()));
}

function laterTip(fits: (s: Step) => boolean, seen: string[], phase: Phase): Step[] {
  // later: one lever the player has not used, once
  const tip = STEPS.find((s) => !s.firstRound && fits(s) && phase === "orders" && !seen.includes(`tip.${s.id}`));
  return tip ? [{ ...tip, id: `tip.${tip.id}` }] : [];
}

let shownStep: string | null = null;

/** The tour's card and the ring around what it points at (placed after the page is drawn). */
export function tour() {
  const steps = dueSteps().filter((s) => !s.anchor || document.querySelector(s.anchor) || s.panel);
  const step = steps[0];
  if (!step) {
    shownStep = null;
    return nothing;
  }
  if (shownStep !== step.id) {
    shownStep = step.id;
    // the step's panel opens when it first shows
    if (step.panel && store.panel !== step.panel) queueMicrotask(() => update({ panel: step.panel! }));
  }
  const tip = step.id.startsWith("tip.");
  const all = phaseSteps();
  const n = Math.max(1, all.findIndex((s) => s.id === step.id) + 1);
  const next = () => { markSeen(step.id); update({}); };
  return html`
    <div class="tour-ring" aria-hidden="true"></div>
    <section class="tour-card" role="dialog" aria-modal="false" aria-labelledby="tour-title" data-step=${step.id}
      @keydown=${(e: KeyboardEvent) => { if (e.key === "Escape") next(); }}>
      <p class="tour-kicker">${tip ? g("tour.tip") : g("tour.label")} ${tip ? nothing : html`<span class="muted">· ${g("tour.step", { n, of: Math.max(n, all.length) })}</span>`}</p>
      <h2 id="tour-title" tabindex="-1">${step.title()}</h2>
      <p>${step.text()}</p>
      <div class="tour-buttons">
        ${step.action ? html`<button type="button" @click=${step.action.run}>${step.action.label()}</button>` : nothing}
        <span class="spacer"></span>
        <button type="button" class="link" id="tour-skip" @click=${() => { skipTour(); update({}); }}>${g("tour.skip")}</button>
        <button type="button" class="primary" id="tour-next" @click=${next}>${steps.length > 1 ? g("tour.next") : g("tour.done")}</button>
      </div>
    </section>`;
}

let focused: string | null = null;

/** Places the tour's card beside what it points at, after each render. */
export function placeTour(): void {
  const card = document.querySelector<HTMLElement>(".tour-card");
  const ring = document.querySelector<HTMLElement>(".tour-ring");
  if (!card || !ring) { focused = null; return; }
  const step = STEPS.find((s) => card.dataset.step?.endsWith(s.id));
  const anchor = step?.anchor ? document.querySelector<HTMLElement>(step.anchor) : null;
  const vw = window.innerWidth, vh = window.innerHeight;
  const cw = card.offsetWidth, ch = card.offsetHeight;
  if (!anchor) {
    ring.hidden = true;
    Object.assign(card.style, { left: `${(vw - cw) / 2}px`, top: `${Math.max(60, (vh - ch) / 3)}px` });
  } else {
    const r = anchor.getBoundingClientRect();
    ring.hidden = false;
    Object.assign(ring.style, { left: `${r.left - 4}px`, top: `${r.top - 4}px`, width: `${r.width + 8}px`, height: `${r.height + 8}px` });
    // beside it where there is room: left, below, above, right; else over the middle of the screen;
    // over a large part (the map), in its corner, so the rest of the screen stays in reach
    const gap = 14;
    const large = r.width > vw / 2 && r.height > vh / 2;
    const spots: [number, number][] = large ? [[r.right - cw - 16, r.bottom - ch - 16]] : [
      [r.left - cw - gap, r.top], [r.left, r.bottom + gap], [r.left, r.top - ch - gap], [r.right + gap, r.top],
      [(vw - cw) / 2, Math.min(vh - ch - 10, r.bottom + gap)],
    ];
    const fits = ([x, y]: [number, number]) => x >= 8 && y >= 50 && x + cw <= vw - 8 && y + ch <= vh - 8;
    const [x, y] = spots.find(fits) ?? spots.at(-1)!;
    Object.assign(card.style, { left: `${Math.max(8, Math.min(x, vw - cw - 8))}px`, top: `${Math.max(50, Math.min(y, vh - ch - 8))}px` });
  }
  // the keyboard follows the tour: each new step takes the focus once
  if (focused !== card.dataset.step) {
    focused = card.dataset.step ?? null;
    card.querySelector<HTMLElement>("#tour-next")?.focus({ preventScroll: true });
  }
}
