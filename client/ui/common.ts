// Pieces every screen uses: the header bar, notices, the banner, and (from words.ts) names in the
// current language.
import { html, nothing } from "lit-html";
import { clock } from "../format.ts";
import { setLang, t } from "../i18n.ts";
import { PHASES } from "../../shared/phases.ts";
import { ct } from "../class-i18n.ts";
import { resetTour } from "../guide/memory.ts";
import { g } from "../i18n/guide.ts";
import { store, update } from "../store.ts";
import { nameOf, quarterOf } from "./words.ts";

export { billName, bilingual, chipCount, chipName, idNumber, labelled, listOf, local, nameOf, quarterOf, roleOf } from "./words.ts";

export const langSwitch = () => html`
  <div class="lang" role="group" aria-label=${t("lang.label")}>
    <button class=${store.lang === "en" ? "on" : ""} @click=${() => setLang("en")} aria-pressed=${store.lang === "en"}>EN</button>
    <button class=${store.lang === "zh" ? "on" : ""} @click=${() => setLang("zh")} aria-pressed=${store.lang === "zh"}>中文</button>
  </div>`;

export function timer() {
  const room = store.room;
  // a game over (or not begun) has no clock, paused or not
  if (!room || !PHASES[room.phase].running) return nothing;
  const left = room.paused ? room.remaining : room.deadline ? room.deadline - Date.now() : 0;
  if (!room.paused && !room.deadline) return nothing;
  return html`<span class="timer ${left < 30_000 ? "urgent" : ""}" title=${t("header.timeLeft")}>${room.paused ? `${t("header.paused")} ` : ""}${clock(left)}</span>`;
}

export function header() {
  const room = store.room;
  return html`
    <header class="bar">
      <span class="logo">${t("app.title")}</span>
      ${room ? html`
        <span class="round">${quarterOf(Math.max(1, room.round))} · ${t("header.round", { round: room.round, rounds: room.rounds })}</span>
        <span class="phase phase-${room.phase}">${t(`phase.${room.phase}`)}</span>
        ${timer()}
        ${room.waiting ? html`<span class="badge waiting">${ct("dash.waiting")}</span>` : nothing}
        <span class="code" title=${t("lobby.code")}>${room.code}</span>
        ${store.seat && store.scenario?.cards[store.seat] && store.screen === "game" ? html`
          <button type="button" id="role-card-button" class="bar-button" @click=${() => update({ cardOpen: true })}>${g("todo.roleCard")}</button>
          <button type="button" class="bar-button" title=${g("tour.replay")} aria-label=${g("tour.replay")} @click=${() => { resetTour(); update({}); }}>?</button>` : nothing}
        ${store.seat ? html`<span class="seat-name">${nameOf(store.seat)}</span>`
          : store.hostKey ? html`<span class="seat-name">${t("role.facilitator")}</span>`
          : store.role ? html`<span class="seat-name">${t(`role.${store.role}`)}</span>` : nothing}
      ` : nothing}
      <span class="spacer"></span>
      ${langSwitch()}
    </header>`;
}

export const notices = () => html`
  <div class="notices" aria-live="polite">
    ${store.notices.map((n) => html`<div class="notice ${n.kind}" role=${n.kind === "error" ? "alert" : "status"}>${n.text}</div>`)}
  </div>`;

export function connectionBanner() {
  if (store.connection === "ok") return nothing;
  return html`<div class="banner" role="alert">${store.connection === "reconnecting" ? t("conn.reconnecting") : t("conn.lost")}</div>`;
}

/** A number input that reports its value; empty means 0. */
export const numberInput = (value: number, onChange: (v: number) => void, opts: { min?: number; max?: number; step?: number; label: string; id?: string }) => html`
  <input type="number" id=${opts.id ?? nothing} aria-label=${opts.label} .value=${String(value)} min=${opts.min ?? 0} max=${opts.max ?? nothing} step=${opts.step ?? 1}
    @change=${(e: Event) => onChange(Number((e.target as HTMLInputElement).value) || 0)} />`;
