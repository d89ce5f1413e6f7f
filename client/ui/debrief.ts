// The debrief: every indicator charted per round, each actor's score by objective, and the timeline of
// the game with what was hidden and when it came out. The timeline replays the game's record with the
// shared engine, in the browser: the same game, event for event.
import { html, nothing } from "lit-html";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { GameEvent } from "../../shared/engine/events.ts";
import type { Indicators } from "../../shared/engine/indicators.ts";
import { replay, type RecordEntry } from "../../shared/record.ts";
import type { Role } from "../../shared/scenario/schema.ts";
import { figure, percent } from "../format.ts";
import { t } from "../i18n.ts";
import { api, seatTokenFor, serverBase } from "../net.ts";
import { store, update } from "../store.ts";
import { header, listOf, local, nameOf, quarterOf } from "./common.ts";
import { describeEvent } from "./describe.ts";
import { ROLE_ORDER } from "./lobby.ts";

/** Okabe–Ito: told apart without relying on red against green. */
export const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#E69F00", "#56B4E9", "#CC79A7", "#000000", "#F0E442"];
const DASHES = [[], [6, 3], [2, 2], [10, 3, 2, 3]];

interface Chart { id: string; title: string; series: { label: string; pick: (i: Indicators) => number }[] }

function charts(first: Indicators): Chart[] {
  const vendors = Object.keys(first.vendors);
  const gulf = Object.keys(first.gulf);
  const firms = Object.keys(first.chinaFirms);
  return [
    { id: "split", title: t("ind.split"), series: [{ label: t("ind.split"), pick: (i) => i.splitIndex * 100 }] },
    { id: "risk", title: t("ind.risk"), series: [{ label: t("ind.risk"), pick: (i) => i.securityRisk }] },
    { id: "gap", title: t("debrief.gapMonths"), series: [{ label: t("ind.gap"), pick: (i) => i.gapMonths }] },
    { id: "capability", title: t("debrief.capability"), series: [{ label: nameOf("uslabs"), pick: (i) => i.usCapability }, ...firms.map((f) => ({ label: nameOf(f), pick: (i: Indicators) => i.chinaFirms[f]!.capability }))] },
    { id: "china", title: t("debrief.chinaCompute"), series: (["domestic", "legal", "smuggled", "leased", "cloud"] as const).map((k) => ({ label: t(`source.${k}`), pick: (i: Indicators) => i.chinaCompute[k] })) },
    { id: "revenue", title: t("debrief.revenue"), series: vendors.map((v) => ({ label: nameOf(v), pick: (i: Indicators) => i.vendors[v]!.revenue })) },
    { id: "shares", title: t("debrief.shares"), series: vendors.map((v) => ({ label: nameOf(v), pick: (i: Indicators) => (i.vendors[v]!.sharePrice / first.vendors[v]!.sharePrice - 1) * 100 })) },
    { id: "gulf", title: t("debrief.gulfCompute"), series: gulf.map((g) => ({ label: nameOf(g), pick: (i: Indicators) => i.gulf[g]!.compute })) },
    { id: "diversification", title: t("debrief.diversification"), series: gulf.map((g) => ({ label: nameOf(g), pick: (i: Indicators) => i.gulf[g]!.diversification * 100 })) },
    { id: "trust", title: t("debrief.trust"), series: gulf.map((g) => ({ label: nameOf(g), pick: (i: Indicators) => i.gulf[g]!.trustInUs })) },
  ];
}

function drawCharts(host: HTMLElement, indicators: Indicators[]): void {
  host.replaceChildren();
  if (indicators.length === 0) return;
  const rounds = indicators.map((i) => i.round);
  const width = Math.max(280, Math.floor((host.clientWidth - 24) / 2) - 12);
  // whole rounds only, as many as fit with a quarter's label (about 70 px) each
  const step = Math.ceil(rounds.length / Math.max(1, Math.floor((width - 60) / 70)));
  const ticks = rounds.filter((_, i) => i % step === 0);
  for (const chart of charts(indicators[0]!)) {
    const box = document.createElement("figure");
    box.className = "chart";
    box.dataset.chart = chart.id;
    const caption = document.createElement("figcaption");
    caption.textContent = chart.title;
    box.append(caption);
    host.append(box);
    new uPlot({
      width, height: 180,
      scales: { x: { time: false } },
      axes: [
        // a Chinese quarter (2024年第3季度) takes two lines to fit under its tick
        { splits: () => ticks, values: (_u, splits) => splits.map((r) => quarterOf(r).replace("年", "年\n")), size: store.lang === "zh" ? 56 : 40 },
        { size: 56, values: (_u, splits) => splits.map((n) => figure(n, store.lang)) },
      ],
      legend: { live: false }, // a key to the lines; the figures are in the CSV
      series: [{ label: t("debrief.round") }, ...chart.series.map((s, i) => ({
        label: s.label, stroke: PALETTE[i % PALETTE.length], width: 2, dash: DASHES[Math.floor(i / 2) % DASHES.length],
      }))],
    }, [rounds, ...chart.series.map((s) => indicators.map(s.pick))], box);
  }
}

