// The role dashboard: my resources, the orders form for my role with each lever explained, the total
// of my draft against what I have, warnings on risky orders, submit, and who has submitted. Limits,
// prices and risks come from the engine's options in my view; the server checks every order again.
import { html, nothing, type TemplateResult } from "lit-html";
import { cashCost, draftTotals } from "../../shared/engine/costs.ts";
import type { Action, ActionOf } from "../../shared/engine/orders.ts";
import type { OrderOptions } from "../../shared/engine/options.ts";
import type { ActorState, Licence } from "../../shared/engine/state.ts";
import { actionRisks, draftRisks } from "../../shared/guide/risks.ts";
import { PHASES } from "../../shared/phases.ts";
import { compute, count, dollars, money, moneyField, percent } from "../format.ts";
import { markTried } from "../guide/memory.ts";
import { t } from "../i18n.ts";
import { ot } from "../i18n/orders.ts";
import { saveDraft, send } from "../net.ts";
import { store } from "../store.ts";
import { leverText } from "../guide/levers.ts";
import { billName, chipCount, chipName, idNumber, listOf, nameOf } from "./common.ts";
import { askFirst, riskList } from "./confirm.ts";
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
const lang = () => store.lang;

/** A section of the form: its place (for the guide), its heading and the lever's explanation. */
const section = (place: string, title: string, lever: string | null, body: TemplateResult, extra: unknown = nothing) => html`
  <section class="order-part" data-place=${place}>
    <h3>${title}${extra}</h3>
    ${lever && leverText(lever).text ? html`<p class="hint lever-hint">${leverText(lever).text}</p>` : nothing}
    ${body}
  </section>`;

/** What an order in the draft costs, next to its field. */
const costOf = (o: OrderOptions, action: Action | undefined) => {
  const k = action ? cashCost(o.prices, action) : 0;
  return k ? html`<span class="hint cost">= ${money(k, lang())}</span>` : nothing;
};

// ---- resources ------------------------------------------------------------------------------------------

function chips(stock: Record<string, number>) {
  const held = Object.entries(stock).filter(([, n]) => n > 0);
  return held.length ? held.map(([c, n]) => html`<span class="chip">${chipCount(n, c)}</span> `) : html`<span class="muted">—</span>`;
}

function resources(me: ActorState, o: OrderOptions) {
  const l = lang();
  const rows: [string, unknown][] = [];
  // the US government's cash is fines and revenue shares: shown once it has some
  if (me.role !== "usGov" || me.cash > 0) rows.push([t("res.cash"), o.owed ? ot("res.cashOwed", { cash: money(me.cash, l), owed: money(o.owed, l) }) : money(me.cash, l)]);
  if (me.role === "usGov") rows.push([t("res.capital"), Math.floor(me.politicalCapital)]);
  if (me.role === "vendor") {
    rows.push([t("res.sharePrice"), dollars(me.sharePrice, l)], [t("res.capacity"), `${count(me.capacity, l)} ${t("res.chipsPerRound")}`]);
    rows.push([t("res.stock"), chips(me.stock)], [t("res.revenueLast"), money(me.revenue, l)]);
  }
  if (me.role === "gulf" || me.role === "chinaFirm") {
    const building = o.datacentre!.building ? ` ${t("res.building", { n: count(o.datacentre!.building, l) })}` : "";
    rows.push([t("res.datacentre"), t("res.slotsUsed", { installed: count(o.datacentre!.installed, l), capacity: count(me.capacity, l) }) + building]);
    rows.push([t("res.installed"), chips(me.installed)], [t("res.stockWaiting"), chips(me.stock)], [t("res.capability"), me.capability.toFixed(1)]);
    const c = me.compute;
    rows.push([t("res.compute"), `${compute(c.own, l)}${c.leasedIn ? ` + ${count(c.leasedIn, l)} ${t("res.leasedIn")}` : ""}${c.cloud ? ` + ${count(c.cloud, l)} ${t("res.cloud")}` : ""}${c.leasedOut ? ` − ${count(c.leasedOut, l)} ${t("res.leasedOut")}` : ""}`]);
  }
  if (me.role === "gulf") rows.push([t("res.conditions"), me.securityConditions ? t("common.yes") : t("common.no")]);
  return html`<table class="resources"><tbody>${rows.map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}</tbody></table>`;
}

