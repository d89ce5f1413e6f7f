// The class debrief, for the teacher: every group side by side (where each ended, the headline
// figures by round, the final score of every seat), the decisions that differed most, and for each
// seat which group played it best and how. The projector view shows it large, without names or
// downloads. The server reads the groups' records and sets them side by side (shared/class/debrief.ts).
import { html, nothing } from "lit-html";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { ClassDebrief, GroupResult } from "../../shared/class/debrief.ts";
import type { Headline } from "../../shared/class/status.ts";
import type { PublicScenario } from "../../shared/engine/view.ts";
import { ct, decisionText } from "../class-i18n.ts";
import { classStore } from "../class-net.ts";
import { count, figure, millions, percent } from "../format.ts";
import { t } from "../i18n.ts";
import { api, hostKeyFor, serverBase } from "../net.ts";
import { store, update } from "../store.ts";
import { langSwitch, local, nameOf, quarterOf } from "./common.ts";
import { PALETTE } from "./debrief.ts";

type Debrief = ClassDebrief & { code: string; scenario: PublicScenario };

let loaded: Debrief | null = null;
let loading = "";

async function load(code: string): Promise<void> {
  loading = code;
  try {
    loaded = await api<Debrief>(`/api/classes/${code}/debrief`, { key: hostKeyFor(code) ?? undefined });
  } finally {
    loading = "";
    update({});
  }
}

const INDICATORS: { id: keyof Headline; label: () => string; show: (h: Headline) => string; value: (h: Headline) => number }[] = [
  { id: "splitIndex", label: () => t("ind.split"), show: (h) => percent(h.splitIndex, store.lang), value: (h) => h.splitIndex * 100 },
  { id: "securityRisk", label: () => t("ind.risk"), show: (h) => h.securityRisk.toFixed(0), value: (h) => h.securityRisk },
  { id: "gapMonths", label: () => t("ind.gap"), show: (h) => t("ind.months", { months: h.gapMonths.toFixed(0) }), value: (h) => h.gapMonths },
  { id: "chinaCompute", label: () => t("ind.chinaCompute"), show: (h) => count(h.chinaCompute, store.lang), value: (h) => h.chinaCompute },
  { id: "vendorRevenue", label: () => t("ind.vendorRevenue"), show: (h) => millions(h.vendorRevenue, store.lang), value: (h) => h.vendorRevenue },
];

const groupName = (g: { group: number }) => ct("dash.group", { n: g.group + 1 });

function drawCharts(host: HTMLElement, groups: GroupResult[]): void {
  host.replaceChildren();
  const rounds = Math.max(0, ...groups.map((g) => g.series.length));
  if (rounds === 0) return;
  const x = Array.from({ length: rounds }, (_, i) => i + 1);
  const width = Math.max(280, Math.floor((host.clientWidth - 24) / (classStore.projector ? 2 : 3)) - 12);
  for (const ind of INDICATORS) {
    const box = document.createElement("figure");
    box.className = "chart";
    box.dataset.chart = ind.id;
    const caption = document.createElement("figcaption");
    caption.textContent = ind.label();
    box.append(caption);
    host.append(box);
    new uPlot({
      width, height: classStore.projector ? 240 : 170,
      padding: [8, 52, 0, 0], // room for the last quarter's label
      scales: { x: { time: false } },
      axes: [
        { splits: () => x.filter((r) => r % Math.ceil(rounds / 6) === 0 || r === 1), values: (_u, splits) => splits.map((r) => quarterOf(r)) },
        { size: 56, values: (_u, splits) => splits.map((n) => figure(n, store.lang)) },
      ],
      legend: { live: false },
      series: [{ label: t("debrief.round") }, ...groups.map((g, i) => ({ label: groupName(g), stroke: PALETTE[i % PALETTE.length], width: 2 }))],
    }, [x, ...groups.map((g) => x.map((r) => (g.series[r - 1] ? ind.value(g.series[r - 1]!) : null)))] as uPlot.AlignedData, box);
  }
}

function finalTable(d: Debrief) {
  return html`
    <table class="class-final">
      <thead><tr><th></th>${d.groups.map((g) => html`<th>${groupName(g)}${g.finished ? nothing : html`<div class="hint">${ct("deb.notFinished", { round: g.rounds + 1 })}</div>`}</th>`)}</tr></thead>
      <tbody>${INDICATORS.map((ind) => html`
        <tr><th scope="row">${ind.label()}</th>${d.groups.map((g) => html`<td>${g.series.at(-1) ? ind.show(g.series.at(-1)!) : "—"}</td>`)}</tr>`)}</tbody>
    </table>`;
}

