// The role dashboard: my resources, pending licences, the orders form for my role, submit, and who has
// submitted. Limits come from the engine's options in my view; the server checks every order again.
import { html, nothing, type TemplateResult } from "lit-html";
import type { Action, ActionOf } from "../../shared/engine/orders.ts";
import type { OrderOptions } from "../../shared/engine/options.ts";
import type { ActorState } from "../../shared/engine/state.ts";
import { PHASES } from "../../shared/phases.ts";
import { count, dollars, money, percent } from "../format.ts";
import { t } from "../i18n.ts";
import { saveDraft, send } from "../net.ts";
import { store } from "../store.ts";
import { billName, chipCount, chipName, idNumber, listOf, nameOf } from "./common.ts";
import { describeAction } from "./describe.ts";
import { seatGroups } from "./lobby.ts";

// ---- editing the draft ----------------------------------------------------------------------------------

/** Replaces the draft's action that `same` picks out (or adds it); null removes it. */
function put<K extends Action["kind"]>(kind: K, same: (a: ActionOf<K>) => boolean, action: ActionOf<K> | null): void {
  const rest = store.draft.filter((a) => !(a.kind === kind && same(a as ActionOf<K>)));
  saveDraft(action ? [...rest, action] : rest);
}
const find = <K extends Action["kind"]>(kind: K, same: (a: ActionOf<K>) => boolean = () => true) =>
  store.draft.find((a) => a.kind === kind && same(a as ActionOf<K>)) as ActionOf<K> | undefined;
const removeAt = (i: number) => saveDraft(store.draft.filter((_, j) => j !== i));
const value = (e: Event) => (e.target as HTMLInputElement).value;
const num = (e: Event) => Number(value(e)) || 0;

// ---- resources ------------------------------------------------------------------------------------------

function chips(stock: Record<string, number>) {
  const held = Object.entries(stock).filter(([, n]) => n > 0);
  return held.length ? held.map(([c, n]) => html`<span class="chip">${chipCount(n, c)}</span> `) : html`<span class="muted">—</span>`;
}

function resources(me: ActorState, o: OrderOptions) {
  const lang = store.lang;
  const rows: [string, unknown][] = [[t("res.cash"), money(me.cash, lang)]];
  if (me.role === "usGov") rows.push([t("res.capital"), Math.floor(me.politicalCapital)]);
  if (me.role === "vendor") {
    rows.push([t("res.sharePrice"), dollars(me.sharePrice, lang)], [t("res.capacity"), `${count(me.capacity, lang)} ${t("res.chipsPerRound")}`]);
    rows.push([t("res.stock"), chips(me.stock)], [t("res.revenueLast"), money(me.revenue, lang)]);
  }
  if (me.role === "gulf" || me.role === "chinaFirm") {
    const building = o.datacentre!.building ? ` ${t("res.building", { n: count(o.datacentre!.building, lang) })}` : "";
    rows.push([t("res.datacentre"), t("res.slotsUsed", { installed: count(o.datacentre!.installed, lang), capacity: count(me.capacity, lang) }) + building]);
    rows.push([t("res.installed"), chips(me.installed)], [t("res.stockWaiting"), chips(me.stock)], [t("res.capability"), me.capability.toFixed(1)]);
    const c = me.compute;
    rows.push([t("res.compute"), `${count(c.own, lang)} ${t("unit.h100e")}${c.leasedIn ? ` + ${count(c.leasedIn, lang)} ${t("res.leasedIn")}` : ""}${c.cloud ? ` + ${count(c.cloud, lang)} ${t("res.cloud")}` : ""}${c.leasedOut ? ` − ${count(c.leasedOut, lang)} ${t("res.leasedOut")}` : ""}`]);
  }
  if (me.role === "gulf") rows.push([t("res.conditions"), me.securityConditions ? t("common.yes") : t("common.no")]);
  return html`<table class="resources"><tbody>${rows.map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}</tbody></table>`;
}

// ---- the form for each role -------------------------------------------------------------------------------

