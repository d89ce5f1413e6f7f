// The smaller side panels: chat, the round report, and the facilitator's console.
import { html, nothing } from "lit-html";
import { live } from "lit-html/directives/live.js";
import { PHASES } from "../../shared/phases.ts";
import { count, dollars, money } from "../format.ts";
import { t } from "../i18n.ts";
import { hasHost, send } from "../net.ts";
import { store, update } from "../store.ts";
import { bilingual, labelled, listOf, local, nameOf, quarterOf } from "./common.ts";
import { describeEvent, newsworthy } from "./describe.ts";
import { members } from "./members.ts";

// ---- chat ------------------------------------------------------------------------------------------

export function chatPanel() {
  const me = store.seat ?? (store.role === "facilitator" ? "facilitator" : null);
  const channel = store.chatWith;
  const shown = store.chat.filter((m) => channel === "all" ? m.to === "all" : m.to !== "all" && (m.to === channel || m.from === channel));
  const seats = (store.scenario?.actors ?? []).filter((a) => a.id !== store.seat);
  let draft = "";
  return html`
    <section class="chat">
      <label>${t("chat.channel")}
        <select id="chat-channel" @change=${(e: Event) => update({ chatWith: (e.target as HTMLSelectElement).value })}>
          <option value="all" ?selected=${channel === "all"}>${t("chat.everyone")}</option>
          ${seats.map((a) => html`<option value=${a.id} ?selected=${channel === a.id}>${t("chat.privateWith", { name: nameOf(a.id) })}</option>`)}
        </select>
      </label>
      <ol class="messages" aria-live="polite">
        ${shown.map((m) => html`<li class=${m.from === me ? "mine" : ""}><span class="from">${t("chat.from", { name: m.fromName, seat: nameOf(m.from) })}</span> ${m.text}</li>`)}
      </ol>
      ${store.role === "spectator" ? nothing : html`
        <form @submit=${(e: Event) => {
          e.preventDefault();
          const input = (e.target as HTMLFormElement).querySelector("input")!;
          draft = input.value.trim();
          if (draft) send("chat", { to: channel, text: draft });
          input.value = "";
        }}>
          <input id="chat-input" maxlength="500" aria-label=${t("chat.message")} placeholder=${t("chat.placeholder")} />
          <button class="primary" type="submit">${t("chat.send")}</button>
        </form>`}
    </section>`;
}

// ---- the round report ----------------------------------------------------------------------------------

function changes() {
  const seat = store.seat;
  const now = seat ? store.view?.private[seat] : undefined;
  const before = seat ? store.previous?.private[seat] : undefined;
  if (!now || !before) return nothing;
  const lang = store.lang;
  const rows: [string, string][] = [];
  if (now.cash !== before.cash) rows.push([t("res.cash"), `${money(before.cash, lang)} → ${money(now.cash, lang)}`]);
  if (Math.abs(now.capability - before.capability) > 0.05) rows.push([t("res.capability"), `${before.capability.toFixed(1)} → ${now.capability.toFixed(1)}`]);
  if (now.capacity !== before.capacity) rows.push([t("res.capacity"), `${count(before.capacity, lang)} → ${count(now.capacity, lang)}`]);
  if (now.sharePrice !== before.sharePrice) rows.push([t("res.sharePrice"), `${dollars(before.sharePrice, lang)} → ${dollars(now.sharePrice, lang)}`]);
  if (now.politicalCapital !== before.politicalCapital) rows.push([t("res.capital"), `${Math.floor(before.politicalCapital)} → ${Math.floor(now.politicalCapital)}`]);
  const chipsNow = Object.values(now.installed).reduce((a, b) => a + b, 0) + Object.values(now.stock).reduce((a, b) => a + b, 0);
  const chipsBefore = Object.values(before.installed).reduce((a, b) => a + b, 0) + Object.values(before.stock).reduce((a, b) => a + b, 0);
  if (chipsNow !== chipsBefore) rows.push([t("report.chips"), `${count(chipsBefore, lang)} → ${count(chipsNow, lang)}`]);
  return rows.length ? html`<table class="changes"><caption>${t("report.changes")}</caption><tbody>${rows.map(([k, v]) => html`<tr><th>${k}</th><td>${v}</td></tr>`)}</tbody></table>` : nothing;
}

export function reportPanel() {
  const view = store.view;
  if (!view) return nothing;
  const rounds = [...new Set(store.events.map((e) => e.round))].sort((a, b) => b - a).slice(0, 3);
  // in the report phase the round just resolved comes first; the next quarter's news is a preview
  const resolved = store.room && PHASES[store.room.phase].showsResolvedRound ? store.room.round : null;
  const ordered = resolved === null ? rounds : [...rounds.filter((r) => r <= resolved), ...rounds.filter((r) => r > resolved)];
  return html`
    <section class="report">
      ${changes()}
      ${ordered.map((r) => html`
        <h3>${resolved !== null && r > resolved ? labelled(t("report.next"), quarterOf(r)) : quarterOf(r)} · ${t("header.roundShort", { round: r })}</h3>
        <ul class="events">${store.events.filter((e) => e.round === r && newsworthy(e)).map((e) => html`<li class="ev ev-${e.kind}">${
          e.kind === "scenario" ? html`<strong>${local(e.title)}</strong> — ${local(e.text)}` : describeEvent(e)}</li>`)}</ul>`)}
    </section>`;
}