// ---- the form for each role -------------------------------------------------------------------------------

/** A licence application as the US sees it: its id, who sends what to whom, the compute, its state. */
function licenceRow(l: Licence, decision: string) {
  const l10n = lang();
  const specs = store.scenario?.chipTypes ?? [];
  const h100e = Object.entries(l.chips).reduce((s, [c, n]) => s + n * (specs.find((x) => x.id === c)?.performance ?? 0), 0);
  return html`
    <tr class=${l.large ? "large" : ""} data-licence=${l.id}>
      <th scope="row">${idNumber(l.id)}<div class="hint">${ot("us.deal", { deal: idNumber(l.dealId), round: l.submittedRound })}</div></th>
      <td>${nameOf(l.exporter)} → ${nameOf(l.destination)}</td>
      <td>${listOf(Object.entries(l.chips).filter(([, n]) => n > 0).map(([c, n]) => chipCount(n, c)))}
        <div class="hint">${compute(h100e, l10n)}</div>
        ${l.large ? html`<span class="badge">${t("us.large")}</span>` : nothing}${l.status === "delayed" ? html` <span class="badge">${t("licence.delayed")}</span>` : nothing}</td>
      <td><select aria-label=${t("us.decisionFor", { id: idNumber(l.id) })} @change=${(e: Event) => { const d = value(e); put("licenceDecision", (a) => a.licence === l.id, d ? { kind: "licenceDecision", licence: l.id, decision: d as ActionOf<"licenceDecision">["decision"] } : null); }}>
        <option value="" ?selected=${decision === ""}>${t("us.undecided")}</option>
        ${(["approve", "approveWithConditions", "delay", "deny"] as const).map((d) => html`<option value=${d} ?selected=${decision === d}>${t(`decision.${d}`)}</option>`)}
      </select></td>
    </tr>`;
}

