// What the map shows when a country, a marker or a flow is chosen: its figures as this seat may know
// them, and where each comes from (the seat's records, public news or indicators, the scenario's
// sources for the starting figures).
import { html, nothing, type TemplateResult } from "lit-html";
import type { View } from "../../shared/engine/view.ts";
import { compute, count, dollars, millions, money, percent } from "../format.ts";
import { t } from "../i18n.ts";
import { mt } from "../i18n/map.ts";
import { store } from "../store.ts";
import { chipName, local, nameOf } from "../ui/common.ts";
import { countryName } from "./names.ts";
import type { Flow } from "./model.ts";

export type Pick = { kind: "actor"; id: string } | { kind: "region"; region: string } | { kind: "flow"; flow: Flow };

const row = (label: string, value: unknown) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
const table = (rows: TemplateResult[]) => html`<table class="figures">${rows}</table>`;

/** Names a flow's end: an actor, or a region standing for a group known only in total. */
export const endName = (id: string): string => (/^[A-Z]{2}$/.test(id) ? countryName(id, store.lang) : nameOf(id));

export function flowFigures(f: Flow, round: number): TemplateResult {
  const lang = store.lang;
  const chips = Object.entries(f.chips).filter(([, n]) => n > 0);
  return html`
    <h3>${endName(f.from)} → ${endName(f.to)}</h3>
    <p class="muted">${mt(`flow.${f.kind}`)}</p>
    ${table([
      row(mt("fig.compute"), compute(f.amount, lang)),
      ...(chips.length ? [row(mt("fig.chips"), chips.map(([c, n]) => `${count(n, lang)} ${chipName(c)}`).join(", "))] : []),
      ...(f.value ? [row(mt("fig.value"), millions(f.value, lang))] : []),
      ...(f.refs.length ? [row(mt("fig.refs"), f.refs.join(", "))] : []),
    ])}
    <p class="source"><strong>${mt("map.source")}:</strong> ${mt(`src.${f.source}`, { round })}</p>`;
}

function actorRows(view: View, id: string): TemplateResult[] {
  const lang = store.lang;
  const a = view.actors.find((x) => x.id === id);
  const own = view.private[id];
  const ind = view.indicators.at(-1);
  if (!a) {
    // the non-player parts: the world market and the US labs
    if (id === store.scenario?.npc.worldMarket?.id && ind) {
      const bought = Object.values(ind.vendors).reduce((s, v) => s + (v.marketCompute ?? 0), 0);
      return [row(mt("fig.compute"), compute(bought, lang))];
    }
    if (id === store.scenario?.npc.usLabs?.id && ind) return [row(mt("fig.usCapability"), ind.usCapability.toFixed(1))];
    return [];
  }
  const rows: TemplateResult[] = [];
  if (a.role === "usGov") {
    rows.push(row(mt("fig.threshold"), `TPP ${view.policies.controlThresholdTpp}`), row(mt("fig.kyc"), view.policies.cloudKyc ? t("common.on") : t("common.off")));
    if (own) rows.push(row(mt("fig.capital"), Math.floor(own.politicalCapital)));
  }
  if (a.role === "vendor") {
    rows.push(row(mt("fig.sharePrice"), dollars(a.sharePrice, lang)), row(mt("fig.marketValue"), millions(a.marketValue, lang)), row(mt("fig.revenue"), millions(a.revenue, lang)));
    const by = ind?.vendors[id]?.revenueBy;
    if (by) rows.push(row("", mt("fig.revenueBy", { market: millions(by.market, lang), gulf: millions(by.gulf, lang), china: millions(by.china, lang) })));
    const prices = Object.entries(a.prices);
    if (prices.length) rows.push(row(mt("fig.prices"), prices.map(([c, p]) => `${chipName(c)} ${money(p, lang)}`).join(", ")));
  }
  if (a.role === "gulf" || a.role === "chinaFirm") {
    rows.push(row(mt("fig.computeNow"), compute(a.compute, lang)), row(mt("fig.slots"), count(a.capacity, lang)), row(mt("fig.capability"), a.capability.toFixed(1)));
  }
  if (a.role === "gulf") {
    rows.push(row(mt("fig.conditions"), a.securityConditions ? t("common.yes") : t("common.no")));
    const g = ind?.gulf[id];
    if (g) rows.push(row(mt("fig.trust"), g.trustInUs.toFixed(0)), row(mt("fig.diversification"), percent(g.diversification, lang)));
  }
  if (a.entityListed) rows.push(row(mt("fig.listed"), t("common.yes")));
  if (own && own.cash !== undefined) rows.push(row(t("res.cash"), money(own.cash, lang)));
  return rows;
}

export function actorFigures(view: View, id: string): TemplateResult {
  const source = store.scenario?.cards[id]?.source;
  const round = view.indicators.at(-1)?.round ?? view.round;
  return html`
    <h3>${nameOf(id)}${id === store.seat ? html` <span class="badge">${mt("map.you")}</span>` : nothing}</h3>
    ${table(actorRows(view, id))}
    <p class="source"><strong>${mt("map.source")}:</strong> ${view.private[id] ? mt("src.own") : view.omniscient ? mt("src.record") : mt("src.public")}
      ${view.indicators.length ? mt("src.indicator", { round }) : ""}</p>
    ${source ? html`<p class="source">${mt("src.start", { source })}</p>` : nothing}`;
}

export function figuresOf(view: View, pick: Pick): TemplateResult {
  if (pick.kind === "flow") return flowFigures(pick.flow, view.indicators.at(-1)?.round ?? view.round);
  if (pick.kind === "actor") return actorFigures(view, pick.id);
  const here = (store.scenario?.actors ?? []).filter((a) => a.region === pick.region);
  return html`<h3>${countryName(pick.region, store.lang)}</h3>${here.map((a) => html`<section class="figures-actor">${actorFigures(view, a.id)}</section>`)}`;
}

export const labelOf = (id: string): string => local(store.scenario?.actors.find((a) => a.id === id)?.name) || nameOf(id);
