// Deals: the inbox (offers waiting for my answer first, then deals under way, then those done and gone,
// folded), each with its licence's state and, for a lease, whether it still runs; and the form to
// propose or counter, with the price per chip, the total, and warnings before it goes out.
import { html, nothing } from "lit-html";
import type { AssetsInput } from "../../shared/engine/orders.ts";
import type { Assets, Deal } from "../../shared/engine/state.ts";
import { dealRisks, sideOf } from "../../shared/guide/risks.ts";
import { money, moneyField } from "../format.ts";
import { markTried } from "../guide/memory.ts";
import { t } from "../i18n.ts";
import { ot } from "../i18n/orders.ts";
import { rt } from "../i18n/report.ts";
import { send } from "../net.ts";
import { store, update } from "../store.ts";
import { chipName, idNumber, labelled, nameOf } from "./common.ts";
import { askFirst, riskList } from "./confirm.ts";
import { describeAssets } from "./describe.ts";

interface Side { cash: number; chip: string; chips: number; lease: number; leaseRounds: number; conditions: boolean }
const blank = (): Side => ({ cash: 0, chip: "", chips: 0, lease: 0, leaseRounds: 2, conditions: false });
const form = { to: "", give: blank(), get: blank(), counterTo: null as string | null };

const toAssets = (s: Side): AssetsInput => ({
  cash: moneyField.toEngine(s.cash),
  chips: s.chip && s.chips > 0 ? { [s.chip]: s.chips } : {},
  lease: s.lease > 0 ? { compute: s.lease, rounds: s.leaseRounds } : null,
  securityConditions: s.conditions,
});
const full = (a: AssetsInput): Assets => ({ cash: a.cash ?? 0, chips: a.chips ?? {}, lease: a.lease ?? null, securityConditions: a.securityConditions ?? false });

const risksOf = (d: { from: string; to: string; give: Assets; get: Assets }) =>
  store.view && store.scenario && store.seat ? dealRisks(store.view, store.scenario, sideOf(d, store.seat)) : [];

function propose(): void {
  if (!form.to || !store.seat) return;
  const give = toAssets(form.give), get = toAssets(form.get);
  askFirst(risksOf({ from: store.seat, to: form.to, give: full(give), get: full(get) }), () => {
    send("deal", { action: { kind: "proposeDeal", to: form.to, give, get, counterTo: form.counterTo } });
    markTried(store.view!.private[store.seat!]!.role, ["proposeDeal"]);
    Object.assign(form, { give: blank(), get: blank(), counterTo: null });
    update({});
  });
}

function accept(d: Deal): void {
  askFirst(risksOf(d), () => {
    send("deal", { action: { kind: "acceptDeal", deal: d.id } });
    markTried(store.view!.private[store.seat!]!.role, ["acceptDeal"]);
  });
}

function counter(d: Deal): void {
  // a counter-offer starts from the offer turned round
  const side = (a: Deal["give"]): Side => {
    const [chip, n] = Object.entries(a.chips)[0] ?? ["", 0];
    return { cash: moneyField.fromEngine(a.cash), chip, chips: n, lease: a.lease?.compute ?? 0, leaseRounds: a.lease?.rounds ?? 2, conditions: a.securityConditions };
  };
  Object.assign(form, { to: d.from, give: side(d.get), get: side(d.give), counterTo: d.id });
  update({});
  document.getElementById("propose-deal-form")?.scrollIntoView({ block: "nearest" });
}