function usForm(o: NonNullable<OrderOptions["us"]>) {
  const decision = (id: string) => find("licenceDecision", (a) => a.licence === id)?.decision ?? "";
  const threshold = find("setThreshold")?.tpp ?? o.threshold.current;
  const view = store.view!;
  return html`
    ${section("orders.licences", t("us.licences"), "licenceDecision", o.licences.length === 0 ? html`<p class="muted">${ot("us.noLicences")}</p>` : html`
      <table class="licences">
        <thead><tr><th>${ot("us.licence")}</th><th>${ot("us.route")}</th><th>${t("us.chips")}</th><th>${t("us.decision")}</th></tr></thead>
        <tbody>${o.licences.map((l) => licenceRow(l, decision(l.id)))}</tbody>
      </table>`, html` <span class="hint">${t("us.capitalLeft", { capital: Math.floor(o.capital) })}</span>`)}
    ${section("orders.policy", t("us.policy"), "setThreshold", html`
      <label>${t("us.threshold", { cost: o.costs.threshold })}
        <input type="number" min=${o.threshold.min} max=${o.threshold.max} step="1" .value=${String(threshold)}
          @change=${(e: Event) => { const v = num(e); put("setThreshold", () => true, v !== o.threshold.current ? { kind: "setThreshold", tpp: v } : null); }} />
        <span class="hint">${t("us.thresholdNow", { tpp: o.threshold.current })}</span>
      </label>
      <label class="check"><input type="checkbox" .checked=${(find("setPolicy", (a) => a.policy === "cloudKyc")?.value ?? view.policies.cloudKyc) === true}
        @change=${(e: Event) => { const v = (e.target as HTMLInputElement).checked; put("setPolicy", (a) => a.policy === "cloudKyc", v !== view.policies.cloudKyc ? { kind: "setPolicy", policy: "cloudKyc", value: v } : null); }} />
        ${t("us.kyc", { cost: o.costs.policy })}</label>
      <label>${t("us.revenueShare", { cost: o.costs.policy })}
        <input type="number" min="0" max="100" step="1" .value=${String(Math.round(Number(find("setPolicy", (a) => a.policy === "chinaRevenueShare")?.value ?? view.policies.chinaRevenueShare) * 100))}
          @change=${(e: Event) => { const v = num(e) / 100; put("setPolicy", (a) => a.policy === "chinaRevenueShare", v !== view.policies.chinaRevenueShare ? { kind: "setPolicy", policy: "chinaRevenueShare", value: v } : null); }} /> %
      </label>
      ${(["exportGradeLicence", "tierCaps"] as const).map((policy) => html`
        <label class="check"><input type="checkbox" .checked=${(find("setPolicy", (a) => a.policy === policy)?.value ?? view.policies[policy]) === true}
          @change=${(e: Event) => { const v = (e.target as HTMLInputElement).checked; put("setPolicy", (a) => a.policy === policy, v !== view.policies[policy] ? { kind: "setPolicy", policy, value: v } : null); }} />
          ${t(`us.${policy}`, { cost: o.costs.policy })}</label>`)}
      <label>${t("us.caseByCaseTpp", { cost: o.costs.policy })}
        <input type="number" min="0" step="1000" .value=${String(find("setPolicy", (a) => a.policy === "caseByCaseTpp")?.value ?? view.policies.caseByCaseTpp)}
          @change=${(e: Event) => { const v = num(e); put("setPolicy", (a) => a.policy === "caseByCaseTpp", v !== view.policies.caseByCaseTpp ? { kind: "setPolicy", policy: "caseByCaseTpp", value: v } : null); }} />
      </label>
      ${o.bills.map((b) => html`
        <label>${t("us.pushBill", { bill: billName(b.id), support: Math.round(b.support), passAt: b.passAt })}
          <input type="number" min="0" max=${Math.floor(o.capital)} .value=${String(find("pushBill", (a) => a.bill === b.id)?.capital ?? 0)}
            @change=${(e: Event) => { const v = num(e); put("pushBill", (a) => a.bill === b.id, v > 0 ? { kind: "pushBill", bill: b.id, capital: v } : null); }} />
        </label>`)}`)}
    ${section("orders.enforcement", t("us.enforcement"), "audit", html`
      ${targetPicker("visit", o.visitTargets, o.costs.visit)}
      ${targetPicker("audit", o.targets, o.costs.audit)}
      <div class="inline">
        <label>${t("us.entityList", { cost: o.costs.entityList })}
          <select @change=${(e: Event) => { const id = value(e); if (id) saveDraft([...store.draft, { kind: "entityList", target: id, listed: !view.policies.entityList.includes(id) }]); (e.target as HTMLSelectElement).value = ""; }}>
            <option value="">—</option>
            ${o.targets.map((id) => html`<option value=${id}>${view.policies.entityList.includes(id) ? t("us.delist") : t("us.list")} ${nameOf(id)}</option>`)}
          </select>
        </label>
      </div>`)}`;
}

function targetPicker(kind: "visit" | "audit", targets: string[], cost: number) {
  return html`<div class="inline"><label>${t(`us.${kind}`, { cost })}
    <select @change=${(e: Event) => { const id = value(e); if (id) saveDraft([...store.draft, { kind, target: id }]); (e.target as HTMLSelectElement).value = ""; }}>
      <option value="">—</option>${targets.map((id) => html`<option value=${id}>${nameOf(id)}</option>`)}
    </select></label></div>`;
}

