// The teacher's class dashboard: every group on one screen (phase and clock, who has not submitted,
// who is away, headline figures, alerts), commands for every group at once or one, the students
// and where they sit, to form the groups and move anyone.
import { html, nothing } from "lit-html";
import { live } from "lit-html/directives/live.js";
import type { GroupCommand } from "../../shared/class/protocol.ts";
import type { Alert, GroupStatus } from "../../shared/class/status.ts";
import { PHASES } from "../../shared/phases.ts";
import { ct } from "../class-i18n.ts";
import { classStore, sendClass } from "../class-net.ts";
import { clock, count, percent } from "../format.ts";
import { t } from "../i18n.ts";
import { store, update } from "../store.ts";
import { langSwitch, local, nameOf } from "./common.ts";
import { describeEvent } from "./describe.ts";

const controls = { target: "all", card: "", message: "" };
const targetGroup = () => (controls.target === "all" ? null : Number(controls.target));
const command = (group: number | null, c: GroupCommand) => sendClass("command", { group, command: c });

// the clocks tick on screen while a group's timer runs
setInterval(() => { if (classStore.code && !classStore.debrief && [...classStore.groups.values()].some((g) => g.deadline)) update({}); }, 1000);

function bar() {
  const w = classStore.welcome!;
  return html`
    <header class="bar">
      <span class="logo">${t("app.title")}</span>
      <span>${ct("dash.title")}</span>
      ${w.scenario ? html`<span>${local(w.scenario.title)}</span>` : nothing}
      ${w.inStep ? html`<span class="phase">${ct("dash.inStep")}</span>` : nothing}
      <span class="code" title=${ct("dash.code")}>${w.code}</span>
      <span class="spacer"></span>
      ${langSwitch()}
    </header>`;
}

function classControls() {
  const groups = classStore.roster.games.length;
  const target = targetGroup();
  return html`
    <section class="class-controls" aria-label=${ct("dash.all")}>
      <label class="inline">${ct("dash.to")}
        <select id="class-target" @change=${(e: Event) => { controls.target = (e.target as HTMLSelectElement).value; update({}); }}>
          <option value="all" ?selected=${controls.target === "all"}>${ct("dash.all")}</option>
          ${Array.from({ length: groups }, (_, g) => html`<option value=${g} ?selected=${controls.target === String(g)}>${ct("dash.group", { n: g + 1 })}</option>`)}
        </select>
      </label>
      <button id="class-start" class="primary" @click=${() => command(target, { command: "start" })}>${ct("dash.start")}</button>
      <button id="class-pause" @click=${() => command(target, { command: "pause" })}>${ct("dash.pause")}</button>
      <button id="class-resume" @click=${() => command(target, { command: "resume" })}>${ct("dash.resume")}</button>
      <button id="class-extend" @click=${() => command(target, { command: "extend", seconds: 60 })}>${ct("dash.extend")}</button>
      <button id="class-advance" class="primary" @click=${() => command(target, { command: "advance" })}>${ct("dash.advance")}</button>
      <button id="class-end" class="danger" @click=${() => { if (confirm(ct("dash.endConfirm"))) command(target, { command: "end" }); }}>${ct("dash.end")}</button>
      <span class="inline">
        <select id="class-card" aria-label=${ct("dash.inject")} @change=${(e: Event) => { controls.card = (e.target as HTMLSelectElement).value; }}>
          <option value="">${ct("dash.inject")} —</option>${store.deck.map((c) => html`<option value=${c.id}>${local(c.title)}</option>`)}
        </select>
        <button id="class-inject" @click=${() => { if (controls.card) command(target, { command: "inject", card: controls.card }); }}>${ct("dash.play")}</button>
      </span>
      <form class="inline" @submit=${(e: Event) => {
        e.preventDefault();
        if (!controls.message.trim()) return;
        command(target, { command: "broadcast", text: controls.message.trim() });
        controls.message = "";
        update({});
      }}>
        <input id="class-message" aria-label=${ct("dash.broadcast")} placeholder=${ct("dash.broadcast")} maxlength="500" .value=${live(controls.message)}
          @input=${(e: Event) => { controls.message = (e.target as HTMLInputElement).value; }} />
        <button type="submit">${ct("dash.send")}</button>
      </form>
      <button id="class-debrief" @click=${() => { classStore.debrief = true; update({}); }}>${ct("dash.debrief")}</button>
    </section>`;
}