/** The deal's state in one badge: while it waits for its licence, the licence's own; a lease's running time. */
function statusOf(d: Deal) {
  const l = d.licenceId ? store.view?.licences.find((x) => x.id === d.licenceId) : undefined;
  if (d.status === "awaitingLicence" && l) {
    return html`<span class="badge licence-${l.status}">${labelled(`${t("deal.licence")} ${idNumber(l.id)}`, t(`licence.${l.status}`))}</span>
      ${l.status === "conditional" ? html` <span class="hint">${rt("licence.why.conditional", { by: l.conditionsBy ?? "" })}</span>` : nothing}`;
  }
  const lease = store.view?.leases.find((x) => x.dealId === d.id);
  if (d.status === "settled" && lease) {
    return html`<span class="badge">${lease.ended ? ot("deal.leaseDone", { round: lease.endRound }) : ot("deal.leaseRunning", { round: lease.endRound })}</span>`;
  }
  const failed = store.events.find((e) => e.kind === "deal" && e.deal === d.id && e.status === d.status && e.failing);
  const why = failed && failed.kind === "deal" && failed.failing
    ? ot("deal.failedWhy", { who: nameOf(failed.failing), why: rt(failed.why ? `deal.why.${failed.why}` : "deal.why.chips") })
    : "";
  return html`<span class="badge">${t(`dealStatus.${d.status}`)}</span>${why ? html` <span class="hint">${why}</span>` : nothing}`;
}

/** Chips for cash: the price per chip, as chip prices are quoted. */
function perChip(d: { give: Assets; get: Assets }): string {
  const chips = Object.values(d.give.chips).reduce((s, n) => s + n, 0) || Object.values(d.get.chips).reduce((s, n) => s + n, 0);
  const cash = d.give.cash || d.get.cash;
  return chips > 0 && cash > 0 ? ot("deal.perChip", { price: money(cash / chips, store.lang) }) : "";
}

function dealRow(d: Deal) {
  const me = store.seat;
  const incoming = d.to === me && d.status === "proposed";
  const mine = d.from === me;
  const price = perChip(d);
  return html`
    <li class="deal deal-${d.status}" data-deal=${d.id}>
      <div><strong>${mine ? t("deal.youOffer", { to: nameOf(d.to) }) : t("deal.offers", { from: nameOf(d.from) })}</strong> <span class="muted">${idNumber(d.id)}</span></div>
      <div>${labelled(mine ? t("deal.give") : t("deal.theyGive"), describeAssets(d.give))}</div>
      <div>${labelled(mine ? t("deal.get") : t("deal.theyGet"), describeAssets(d.get))}</div>
      ${price ? html`<div class="hint">${price}</div>` : nothing}
      <div>${statusOf(d)}</div>
      ${incoming ? html`${riskList(risksOf(d))}<div class="deal-actions">
        <button class="primary accept" @click=${() => accept(d)}>${t("deal.accept")}</button>
        <button @click=${() => send("deal", { action: { kind: "rejectDeal", deal: d.id } })}>${t("deal.reject")}</button>
        <button @click=${() => counter(d)}>${t("deal.counter")}</button></div>` : nothing}
      ${mine && d.status === "proposed" ? html`<button @click=${() => send("deal", { action: { kind: "withdrawDeal", deal: d.id } })}>${t("deal.withdraw")}</button>` : nothing}
    </li>`;
}

function sideForm(label: string, side: Side, who: "give" | "get") {
  const chips = store.scenario?.chipTypes ?? [];
  const set = (patch: Partial<Side>) => { Object.assign(side, patch); update({}); };
  const canLease = (who === "give" ? store.view?.actors.find((a) => a.id === store.seat) : store.view?.actors.find((a) => a.id === form.to))?.role === "gulf";
  return html`
    <fieldset class="deal-side"><legend>${label}</legend>
      <label>${t("deal.cash")} <input type="number" name="${who}-cash" min="0" step="any" .value=${String(side.cash)} @change=${(e: Event) => set({ cash: Number((e.target as HTMLInputElement).value) || 0 })} /></label>
      <label>${t("deal.chips")}
        <select name="${who}-chip" @change=${(e: Event) => set({ chip: (e.target as HTMLSelectElement).value })}>
          <option value="">—</option>${chips.map((c) => html`<option value=${c.id} ?selected=${side.chip === c.id}>${chipName(c.id)} (${money(c.price, store.lang)})</option>`)}
        </select>
        <input type="number" name="${who}-count" min="0" step="1" aria-label=${t("deal.chipCount")} .value=${String(side.chips)} @change=${(e: Event) => set({ chips: Number((e.target as HTMLInputElement).value) || 0 })} />
      </label>
      ${canLease ? html`<label>${t("deal.lease")} <input type="number" name="${who}-lease" min="0" step="1" .value=${String(side.lease)} @change=${(e: Event) => set({ lease: Number((e.target as HTMLInputElement).value) || 0 })} /> ${ot("unit.h100e")}
        × <input type="number" class="short" min="1" max="12" aria-label=${t("deal.leaseRounds")} .value=${String(side.leaseRounds)} @change=${(e: Event) => set({ leaseRounds: Number((e.target as HTMLInputElement).value) || 1 })} /> ${t("deal.rounds")}</label>
        <label class="check"><input type="checkbox" .checked=${side.conditions} @change=${(e: Event) => set({ conditions: (e.target as HTMLInputElement).checked })} /> ${t("deal.promiseConditions")}</label>` : nothing}
    </fieldset>`;
}

