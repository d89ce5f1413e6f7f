// Warnings before risky actions and "what to do now" come from the engine's own figures and the seat's
// view: the cases a class ran into, replayed.
import { describe, expect, it } from "vitest";
import { assets } from "../../shared/bots/common.ts";
import { draftTotals } from "../../shared/engine/costs.ts";
import { publicScenario, viewFor } from "../../shared/engine/view.ts";
import { actionCost } from "../../shared/engine/validate.ts";
import { actionRisks, dealRisks, draftRisks, sideOf } from "../../shared/guide/risks.ts";
import { whatToDo } from "../../shared/guide/todo.ts";
import type { Action } from "../../shared/engine/orders.ts";
import { ALWAYS, NEVER, game, quietScenario } from "../util/setup.ts";
import { findDeal, must, round, strike } from "../util/play.ts";

const seat = (s: ReturnType<typeof game>, actor: string) => viewFor(s, { kind: "actor", actor });
const leaseOffer = (compute: number) => ({ from: "startuplab", to: "qatar", give: assets({ cash: 20_000 }), get: assets({ lease: { compute, rounds: 2 } }) });

describe("warnings before a deal", () => {
  it("a lease to a Chinese firm: the detection odds and penalties the engine will apply, higher under US conditions", () => {
    const sc = quietScenario();
    const m = sc.mechanics;
    const s = game(sc);
    const free = dealRisks(seat(s, "qatar"), publicScenario(sc), sideOf(leaseOffer(1000), "qatar"));
    expect(free).toContainEqual({ code: "leaseToChina", level: "warn", params: { odds: m.detection.lease, trust: m.penalties.leaseTrust, fine: m.penalties.leaseFine * 1000, audit: m.detection.audit } });
    const bound = round(s, { qatar: [{ kind: "securityConditions", accept: true }] }).state;
    const risks = dealRisks(seat(bound, "qatar"), publicScenario(sc), sideOf(leaseOffer(1000), "qatar"));
    expect(risks.find((r) => r.code === "leaseBreach")?.params).toMatchObject({ odds: m.detection.leaseUnderConditions, trust: m.penalties.breachTrust });
    expect(risks.some((r) => r.code === "leaseToChina")).toBe(false);
  });

  it("a lease larger than the free compute is flagged before accepting, and at resolution it defaults for that reason", () => {
    const s = game();
    const free = seat(s, "saudi").options!.gulf!.freeCompute;
    const offer = { from: "startuplab", to: "saudi", give: assets({ cash: 20_000 }), get: assets({ lease: { compute: Math.ceil(free) + 1500, rounds: 2 } }) };
    const risks = dealRisks(seat(s, "saudi"), publicScenario(s.scenario), sideOf(offer, "saudi"));
    expect(risks).toContainEqual(expect.objectContaining({ code: "leaseTooLarge", params: expect.objectContaining({ offered: Math.ceil(free) + 1500, free: Math.floor(free) }) }));
    const { state, deal } = strike(s, "startuplab", "saudi", offer.give, offer.get);
    const after = round(state).state;
    expect(findDeal(after, deal)).toMatchObject({ status: "defaulted" });
    expect(after.log).toContainEqual(expect.objectContaining({ kind: "deal", deal, status: "defaulted", failing: "saudi", why: "compute" }));
    // a lease that fits raises no such warning
    expect(dealRisks(seat(s, "saudi"), publicScenario(s.scenario), sideOf(leaseOffer(100), "saudi")).some((r) => r.code === "leaseTooLarge")).toBe(false);
  });

  it("controlled chips for a Gulf state wait for a licence; a promise of conditions binds", () => {
    const s = game();
    const side = sideOf({ from: "nvidia", to: "uae", give: assets({ chips: { h100: 1000 } }), get: assets({ cash: 27_000, securityConditions: true }) }, "uae");
    const codes = dealRisks(seat(s, "uae"), publicScenario(s.scenario), side).map((r) => r.code);
    expect(codes).toContain("needsLicence");
    expect(codes).toContain("bindsConditions");
    const big = sideOf({ from: "nvidia", to: "uae", give: assets({ chips: { h100: 200_000 } }), get: assets({ cash: 1 }) }, "uae");
    expect(dealRisks(seat(s, "uae"), publicScenario(s.scenario), big).map((r) => r.code)).toContain("licenceReview");
  });
});

