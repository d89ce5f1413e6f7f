// The round report: every change it shows comes with the engine's reasons. The seat's own round first
// (its score by objective, its cash, chips, share price and capability, its news), the world after
// (each headline indicator and share price with its drivers, the public news), other seats' dealings
// folded at the end.
import { html, nothing, type TemplateResult } from "lit-html";
import type { GameEvent } from "../../shared/engine/events.ts";
import { explainLevel, explainRound, explainScore, HEADLINES, type Change, type Headline, type Reason } from "../../shared/engine/explain.ts";
import type { Indicators } from "../../shared/engine/indicators.ts";
import type { ActorState } from "../../shared/engine/state.ts";
import { sumValues } from "../../shared/engine/units.ts";
import { metricFigure } from "../../shared/guide/role-card.ts";
import { PHASES } from "../../shared/phases.ts";
import { compute, count, dollars, millions, money, percent, signed, withUnit } from "../format.ts";
import { t, type Key } from "../i18n.ts";
import { rt, type ReportKey } from "../i18n/report.ts";
import { sortNews } from "../report/news.ts";
import { once } from "../memo.ts";
import { store, update } from "../store.ts";
import { chipName, local, nameOf, quarterOf } from "./common.ts";
import { describeEvent } from "./describe.ts";

const lang = () => store.lang;

/** A headline's value, and a reason's amount, in the headline's own unit. */
function headlineFigure(key: Headline, value: number, cur: Indicators, change = false): string {
  const l = lang();
  const s = (text: string) => (change ? signed(text, value) : text);
  switch (key) {
    case "splitIndex": return change ? s(rt("report.pp", { n: (Math.abs(value) * 100).toFixed(1) })) : percent(value, l);
    case "securityRisk": return s(Math.abs(value).toFixed(change ? 1 : 0));
    case "capabilityGap": {
      const perPoint = cur.capabilityGap !== 0 ? cur.gapMonths / cur.capabilityGap : 0;
      return s(t("ind.months", { months: (Math.abs(value) * perPoint).toFixed(change ? 1 : 0) }));
    }
    case "chinaCompute": case "gulfCompute": return s(compute(Math.abs(value), l));
    case "vendorRevenue": return s(millions(Math.abs(value), l));
  }
}

/** Drivers smaller than this (in the headline's unit) are left out as noise. */
const NOTICE: Record<Headline, number> = { splitIndex: 0.0005, securityRisk: 0.05, capabilityGap: 0.01, chinaCompute: 1, vendorRevenue: 1, gulfCompute: 1 };

/** A headline's value in a round. */
const headlineValue = (key: Headline, i: Indicators): number => ({
  splitIndex: i.splitIndex, securityRisk: i.securityRisk, capabilityGap: i.capabilityGap, chinaCompute: i.chinaCompute.total,
  vendorRevenue: i.vendorRevenue, gulfCompute: Object.values(i.gulf).reduce((t, g) => t + g.compute, 0),
})[key];

/** The indicator each headline names. */
export const HEADLINE_LABEL = {
  splitIndex: "ind.split", securityRisk: "ind.risk", capabilityGap: "ind.gap", chinaCompute: "ind.chinaCompute", vendorRevenue: "ind.vendorRevenue", gulfCompute: "ind.gulfCompute",
} as const satisfies Record<Headline, Key>;

/** A card, bill or licence named in a reason. */
function refName(ref: string): string {
  if (store.scenario?.chipTypes.some((c) => c.id === ref)) return chipName(ref);
  const card = store.events.find((e) => e.kind === "scenario" && e.card === ref);
  if (card && card.kind === "scenario") return local(card.title);
  const bill = store.scenario?.bills.find((b) => b.id === ref);
  return bill ? local(bill.name) : ref;
}

function reasonText(r: Reason): string {
  const params = { firm: r.ref ? nameOf(r.ref) : "", gulf: r.ref ? nameOf(r.ref) : "", card: r.ref ? refName(r.ref) : "", licence: r.ref ?? "" };
  const key = `why.${r.cause}` as ReportKey;
  return rt.has(key) ? rt(key, params) : r.cause;
}