function scores() {
  const view = store.view!;
  const objectives = store.scenario?.objectives;
  return ROLE_ORDER.map((role: Role) => {
    const actors = (store.scenario?.actors ?? []).filter((a) => a.role === role);
    const list = objectives?.[role] ?? [];
    return html`
      <table class="scores" data-role=${role}>
        <caption>${t(`roleGroup.${role}`)}</caption>
        <thead><tr><th>${t("debrief.actor")}</th><th>${t("debrief.total")}</th>${list.map((o) => html`<th>${local(o.label)}</th>`)}</tr></thead>
        <tbody>${actors.map((a) => {
          const card = view.scores[a.id];
          return html`<tr><th scope="row">${nameOf(a.id)}</th><td class="total">${card ? card.total.toFixed(0) : "—"}</td>
            ${list.map((o) => { const p = card?.parts.find((x) => x.objective === o.id); return html`<td title=${p ? String(p.value.toFixed(2)) : ""}>${p ? p.points.toFixed(0) : "—"}</td>`; })}</tr>`;
        })}</tbody>
      </table>`;
  });
}

/** Events that shaped the game; those not public when they happened are marked with who knew. */
const KEY: GameEvent["kind"][] = ["scenario", "policy", "bill", "entityList", "visit", "licence", "deal", "seized", "leaseDetected", "distillationDetected", "built", "design", "shipment"];
const keyEvent = (e: GameEvent) => KEY.includes(e.kind) && !(e.kind === "deal" && (e.status === "proposed" || e.status === "rejected" || e.status === "withdrawn" || e.status === "expired")) && !(e.kind === "design" && !e.ready);

function timeline(log: GameEvent[]) {
  const rounds = [...new Set(log.map((e) => e.round))].sort((a, b) => a - b);
  return rounds.map((r) => html`
    <section class="timeline-round">
      <h3>${quarterOf(r)} · ${t("header.roundShort", { round: r })}</h3>
      <ul>${log.filter((e) => e.round === r && keyEvent(e)).map((e) => html`
        <li class=${e.visibleTo === "all" ? "" : "hidden-then"}>${describeEvent(e)}
          ${e.visibleTo === "all" ? nothing : html`<span class="badge" title=${t("debrief.knewHint")}>${t("debrief.knew", { who: listOf(e.visibleTo.map(nameOf)) })}</span>`}</li>`)}</ul>
    </section>`);
}

let loaded: { code: string; log: GameEvent[] } | null = null;
let loading = "";

async function loadTimeline(code: string): Promise<void> {
  loading = code;
  // the facilitator reads the whole record; a player, the public parts and its own seat's
  const record = await api<{ header: RecordEntry; entries: RecordEntry[] }>(`/api/games/${code}/record`, { key: store.hostKey ?? undefined, seatToken: seatTokenFor(code) ?? undefined });
  const { state } = replay([{ ...record.header, facilitatorKeyHash: "" } as RecordEntry, ...record.entries]);
  loaded = { code, log: state.log };
  update({}); // draw the page again, with the timeline
}

let chartedFor = "";

/** Who leads in AI at the end, by how many months. */
const lead = (gapMonths: number) => t(gapMonths >= 0 ? "debrief.usLeads" : "debrief.chinaLeads", { months: Math.abs(gapMonths).toFixed(0) });

export function debrief() {
  const view = store.view;
  const code = store.room?.code ?? "";
  const indicators = view?.indicators ?? [];
  const key = `${code}:${indicators.length}:${store.lang}`;
  queueMicrotask(() => {
    const host = document.getElementById("charts");
    if (host && chartedFor !== key) {
      chartedFor = key;
      drawCharts(host, indicators);
    }
    if (code && loaded?.code !== code && loading !== code) void loadTimeline(code).catch(() => { loading = ""; });
  });
  const seatToken = seatTokenFor(code);
  const keyParam = store.hostKey ? `?key=${store.hostKey}` : seatToken ? `?seat=${encodeURIComponent(seatToken)}` : "";
  const last = indicators.at(-1);
  return html`
    ${header()}
    <main class="debrief">
      <h1>${t("debrief.title")}</h1>
      ${last ? html`<p class="summary">${t("debrief.summary", { split: percent(last.splitIndex, store.lang), risk: last.securityRisk.toFixed(0), lead: lead(last.gapMonths) })}</p>` : nothing}
      <div class="downloads">
        <a id="download-json" class="button" href="${serverBase}/api/games/${code}/record${keyParam}" download="${code}-record.json">${t("debrief.downloadJson")}</a>
        <a id="download-csv" class="button" href="${serverBase}/api/games/${code}/indicators.csv${keyParam}" download="${code}-indicators.csv">${t("debrief.downloadCsv")}</a>
        <a class="button" href="/">${t("debrief.home")}</a>
      </div>
      <h2>${t("debrief.scores")}</h2>
      <div class="score-tables">${scores()}</div>
      <h2>${t("debrief.indicators")}</h2>
      <div id="charts" class="charts"></div>
      <h2>${t("debrief.timeline")}</h2>
      <div id="timeline" class="timeline">${loaded?.code === code ? timeline(loaded.log) : html`<p class="muted">${t("debrief.loading")}</p>`}</div>
    </main>`;
}
