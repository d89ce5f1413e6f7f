import { describe, expect, it } from "vitest";
import { assets } from "../../shared/bots/common.ts";
import { act } from "../../shared/engine/game.ts";
import { viewFor } from "../../shared/engine/view.ts";
import { ALWAYS, game, quietScenario } from "../util/setup.ts";
import { findDeal, must, round, strike } from "../util/play.ts";

const H100 = 27; // list price, $k per chip

describe("deals", () => {
  it("a proposal, once accepted, binds: cash moves at settlement and chips arrive after transit", () => {
    const s0 = game();
    const { state, deal } = strike(s0, "nvidia", "uae", { chips: { h100: 1000 } }, { cash: 1000 * H100 });
    expect(findDeal(state, deal).status).toBe("awaitingLicence"); // controlled chips to AE need a licence
    const r1 = round(state);
    expect(findDeal(r1.state, deal).status).toBe("settled");
    expect(r1.ledger.filter((e) => e.kind === "deal")).toEqual([
      { actor: "uae", amount: -27_000, kind: "deal" }, { actor: "nvidia", amount: 27_000, kind: "deal" },
    ]);
    expect(r1.state.actors.nvidia!.stock.h100).toBeLessThan(s0.actors.nvidia!.stock.h100!); // shipped
    expect(r1.state.shipments.some((sh) => sh.to === "uae" && sh.chips.h100 === 1000)).toBe(true);
    const r2 = round(r1.state);
    expect(r2.state.shipments.some((sh) => sh.to === "uae")).toBe(false);
    expect(r2.state.actors.uae!.installed.h100).toBe(s0.actors.uae!.installed.h100! + 1000);
  });

  it("a vendor's chip sale is an order: delivered from its production as it comes, paid on delivery, settled when complete", () => {
    const s0 = game();
    s0.actors.nvidia!.stock.h20 = 0;
    s0.actors.nvidia!.plan = { ...s0.actors.nvidia!.plan, h20: 5000 };
    const price = 12_000 * 12; // $k for 12,000 H20
    const { state, deal } = strike(s0, "nvidia", "cloudlab", { chips: { h20: 12_000 } }, { cash: price });
    expect(findDeal(state, deal).status).toBe("delivering"); // export-grade chips need no licence
    const paid = (r: ReturnType<typeof round>) => r.ledger.filter((e) => e.kind === "deal" && e.actor === "nvidia").reduce((t, e) => t + e.amount, 0);
    const r1 = round(state);
    expect(findDeal(r1.state, deal)).toMatchObject({ status: "delivering", delivered: { h20: 5000 } });
    expect(paid(r1)).toBe(Math.round((price * 5000) / 12_000));
    expect(r1.state.history[0]!.indicators.vendors.nvidia!.revenueBy.china).toBe(paid(r1) / 1000);
    const r2 = round(r1.state);
    const r3 = round(r2.state);
    expect(findDeal(r3.state, deal)).toMatchObject({ status: "settled", delivered: { h20: 12_000 } });
    expect(paid(r1) + paid(r2) + paid(r3)).toBe(price);
  });

  it("an order the vendor cannot fill in time lapses, the vendor failing, with what was delivered kept", () => {
    const s0 = game();
    s0.actors.nvidia!.stock.h20 = 0;
    s0.actors.nvidia!.plan = { ...s0.actors.nvidia!.plan, h20: 1000 };
    const { state, deal } = strike(s0, "nvidia", "cloudlab", { chips: { h20: 10_000 } }, { cash: 120_000 });
    let s = state;
    const rounds = s.scenario.mechanics.orders.deliveryRounds;
    let last!: ReturnType<typeof round>;
    for (let i = 0; i < rounds; i++) s = (last = round(s)).state;
    expect(findDeal(s, deal)).toMatchObject({ status: "lapsed", delivered: { h20: 1000 * rounds } });
    expect(last.events).toContainEqual(expect.objectContaining({ kind: "deal", deal, status: "lapsed", failing: "nvidia" }));
  });

  it("can be rejected by its addressee, withdrawn by its proposer, and expires unanswered", () => {
    let s = game();
    s = must(s, "amd", { kind: "proposeDeal", to: "saudi", give: assets({ chips: { mi300x: 100 } }), get: assets({ cash: 1250 }), counterTo: null });
    const first = s.deals.at(-1)!.id;
    expect(act(s, "amd", { kind: "rejectDeal", deal: first })).toMatchObject({ ok: false, error: { code: "ownOffer", params: { deal: first } } });
    s = must(s, "saudi", { kind: "rejectDeal", deal: first });
    expect(findDeal(s, first).status).toBe("rejected");

    s = must(s, "amd", { kind: "proposeDeal", to: "saudi", give: assets({ chips: { mi300x: 100 } }), get: assets({ cash: 1250 }), counterTo: null });
    const second = s.deals.at(-1)!.id;
    expect(act(s, "saudi", { kind: "withdrawDeal", deal: second })).toMatchObject({ ok: false, error: { code: "notYourOffer", params: { deal: second } } });
    s = must(s, "amd", { kind: "withdrawDeal", deal: second });
    expect(findDeal(s, second).status).toBe("withdrawn");

    s = must(s, "amd", { kind: "proposeDeal", to: "saudi", give: assets({ chips: { mi300x: 100 } }), get: assets({ cash: 1250 }), counterTo: null });
    const third = s.deals.at(-1)!.id;
    s = round(s).state; // still open through the next round's negotiation
    expect(findDeal(s, third).status).toBe("proposed");
    s = round(s).state;
    expect(findDeal(s, third).status).toBe("expired");
    expect(act(s, "saudi", { kind: "acceptDeal", deal: third })).toMatchObject({ ok: false, error: { code: "dealClosed", params: { deal: third, status: "expired" } } });
  });

  it("a counter-offer closes the original and links to it", () => {
    let s = must(game(), "nvidia", { kind: "proposeDeal", to: "qatar", give: assets({ chips: { h100: 500 } }), get: assets({ cash: 500 * 30 }), counterTo: null });
    const offer = s.deals.at(-1)!.id;
    s = must(s, "qatar", { kind: "proposeDeal", to: "nvidia", give: assets({ cash: 500 * 25 }), get: assets({ chips: { h100: 500 } }), counterTo: offer });
    expect(findDeal(s, offer).status).toBe("rejected");
    expect(s.deals.at(-1)!).toMatchObject({ from: "qatar", to: "nvidia", counterTo: offer, status: "proposed" });
  });

  it("refuses offers nobody could honour", () => {
    const s = game();
    const offer = (actor: string, give: object, get: object, to = "uae") =>
      act(s, actor, { kind: "proposeDeal", to, give: assets(give), get: assets(get), counterTo: null });
    const held = s.actors.uae!.stock.h100 ?? 0;
    expect(offer("uae", { chips: { h100: 1_000_000 } }, { cash: 1 }, "qatar")).toEqual({ ok: false, error: { code: "cannotDeliver", params: { chip: "h100", held, needed: 1_000_000 } } });
    expect(offer("uae", { cash: s.actors.uae!.cash + 1 }, { chips: { h100: 1 } }, "nvidia")).toMatchObject({ ok: false, error: { code: "noCash" } });
    expect(offer("uae", { cash: 1 }, { chips: { mi300x: 1 } }, "nvidia")).toEqual({ ok: false, error: { code: "notTheirChip", params: { chip: "mi300x", actor: "nvidia" } } });
    expect(offer("qatar", { cash: 1_000_000_000 }, { chips: { h100: 10 } }, "nvidia")).toMatchObject({ ok: false, error: { code: "noCash" } });
    expect(offer("nvidia", { chips: { mi300x: 10 } }, { cash: 1 })).toEqual({ ok: false, error: { code: "notYourChip", params: { chip: "mi300x" } } });
    // an offer asking more cash than its addressee has may be made, not accepted
    const dear = must(s, "nvidia", { kind: "proposeDeal", to: "qatar", give: assets({ chips: { h100: 10 } }), get: assets({ cash: s.actors.qatar!.cash + 1 }), counterTo: null });
    expect(act(dear, "qatar", { kind: "acceptDeal", deal: dear.deals.at(-1)!.id })).toEqual({ ok: false, error: { code: "cannotPay", params: {} } });
    expect(offer("nvidia", {}, {})).toMatchObject({ ok: false, error: { code: "emptyDeal" } });
    expect(offer("nvidia", { chips: { h100: 1 } }, { chips: { h20: 1 } })).toMatchObject({ ok: false, error: { code: "twoWayChips" } });
    expect(offer("nvidia", { lease: { compute: 10, rounds: 1 } }, { cash: 1 })).toMatchObject({ ok: false, error: { code: "badLease" } });
    expect(offer("nvidia", { cash: 1 }, {}, "nvidia")).toMatchObject({ ok: false, error: { code: "selfDeal" } });
    expect(offer("nvidia", { cash: 1 }, {}, "oman")).toMatchObject({ ok: false, error: { code: "unknownActor" } });
  });

  it("a buyer that can no longer pay on delivery defaults and loses trust", () => {
    const s0 = game();
    const { state, deal } = strike(s0, "amd", "uae", { chips: { mi300x: 100 } }, { cash: 1250 });
    state.actors.uae!.cash = 0; // the buyer has spent its money elsewhere
    const before = state.trust.amd!.uae!;
    const r = round(state, { us: [{ kind: "licenceDecision", licence: state.licences.at(-1)!.id, decision: "approve" }] });
    expect(findDeal(r.state, deal).status).toBe("defaulted");
    expect(r.events).toContainEqual(expect.objectContaining({ kind: "deal", deal, status: "defaulted", failing: "uae" }));
    expect(r.state.trust.amd!.uae).toBeLessThan(before);
    expect(r.state.shipments.some((sh) => sh.dealId === deal)).toBe(false); // nothing shipped
  });

  it("a Gulf state that resells chips must hold them when its deal settles", () => {
    const held = game();
    held.actors.qatar!.stock.h100 = 500;
    const sale = strike(held, "qatar", "kuwait", { chips: { h100: 500 } }, { cash: 500 * H100 });
    sale.state.actors.qatar!.stock.h100 = 100; // installed or sold in the meantime
    expect(findDeal(round(sale.state).state, sale.deal)).toMatchObject({ status: "defaulted" });
  });
});