function timeLeft(g: GroupStatus) {
  const left = g.paused ? g.remaining : g.deadline ? g.deadline - Date.now() : 0;
  if (!g.paused && !g.deadline) return nothing;
  return html`<span class="timer ${left < 30_000 ? "urgent" : ""}">${g.paused ? `${t("header.paused")} ` : ""}${clock(left)}</span>`;
}

function alertText(a: Alert): string {
  switch (a.kind) {
    case "breach": return `${ct("dash.breach")}: ${describeEvent(a.event)}`;
    case "dealFailed": return `${ct("dash.dealFailed")}: ${describeEvent(a.event)}`;
    case "idle": return ct(a.why === "disconnected" ? "dash.idle.disconnected" : "dash.idle.noOrders", { seat: nameOf(a.actor) });
  }
}

/** The students the class placed in a group, by seat. */
const placedIn = (group: number) => classStore.roster.students.filter((s) => s.group === group && s.actor);

function groupCard(group: number, gameId: string) {
  const g = classStore.groups.get(group);
  const students = placedIn(group);
  const seats = g?.seats.filter((s) => s.names.length || students.some((x) => x.actor === s.actor)) ?? [];
  const open = g ? PHASES[g.phase].open && PHASES[g.phase].running : false;
  const notSubmitted = open ? seats.filter((s) => !s.submitted) : [];
  // a student is in its game when its seat there has it, connected
  const inGame = (s: (typeof students)[number]) => {
    const seat = g?.seats.find((x) => x.actor === s.actor);
    return seat !== undefined && seat.connected > 0 && seat.names.includes(s.name);
  };
  const away = students.filter((s) => !inGame(s));
  const h = g?.headline;
  const lang = store.lang;
  return html`
    <article class="group-card ${g?.waiting ? "waiting" : ""} ${g?.alerts.length ? "alerting" : ""}" data-group=${group}>
      <header>
        <h2>${ct("dash.group", { n: group + 1 })}</h2>
        <a class="game-code" href="/?game=${gameId}" target="_blank" rel="noopener" title=${ct("dash.openHint")}>${gameId}</a>
        ${g ? html`
          <span class="phase phase-${g.phase}">${t(`phase.${g.phase}`)}</span>
          <span class="round">${ct("dash.round", { round: g.round, rounds: g.rounds })}</span>
          ${timeLeft(g)}
          ${g.waiting ? html`<span class="badge waiting">${ct("dash.waiting")}</span>` : nothing}` : nothing}
      </header>
      ${h ? html`
        <dl class="headline">
          <div><dt>${t("ind.split")}</dt><dd>${percent(h.splitIndex, lang)}</dd></div>
          <div><dt>${t("ind.risk")}</dt><dd>${h.securityRisk.toFixed(0)}</dd></div>
          <div><dt>${t("ind.gap")}</dt><dd>${t("ind.months", { months: h.gapMonths.toFixed(0) })}</dd></div>
          <div><dt>${t("ind.chinaCompute")}</dt><dd>${count(h.chinaCompute, lang)}</dd></div>
        </dl>` : nothing}
      <table class="group-seats">
        <tbody>${seats.map((s) => html`
          <tr data-actor=${s.actor}>
            <th scope="row">${nameOf(s.actor)}</th>
            <td>${students.filter((x) => x.actor === s.actor).map((x) => html`<span class="student ${away.includes(x) ? "away" : ""}">${away.includes(x) ? "○" : "●"} ${x.name}</span> `)}</td>
            <td class="submitted">${s.submitted ? "✓" : ""}</td>
          </tr>`)}</tbody>
      </table>
      ${open ? html`<p class="not-submitted">${notSubmitted.length
        ? html`<strong>${ct("dash.notSubmitted")}:</strong> ${notSubmitted.map((s) => students.filter((x) => x.actor === s.actor).map((x) => x.name).join(" & ") || nameOf(s.actor)).join(", ")}`
        : ct("dash.everyoneSubmitted")}</p>` : nothing}
      ${away.length ? html`<p class="away-line"><strong>${ct("dash.disconnected")}:</strong> ${away.map((x) => x.name).join(", ")}</p>` : nothing}
      <ul class="alerts" aria-label=${ct("dash.alerts")}>
        ${g?.alerts.map((a) => html`<li class="alert-${a.kind}">${alertText(a)}</li>`)}
      </ul>
      <div class="group-buttons">
        ${g?.paused
          ? html`<button @click=${() => command(group, { command: "resume" })}>${ct("dash.resume")}</button>`
          : html`<button @click=${() => command(group, { command: "pause" })}>${ct("dash.pause")}</button>`}
        <button @click=${() => command(group, { command: "extend", seconds: 60 })}>${ct("dash.extend")}</button>
        <button class="advance" @click=${() => command(group, { command: g?.phase === "lobby" ? "start" : "advance" })}>${g?.phase === "lobby" ? ct("dash.start") : ct("dash.advance")}</button>
      </div>
    </article>`;
}

