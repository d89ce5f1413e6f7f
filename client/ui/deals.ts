// Deals: the inbox and my offers with their licence status, and a form to propose or counter.
import { html, nothing } from "lit-html";
import type { AssetsInput } from "../../shared/engine/orders.ts";
import type { Deal } from "../../shared/engine/state.ts";
import { t } from "../i18n.ts";
import { send } from "../net.ts";
import { store, update } from "../store.ts";
import { chipName, idNumber, labelled, nameOf } from "./common.ts";
import { describeAssets } from "./describe.ts";

interface Side { cash: number; chip: string; chips: number; lease: number; leaseRounds: number; conditions: boolean }
const blank = (): Side => ({ cash: 0, chip: "", chips: 0, lease: 0, leaseRounds: 2, conditions: false });
const form = { to: "", give: blank(), get: blank(), counterTo: null as string | null };

const toAssets = (s: Side): AssetsInput => ({
  cash: Math.round(s.cash * 1000),
  chips: s.chip && s.chips > 0 ? { [s.chip]: s.chips } : {},
  lease: s.lease > 0 ? { compute: s.lease, rounds: s.leaseRounds } : null,
  securityConditions: s.conditions,
});

function propose(): void {
  if (!form.to) return;
  send("deal", { action: { kind: "proposeDeal", to: form.to, give: toAssets(form.give), get: toAssets(form.get), counterTo: form.counterTo } });
  Object.assign(form, { give: blank(), get: blank(), counterTo: null });
  update({});
}

function counter(d: Deal): void {
  // a counter-offer starts from the offer turned round
  const side = (a: Deal["give"]): Side => {
    const [chip, n] = Object.entries(a.chips)[0] ?? ["", 0];
    return { cash: a.cash / 1000, chip, chips: n, lease: a.lease?.compute ?? 0, leaseRounds: a.lease?.rounds ?? 2, conditions: a.securityConditions };
  };
  Object.assign(form, { to: d.from, give: side(d.get), get: side(d.give), counterTo: d.id });
  update({});
}

/** The deal's state in one badge: while it waits for its licence, the licence's own status. */
function statusOf(d: Deal) {
  const l = d.status === "awaitingLicence" && d.licenceId ? store.view?.licences.find((x) => x.id === d.licenceId) : undefined;
  return l
    ? html`<span class="badge licence-${l.status}">${labelled(t("deal.licence"), t(`licence.${l.status}`))}</span>`
    : html`<span class="badge">${t(`dealStatus.${d.status}`)}</span>`;
}

function dealRow(d: Deal) {
  const me = store.seat;
  const incoming = d.to === me && d.status === "proposed";
  const mine = d.from === me;
  return html`
    <li class="deal deal-${d.status}" data-deal=${d.id}>
      <div><strong>${mine ? t("deal.youOffer", { to: nameOf(d.to) }) : t("deal.offers", { from: nameOf(d.from) })}</strong> <span class="muted">${idNumber(d.id)}</span></div>
      <div>${labelled(mine ? t("deal.give") : t("deal.theyGive"), describeAssets(d.give))}</div>
      <div>${labelled(mine ? t("deal.get") : t("deal.theyGet"), describeAssets(d.get))}</div>
      <div>${statusOf(d)}</div>
      ${incoming ? html`<div class="deal-actions">
        <button class="primary accept" @click=${() => send("deal", { action: { kind: "acceptDeal", deal: d.id } })}>${t("deal.accept")}</button>
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
          <option value="">—</option>${chips.map((c) => html`<option value=${c.id} ?selected=${side.chip === c.id}>${chipName(c.id)}</option>`)}
        </select>
        <input type="number" name="${who}-count" min="0" step="1" aria-label=${t("deal.chipCount")} .value=${String(side.chips)} @change=${(e: Event) => set({ chips: Number((e.target as HTMLInputElement).value) || 0 })} />
      </label>
      ${canLease ? html`<label>${t("deal.lease")} <input type="number" min="0" step="1" .value=${String(side.lease)} @change=${(e: Event) => set({ lease: Number((e.target as HTMLInputElement).value) || 0 })} /> ${t("unit.h100e")}
        × <input type="number" class="short" min="1" max="12" aria-label=${t("deal.leaseRounds")} .value=${String(side.leaseRounds)} @change=${(e: Event) => set({ leaseRounds: Number((e.target as HTMLInputElement).value) || 1 })} /> ${t("deal.rounds")}</label>
        <label class="check"><input type="checkbox" .checked=${side.conditions} @change=${(e: Event) => set({ conditions: (e.target as HTMLInputElement).checked })} /> ${t("deal.promiseConditions")}</label>` : nothing}
    </fieldset>`;
}

export function dealsPanel() {
  const view = store.view;
  if (!view || !store.seat) return html`<p class="muted">${t("orders.noSeat")}</p>`;
  const deals = [...view.deals].reverse();
  const others = (store.scenario?.actors ?? []).filter((a) => a.id !== store.seat);
  return html`
    <section class="deals">
      <h2>${t("deal.title")}</h2>
      ${deals.length ? html`<ul class="deal-list">${deals.map(dealRow)}</ul>` : html`<p class="muted">${t("deal.none")}</p>`}
    </section>
    <form class="propose" @submit=${(e: Event) => { e.preventDefault(); propose(); }}>
      <h3>${form.counterTo ? t("deal.counterTitle", { id: idNumber(form.counterTo) }) : t("deal.propose")}</h3>
      <label>${t("deal.with")}
        <select id="deal-to" required @change=${(e: Event) => { form.to = (e.target as HTMLSelectElement).value; update({}); }}>
          <option value="">—</option>${others.map((a) => html`<option value=${a.id} ?selected=${form.to === a.id}>${nameOf(a.id)}</option>`)}
        </select>
      </label>
      ${sideForm(t("deal.youGive"), form.give, "give")}
      ${sideForm(t("deal.youGet"), form.get, "get")}
      <p class="hint">${t("deal.licenceHint")}</p>
      <button id="propose-deal" class="primary" type="submit" ?disabled=${!form.to}>${t("deal.send")}</button>
      ${form.counterTo ? html`<button type="button" @click=${() => { form.counterTo = null; update({}); }}>${t("common.cancel")}</button>` : nothing}
    </form>`;
}
