// The tour's card and the ring around what it points at: the step of the guided first round that is
// due now (steps.ts), placed beside its part of the screen after each render.
import { html, nothing } from "lit-html";
import { g } from "../i18n/guide.ts";
import { store, update } from "../store.ts";
import { markSeen, skipTour } from "./memory.ts";
import { dueSteps, phaseSteps, STEPS } from "./steps.ts";

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