/** The offer being written, in words: what I give, what I get, the price per chip, and its risks. */
function draftSummary() {
  if (!form.to || !store.seat) return nothing;
  const give = full(toAssets(form.give)), get = full(toAssets(form.get));
  const price = perChip({ give, get });
  const cash = give.cash || get.cash;
  return html`
    <div class="deal-summary" aria-live="polite">
      <div>${ot("deal.summaryGive", { what: describeAssets(give) })}</div>
      <div>${ot("deal.summaryGet", { what: describeAssets(get) })}</div>
      ${cash ? html`<div><strong>${ot("deal.total", { total: money(cash, store.lang) })}</strong>${price ? ` · ${price}` : ""}</div>` : nothing}
      ${riskList(risksOf({ from: store.seat, to: form.to, give, get }))}
    </div>`;
}

export function dealsPanel() {
  const view = store.view;
  const me = store.seat;
  if (!view || !me) return html`<p class="muted">${t("orders.noSeat")}</p>`;
  const newest = [...view.deals].reverse();
  const live = newest.filter((d) => d.to === me && d.status === "proposed");
  const runningLease = (d: Deal) => d.status === "settled" && view.leases.some((l) => l.dealId === d.id && !l.ended);
  const underWay = newest.filter((d) => (d.status === "proposed" && d.from === me) || d.status === "accepted" || d.status === "awaitingLicence" || d.status === "delivering" || runningLease(d));
  const gone = newest.filter((d) => !live.includes(d) && !underWay.includes(d));
  const others = (store.scenario?.actors ?? []).filter((a) => a.id !== me);
  return html`
    <section class="deals" id="deal-inbox" tabindex="-1">
      <h2>${t("deal.title")}</h2>
      ${newest.length === 0 ? html`<p class="muted">${t("deal.none")}</p>` : nothing}
      ${live.length ? html`<h3>${ot("deal.live")}</h3><ul class="deal-list live">${live.map(dealRow)}</ul>` : nothing}
      ${underWay.length ? html`<h3>${ot("deal.open")}</h3><ul class="deal-list">${underWay.map(dealRow)}</ul>` : nothing}
      ${gone.length ? html`<details class="deals-gone"><summary>${ot("deal.closed", { count: gone.length })}</summary><ul class="deal-list">${gone.map(dealRow)}</ul></details>` : nothing}
    </section>
    <form class="propose" id="propose-deal-form" @submit=${(e: Event) => { e.preventDefault(); propose(); }}>
      <h3>${form.counterTo ? t("deal.counterTitle", { id: idNumber(form.counterTo) }) : t("deal.propose")}</h3>
      <label>${t("deal.with")}
        <select id="deal-to" required @change=${(e: Event) => { form.to = (e.target as HTMLSelectElement).value; update({}); }}>
          <option value="">—</option>${others.map((a) => html`<option value=${a.id} ?selected=${form.to === a.id}>${nameOf(a.id)}</option>`)}
        </select>
      </label>
      ${sideForm(t("deal.youGive"), form.give, "give")}
      ${sideForm(t("deal.youGet"), form.get, "get")}
      ${draftSummary()}
      <p class="hint">${t("deal.licenceHint")}</p>
      <button id="propose-deal" class="primary" type="submit" ?disabled=${!form.to}>${t("deal.send")}</button>
      ${form.counterTo ? html`<button type="button" @click=${() => { form.counterTo = null; update({}); }}>${t("common.cancel")}</button>` : nothing}
    </form>`;
}