function vendorForm(o: NonNullable<OrderOptions["vendor"]>) {
  const l = lang();
  const planOf = (c: (typeof o.chips)[number]) => find("produce", (a) => a.chip === c.chip)?.quantity ?? c.plan;
  const planned = o.chips.reduce((sum, c) => sum + (c.ready ? planOf(c) : 0), 0);
  const making = o.chips.reduce((sum, c) => sum + (c.ready ? planOf(c) * c.unitCost : 0), 0);
  const lobby = find("lobby");
  return html`
    ${section("orders.production", t("vendor.production"), "produce", html`
      <table class="production">
        <thead><tr><th>${t("vendor.chip")}</th><th>${t("vendor.perRound")}</th><th>${ot("vendor.price")}</th><th>${ot("vendor.stockSold")}</th></tr></thead>
        <tbody>${o.chips.map((c) => html`
          <tr>
            <th scope="row">${chipName(c.chip)}${c.controlled ? html` <span class="badge" title=${t("vendor.controlledHint")}>${t("vendor.controlled")}</span>` : nothing}
              <div class="hint">${ot("vendor.unitCost", { cost: money(c.unitCost, l) })}</div></th>
            <td>${c.ready
              ? html`<input type="number" min="0" max=${o.capacity} step="1" aria-label=${t("vendor.perRoundOf", { chip: chipName(c.chip) })} .value=${String(planOf(c))}
                  @change=${(e: Event) => { const v = num(e); put("produce", (a) => a.chip === c.chip, v !== c.plan ? { kind: "produce", chip: c.chip, quantity: v } : null); }} />`
              : c.designCost !== null
                ? html`<button type="button" @click=${() => put("design", (a) => a.chip === c.chip, { kind: "design", chip: c.chip })}>${t("vendor.design", { cost: money(c.designCost, l), rounds: c.designRounds ?? 0 })}</button>`
                : html`<span class="muted">${t("vendor.readyIn", { round: c.readyRound ?? "?" })}</span>`}</td>
            <td>${c.ready ? html`<input type="number" class="short" min=${c.minPrice} max=${c.maxPrice} aria-label=${t("vendor.priceOf", { chip: chipName(c.chip) })}
                .value=${String(find("setPrice", (a) => a.chip === c.chip)?.price ?? c.price)}
                @change=${(e: Event) => { const v = num(e); put("setPrice", (a) => a.chip === c.chip, v !== c.price ? { kind: "setPrice", chip: c.chip, price: v } : null); }} />` : nothing}</td>
            <td class=${c.sold > 0 && c.stock > c.sold ? "bad" : ""}>${count(c.stock, l)} / ${count(c.sold, l)}</td>
          </tr>`)}</tbody>
      </table>
      <p class="hint ${planned > o.capacity ? "bad" : ""}">${t("vendor.planned", { planned: count(planned, l), capacity: count(o.capacity, l) })} · ${ot("vendor.making", { cost: money(making, l) })}</p>`)}
    ${section("orders.lobbying", t("vendor.lobbying"), "lobby", html`
      <label>${t("vendor.lobbyAmount")}
        <input type="number" min="0" step="any" .value=${String(moneyField.fromEngine(lobby?.amount ?? 0))}
          @change=${(e: Event) => { const v = moneyField.toEngine(num(e)); put("lobby", () => true, v > 0 ? { kind: "lobby", amount: v, bill: lobby?.bill ?? null } : null); }} />
      </label>
      <label>${t("vendor.lobbyTarget")}
        <select @change=${(e: Event) => { if (lobby) put("lobby", () => true, { ...lobby, bill: value(e) || null }); }}>
          <option value="">${t("vendor.lobbyGoodwill")}</option>
          ${o.openBills.map((b) => html`<option value=${b} ?selected=${lobby?.bill === b}>${t("vendor.against", { bill: billName(b) })}</option>`)}
        </select>
      </label>`)}`;
}

function datacentreForm(o: OrderOptions) {
  const dc = o.datacentre!;
  const build = find("build");
  return section("orders.build", t("dc.build"), "build", html`
    <label>${ot("dc.slots", { cost: money(dc.costPerSlot, lang()), rounds: dc.buildRounds })}
      <input type="number" min="0" step="1" .value=${String(build?.slots ?? 0)} @change=${(e: Event) => { const v = num(e); put("build", () => true, v > 0 ? { kind: "build", slots: v } : null); }} />
      ${costOf(o, build)}
    </label>`);
}

