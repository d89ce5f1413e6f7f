// Where each place of "what to do now" and the tour is on screen: the panel to open and the element to
// bring into view and focus once the page has drawn.
import type { Place } from "../../shared/guide/todo.ts";
import { update, type Panel } from "../store.ts";

export const PLACE_UI: Record<Place, { panel?: Panel; selector: string }> = {
  report: { panel: "report", selector: "#report" },
  card: { selector: "#role-card-button" },
  continue: { selector: "#continue" },
  "deals.inbox": { panel: "deals", selector: "#deal-inbox" },
  "deals.propose": { panel: "deals", selector: "#propose-deal-form" },
  "orders.licences": { panel: "orders", selector: '[data-place="orders.licences"]' },
  "orders.policy": { panel: "orders", selector: '[data-place="orders.policy"]' },
  "orders.enforcement": { panel: "orders", selector: '[data-place="orders.enforcement"]' },
  "orders.production": { panel: "orders", selector: '[data-place="orders.production"]' },
  "orders.lobbying": { panel: "orders", selector: '[data-place="orders.lobbying"]' },
  "orders.build": { panel: "orders", selector: '[data-place="orders.build"]' },
  "orders.conditions": { panel: "orders", selector: '[data-place="orders.conditions"]' },
  "orders.domestic": { panel: "orders", selector: '[data-place="orders.domestic"]' },
  "orders.cloud": { panel: "orders", selector: '[data-place="orders.cloud"]' },
  "orders.middlemen": { panel: "orders", selector: '[data-place="orders.middlemen"]' },
  "orders.models": { panel: "orders", selector: '[data-place="orders.models"]' },
  "orders.submit": { panel: "orders", selector: "#submit-orders, #unsubmit" },
};

let pending: string | null = null;

/** Opens the place's panel; once drawn, its element is scrolled into view, focused and marked. */
export function goTo(place: Place): void {
  const ui = PLACE_UI[place];
  pending = ui.selector;
  update(ui.panel ? { panel: ui.panel } : {});
}

/** Scrolls `el` into view and focuses it, or the first field or button in it. */
export function focusIn(el: HTMLElement): void {
  el.scrollIntoView({ block: "nearest" });
  const focusable = "input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]";
  const target = el.matches(focusable) ? el : el.querySelector<HTMLElement>(focusable) ?? el;
  // a section (or a button waiting on the server) takes the focus itself, so the keyboard is there
  if (!target.matches(focusable) && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
}

/** Called after each render. */
export function focusPending(): void {
  if (!pending) return;
  const el = document.querySelector<HTMLElement>(pending);
  pending = null;
  if (!el) return;
  focusIn(el);
  el.classList.remove("flash");
  void el.offsetWidth; // restart the animation
  el.classList.add("flash");
}