function usForm(o: NonNullable<OrderOptions["us"]>) {
  const lang = store.lang;
  const decision = (id: string) => find("licenceDecision", (a) => a.licence === id)?.decision ?? "";
  const threshold = find("setThreshold")?.tpp ?? o.threshold.current;
  return html`
    <h3>${t("us.licences")} <span class="hint">${t("us.capitalLeft", { capital: Math.floor(o.capital) })}</span></h3>
    ${o.licences.length === 0 ? html`<p class="muted">${t("us.noLicences")}</p>` : html`
      <table class="licences">
        <thead><tr><th>${t("us.exporter")}</th><th>${t("us.destination")}</th><th>${t("us.chips")}</th><th>${t("us.decision")}</th></tr></thead>
        <tbody>${o.licences.map((l) => html`
          <tr class=${l.large ? "large" : ""}>
            <td>${nameOf(l.exporter)}</td><td>${nameOf(l.destination)}</td>
            <td>${listOf(Object.entries(l.chips).filter(([, n]) => n > 0).map(([c, n]) => chipCount(n, c)))}${l.large ? html` <span class="badge">${t("us.large")}</span>` : nothing}${l.status === "delayed" ? html` <span class="badge">${t("licence.delayed")}</span>` : nothing}</td>
            <td><select aria-label=${t("us.decisionFor", { id: idNumber(l.id) })} @change=${(e: Event) => { const d = value(e); put("licenceDecision", (a) => a.licence === l.id, d ? { kind: "licenceDecision", licence: l.id, decision: d as ActionOf<"licenceDecision">["decision"] } : null); }}>
              <option value="" ?selected=${decision(l.id) === ""}>${t("us.undecided")}</option>
              ${(["approve", "approveWithConditions", "delay", "deny"] as const).map((d) => html`<option value=${d} ?selected=${decision(l.id) === d}>${t(`decision.${d}`)}</option>`)}
            </select></td>
          </tr>`)}</tbody>
      </table>`}
    <h3>${t("us.policy")}</h3>
    <label>${t("us.threshold", { cost: o.costs.threshold })}
      <input type="number" min=${o.threshold.min} max=${o.threshold.max} step="1" .value=${String(threshold)}
        @change=${(e: Event) => { const v = num(e); put("setThreshold", () => true, v !== o.threshold.current ? { kind: "setThreshold", tpp: v } : null); }} />
      <span class="hint">${t("us.thresholdNow", { tpp: o.threshold.current })}</span>
    </label>
    <label class="check"><input type="checkbox" .checked=${(find("setPolicy", (a) => a.policy === "cloudKyc")?.value ?? store.view!.policies.cloudKyc) === true}
      @change=${(e: Event) => { const v = (e.target as HTMLInputElement).checked; put("setPolicy", (a) => a.policy === "cloudKyc", v !== store.view!.policies.cloudKyc ? { kind: "setPolicy", policy: "cloudKyc", value: v } : null); }} />
      ${t("us.kyc", { cost: o.costs.policy })}</label>
    <label>${t("us.revenueShare", { cost: o.costs.policy })}
      <input type="number" min="0" max="100" step="1" .value=${String(Math.round(Number(find("setPolicy", (a) => a.policy === "chinaRevenueShare")?.value ?? store.view!.policies.chinaRevenueShare) * 100))}
        @change=${(e: Event) => { const v = num(e) / 100; put("setPolicy", (a) => a.policy === "chinaRevenueShare", v !== store.view!.policies.chinaRevenueShare ? { kind: "setPolicy", policy: "chinaRevenueShare", value: v } : null); }} /> %
    </label>
    ${(["exportGradeLicence", "tierCaps"] as const).map((policy) => html`
      <label class="check"><input type="checkbox" .checked=${(find("setPolicy", (a) => a.policy === policy)?.value ?? store.view!.policies[policy]) === true}
        @change=${(e: Event) => { const v = (e.target as HTMLInputElement).checked; put("setPolicy", (a) => a.policy === policy, v !== store.view!.policies[policy] ? { kind: "setPolicy", policy, value: v } : null); }} />
        ${t(`us.${policy}`, { cost: o.costs.policy })}</label>`)}
    <label>${t("us.caseByCaseTpp", { cost: o.costs.policy })}
      <input type="number" min="0" step="1000" .value=${String(find("setPolicy", (a) => a.policy === "caseByCaseTpp")?.value ?? store.view!.policies.caseByCaseTpp)}
        @change=${(e: Event) => { const v = num(e); put("setPolicy", (a) => a.policy === "caseByCaseTpp", v !== store.view!.policies.caseByCaseTpp ? { kind: "setPolicy", policy: "caseByCaseTpp", value: v } : null); }} />
    </label>
    ${o.bills.map((b) => html`
      <label>${t("us.pushBill", { bill: billName(b.id), support: Math.round(b.support), passAt: b.passAt })}
        <input type="number" min="0" max=${Math.floor(o.capital)} .value=${String(find("pushBill", (a) => a.bill === b.id)?.capital ?? 0)}
          @change=${(e: Event) => { const v = num(e); put("pushBill", (a) => a.bill === b.id, v > 0 ? { kind: "pushBill", bill: b.id, capital: v } : null); }} />
      </label>`)}
    <h3>${t("us.enforcement")}</h3>
    ${targetPicker("visit", o.visitTargets, o.costs.visit)}
    ${targetPicker("audit", o.targets, o.costs.audit)}
    <div class="inline">
      <label>${t("us.entityList", { cost: o.costs.entityList })}
        <select @change=${(e: Event) => { const id = value(e); if (id) saveDraft([...store.draft, { kind: "entityList", target: id, listed: !store.view!.policies.entityList.includes(id) }]); (e.target as HTMLSelectElement).value = ""; }}>
          <option value="">—</option>
          ${o.targets.map((id) => html`<option value=${id}>${store.view!.policies.entityList.includes(id) ? t("us.delist") : t("us.list")} ${nameOf(id)}</option>`)}
        </select>
      </label>
    </div>`;
}