function scoreTable(d: Debrief) {
  // the groups that did best at a seat, unless they all did as well
  const best = new Set(d.rankings.flatMap((r) => (r.groups.some((g) => g.rank > 1) ? r.groups.filter((g) => g.rank === 1).map((g) => `${r.actor}:${g.group}`) : [])));
  return html`
    <table class="class-scores">
      <thead><tr><th>${ct("deb.seat")}</th>${d.groups.map((g) => html`<th>${groupName(g)}</th>`)}</tr></thead>
      <tbody>${d.scenario.actors.map((a) => html`
        <tr data-actor=${a.id}><th scope="row">${local(a.name)}</th>${d.groups.map((g) => {
          const card = g.scores[a.id];
          const players = g.players[a.id];
          return html`<td class=${best.has(`${a.id}:${g.group}`) ? "best" : ""}>${card ? card.total.toFixed(0) : "—"}
            <span class="names">${players?.length ? players.join(", ") : ct("deb.bot")}</span></td>`;
        })}</tr>`)}</tbody>
    </table>`;
}

function rankings(d: Debrief) {
  return html`
    <div class="class-rankings">${d.rankings.filter((r) => r.groups.length).map((r) => html`
      <section class="ranking" data-actor=${r.actor}>
        <h3>${nameOf(r.actor)}</h3>
        <ol>${r.groups.map((g) => html`<li value=${g.rank} class=${g.rank === 1 && r.groups.some((x) => x.rank > 1) ? "best" : ""}>${groupName(g)} · ${g.total.toFixed(0)} <span class="names">${g.players.length ? g.players.join(", ") : ct("deb.bot")}</span></li>`)}</ol>
        ${r.standout.length ? html`
          <p class="hint">${ct("deb.standout")}</p>
          <ul class="standout">${r.standout.map((s) => html`<li>${ct("deb.timesVs", { decision: decisionText(s.decision), best: s.best, others: s.others.toFixed(1) })}</li>`)}</ul>` : nothing}
      </section>`)}
    </div>`;
}

function decisions(d: Debrief) {
  if (d.decisions.length === 0) return html`<p class="muted">${ct("deb.noDecisions")}</p>`;
  return html`
    <table class="class-decisions">
      <thead><tr><th>${ct("deb.seat")}</th><th>${ct("deb.decision")}</th>${d.groups.map((g) => html`<th>${groupName(g)}</th>`)}</tr></thead>
      <tbody>${d.decisions.map((x) => html`
        <tr><th scope="row">${nameOf(x.actor)}</th><td>${decisionText(x.decision)}</td>${x.counts.map((n) => html`<td class="count">${n}</td>`)}</tr>`)}</tbody>
    </table>`;
}

let chartedFor = "";

export function classDebrief() {
  const code = classStore.code!;
  if (loaded?.code !== code && loading !== code) void load(code);
  const d = loaded?.code === code ? loaded : null;
  const key = d ? `${code}:${store.lang}:${classStore.projector}:${d.groups.map((g) => g.rounds).join()}` : "";
  queueMicrotask(() => {
    const host = document.getElementById("class-charts");
    if (host && d && chartedFor !== key) {
      chartedFor = key;
      drawCharts(host, d.groups);
    }
  });
  const keyParam = `?key=${encodeURIComponent(hostKeyFor(code) ?? "")}`;
  const projector = (on: boolean) => { classStore.projector = on; chartedFor = ""; update({}); };
  return html`
    <header class="bar">
      <span class="logo">${t("app.title")}</span>
      <span>${ct("deb.title")}</span>
      <span class="code">${code}</span>
      <span class="spacer"></span>
      ${langSwitch()}
    </header>
    <main class="class-debrief ${classStore.projector ? "projector" : ""}">
      <h1>${ct("deb.title")}${d ? html` · ${local(d.scenario.title)}` : nothing}</h1>
      <p class="summary">${ct("deb.sameWorld")}</p>
      <div class="downloads">
        ${classStore.projector
          ? html`<button id="leave-projector" @click=${() => projector(false)}>${ct("deb.leaveProjector")}</button>`
          : html`
            <a id="class-csv" class="button" href="${serverBase}/api/classes/${code}/students.csv${keyParam}" download="${code}-students.csv">${ct("deb.csv")}</a>
            <a id="class-records" class="button" href="${serverBase}/api/classes/${code}/records${keyParam}" download="${code}-records.json">${ct("deb.records")}</a>
            <button id="class-projector" @click=${() => projector(true)}>${ct("deb.projector")}</button>
            <button id="class-back" @click=${() => { classStore.debrief = false; loaded = null; update({}); }}>${ct("deb.back")}</button>`}
      </div>
      ${!d ? html`<p class="muted">${ct("deb.loading")}</p>` : d.groups.every((g) => g.rounds === 0) ? html`<p class="muted">${ct("deb.none")}</p>` : html`
        <h2>${ct("deb.final")}</h2>
        ${finalTable(d)}
        <h2>${ct("deb.indicators")}</h2>
        <div id="class-charts" class="charts"></div>
        <h2>${ct("deb.rankings")}</h2>
        ${rankings(d)}
        <h2>${ct("deb.scores")}</h2>
        ${scoreTable(d)}
        <h2>${ct("deb.decisions")}</h2>
        ${decisions(d)}`}
    </main>`;
}