function gulfForm(o: NonNullable<OrderOptions["gulf"]>) {
  const accept = find("securityConditions")?.accept ?? o.securityConditions;
  const share = find("sovereignAI")?.share ?? o.sovereignShare;
  return section("orders.conditions", t("gulf.title"), "securityConditions", html`
    <label class="check"><input type="checkbox" .checked=${accept}
      @change=${(e: Event) => { const v = (e.target as HTMLInputElement).checked; put("securityConditions", () => true, v !== o.securityConditions ? { kind: "securityConditions", accept: v } : null); }} />
      ${t("gulf.conditions")}</label>
    <label>${t("gulf.sovereign")}
      <input type="range" min="0" max="100" .value=${String(Math.round(share * 100))} aria-valuetext=${percent(share, lang())}
        @change=${(e: Event) => { const v = num(e) / 100; put("sovereignAI", () => true, v !== o.sovereignShare ? { kind: "sovereignAI", share: v } : null); }} />
      ${percent(share, lang())}</label>`);
}

function domesticForm(o: OrderOptions) {
  const d = o.domestic!;
  const buy = find("buyDomestic");
  if (d.blocked) return section("orders.domestic", t("china.domestic"), null, html`<p class="muted">${t("gulf.noChineseChips")}</p>`);
  return section("orders.domestic", t("china.domestic"), o.role === "chinaFirm" ? "buyDomestic" : null, html`
    <div class="inline">
      <select aria-label=${t("china.domesticChip")} @change=${(e: Event) => { if (buy) put("buyDomestic", () => true, { ...buy, chip: value(e) }); }}>
        ${d.chips.filter((c) => c.available).map((c) => html`<option value=${c.chip} ?selected=${buy?.chip === c.chip}>${chipName(c.chip)} (${money(c.price, lang())})</option>`)}
      </select>
      <input type="number" min="0" step="1" aria-label=${t("china.quantity")} .value=${String(buy?.quantity ?? 0)}
        @change=${(e: Event) => { const v = num(e); const chip = buy?.chip ?? d.chips.find((c) => c.available)!.chip; put("buyDomestic", () => true, v > 0 ? { kind: "buyDomestic", chip, quantity: v } : null); }} />
      ${costOf(o, buy)}
      <span class="hint">${t("china.domesticSupply", { n: count(d.capacity, lang()) })}</span>
    </div>`);
}

function chinaForm(o: OrderOptions) {
  const c = o.china!;
  const l = lang();
  const smuggle = find("smuggle");
  const cloud = find("rentCloud");
  const share = find("training")?.share ?? c.trainingShare;
  return html`
    ${section("orders.cloud", t("china.cloud"), "rentCloud", c.cloud.blocked ? html`<p class="bad">${t("china.cloudBlocked")}</p>` : html`
      <div class="inline">
        <input type="number" min="0" step="1" aria-label=${t("china.cloudCompute")} .value=${String(cloud?.compute ?? 0)}
          @change=${(e: Event) => { const v = num(e); put("rentCloud", () => true, v > 0 ? { kind: "rentCloud", compute: v } : null); }} /> ${ot("unit.h100e")}
        ${costOf(o, cloud)}
        <span class="hint">${ot("china.cloudPrice", { price: money(c.cloud.price, l), supply: compute(c.cloud.supply, l) })}${c.cloud.kyc ? ` · ${t("china.kyc")}` : ""}</span>
      </div>`)}
    ${section("orders.middlemen", ot("china.middlemen"), "smuggle", html`
      <div class="inline">
        <select aria-label=${t("china.smuggleChip")} @change=${(e: Event) => { if (smuggle) put("smuggle", () => true, { ...smuggle, chip: value(e) }); }}>
          ${c.smuggle.map((s) => html`<option value=${s.chip} ?selected=${smuggle?.chip === s.chip}>${chipName(s.chip)} (${money(s.unitPrice, l)})</option>`)}
        </select>
        <input type="number" min="0" step="1" aria-label=${t("china.quantity")} .value=${String(smuggle?.quantity ?? 0)}
          @change=${(e: Event) => { const v = num(e); const chip = smuggle?.chip ?? c.smuggle[0]?.chip; if (chip) put("smuggle", () => true, v > 0 ? { kind: "smuggle", chip, quantity: v } : null); }} />
        ${costOf(o, smuggle)}
      </div>`)}
    ${section("orders.models", t("china.models"), "training", html`
      <label>${t("china.training")}
        <input type="range" min="0" max="100" .value=${String(Math.round(share * 100))} aria-valuetext=${percent(share, l)}
          @change=${(e: Event) => { const v = num(e) / 100; put("training", () => true, v !== c.trainingShare ? { kind: "training", share: v } : null); }} /> ${percent(share, l)}</label>
      <label class="check"><input type="checkbox" .checked=${find("openWeights")?.use ?? c.openWeights}
        @change=${(e: Event) => { const v = (e.target as HTMLInputElement).checked; put("openWeights", () => true, v !== c.openWeights ? { kind: "openWeights", use: v } : null); }} />
        ${t("china.openWeights", { level: c.openWeightCapability.toFixed(0) })}</label>
      <label class="check"><input type="checkbox" .checked=${find("distil")?.use ?? c.distil}
        @change=${(e: Event) => { const v = (e.target as HTMLInputElement).checked; put("distil", () => true, v !== c.distil ? { kind: "distil", use: v } : null); }} />
        ${ot("china.distil", { cost: money(c.distilCost, l) })}</label>`)}`;
}