function targetPicker(kind: "visit" | "audit", targets: string[], cost: number) {
  return html`<div class="inline"><label>${t(`us.${kind}`, { cost })}
    <select @change=${(e: Event) => { const id = value(e); if (id) saveDraft([...store.draft, { kind, target: id }]); (e.target as HTMLSelectElement).value = ""; }}>
      <option value="">—</option>${targets.map((id) => html`<option value=${id}>${nameOf(id)}</option>`)}
    </select></label></div>`;
}

function vendorForm(o: NonNullable<OrderOptions["vendor"]>) {
  const lang = store.lang;
  const planned = o.chips.reduce((sum, c) => sum + (find("produce", (a) => a.chip === c.chip)?.quantity ?? c.plan), 0);
  return html`
    <h3>${t("vendor.production")} <span class="hint ${planned > o.capacity ? "bad" : ""}">${t("vendor.planned", { planned: count(planned, lang), capacity: count(o.capacity, lang) })}</span></h3>
    <table class="production">
      <thead><tr><th>${t("vendor.chip")}</th><th>${t("vendor.perRound")}</th><th>${t("vendor.price")}</th><th>${t("vendor.stock")}</th></tr></thead>
      <tbody>${o.chips.map((c) => html`
        <tr>
          <th scope="row">${chipName(c.chip)}${c.controlled ? html` <span class="badge" title=${t("vendor.controlledHint")}>${t("vendor.controlled")}</span>` : nothing}</th>
          <td>${c.ready
            ? html`<input type="number" min="0" max=${o.capacity} step="1" aria-label=${t("vendor.perRoundOf", { chip: chipName(c.chip) })} .value=${String(find("produce", (a) => a.chip === c.chip)?.quantity ?? c.plan)}
                @change=${(e: Event) => { const v = num(e); put("produce", (a) => a.chip === c.chip, v !== c.plan ? { kind: "produce", chip: c.chip, quantity: v } : null); }} />`
            : c.designCost !== null
              ? html`<button type="button" @click=${() => put("design", (a) => a.chip === c.chip, { kind: "design", chip: c.chip })}>${t("vendor.design", { cost: money(c.designCost, lang), rounds: c.designRounds ?? 0 })}</button>`
              : html`<span class="muted">${t("vendor.readyIn", { round: c.readyRound ?? "?" })}</span>`}</td>
          <td>${c.ready ? html`<input type="number" class="short" min=${c.minPrice} max=${c.maxPrice} aria-label=${t("vendor.priceOf", { chip: chipName(c.chip) })}
              .value=${String(find("setPrice", (a) => a.chip === c.chip)?.price ?? c.price)}
              @change=${(e: Event) => { const v = num(e); put("setPrice", (a) => a.chip === c.chip, v !== c.price ? { kind: "setPrice", chip: c.chip, price: v } : null); }} />` : nothing}</td>
          <td>${count(c.stock, lang)}</td>
        </tr>`)}</tbody>
    </table>
    <h3>${t("vendor.lobbying")}</h3>
    <label>${t("vendor.lobbyAmount")}
      <input type="number" min="0" step="any" .value=${String((find("lobby")?.amount ?? 0) / 1000)}
        @change=${(e: Event) => { const v = Math.round(num(e) * 1000); const bill = find("lobby")?.bill ?? null; put("lobby", () => true, v > 0 ? { kind: "lobby", amount: v, bill } : null); }} />
    </label>
    <label>${t("vendor.lobbyTarget")}
      <select @change=${(e: Event) => { const cur = find("lobby"); if (cur) put("lobby", () => true, { ...cur, bill: value(e) || null }); }}>
        <option value="">${t("vendor.lobbyGoodwill")}</option>
        ${o.openBills.map((b) => html`<option value=${b} ?selected=${find("lobby")?.bill === b}>${t("vendor.against", { bill: billName(b) })}</option>`)}
      </select>
    </label>`;
}