// ---- the facilitator's console -------------------------------------------------------------------------

const inject = { card: "", titleEn: "", titleZh: "", textEn: "", textZh: "", broadcast: "" };

/** Empties fields once the server has carried out what they said, so a second click does not send it again. */
function sent(...fields: (keyof typeof inject)[]): void {
  for (const f of fields) inject[f] = "";
  update({});
}

export function controlPanel() {
  if (!hasHost()) return nothing;
  const room = store.room!;
  const cmd = (c: Parameters<typeof send<"facilitator">>[1], done?: () => void) => send("facilitator", c, (ok) => { if (ok) done?.(); });
  return html`
    <section class="control">
      <h2>${t("control.title")}</h2>
      <div class="buttons">
        ${room.phase === "lobby" ? html`<button class="primary" @click=${() => cmd({ command: "start" })}>${t("lobby.start")}</button>` : nothing}
        ${PHASES[room.phase].running ? html`
          <button id="advance" class="primary" @click=${() => cmd({ command: "advance" })}>${t("control.advance")}</button>
          ${room.paused ? html`<button @click=${() => cmd({ command: "resume" })}>${t("control.resume")}</button>` : html`<button @click=${() => cmd({ command: "pause" })}>${t("control.pause")}</button>`}
          <button @click=${() => cmd({ command: "extend", seconds: 60 })}>${t("control.extend")}</button>
          <button id="end-game" class="danger" @click=${() => { if (confirm(t("control.endConfirm"))) cmd({ command: "end" }); }}>${t("control.end")}</button>` : nothing}
        <label class="check"><input type="checkbox" .checked=${room.bots} @change=${(e: Event) => cmd({ command: "setBots", enabled: (e.target as HTMLInputElement).checked })} /> ${t("lobby.botsFill")}</label>
      </div>
      <h3>${t("control.seats")}</h3>
      <table class="seat-status"><tbody>
        ${room.seats.map((s) => html`<tr><th>${nameOf(s.actor)}</th><td>${listOf(s.members) || (s.bot ? t("lobby.bot") : t("lobby.free"))}</td>
          <td>${s.submitted ? "✓" : ""}</td><td>${s.members.length ? (s.connected ? "●" : "○") : ""}</td></tr>`)}
      </tbody></table>
      ${members()}
      <h3>${t("control.inject")}</h3>
      <div class="inline">
        <select aria-label=${t("control.card")} @change=${(e: Event) => { inject.card = (e.target as HTMLSelectElement).value; }}>
          <option value="">—</option>${store.deck.map((c) => html`<option value=${c.id}>${local(c.title)}</option>`)}
        </select>
        <button @click=${() => { if (inject.card) cmd({ command: "inject", card: inject.card }); }}>${t("control.play")}</button>
      </div>
      <details><summary>${t("control.freeText")}</summary>
        <p class="hint">${t("control.freeTextHint")}</p>
        <input id="inject-title-en" placeholder=${t("control.titleEn")} aria-label=${t("control.titleEn")} .value=${live(inject.titleEn)} @input=${(e: Event) => { inject.titleEn = (e.target as HTMLInputElement).value; }} />
        <input id="inject-title-zh" placeholder=${t("control.titleZh")} aria-label=${t("control.titleZh")} .value=${live(inject.titleZh)} @input=${(e: Event) => { inject.titleZh = (e.target as HTMLInputElement).value; }} />
        <textarea id="inject-text-en" placeholder=${t("control.textEn")} aria-label=${t("control.textEn")} .value=${live(inject.textEn)} @input=${(e: Event) => { inject.textEn = (e.target as HTMLTextAreaElement).value; }}></textarea>
        <textarea id="inject-text-zh" placeholder=${t("control.textZh")} aria-label=${t("control.textZh")} .value=${live(inject.textZh)} @input=${(e: Event) => { inject.textZh = (e.target as HTMLTextAreaElement).value; }}></textarea>
        <button id="inject-text" @click=${() => {
          const title = bilingual(inject.titleEn, inject.titleZh), text = bilingual(inject.textEn, inject.textZh);
          if (title && text) cmd({ command: "injectText", title, text }, () => sent("titleEn", "titleZh", "textEn", "textZh"));
        }}>${t("control.injectText")}</button>
      </details>
      <h3>${t("control.broadcast")}</h3>
      <form class="inline" @submit=${(e: Event) => { e.preventDefault(); if (inject.broadcast) cmd({ command: "broadcast", text: inject.broadcast }, () => sent("broadcast")); }}>
        <input aria-label=${t("control.broadcast")} .value=${live(inject.broadcast)} @input=${(e: Event) => { inject.broadcast = (e.target as HTMLInputElement).value; }} />
        <button type="submit">${t("chat.send")}</button>
      </form>
    </section>`;
}
