// The debrief: every indicator charted per round, each actor's score by objective, and the timeline of
// the game with what was hidden and when it came out. The timeline replays the game's record with the
// shared engine, in the browser: the same game, event for event.
import { html, nothing, render } from "lit-html";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { GameEvent } from "../../shared/engine/events.ts";
import type { Indicators } from "../../shared/engine/indicators.ts";
import { replay, type RecordEntry } from "../../shared/record.ts";
import type { Metric, Role } from "../../shared/scenario/schema.ts";
import { scoreLines } from "../../shared/engine/explain.ts";
import { metricFigure } from "../../shared/guide/role-card.ts";
import { largest, MEASURES, type DecisionEffect, type Measure } from "../../shared/review.ts";
import { compute, figure, millions, percent, signed, withUnit } from "../format.ts";
import { t } from "../i18n.ts";
import { dt } from "../i18n/debrief.ts";
import { g } from "../i18n/guide.ts";
import { historyPanel } from "./history.ts";
import { rt } from "../i18n/report.ts";
import { api, seatTokenFor, serverBase } from "../net.ts";
import { store, update } from "../store.ts";
import { header, labelled, listOf, local, nameOf, quarterOf } from "./common.ts";
import { describeAction, describeEvent } from "./describe.ts";
import { ROLE_ORDER } from "./lobby.ts";

/** Okabe–Ito: told apart without relying on red against green. */
export const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#E69F00", "#56B4E9", "#CC79A7", "#000000", "#F0E442"];
/** Each line its own dash as well as its own colour, so no two lines of a chart differ by hue alone. */
const DASHES = [[], [6, 3], [2, 2], [10, 3, 2, 3], [14, 4]];
const lineStyle = (i: number) => ({ stroke: PALETTE[i % PALETTE.length]!, dash: DASHES[i % DASHES.length]! });

/** A legend's key: a short stretch of the line as drawn, its dash included (not a plain square). */
function lineKey(i: number): string {
  const { stroke, dash } = lineStyle(i);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="28" height="8"><line x1="0" y1="4" x2="28" y2="4" stroke="${stroke}" stroke-width="2.5" stroke-dasharray="${dash.join(" ") || "none"}"/></svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}") center / contain no-repeat`;
}

/** A chart's figures as a table, folded under the chart: the rounds down, the lines across. */
function chartTable(chart: Chart, indicators: Indicators[]) {
  return html`<details class="chart-data"><summary>${dt("chartTable")}</summary>
    <table class="text-table">
      <caption class="visually-hidden">${chart.title}</caption>
      <thead><tr><th scope="col">${t("debrief.round")}</th>${chart.series.map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead>
      <tbody>${indicators.map((i) => html`<tr><th scope="row">${quarterOf(i.round)}</th>${chart.series.map((s) => html`<td class="num">${figure(s.pick(i), store.lang)}</td>`)}</tr>`)}</tbody>
    </table></details>`;
}

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
  // as many charts abreast as the grid has columns (one on a narrow screen)
  const columns = getComputedStyle(host).gridTemplateColumns.split(" ").length;
  const width = Math.max(240, Math.floor((host.clientWidth - 12 * (columns - 1)) / columns) - 14);
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
      // a key to the lines, each drawn as its line is; the figures are in the table below and the CSV
      legend: { live: false, markers: { width: 0, fill: (_u, i) => lineKey(i - 1) } },
      series: [{ label: t("debrief.round") }, ...chart.series.map((s, i) => ({ label: s.label, width: 2, ...lineStyle(i) }))],
    }, [rounds, ...chart.series.map((s) => indicators.map(s.pick))], box);
    // the canvas is a picture of the table under it
    box.querySelector("canvas")?.setAttribute("aria-hidden", "true");
    const data = document.createElement("div");
    box.append(data);
    render(chartTable(chart, indicators), data);
  }
}

/** Each role group's scores, and for each actor how it scored: every objective's measure against its
 *  marks, times its share of 100 points. */
/** A metric's value as the interface states it (the capability gap in months). */
function metric(m: Metric, value: number): string {
  const f = metricFigure(store.scenario!, m, value);
  return withUnit(f.value, f.unit, store.lang);
}