function datacentreForm(o: NonNullable<OrderOptions["datacentre"]>) {
  const slots = find("build")?.slots ?? 0;
  return html`
    <h3>${t("dc.build")}</h3>
    <label>${t("dc.slots", { cost: money(o.costPerSlot, store.lang), rounds: o.buildRounds })}
      <input type="number" min="0" step="1" .value=${String(slots)} @change=${(e: Event) => { const v = num(e); put("build", () => true, v > 0 ? { kind: "build", slots: v } : null); }} />
      ${slots ? html`<span class="hint">= ${money(slots * o.costPerSlot, store.lang)}</span>` : nothing}
    </label>`;
}

function gulfForm(o: NonNullable<OrderOptions["gulf"]>) {
  const accept = find("securityConditions")?.accept ?? o.securityConditions;
  const share = find("sovereignAI")?.share ?? o.sovereignShare;
  return html`
    <h3>${t("gulf.title")}</h3>
    <label class="check"><input type="checkbox" .checked=${accept}
      @change=${(e: Event) => { const v = (e.target as HTMLInputElement).checked; put("securityConditions", () => true, v !== o.securityConditions ? { kind: "securityConditions", accept: v } : null); }} />
      ${t("gulf.conditions")}</label>
    <p class="hint">${t("gulf.conditionsHint")}</p>
    <label>${t("gulf.sovereign")}
      <input type="range" min="0" max="100" .value=${String(Math.round(share * 100))} aria-valuetext=${percent(share, store.lang)}
        @change=${(e: Event) => { const v = num(e) / 100; put("sovereignAI", () => true, v !== o.sovereignShare ? { kind: "sovereignAI", share: v } : null); }} />
      ${percent(share, store.lang)}</label>`;
}

function domesticForm(o: NonNullable<OrderOptions["domestic"]>) {
  const buy = find("buyDomestic");
  if (o.blocked) return html`<h3>${t("china.domestic")}</h3><p class="muted">${t("gulf.noChineseChips")}</p>`;
  return html`
    <h3>${t("china.domestic")}</h3>
    <div class="inline">
      <select aria-label=${t("china.domesticChip")} @change=${(e: Event) => { if (buy) put("buyDomestic", () => true, { ...buy, chip: value(e) }); }}>
        ${o.chips.filter((d) => d.available).map((d) => html`<option value=${d.chip} ?selected=${buy?.chip === d.chip}>${chipName(d.chip)} · ${money(d.price, store.lang)}</option>`)}
      </select>
      <input type="number" min="0" step="1" aria-label=${t("china.quantity")} .value=${String(buy?.quantity ?? 0)}
        @change=${(e: Event) => { const v = num(e); const chip = buy?.chip ?? o.chips.find((d) => d.available)!.chip; put("buyDomestic", () => true, v > 0 ? { kind: "buyDomestic", chip, quantity: v } : null); }} />
      <span class="hint">${t("china.domesticSupply", { n: count(o.capacity, store.lang) })}</span>
    </div>`;
}