const reasons = (list: { text: string; amount: string }[]) => list.length
  ? html`<ul class="reasons">${list.map((r) => html`<li><span class="amount">${r.amount}</span> ${r.text}</li>`)}</ul>`
  : nothing;

/** Each headline indicator that moved, with its drivers; in the first round, what each stands on. */
function headlines(prev: Indicators | undefined, cur: Indicators): TemplateResult {
  if (!prev) {
    const level = explainLevel(cur);
    return html`<ul class="headlines">${HEADLINES.map((key) => html`
      <li data-headline=${key}><strong>${t(HEADLINE_LABEL[key])}</strong> ${headlineFigure(key, headlineValue(key, cur), cur)}
        ${level[key].length ? html`<span class="muted">${key === "capabilityGap" ? rt("report.thisRound") : rt("report.madeOf")}</span>` : nothing}
        ${reasons(level[key].filter((r) => Math.abs(r.amount) >= NOTICE[key]).slice(0, 3).map((r) => ({ text: reasonText(r), amount: headlineFigure(key, r.amount, cur, key === "capabilityGap") })))}</li>`)}
    </ul>`;
  }
  const why = once(cur, "explain", () => explainRound(prev, cur));
  const rows = HEADLINES.map((key) => ({ key, change: why.headlines[key] })).filter(({ change }) => prev && Math.abs(change.to - change.from) > 1e-9);
  return html`
    <ul class="headlines">${rows.map(({ key, change }) => html`
      <li data-headline=${key}><strong>${t(HEADLINE_LABEL[key])}</strong>
        ${headlineFigure(key, change.from, cur)} → ${headlineFigure(key, change.to, cur)}
        ${reasons(change.reasons.filter((r) => Math.abs(r.amount) >= NOTICE[key]).slice(0, 3).map((r) => ({ text: reasonText(r), amount: headlineFigure(key, r.amount, cur, true) })))}</li>`)}
    </ul>
    ${rows.length ? nothing : html`<p class="muted">${rt("report.none")}</p>`}`;
}

function priceLine(vendor: string, change: Change) {
  const pct = (change.to / change.from - 1) * 100;
  return html`<li data-vendor=${vendor}><strong>${nameOf(vendor)}</strong> ${dollars(change.from, lang())} → ${dollars(change.to, lang())}
    <span class=${pct < 0 ? "bad" : "ok"}>(${signed(`${Math.abs(pct).toFixed(1)}%`, pct)})</span>
    ${reasons(change.reasons.slice(0, 3).map((r) => ({ text: reasonText(r), amount: signed(`${Math.abs(r.amount).toFixed(1)}%`, r.amount) })))}</li>`;
}

/** The seat's score, and the objectives that moved it. */
function scoreChange(seat: string) {
  const cards = store.view?.scoreHistory[seat];
  const role = store.view?.private[seat]?.role;
  if (!cards?.length || !role || !store.scenario) return nothing;
  const objectives = store.scenario.objectives[role];
  const cur = cards.at(-1)!, prev = cards.at(-2);
  // the first round: what each objective has earned; later, the objectives that moved
  const lines = explainScore(objectives, prev, cur).filter((c) => !prev || Math.abs(c.pointsTo - c.pointsFrom) >= 0.05);
  const label = (id: string) => local(objectives.find((o) => o.id === id)?.label);
  const figure = (id: string, value: number) => {
    const f = metricFigure(store.scenario!, objectives.find((o) => o.id === id)!.metric, value);
    return withUnit(f.value, f.unit, lang());
  };
  const total = objectives.reduce((t, o) => t + o.weight, 0);
  const max = (id: string) => ((100 * objectives.find((o) => o.id === id)!.weight) / total).toFixed(0);
  return html`
    <div class="score-change">
      <strong>${rt("report.score")}</strong> ${prev ? rt("report.scoreLine", { from: prev.total.toFixed(0), to: cur.total.toFixed(0) }) : rt("report.scoreNow", { score: cur.total.toFixed(0) })}
      ${reasons(lines.map((c) => ({
        amount: prev ? signed((Math.abs(c.pointsTo - c.pointsFrom)).toFixed(1), c.pointsTo - c.pointsFrom) : c.pointsTo.toFixed(1),
        text: rt("report.objectiveLine", { objective: label(c.objective), from: figure(c.objective, c.from), to: figure(c.objective, c.to), points: c.pointsTo.toFixed(1), max: max(c.objective) }),
      })))}
    </div>`;
}