// ---- the total, and sending ---------------------------------------------------------------------------------

function totals(o: OrderOptions, me: ActorState) {
  const l = lang();
  const sum = draftTotals(o.prices, { cash: o.cash, owed: o.owed, capital: me.politicalCapital }, store.draft);
  return html`
    <div id="draft-totals" class="totals ${sum.cashLeft < 0 || sum.capitalLeft < 0 ? "over" : ""}" aria-live="polite">
      ${o.role === "usGov"
        ? html`<div>${ot("totals.capital", { spent: Math.ceil(sum.capital), have: Math.floor(me.politicalCapital), left: Math.floor(sum.capitalLeft) })}</div>`
        : html`<div>${ot("totals.cash", { spent: money(sum.cash, l), have: money(o.cash, l), left: money(sum.cashLeft, l) })}</div>
          ${o.owed ? html`<div class="hint">${ot("totals.owed", { owed: money(o.owed, l) })}</div>` : nothing}`}
    </div>`;
}

function submit(o: OrderOptions, me: ActorState): void {
  const view = store.view!;
  const sum = draftTotals(o.prices, { cash: o.cash, owed: o.owed, capital: me.politicalCapital }, store.draft);
  askFirst(draftRisks(view, store.draft, sum), () => {
    markTried(o.role, store.draft.map((a) => a.kind));
    saveDraft(store.draft, true);
  });
}

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
        ${o.gulf ? gulfForm(o.gulf) : nothing}
        ${o.datacentre ? datacentreForm(o) : nothing}
        ${o.domestic ? domesticForm(o) : nothing}
        ${o.china ? chinaForm(o) : nothing}
      </fieldset>
      <h3>${t("orders.draft")}</h3>
      ${store.draft.length === 0 ? html`<p class="muted">${t("orders.empty")}</p>` : html`
        <ol class="draft">${store.draft.map((a, i) => html`<li>${describeAction(a)} ${store.submitted ? nothing : html`<button type="button" class="link" aria-label=${t("orders.remove")} @click=${() => removeAt(i)}>×</button>`}
          ${riskList(actionRisks(view, a))}</li>`)}</ol>`}
      ${totals(o, me)}
      <div class="submit-row">
        ${store.submitted
          ? html`<span class="ok">✓ ${t("orders.submitted")}</span>
                 <button type="button" id="unsubmit" ?disabled=${!open} @click=${() => send("unsubmit", {})}>${t("orders.edit")}</button>`
          // not disabled while a draft is saving: the final orders supersede it (and the button keeps the focus the guide gives it)
          : html`<button type="button" id="submit-orders" class="primary" ?disabled=${!open} @click=${() => submit(o, me)}>${t("orders.submit")}</button>`}
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