function roster() {
  const { students, games } = classStore.roster;
  const actors = store.scenario?.actors ?? [];
  return html`
    <section class="class-roster">
      <h2>${ct("dash.students", { n: students.length })}</h2>
      ${students.length === 0 ? html`<p class="hint">${ct("dash.noStudents")}</p>` : html`
        <table>
          <thead><tr><th>${ct("dash.name")}</th><th>${ct("dash.friendsCol")}</th><th>${ct("dash.groupCol")}</th><th>${ct("dash.seatCol")}</th><th>${ct("dash.online")}</th></tr></thead>
          <tbody>${students.map((s) => html`
            <tr data-student=${s.id}>
              <td>${s.name}</td>
              <td class="muted">${s.friends.join(", ")}</td>
              <td>${games.length ? html`
                <select aria-label=${ct("dash.moveTo", { name: s.name })} @change=${(e: Event) => {
                  const v = (e.target as HTMLSelectElement).value;
                  sendClass("move", { student: s.id, group: v === "" ? null : Number(v) });
                }}>
                  <option value="" ?selected=${s.group === null}>${ct("dash.unplaced")}</option>
                  ${games.map((_, g) => html`<option value=${g} ?selected=${s.group === g}>${ct("dash.group", { n: g + 1 })}</option>`)}
                </select>` : nothing}</td>
              <td>${s.group !== null ? html`
                <select aria-label=${ct("dash.seatOf", { name: s.name })} @change=${(e: Event) => sendClass("move", { student: s.id, group: s.group, actor: (e.target as HTMLSelectElement).value })}>
                  ${actors.map((a) => html`<option value=${a.id} ?selected=${s.actor === a.id}>${local(a.name)}</option>`)}
                </select>` : nothing}</td>
              <td>${s.online ? "●" : "○"}</td>
            </tr>`)}</tbody>
        </table>`}
    </section>`;
}

export function dashboard() {
  const w = classStore.welcome!;
  const { games } = classStore.roster;
  const invite = `${location.origin}/?class=${w.code}`;
  return html`
    ${bar()}
    <main class="class-dash">
      <section class="class-top">
        <div>
          <div class="label">${ct("dash.code")}</div>
          <div class="big-code" id="class-code">${w.code}</div>
        </div>
        <div class="invite">${ct("dash.invite")} <a href=${invite}>${invite}</a>
          <button @click=${() => void navigator.clipboard?.writeText(invite)}>${t("lobby.copy")}</button></div>
        ${games.length ? nothing : html`
          <div class="form-groups">
            <button id="form-groups" class="primary" ?disabled=${classStore.roster.students.length === 0} @click=${() => sendClass("form", {})}>${ct("dash.form")}</button>
            <p class="hint">${ct("dash.formHint")}</p>
          </div>`}
      </section>
      ${games.length ? html`
        ${classControls()}
        <section class="class-groups">${games.map((id, g) => groupCard(g, id))}</section>` : nothing}
      ${roster()}
    </main>`;
}