const chipList = (stock: Record<string, number>) => Object.entries(stock).filter(([, n]) => n > 0).map(([c, n]) => `${count(n, lang())} ${chipName(c)}`).join(", ");

/** What moved the seat's own figures: cash by ledger, chips by shipment and sale, capital by orders. */
function ownChanges(seat: string, now: ActorState, before: ActorState | undefined, events: GameEvent[]) {
  const l = lang();
  const rows: { label: string; value: string; why: { text: string; amount: string }[] }[] = [];
  const moved = sumValues(now.cashBy as Record<string, number>);
  if (moved !== 0 || (before && before.cash !== now.cash)) {
    const why = Object.entries(now.cashBy).filter(([, v]) => v).sort((a, b) => Math.abs(b[1]!) - Math.abs(a[1]!))
      .slice(0, 4).map(([kind, v]) => ({ text: rt(`why.cash.${kind}` as ReportKey), amount: signed(money(Math.abs(v!), l), v!) }));
    rows.push({ label: rt("report.cash"), value: `${money(before?.cash ?? now.cash - moved, l)} → ${money(now.cash, l)}`, why });
  }
  const held = (a: ActorState) => sumValues(a.installed) + sumValues(a.stock);
  if (before && held(before) !== held(now)) {
    const why: { text: string; amount: string }[] = [];
    const line = (key: ReportKey, chips: Record<string, number>, sign: number) =>
      why.push({ text: rt(key, { chips: chipList(chips) }), amount: signed(count(sumValues(chips), l), sign) });
    for (const e of events) {
      if (e.kind === "shipment" && e.to === seat) line("why.chips.in", e.chips, 1);
      if (e.kind === "shipment" && e.from === seat) line("why.chips.out", e.chips, -1);
      if (e.kind === "marketSale" && e.vendor === seat) line("why.chips.sold", e.chips, -1);
      if (e.kind === "production" && e.vendor === seat) line("why.chips.made", e.chips, 1);
      if (e.kind === "seized" && e.buyer === seat) line("why.chips.seized", e.chips, -1);
    }
    rows.push({ label: rt("report.chips"), value: `${count(held(before), l)} → ${count(held(now), l)}`, why });
  }
  if (now.role === "usGov" && (now.capitalSpent > 0 || (before && before.politicalCapital !== now.politicalCapital))) {
    const start = before?.politicalCapital;
    const regained = start === undefined ? undefined : now.politicalCapital - start + now.capitalSpent;
    rows.push({
      label: rt("report.capital"), value: `${start === undefined ? "" : `${Math.floor(start)} → `}${Math.floor(now.politicalCapital)}`,
      why: [{ text: rt("report.capitalWhy", { spent: Math.round(now.capitalSpent), regained: regained === undefined ? "?" : Math.round(regained) }), amount: "" }],
    });
  }
  if (before && Math.abs(now.capability - before.capability) > 0.05) {
    const gain = store.view?.indicators.at(-1)?.chinaFirms[seat]?.gain;
    const delta = now.capability - before.capability;
    // a Chinese firm's gain by source; a Gulf state's comes from its sovereign programme's training
    const why = gain ? Object.entries(gain).filter(([, v]) => Math.abs(v) > 0.05).map(([cause, v]) => ({ text: reasonText({ cause: `china.${cause}`, amount: v, ref: seat }), amount: signed(Math.abs(v).toFixed(1), v) }))
      : [{ text: rt("why.capability.sovereign"), amount: signed(Math.abs(delta).toFixed(1), delta) }];
    rows.push({ label: rt("report.capability"), value: `${before.capability.toFixed(1)} → ${now.capability.toFixed(1)}`, why });
  }
  if (!rows.length) return nothing;
  return html`<table class="changes"><caption>${rt("report.changes")}</caption><tbody>${rows.map((r) => html`
    <tr><th scope="row">${r.label}</th><td>${r.value}${reasons(r.why)}</td></tr>`)}</tbody></table>`;
}

