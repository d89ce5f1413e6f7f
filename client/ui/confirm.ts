// Warnings before an action with a known risk: listed beside the form as the player builds it, and
// asked about once more before an offer, an acceptance or the orders go out.
import { html, nothing } from "lit-html";
import type { Risk } from "../../shared/guide/risks.ts";
import { sentences, words } from "../guide/params.ts";
import { g, type GuideKey } from "../i18n/guide.ts";
import { store, update } from "../store.ts";

export function riskText(r: Risk): string {
  const text = g(`risk.${r.code}` as GuideKey, words(r.params));
  return r.code === "distillation" && r.params.listed ? sentences(text, g("risk.distillationListed")) : text;
}

/** The warnings about what the player is about to do, beside the form. */
export function riskList(risks: Risk[]) {
  if (!risks.length) return nothing;
  return html`<ul class="risks" aria-live="polite">${risks.map((r) => html`<li class="risk risk-${r.level}" data-risk=${r.code}>${r.level === "warn" ? "⚠ " : "ⓘ "}${riskText(r)}</li>`)}</ul>`;
}

/** Goes ahead at once when nothing can go wrong; otherwise asks first. */
export function askFirst(risks: Risk[], go: () => void): void {
  if (!risks.some((r) => r.level === "warn")) return go();
  update({ confirm: { risks, go } });
}

let focusedFor: object | null = null;

export function confirmDialog() {
  const c = store.confirm;
  if (!c) return nothing;
  const close = () => update({ confirm: null });
  // the focus moves into the dialog once, when it opens
  if (focusedFor !== c) {
    focusedFor = c;
    queueMicrotask(() => document.querySelector<HTMLElement>("#risk-back")?.focus({ preventScroll: true }));
  }
  return html`
    <div class="modal-backdrop">
      <div class="confirm-dialog" role="alertdialog" aria-modal="true" aria-labelledby="risk-title" @keydown=${(e: KeyboardEvent) => { if (e.key === "Escape") close(); }}>
        <h2 id="risk-title">${g("risk.title")}</h2>
        ${riskList(c.risks)}
        <div class="buttons">
          <button id="risk-back" @click=${close}>${g("risk.back")}</button>
          <button id="risk-proceed" class="primary" @click=${() => { close(); c.go(); }}>${g("risk.proceed")}</button>
        </div>
      </div>
    </div>`;
}