function chinaForm(o: NonNullable<OrderOptions["china"]>) {
  const lang = store.lang;
  const smuggle = find("smuggle");
  const share = find("training")?.share ?? o.trainingShare;
  return html`
    <h3>${t("china.cloud")}</h3>
    ${o.cloud.blocked ? html`<p class="bad">${t("china.cloudBlocked")}</p>` : html`
      <div class="inline">
        <input type="number" min="0" step="1" aria-label=${t("china.cloudCompute")} .value=${String(find("rentCloud")?.compute ?? 0)}
          @change=${(e: Event) => { const v = num(e); put("rentCloud", () => true, v > 0 ? { kind: "rentCloud", compute: v } : null); }} />
        <span class="hint">${t("china.cloudPrice", { price: money(o.cloud.price, lang), supply: count(o.cloud.supply, lang) })}${o.cloud.kyc ? ` · ${t("china.kyc")}` : ""}</span>
      </div>`}
    <h3>${t("china.middlemen")}</h3>
    <p class="hint">${t("china.middlemenHint")}</p>
    <div class="inline">
      <select aria-label=${t("china.smuggleChip")} @change=${(e: Event) => { if (smuggle) put("smuggle", () => true, { ...smuggle, chip: value(e) }); }}>
        ${o.smuggle.map((s) => html`<option value=${s.chip} ?selected=${smuggle?.chip === s.chip}>${chipName(s.chip)} · ${money(s.unitPrice, lang)}</option>`)}
      </select>
      <input type="number" min="0" step="1" aria-label=${t("china.quantity")} .value=${String(smuggle?.quantity ?? 0)}
        @change=${(e: Event) => { const v = num(e); const chip = smuggle?.chip ?? o.smuggle[0]?.chip; if (chip) put("smuggle", () => true, v > 0 ? { kind: "smuggle", chip, quantity: v } : null); }} />
    </div>
    <h3>${t("china.models")}</h3>
    <label>${t("china.training")}
      <input type="range" min="0" max="100" .value=${String(Math.round(share * 100))}
        @change=${(e: Event) => { const v = num(e) / 100; put("training", () => true, v !== o.trainingShare ? { kind: "training", share: v } : null); }} /> ${percent(share, lang)}</label>
    <label class="check"><input type="checkbox" .checked=${find("openWeights")?.use ?? o.openWeights}
      @change=${(e: Event) => { const v = (e.target as HTMLInputElement).checked; put("openWeights", () => true, v !== o.openWeights ? { kind: "openWeights", use: v } : null); }} />
      ${t("china.openWeights", { level: o.openWeightCapability.toFixed(0) })}</label>
    <label class="check"><input type="checkbox" .checked=${find("distil")?.use ?? o.distil}
      @change=${(e: Event) => { const v = (e.target as HTMLInputElement).checked; put("distil", () => true, v !== o.distil ? { kind: "distil", use: v } : null); }} />
      ${t("china.distil")}</label>`;
}

// ---- the panel -----------------------------------------------------------------------------------------

export function ordersPanel(): TemplateResult {
  const view = store.view;
  const seat = store.seat;
  // a player who came in after the start picks a seat here (bots play the free ones until then)
  if (!seat && store.role === "player") return html`<p>${t("orders.pickSeat")}</p>${seatGroups()}`;
  if (!view || !seat || !view.options) return html`<p class="muted">${seat ? t("orders.none") : t("orders.noSeat")}</p>`;
  const me = view.private[seat]!;
  const o = view.options;
  const open = store.room && PHASES[store.room.phase].open;
  return html`
    <section class="dashboard">
      <h2>${nameOf(seat)}</h2>
      ${resources(me, o)}
    </section>
    <form class="orders-form" @submit=${(e: Event) => e.preventDefault()} aria-label=${t("orders.form")}>
      <fieldset ?disabled=${!open || store.submitted}>
        ${o.us ? usForm(o.us) : nothing}
        ${o.vendor ? vendorForm(o.vendor) : nothing}
        ${o.datacentre ? datacentreForm(o.datacentre) : nothing}
        ${o.gulf ? gulfForm(o.gulf) : nothing}
        ${o.domestic ? domesticForm(o.domestic) : nothing}
        ${o.china ? chinaForm(o.china) : nothing}
      </fieldset>
      <h3>${t("orders.draft")}</h3>
      ${store.draft.length === 0 ? html`<p class="muted">${t("orders.empty")}</p>` : html`
        <ol class="draft">${store.draft.map((a, i) => html`<li>${describeAction(a)} ${store.submitted ? nothing : html`<button type="button" class="link" aria-label=${t("orders.remove")} @click=${() => removeAt(i)}>×</button>`}</li>`)}</ol>`}
      <div class="submit-row">
        ${store.submitted
          ? html`<span class="ok">✓ ${t("orders.submitted")}</span>
                 <button type="button" id="unsubmit" ?disabled=${!open} @click=${() => send("unsubmit", {})}>${t("orders.edit")}</button>`
          : html`<button type="button" id="submit-orders" class="primary" ?disabled=${!open || store.busy} @click=${() => saveDraft(store.draft, true)}>${t("orders.submit")}</button>`}
      </div>
    </form>
    ${submittedList()}`;
}

function submittedList() {
  const seats = (store.room?.seats ?? []).filter((s) => !s.bot && s.members.length > 0);
  if (seats.length === 0) return nothing;
  return html`<section class="who-submitted"><h3>${t("orders.whoSubmitted")}</h3>
    <ul>${seats.map((s) => html`<li class=${s.submitted ? "ok" : ""}>${s.submitted ? "✓" : "…"} ${nameOf(s.actor)}</li>`)}</ul></section>`;
}