function eventList(events: GameEvent[], hiddenMark: boolean) {
  return html`<ul class="events">${events.map((e) => html`<li class="ev ev-${e.kind}">${e.kind === "scenario"
    ? html`<strong>${local(e.title)}</strong> — ${local(e.text)}`
    : describeEvent(e)}${hiddenMark && e.visibleTo !== "all" ? html` <span class="badge">${rt("report.hidden")}</span>` : nothing}</li>`)}</ul>`;
}

/** Other seats' dealings are drawn only while unfolded: late in a game they are many. */
let othersOpen = false;

/** The report of the last resolved round, and the news of the round under way. */
export function reportPanel() {
  const view = store.view;
  if (!view) return nothing;
  const seat = store.seat;
  const resolved = view.indicators.at(-1)?.round ?? 0;
  const phase = store.room?.phase;
  const showsResolved = phase ? PHASES[phase].showsResolvedRound : false;
  const upcoming = store.events.filter((e) => e.round === resolved + 1 && e.kind === "scenario");
  const roundEvents = store.events.filter((e) => e.round === resolved);
  const news = sortNews(roundEvents, seat, seat !== null && view.private[seat]?.role === "usGov");
  const cur = view.indicators.at(-1), prev = view.indicators.at(-2);
  const me = seat ? view.private[seat] : undefined;
  const prices = cur ? once(cur, "explain", () => explainRound(prev, cur)).sharePrices : {};
  const next = upcoming.length ? html`
    <section class="report-next">
      <h3>${showsResolved ? `${rt("report.next")}: ` : ""}${quarterOf(resolved + 1)} · ${rt("report.round", { round: resolved + 1 })}</h3>
      ${eventList(upcoming, false)}
    </section>` : nothing;
  return html`
    <section class="report" id="report" tabindex="-1">
      ${showsResolved ? nothing : next}
      ${resolved ? html`<h2>${quarterOf(resolved)} · ${rt("report.round", { round: resolved })}</h2>` : nothing}
      ${seat && me && resolved ? html`
        <section class="report-mine">
          <h3>${rt("report.mine")}</h3>
          ${scoreChange(seat)}
          ${ownChanges(seat, me, store.previous?.private[seat], roundEvents)}
          <h4>${rt("report.news")}</h4>
          ${news.mine.length ? eventList(news.mine, true) : html`<p class="muted">${rt("report.noNews")}</p>`}
        </section>` : nothing}
      ${cur ? html`
        <section class="report-world">
          <h3>${rt("report.world")}</h3>
          ${headlines(prev, cur)}
          ${prev ? html`<h4>${rt("report.prices")}</h4><ul class="headlines">${Object.entries(prices).map(([v, c]) => priceLine(v, c))}</ul>` : nothing}
          ${eventList(news.world.filter((e) => e.kind !== "scenario" || e.round === resolved), false)}
        </section>` : nothing}
      ${news.others.length ? html`
        <details class="report-others" ?open=${othersOpen} @toggle=${(e: Event) => { othersOpen = (e.target as HTMLDetailsElement).open; update({}); }}>
          <summary>${rt("report.others", { count: news.others.length })}</summary>${othersOpen ? eventList(news.others, false) : nothing}</details>` : nothing}
      ${showsResolved ? next : nothing}
    </section>`;
}