describe("warnings on orders", () => {
  it("name the odds and penalties of smuggling, distillation, Chinese chips in the Gulf and retaliation", () => {
    const s = game();
    const m = s.scenario.mechanics;
    expect(actionRisks(seat(s, "cloudlab"), { kind: "smuggle", chip: "h100", quantity: 10 })[0]).toMatchObject({ code: "seizure", params: { odds: m.detection.smuggling, trust: m.penalties.smugglingTrust } });
    expect(actionRisks(seat(s, "cloudlab"), { kind: "distil", use: true })[0]!.code).toBe("distillation");
    expect(actionRisks(seat(s, "uae"), { kind: "buyDomestic", chip: "ascend910b", quantity: 10 })[0]).toMatchObject({ code: "chineseChips", params: { trust: m.penalties.chineseChipsTrust } });
    expect(actionRisks(seat(s, "cloudlab"), { kind: "buyDomestic", chip: "ascend910b", quantity: 10 })).toEqual([]);
    expect(actionRisks(seat(s, "us"), { kind: "entityList", target: "cloudlab", listed: true }).map((r) => r.code)).toEqual(["retaliation"]);
    expect(actionRisks(seat(s, "us"), { kind: "setThreshold", tpp: 2000 }).map((r) => r.code)).toEqual(["thresholdShock", "retaliation"]);
    expect(actionRisks(seat(s, "us"), { kind: "setThreshold", tpp: 20_000 })).toEqual([]);
  });

  it("accepting US conditions while leasing to a Chinese firm turns the lease into a breach", () => {
    const { state } = strike(game(), "startuplab", "qatar", { cash: 20_000 }, { lease: { compute: 1000, rounds: 3 } });
    const s = round(state, {}, NEVER).state;
    expect(actionRisks(seat(s, "qatar"), { kind: "securityConditions", accept: true })[0]).toMatchObject({ code: "conditionsBreachLeases", params: { leases: 1 } });
  });

  it("total a draft with the engine's own prices, and flag a draft beyond the seat's cash", () => {
    const s = game();
    const view = seat(s, "cloudlab");
    const o = view.options!;
    const draft: Action[] = [{ kind: "build", slots: 1000 }, { kind: "rentCloud", compute: 500 }, { kind: "buyDomestic", chip: "ascend910b", quantity: 300 }, { kind: "smuggle", chip: "h100", quantity: 20 }];
    const totals = draftTotals(o.prices, { cash: o.cash, owed: o.owed, capital: 0 }, draft);
    expect(totals.cash).toBe(draft.reduce((t, a) => t + actionCost(s, "cloudlab", a), 0));
    expect(totals.cashLeft).toBe(s.actors.cloudlab!.cash - totals.cash);
    const huge = draftTotals(o.prices, { cash: o.cash, owed: o.owed, capital: 0 }, [{ kind: "build", slots: 100_000_000 }]);
    expect(draftRisks(view, [{ kind: "build", slots: 100_000_000 }], huge).map((r) => r.code)).toEqual(["overBudget"]);
    // and the report's cash reasons add up to the change the round made
    const after = round(s, { cloudlab: draft }).state;
    const by = after.actors.cloudlab!.cashBy;
    expect(Object.values(by).reduce((t, v) => t + v!, 0)).toBe(after.actors.cloudlab!.cash - s.actors.cloudlab!.cash);
    expect(by.construction).toBe(-actionCost(s, "cloudlab", draft[0]!));
  });
});

describe("what to do now", () => {
  it("the US decides the licences waiting for it, in the orders phase", () => {
    const { state } = strike(game(), "nvidia", "uae", { chips: { h100: 200_000 } }, { cash: 5_400_000 });
    const todo = whatToDo(seat(state, "us"), { phase: "orders", submitted: false, draft: [], host: false });
    expect(todo[0]).toMatchObject({ code: "decideLicences", place: "orders.licences", params: { count: 1, large: 1 } });
    expect(todo.at(-1)).toMatchObject({ code: "submit", place: "orders.submit" });
  });

  it("a breach revokes the conditions a licence was approved on: the Gulf state is told to accept them again, the vendor what it waits for", () => {
    let s = round(game(), { uae: [{ kind: "securityConditions", accept: true }] }).state;
    s = strike(s, "startuplab", "uae", { cash: 20_000 }, { lease: { compute: 1000, rounds: 3 } }).state;
    s = round(s, {}, ALWAYS).state; // the lease comes to light: a breach
    expect(s.actors.uae!.securityConditions).toBe(false);
    const { state, deal } = strike(s, "nvidia", "uae", { chips: { h100: 200_000 } }, { cash: 5_400_000 });
    const licence = findDeal(state, deal).licenceId!;
    s = round(state, { us: [{ kind: "licenceDecision", licence, decision: "approveWithConditions" }] }).state;
    const uae = whatToDo(seat(s, "uae"), { phase: "negotiation", submitted: false, draft: [], host: false });
    expect(uae[0]).toMatchObject({ code: "acceptConditions", place: "orders.conditions", params: { licence, deal } });
    const nvidia = whatToDo(seat(s, "nvidia"), { phase: "negotiation", submitted: false, draft: [], host: false });
    expect(nvidia).toContainEqual(expect.objectContaining({ code: "awaitConditions", params: expect.objectContaining({ licence, buyer: "uae" }) }));
  });

  it("a Chinese firm is pointed to leasing Gulf compute under Deals, and to its compute orders", () => {
    const s = game();
    const codes = whatToDo(seat(s, "cloudlab"), { phase: "negotiation", submitted: false, draft: [], host: false }).map((t) => `${t.code}@${t.place}`);
    expect(codes).toEqual(expect.arrayContaining(["leaseGulf@deals.propose", "findCompute@orders.domestic"]));
    const done = whatToDo(seat(s, "cloudlab"), { phase: "orders", submitted: true, draft: [{ kind: "rentCloud", compute: 10 }], host: false }).map((t) => t.code);
    expect(done).not.toContain("findCompute");
    expect(done.at(-1)).toBe("submitted");
  });

  it("answer offers first, and the report phase points to the report and, for a host, to the next round", () => {
    const s = must(game(), "nvidia", { kind: "proposeDeal", to: "uae", give: assets({ chips: { h100: 10 } }), get: assets({ cash: 270 }), counterTo: null });
    expect(whatToDo(seat(s, "uae"), { phase: "negotiation", submitted: false, draft: [], host: false })[0]).toMatchObject({ code: "answerOffers", params: { count: 1 } });
    const after = round(s).state;
    expect(whatToDo(seat(after, "uae"), { phase: "report", submitted: false, draft: [], host: true }).map((t) => t.code)).toEqual(["readReport", "continue"]);
  });
});
