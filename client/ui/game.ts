// The game screen: the map (or the supply chain) with the headline indicators, and the side panels.
// The projector shows the map and the indicators large, without panels.
import { html, nothing } from "lit-html";
import { PHASES } from "../../shared/phases.ts";
import { count, millions, percent } from "../format.ts";
import { t } from "../i18n.ts";
import { hasHost, send } from "../net.ts";
import { store, update, type Panel } from "../store.ts";
import { header, nameOf } from "./common.ts";
import { zoomMap } from "./map-host.ts";
import { dealsPanel } from "./deals.ts";
import { ordersPanel } from "./orders.ts";
import { chatPanel, controlPanel, reportPanel } from "./panels.ts";

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

/** Zoom buttons (for keyboards and touch) and what the map's colours and lines mean. */
function mapOverlay() {
  const swatch = (cls: string) => html`<span class="swatch ${cls}" aria-hidden="true"></span>`;
  return html`
    <div class="map-zoom" role="group" aria-label=${t("map.zoom")}>
      <button @click=${() => zoomMap(1)} aria-label=${t("map.zoomIn")}>+</button>
      <button @click=${() => zoomMap(-1)} aria-label=${t("map.zoomOut")}>−</button>
      <button @click=${() => zoomMap(0)} aria-label=${t("map.zoomReset")}>⌂</button>
    </div>
    <p class="map-note">${t("map.schematic")}</p>
    <details class="legend" ?open=${window.innerWidth >= 1280}>
      <summary>${t("map.legend")}</summary>
      <ul>
        <li>${swatch("bloc-us")}${t("legend.us")}</li>
        <li>${swatch("bloc-china")}${t("legend.china")}</li>
        <li>${swatch("bloc-aligned")}${t("legend.aligned")}</li>
        <li>${swatch("bloc-neutral")}${t("legend.neutral")}</li>
        <li>${swatch("bloc-suspect")}${t("legend.suspect")}</li>
        <li>${swatch("flow-sale")}${t("legend.sale")}</li>
        <li>${swatch("flow-domestic")}${t("legend.domestic")}</li>
        <li>${swatch("flow-lease")}${t("legend.lease")}</li>
        <li>${swatch("flow-smuggled")}${t("legend.smuggled")}</li>
        <li>${swatch("flow-cloud")}${t("legend.cloud")}</li>
      </ul>
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
  return html`<div class="continue"><button id="continue" class="primary" @click=${() => send("facilitator", { command: "advance" })}>${t(label)}</button></div>`;
}

export function game() {
  if (store.projector) {
    return html`${header()}<main class="game projector">
      <section class="stage"><div class="map-wrap"><div id="phaser-host"></div>${mapOverlay()}</div>${indicatorStrip()}</section>
      <aside class="side projector-side"><div class="big-code">${store.room?.code}</div>${reportPanel()}</aside></main>`;
  }
  return html`
    ${header()}
    <main class="game">
      <section class="stage">
        <nav class="tabs map-tabs" role="tablist">
          <button role="tab" id="tab-map" aria-selected=${store.mapTab === "map"} class=${store.mapTab === "map" ? "on" : ""} @click=${() => update({ mapTab: "map" })}>${t("map.world")}</button>
          <button role="tab" id="tab-chain" aria-selected=${store.mapTab === "chain"} class=${store.mapTab === "chain" ? "on" : ""} @click=${() => update({ mapTab: "chain" })}>${t("map.chain")}</button>
          <span class="hint">${t("map.hint")}</span>
        </nav>
        <div class="map-wrap">
          <div id="phaser-host" aria-label=${t(store.mapTab === "map" ? "map.world" : "map.chain")}></div>
          ${store.mapTab === "map" ? mapOverlay() : nothing}
        </div>
        ${indicatorStrip()}
      </section>
      <aside class="side">
        ${continueBar()}
        ${tabs()}
        <div class="panel" role="tabpanel">${panel()}</div>
        ${store.seat || hasHost() ? nothing : store.role === "player" ? html`<p class="hint">${t("game.noSeatHint")}</p>` : nothing}
        ${store.seat ? html`<p class="seat-line">${t("game.youAre", { seat: nameOf(store.seat) })}</p>` : nothing}
      </aside>
    </main>`;
}
