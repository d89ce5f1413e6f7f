// The game screen: the map (or the supply chain) with the headline indicators, and the side panels.
// The projector shows the map and the indicators large, without panels.
import { html, nothing } from "lit-html";
// a new panel, phase or round gets a panel element of its own: it opens at its top without a forced layout
import { keyed } from "lit-html/directives/keyed.js";
import { PHASES } from "../../shared/phases.ts";
import { compute, count, millions, percent } from "../format.ts";
import { t } from "../i18n.ts";
import { hasHost, send } from "../net.ts";
import { store, update, type Panel } from "../store.ts";
import { header, nameOf } from "./common.ts";
import { mapKeys, pickOnMap, zoomMap } from "./map-host.ts";
import { endName } from "../map/figures.ts";
import { FLOW_KINDS, flowsOf, widthOf } from "../map/model.ts";
import { mt } from "../i18n/map.ts";
import { once } from "../memo.ts";
import { dealsPanel } from "./deals.ts";
import { ordersPanel } from "./orders.ts";
import { chatPanel, controlPanel } from "./panels.ts";
import { rt } from "../i18n/report.ts";
import { flowsTitle, mapText } from "./map-text.ts";
import { reportPanel } from "./report.ts";
import { todoBox } from "./todo.ts";
import { projectorGame } from "./projector.ts";

export function indicatorStrip() {
  const ind = store.view?.indicators.at(-1);
  const trend = (pick: (i: NonNullable<typeof ind>) => number) => {
    const list = store.view?.indicators ?? [];
    if (list.length < 2) return "";
    const d = pick(list.at(-1)!) - pick(list.at(-2)!);
    return d > 1e-6 ? "▲" : d < -1e-6 ? "▼" : "■";
  };
  if (!ind) return html`<div class="indicators"><span class="muted">${t("ind.none")}</span></div>`;
  const lang = store.lang;
  const cards: [string, string, string, string][] = [
    ["split", t("ind.split"), percent(ind.splitIndex, lang), trend((i) => i.splitIndex)],
    ["risk", t("ind.risk"), ind.securityRisk.toFixed(0), trend((i) => i.securityRisk)],
    ["gap", t("ind.gap"), t("ind.months", { months: ind.gapMonths.toFixed(0) }), trend((i) => i.gapMonths)],
    ["cn", t("ind.chinaCompute"), `${count(ind.chinaCompute.total, lang)} ${t("unit.h100e")}`, trend((i) => i.chinaCompute.total)],
    ["rev", t("ind.vendorRevenue"), millions(ind.vendorRevenue, lang), trend((i) => i.vendorRevenue)],
    ["gulf", t("ind.gulfCompute"), `${count(Object.values(ind.gulf).reduce((s, g) => s + g.compute, 0), lang)} ${t("unit.h100e")}`, trend((i) => Object.values(i.gulf).reduce((s, g) => s + g.compute, 0))],
  ];
  return html`<div class="indicators" role="list" aria-label=${t("ind.title")}>
    ${cards.map(([id, label, value, arrow]) => html`<div class="ind ind-${id}" role="listitem"><span class="label">${label}</span><span class="value">${value} <span class="trend">${arrow}</span></span></div>`)}
    ${store.view?.omniscient ? nothing : html`<span class="known-only" title=${t("ind.knownHint")}>ⓘ ${t("ind.known")}</span>`}
  </div>`;
}

// the legend and its list of flows are drawn only while open (a round's list can be long)
let legendOpen: boolean | null = null;
let flowsOpen = false;

/** Zoom buttons (for keyboards and touch), what the map's colours, patterns, lines and widths mean,
 *  and the round's flows as a list: the map's figures in words, each a button to its figures. */