function scores() {
  const view = store.view!;
  const lang = store.lang;
  const objectives = store.scenario?.objectives;
  return ROLE_ORDER.map((role: Role) => {
    const actors = (store.scenario?.actors ?? []).filter((a) => a.role === role);
    const list = objectives?.[role] ?? [];
    return html`
      <section class="score-group" data-role=${role}>
        <table class="scores">
          <caption>${t(`roleGroup.${role}`)}</caption>
          <thead><tr><th>${t("debrief.actor")}</th><th class="total">${t("debrief.total")}</th>${list.map((o) => html`<th>${local(o.label)}</th>`)}</tr></thead>
          <tbody>${actors.map((a) => {
            const card = view.scores[a.id];
            return html`<tr class=${a.id === store.seat ? "mine" : ""}><th scope="row">${nameOf(a.id)}</th><td class="total">${card ? card.total.toFixed(0) : "—"}</td>
              ${list.map((o) => { const p = card?.parts.find((x) => x.objective === o.id); return html`<td>${p ? p.points.toFixed(0) : "—"}</td>`; })}</tr>`;
          })}</tbody>
        </table>
        ${actors.map((a) => {
          const card = view.scores[a.id];
          if (!card) return nothing;
          return html`<details class="score-lines" ?open=${a.id === store.seat} data-actor=${a.id}>
            <summary>${dt("how", { actor: nameOf(a.id), score: card.total.toFixed(0) })}</summary>
            <table>
              <thead><tr><th>${dt("line.objective")}</th><th>${dt("line.value")}</th><th>${dt("line.range")}</th><th>${dt("line.progress")}</th><th>${dt("line.worth")}</th><th>${dt("line.points")}</th></tr></thead>
              <tbody>${scoreLines(list, card).map((l) => html`<tr>
                <th scope="row">${local(list.find((o) => o.id === l.objective)?.label)}<div class="hint">${g(`measure.${l.metric}`)}</div></th>
                <td>${metric(l.metric, l.value)}</td>
                <td>${metric(l.metric, l.from)} → ${metric(l.metric, l.to)}</td>
                <td>${percent(l.progress, lang)}</td><td>${(l.share * 100).toFixed(0)}</td>
                <td class="total">${percent(l.progress, lang)} × ${(l.share * 100).toFixed(0)} = ${l.points.toFixed(1)}</td></tr>`)}</tbody>
            </table>
          </details>`;
        })}
      </section>`;
  });
}

// ---- the decisions that mattered ----------------------------------------------------------------------

/** A measure's effect in its own unit, signed. */
function effectText(m: Measure, v: number): string {
  const lang = store.lang;
  const abs = Math.abs(v);
  const text = m === "splitIndex" ? rt("report.pp", { n: (abs * 100).toFixed(1) }) : m === "securityRisk" ? abs.toFixed(1)
    : m === "capabilityGap" ? t("ind.months", { months: abs.toFixed(1) })
    : m === "vendorRevenue" ? millions(abs, lang) : compute(abs, lang);
  return signed(text, v);
}

const MEASURE_LABEL: Record<Measure, () => string> = {
  splitIndex: () => t("ind.split"), securityRisk: () => t("ind.risk"), capabilityGap: () => t("ind.gap"),
  chinaCompute: () => t("ind.chinaCompute"), vendorRevenue: () => dt("measure.vendorRevenue"), gulfCompute: () => t("ind.gulfCompute"),
};

const decisionText = (e: DecisionEffect) => dt("decisionLine", { round: e.round, actor: nameOf(e.actor), action: describeAction(e.action) });

