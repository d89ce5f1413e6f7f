// The map and the supply chain in words, below the canvas: the round's blocs, flows and each actor's
// figures (what the map shows on hover and click), and each link of the supply chain with its state.
// For a keyboard and a screen reader, and for a screen too small for the map. Built only from what
// this seat's view already holds, the same as the canvas (map/model.ts).
import { html, nothing } from "lit-html";
import { compute } from "../format.ts";
import { t } from "../i18n.ts";
import { mt } from "../i18n/map.ts";
import { actorFigures, endName } from "../map/figures.ts";
import { blocOf, chainOf, flowsOf, lastRound } from "../map/model.ts";
import { once } from "../memo.ts";
import type { View } from "../../shared/engine/view.ts";
import { store, update } from "../store.ts";
import { nameOf, quarterOf } from "./common.ts";

// open or closed as the reader left it, across renders and tabs
let open = false;
const toggle = (e: Event) => { open = (e.target as HTMLDetailsElement).open; update({}); };

function mapInWords() {
  const view = store.view!, scenario = store.scenario!;
  const lang = store.lang;
  const flows = once(view, "flows", () => flowsOf(view, scenario).sort((a, b) => b.amount - a.amount));
  return html`
    <table class="text-table">
      <caption>${mt("text.blocs")}</caption>
      <thead><tr><th scope="col">${mt("text.actor")}</th><th scope="col">${mt("text.bloc")}</th></tr></thead>
      <tbody>${scenario.actors.map((a) => html`<tr><th scope="row">${nameOf(a.id)}</th><td>${t(`legend.${blocOf(view, a.id)}`)}</td></tr>`)}</tbody>
    </table>
    <table class="text-table">
      <caption>${flowsTitle(view)}</caption>
      ${flows.length ? html`
        <thead><tr><th scope="col">${mt("text.from")}</th><th scope="col">${mt("text.to")}</th><th scope="col">${mt("text.kind")}</th><th scope="col">${mt("fig.compute")}</th><th scope="col">${mt("map.source")}</th></tr></thead>
        <tbody>${flows.map((f) => html`<tr><td>${endName(f.from)}</td><td>${endName(f.to)}</td><td>${mt(`flow.${f.kind}`)}</td><td class="num">${compute(f.amount, lang)}</td><td>${mt(`text.src.${f.source}`)}</td></tr>`)}</tbody>`
        : html`<tbody><tr><td>${mt("map.noFlows")}</td></tr></tbody>`}
    </table>
    <h3>${mt("text.figures")}</h3>
    ${scenario.actors.map((a) => html`<details class="text-figures"><summary>${nameOf(a.id)}</summary>${actorFigures(view, a.id)}</details>`)}`;
}

function chainInWords() {
  const view = store.view!, scenario = store.scenario!;
  const { links } = once(view, "chain", () => chainOf(view, scenario));
  const end = (id: string) => (id === "foundry" ? t("chain.foundryName") : nameOf(id));
  return html`
    <table class="text-table">
      <caption>${mt("text.links")}</caption>
      <thead><tr><th scope="col">${mt("text.from")}</th><th scope="col">${mt("text.to")}</th><th scope="col">${mt("text.state")}</th></tr></thead>
      <tbody>${links.map((l) => html`<tr class="link-${l.state}"><td>${end(l.from)}</td><td>${end(l.to)}</td><td>${t(`link.${l.state}`)}</td></tr>`)}</tbody>
    </table>`;
}

/** The map (or the supply chain) in words, folded under its own heading. */
/** The title of the last round's flows: its quarter, or before any round is over, when they come. */
export const flowsTitle = (view: View): string => (lastRound(view) === 0 ? mt("map.flowsBefore") : mt("map.flows", { round: quarterOf(lastRound(view)) }));

export function mapText(tab: "map" | "chain") {
  if (!store.view || !store.scenario) return nothing;
  return html`<details class="map-text" id="map-text" ?open=${open} @toggle=${toggle}>
    <summary>${mt(tab === "map" ? "text.map" : "text.chain")}</summary>
    ${open ? (tab === "map" ? mapInWords() : chainInWords()) : nothing}
  </details>`;
}