function mapOverlay() {
  // open at first on a wide screen, but not on the projector's map
  legendOpen ??= window.innerWidth >= 1600 && !store.projector;
  const swatch = (cls: string) => html`<span class="swatch ${cls}" aria-hidden="true"></span>`;
  const view = store.view, scenario = store.scenario;
  const flows = view && scenario ? once(view, "flows", () => flowsOf(view, scenario).sort((a, b) => b.amount - a.amount)) : [];
  const max = Math.max(1, ...flows.map((f) => f.amount));
  const lang = store.lang;
  return html`
    <div class="map-zoom" role="group" aria-label=${t("map.zoom")}>
      <button @click=${() => zoomMap(1)} aria-label=${t("map.zoomIn")}>+</button>
      <button @click=${() => zoomMap(-1)} aria-label=${t("map.zoomOut")}>−</button>
      <button @click=${() => zoomMap(0)} aria-label=${t("map.zoomReset")}>⌂</button>
    </div>
    <p class="map-note">${t("map.schematic")}</p>
    <details class="legend" ?open=${legendOpen} @toggle=${(e: Event) => { legendOpen = (e.target as HTMLDetailsElement).open; update({}); }}>
      <summary>${t("map.legend")}</summary>
      ${legendOpen ? html`<ul class="legend-keys">
        <li>${swatch("bloc-us")}${t("legend.us")}</li>
        <li>${swatch("bloc-china")}${t("legend.china")}</li>
        <li>${swatch("bloc-aligned")}${t("legend.aligned")}</li>
        <li>${swatch("bloc-neutral")}${t("legend.neutral")}</li>
        <li>${swatch("bloc-suspect")}${t("legend.suspect")}</li>
        ${FLOW_KINDS.map((k) => html`<li>${swatch(`flow-${k}`)}${mt(`flow.${k}`)}</li>`)}
      </ul>` : nothing}
      ${legendOpen && flows.length ? html`<div class="legend-widths"><span>${mt("map.legendWidth")}</span>
        ${[max, max / 4, max / 16].map((v) => html`<span class="width-key"><span class="width-line" style="height:${widthOf(v, max).toFixed(1)}px"></span>${compute(v, lang)}</span>`)}</div>` : nothing}
      ${view ? html`<details class="flow-list" ?open=${flowsOpen} @toggle=${(e: Event) => { flowsOpen = (e.target as HTMLDetailsElement).open; update({}); }}>
        <summary>${flowsTitle(view)}</summary>
        ${!flowsOpen ? nothing : flows.length ? html`<ul>${flows.map((f) => html`<li><button type="button" class="link" @click=${() => pickOnMap({ kind: "flow", flow: f })}>${mt("map.flowLine", {
          from: endName(f.from), to: endName(f.to), kind: mt(`flow.${f.kind}`), amount: compute(f.amount, lang),
        })}</button></li>`)}</ul>` : html`<p class="muted">${mt("map.noFlows")}</p>`}
      </details>` : nothing}
    </details>`;
}

function tabs() {
  const list: Panel[] = ["orders", "deals", "chat", "report"];
  if (hasHost()) list.push("control");
  return html`<nav class="tabs" role="tablist">${list.map((p) => html`
    <button role="tab" id="tab-${p}" aria-selected=${store.panel === p} class=${store.panel === p ? "on" : ""} @click=${() => update({ panel: p })}>${t(`panel.${p}`)}${p === "deals" ? badge() : nothing}</button>`)}</nav>`;
}

function badge() {
  const n = store.view?.deals.filter((d) => d.to === store.seat && d.status === "proposed").length ?? 0;
  return n ? html` <span class="count">${n}</span>` : nothing;
}

function panel() {
  switch (store.panel) {
    case "orders": return ordersPanel();
    case "deals": return dealsPanel();
    case "chat": return chatPanel();
    case "report": return reportPanel();
    case "control": return controlPanel();
  }
}

/** The host of a solo game or a game among friends moves it on from the report and the briefing. */
function continueBar() {
  const room = store.room;
  if (!room || !hasHost() || store.panel === "control") return nothing;
  const label = PHASES[room.phase].continueLabel;
  if (!label) return nothing;
  // after the last round the report leads to the debrief
  const last = room.phase === "report" && room.round >= room.rounds;
  return html`<div class="continue"><button id="continue" class="primary" @click=${() => send("facilitator", { command: "advance" })}>${last ? rt("report.toDebrief") : t(label)}</button></div>`;
}

/** The canvas's host: a named region that takes the focus, where the keys move and zoom the map. */
const mapHost = (name: string, described: boolean) =>
  html`<div id="phaser-host" role="region" tabindex="0" aria-label=${name} aria-describedby=${described ? "map-keys" : nothing} @keydown=${mapKeys}></div>`;

export function game() {
  if (store.projector) return projectorGame(html`<div class="map-wrap">${mapHost(t("map.world"), false)}${mapOverlay()}</div>`);
  return html`
    ${header()}
    <main class="game">
      <section class="stage">
        <nav class="tabs map-tabs" role="tablist">
          <button role="tab" id="tab-map" aria-selected=${store.mapTab === "map"} class=${store.mapTab === "map" ? "on" : ""} @click=${() => update({ mapTab: "map" })}>${t("map.world")}</button>
          <button role="tab" id="tab-chain" aria-selected=${store.mapTab === "chain"} class=${store.mapTab === "chain" ? "on" : ""} @click=${() => update({ mapTab: "chain" })}>${t("map.chain")}</button>
          <span class="hint" id="map-keys">${t(store.mapTab === "map" ? "map.hint" : "map.chainHint")}</span>
        </nav>
        <div class="map-wrap">
          ${mapHost(t(store.mapTab === "map" ? "map.world" : "map.chain"), true)}
          ${store.mapTab === "map" ? mapOverlay() : nothing}
        </div>
        ${mapText(store.mapTab)}
        ${indicatorStrip()}
      </section>
      <aside class="side">
        ${continueBar()}
        ${todoBox()}
        ${tabs()}
        ${keyed(`${store.panel}:${store.room?.phase}:${store.room?.round}`, html`<div class="panel" role="tabpanel" tabindex="0" aria-labelledby="tab-${store.panel}">${panel()}</div>`)}
        ${store.seat || hasHost() ? nothing : store.role === "player" ? html`<p class="hint">${t("game.noSeatHint")}</p>` : nothing}
        ${store.seat ? html`<p class="seat-line">${t("game.youAre", { seat: nameOf(store.seat) })}</p>` : nothing}
      </aside>
    </main>`;
}