describe("licences", () => {
  it("routine licences are approved by the bureaucracy when the US does not decide", () => {
    const { state, deal } = strike(game(), "nvidia", "qatar", { chips: { h100: 1000 } }, { cash: 1000 * H100 });
    const licence = state.licences.at(-1)!;
    expect(licence).toMatchObject({ exporter: "nvidia", destination: "qatar", chipCount: 1000, large: false, status: "pending" });
    const r = round(state);
    expect(r.state.licences.at(-1)!).toMatchObject({ status: "used", decidedBy: "routine" });
    expect(findDeal(r.state, deal).status).toBe("settled");
  });

  it("a few routine licences are denied, as the scenario's denial rate says", () => {
    const { state, deal } = strike(game(), "nvidia", "qatar", { chips: { h100: 1000 } }, { cash: 1000 * H100 });
    const r = round(state, {}, ALWAYS);
    expect(r.state.licences.at(-1)!).toMatchObject({ status: "denied", decidedBy: "routine" });
    expect(findDeal(r.state, deal).status).toBe("denied");
  });

  it("large shipments wait for the US; a delay shows as pending to the applicants", () => {
    const { state, deal } = strike(game(), "nvidia", "uae", { chips: { h100: 20_000 } }, { cash: 20_000 * H100 });
    const id = state.licences.at(-1)!.id;
    expect(state.licences.at(-1)!.large).toBe(true);
    let s = round(state).state;
    expect(s.licences.find((l) => l.id === id)!.status).toBe("pending");
    const trustBefore = s.trust.us!.uae!;
    s = round(s, { us: [{ kind: "licenceDecision", licence: id, decision: "delay" }] }).state;
    expect(s.licences.find((l) => l.id === id)!.status).toBe("delayed");
    expect(viewFor(s, { kind: "actor", actor: "uae" }).licences.find((l) => l.id === id)!.status).toBe("pending");
    expect(viewFor(s, { kind: "actor", actor: "nvidia" }).licences.find((l) => l.id === id)!.status).toBe("pending");
    expect(viewFor(s, { kind: "actor", actor: "us" }).licences.find((l) => l.id === id)!.status).toBe("delayed");
    expect(viewFor(s, { kind: "actor", actor: "uae" }).events.some((e) => e.kind === "licence" && e.status === "delayed")).toBe(false);
    expect(s.trust.us!.uae).toBeLessThan(trustBefore);
    s = round(s, { us: [{ kind: "licenceDecision", licence: id, decision: "approve" }] }).state;
    expect(findDeal(s, deal).status).toBe("settled");
  });

  it("an undecided licence lapses after the scenario's waiting time, and its deal with it", () => {
    let { state: s, deal } = strike(game(), "nvidia", "uae", { chips: { h100: 20_000 } }, { cash: 20_000 * H100 });
    for (let i = 0; i < s.scenario.mechanics.licensing.licenceExpiryRounds; i++) s = round(s).state;
    expect(findDeal(s, deal).status).toBe("lapsed");
    expect(s.licences.at(-1)!.status).toBe("lapsed");
  });

  it("approval with conditions waits until the buyer accepts the conditions, which builds trust", () => {
    const { state, deal } = strike(game(), "nvidia", "uae", { chips: { h100: 20_000 } }, { cash: 20_000 * H100 });
    const id = state.licences.at(-1)!.id;
    let s = round(state, { us: [{ kind: "licenceDecision", licence: id, decision: "approveWithConditions" }] }).state;
    expect(findDeal(s, deal).status).toBe("awaitingLicence");
    const trust = s.trust.us!.uae!;
    s = round(s, { uae: [{ kind: "securityConditions", accept: true }] }).state;
    expect(findDeal(s, deal).status).toBe("settled");
    expect(s.actors.uae!.securityConditions).toBe(true);
    expect(s.trust.us!.uae).toBeGreaterThan(trust);
  });

  it("a deal that defaults while its licence waits for conditions takes the licence with it, and later rounds still resolve", () => {
    const { state, deal } = strike(game(), "nvidia", "uae", { chips: { h100: 20_000 } }, { cash: 20_000 * H100 });
    const id = state.licences.at(-1)!.id;
    let s = round(state, { us: [{ kind: "licenceDecision", licence: id, decision: "approveWithConditions" }] }).state;
    // the conditions were never accepted: at the end of their window the licence lapses, and the deal with it
    for (let i = 0; i < s.scenario.mechanics.licensing.conditionsWindowRounds; i++) s = round(s).state;
    expect(s.licences.find((l) => l.id === id)!.status).toBe("lapsed");
    expect(findDeal(s, deal).status).toBe("lapsed");
    for (let i = 0; i <= s.scenario.mechanics.licensing.licenceExpiryRounds; i++) s = round(s).state;
    expect(s.licences.find((l) => l.id === id)!.status).toBe("lapsed");
  });

  it("an approval with conditions given in a licence's last round leaves the buyer its window to accept them", () => {
    const { state, deal } = strike(game(), "nvidia", "uae", { chips: { h100: 20_000 } }, { cash: 20_000 * H100 });
    const id = state.licences.at(-1)!.id;
    let s = state;
    const expiry = s.scenario.mechanics.licensing.licenceExpiryRounds;
    for (let i = 1; i < expiry; i++) s = round(s).state; // undecided until its last round
    s = round(s, { us: [{ kind: "licenceDecision", licence: id, decision: "approveWithConditions" }] }).state;
    expect(s.licences.find((l) => l.id === id)!.status).toBe("conditional");
    s = round(s, { uae: [{ kind: "securityConditions", accept: true }] }).state;
    expect(s.licences.find((l) => l.id === id)!.status).toBe("used");
    expect(findDeal(s, deal).status).toBe("settled");
  });

  it("controlled chips for China wait for the US, and are denied by presumption if it does not decide; export-grade chips need no licence", () => {
    const { state: s1, deal: controlled } = strike(game(), "nvidia", "cloudlab", { chips: { h100: 100 } }, { cash: 100 * H100 });
    let s = round(s1).state;
    expect(s.licences.at(-1)!.status).toBe("pending"); // the US seat may still decide
    for (let i = 1; i < s.scenario.mechanics.licensing.licenceExpiryRounds; i++) s = round(s).state;
    expect(s.licences.at(-1)!).toMatchObject({ status: "denied", decidedBy: "routine" });
    expect(findDeal(s, controlled).status).toBe("denied");
    const { state: s2, deal: grade } = strike(game(), "nvidia", "cloudlab", { chips: { h20: 1000 } }, { cash: 1000 * 12 });
    expect(s2.licences).toHaveLength(0);
    expect(findDeal(round(s2).state, grade).status).toBe("settled");
  });

  it("lowering the threshold under an export-grade part brings it under control", () => {
    let s = round(game(), { us: [{ kind: "setThreshold", tpp: 2000 }] }).state;
    expect(s.policies.controlThresholdTpp).toBe(2000);
    const { state, deal } = strike(s, "nvidia", "cloudlab", { chips: { h20: 1000 } }, { cash: 1000 * 12 });
    expect(state.licences.at(-1)!.destination).toBe("cloudlab");
    s = round(state, { us: [{ kind: "licenceDecision", licence: state.licences.at(-1)!.id, decision: "deny" }] }).state;
    expect(findDeal(s, deal).status).toBe("denied");
  });

  it("a US approval for China pays the US its revenue share", () => {
    let s = round(game(), { us: [{ kind: "setPolicy", policy: "chinaRevenueShare", value: 0.15 }] }).state;
    const { state } = strike(s, "nvidia", "cloudlab", { chips: { h100: 100 } }, { cash: 2700 });
    const usCash = state.actors.us!.cash;
    s = round(state, { us: [{ kind: "licenceDecision", licence: state.licences.at(-1)!.id, decision: "approve" }] }).state;
    expect(s.actors.us!.cash - usCash).toBe(Math.round(2700 * 0.15));
  });

  it("a licence review holds even small licences to the regions under review", () => {
    const s0 = game(quietScenario((d) => {
      d.events.scheduled = [{ id: "review", round: 1, title: { en: "Review", zh: "审查" }, text: { en: "Review", zh: "审查" }, effects: [{ type: "licenceReview", regions: ["AE"], rounds: 2 }] }];
    }));
    const { state } = strike(s0, "nvidia", "uae", { chips: { h100: 100 } }, { cash: 2700 });
    let s = round(state).state;
    expect(s.licences.at(-1)!.status).toBe("pending");
    s = round(s).state;
    expect(s.licences.at(-1)!.status).toBe("pending");
    s = round(s).state; // the review is over
    expect(s.licences.at(-1)!.status).toBe("used");
  });

  it("only pending licences can be decided, and only by the US", () => {
    const { state } = strike(game(), "nvidia", "uae", { chips: { h100: 20_000 } }, { cash: 20_000 * H100 });
    const id = state.licences.at(-1)!.id;
    const r = round(state, { nvidia: [{ kind: "licenceDecision", licence: id, decision: "approve" }], us: [{ kind: "licenceDecision", licence: "L999", decision: "deny" }] });
    expect(r.rejected.map((x) => [x.actor, x.code])).toEqual([["us", "unknownLicence"], ["nvidia", "wrongRole"]]);
    expect(r.state.licences.find((l) => l.id === id)!.status).toBe("pending");
  });
});