function decisions() {
  const code = store.room?.code ?? "";
  if (review?.code !== code) return nothing;
  if (!review.effects) return html`<p class="muted">${dt("decisionsWorking", { done: Math.round(review.progress * 100) })}</p>`;
  const effects = review.effects;
  if (!effects.length) return html`<p class="muted">${dt("decisionsNone")}</p>`;
  const dice = effects[0]!.dice;
  const seats = store.seat ? [store.seat] : (store.scenario?.actors ?? []).map((a) => a.id);
  return html`
    <p class="hint">${dt("decisionsHint", { dice })}</p>
    <div class="decisions">${MEASURES.map((m) => {
      const top = largest(effects, m, 3);
      return top.length ? html`<section class="decision-measure" data-measure=${m}><h3>${MEASURE_LABEL[m]()}</h3>
        <ol>${top.map((e) => html`<li><span class="amount">${effectText(m, e.indicators[m])}</span> ${decisionText(e)}
          ${e.dice > 1 && effectText(m, e.range[m][0]) !== effectText(m, e.range[m][1]) ? html`<span class="hint">(${dt("effectRange", { low: effectText(m, e.range[m][0]), high: effectText(m, e.range[m][1]) })})</span>` : nothing}</li>`)}</ol></section>` : nothing;
    })}</div>
    <h3>${dt("forScores")}</h3>
    <ul class="decision-scores">${seats.map((id) => {
      const best = effects.filter((e) => e.actor === id && Math.abs(e.scores[id] ?? 0) >= 0.05).sort((a, b) => Math.abs(b.scores[id]!) - Math.abs(a.scores[id]!))[0];
      return best ? html`<li data-actor=${id}><strong>${labelled(nameOf(id), "")}</strong> <span class="amount">${signed(Math.abs(best.scores[id]!).toFixed(1), best.scores[id]!)}</span> ${decisionText(best)}</li>` : nothing;
    })}</ul>`;
}

let review: { code: string; progress: number; effects: DecisionEffect[] | null } | null = null;

/** Starts the review of a finished game's record in a worker, once per game. */
function startReview(code: string, entries: RecordEntry[]): void {
  if (review?.code === code) return;
  review = { code, progress: 0, effects: null };
  const worker = new Worker(new URL("./review-worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (e: MessageEvent<{ progress?: number; effects?: DecisionEffect[] }>) => {
    if (review?.code !== code) return worker.terminate();
    if (e.data.effects) { review.effects = e.data.effects; worker.terminate(); }
    else review.progress = e.data.progress ?? review.progress;
    update({});
  };
  worker.postMessage({ entries });
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
  const entries = [{ ...record.header, facilitatorKeyHash: "" } as RecordEntry, ...record.entries];
  const { state } = replay(entries);
  loaded = { code, log: state.log };
  startReview(code, entries);
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
    <main class="debrief ${store.projector ? "projector" : ""}">
      <h1>${t("debrief.title")}</h1>
      ${last ? html`<p class="summary">${t("debrief.summary", { split: percent(last.splitIndex, store.lang), risk: last.securityRisk.toFixed(0), lead: lead(last.gapMonths) })}</p>` : nothing}
      ${store.projector ? nothing : html`<div class="downloads">
        <a id="download-json" class="button" href="${serverBase}/api/games/${code}/record${keyParam}" download="${code}-record.json">${t("debrief.downloadJson")}</a>
        <a id="download-csv" class="button" href="${serverBase}/api/games/${code}/indicators.csv${keyParam}" download="${code}-indicators.csv">${t("debrief.downloadCsv")}</a>
        ${store.hostKey ? html`<a id="download-students" class="button" href="${serverBase}/api/games/${code}/students.csv?key=${store.hostKey}" download="${code}-students.csv">${dt("students")}</a>` : nothing}
        <a class="button" href="/">${t("debrief.home")}</a>
      </div>`}
      <h2>${t("debrief.scores")}</h2>
      <p class="hint">${dt("scale")}</p>
      <div class="score-tables">${scores()}</div>
      <h2>${dt("decisions")}</h2>
      <div id="decisions">${decisions()}</div>
      ${historyPanel(loaded?.code === code ? loaded.log : null)}
      <h2>${t("debrief.indicators")}</h2>
      <div id="charts" class="charts"></div>
      <h2>${t("debrief.timeline")}</h2>
      <div id="timeline" class="timeline">${loaded?.code === code ? timeline(loaded.log) : html`<p class="muted">${t("debrief.loading")}</p>`}</div>
    </main>`;
}
