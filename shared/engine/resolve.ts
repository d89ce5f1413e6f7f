// resolveRound: one pure function of (state, orders, rng) that plays out a round in a fixed order.
//
//  1. per-round figures reset            8. purchases: domestic chips, smugglers, US cloud
//  2. deal actions (offers, answers)      9. shipments arrive, data centres finish, chips installed
//  3. lobbying, then US policy actions,  10. the world market buys what vendors have left
//     and China's answer to them         11. compute is used: leases, sovereign AI, training, inference
//  4. licence decisions and processing   12. hidden flows may be detected
//  5. vendor designs, prices, production 13. share prices move; offers and licences expire; bills,
//  6. Gulf/Chinese standing choices,         capital and trust drift
//     construction orders                14. indicators and scores are recorded
//  7. agreed deals settle, vendors       15. the next round's briefing (or the end of the game)
//     deliver their orders
//
// Within a step, actors act in scenario order and each actor's actions in the order given. Every
// action is checked just before it applies; a rejected one changes nothing and is reported.
import { addTrust, createCtx, emit, type Ctx, type LedgerEntry } from "./context.ts";
import { applyDealAction, archiveDeals } from "./deals.ts";
import { measure } from "./indicators.ts";
import { refuse, type Refusal } from "../refusals.ts";
import { isDealAction, type Action, type ActionKind, type ActionOf, type Orders } from "./orders.ts";
import { lobby, govern } from "./resolve/government.ts";
import { decideLicence, processLicences } from "./resolve/licensing.ts";
import { vendorOrder, finishDesigns, produce, sellToMarket } from "./resolve/industry.ts";
import { settleDeals, arrive } from "./resolve/settlement.ts";
import { buyDomestic, smuggle, rentCloud, type Request } from "./resolve/purchases.ts";
import { startBuild, completeBuilds, install, useCompute } from "./resolve/compute.ts";
import { detect } from "./resolve/detection.ts";
import { moveMarkets, upkeep } from "./resolve/upkeep.ts";
import { roundRng, type Rng } from "./rng.ts";
import { scoreAll } from "./scoring.ts";
import { briefing, idleCompute, noGain, noRevenue } from "./setup.ts";
import type { ActorId, GameState } from "./state.ts";
import type { GameEvent } from "./events.ts";
import { checkAction } from "./validate.ts";

// The action kinds each step applies, in the order the steps run.
const DEAL = ["proposeDeal", "acceptDeal", "rejectDeal", "withdrawDeal"] as const;
const LOBBY = ["lobby"] as const;
const GOVERN = ["setThreshold", "setPolicy", "pushBill", "audit", "entityList", "visit"] as const;
const LICENCE = ["licenceDecision"] as const;
const VENDOR = ["design", "setPrice", "produce"] as const;
const STANDING = ["securityConditions", "sovereignAI", "training", "openWeights", "distil"] as const;
const BUILD = ["build"] as const;
const DOMESTIC = ["buyDomestic"] as const;
const SMUGGLE = ["smuggle"] as const;
const CLOUD = ["rentCloud"] as const;
const GROUP_OF = new Map<ActionKind, readonly ActionKind[]>(
  [DEAL, LOBBY, GOVERN, LICENCE, VENDOR, STANDING, BUILD, DOMESTIC, SMUGGLE, CLOUD].flatMap((group) => group.map((kind) => [kind, group] as const)),
);

/** An order refused when it came to apply: whose, which of its orders, and why. */
export type Rejected = Refusal & { actor: ActorId; index: number; action: ActionKind };

export interface RoundResult {
  state: GameState;
  /** events of the resolution and of the next round's briefing */
  events: GameEvent[];
  ledger: LedgerEntry[];
  rejected: Rejected[];
}

export function resolveRound(state: GameState, orders: Orders, rng: Rng = roundRng(state.seed, state.round, "resolve")): RoundResult {
  if (state.finished) throw new Error("resolveRound: the game is already finished");
  const ctx = createCtx(state, rng);
  const { s, r } = ctx;
  const rejected: Rejected[] = [];

  // orders for unknown actors are refused whole; the rest are indexed for the steps below
  type Entry = { actor: ActorId; index: number; action: Action };
  const byGroup = new Map<readonly ActionKind[], Entry[]>();
  for (const actor in orders) {
    if (!s.actors[actor]) {
      orders[actor]!.forEach((action, index) => rejected.push({ actor, index, action: action.kind, ...refuse("unknownActor", { actor }) }));
    }
  }
  for (const actor of s.actorOrder) {
    (orders[actor] ?? []).forEach((action, index) => {
      const group = GROUP_OF.get(action.kind)!;
      const list = byGroup.get(group) ?? [];
      list.push({ actor, index, action });
      byGroup.set(group, list);
    });
  }

  /** Runs `apply` on each action of the given kinds that passes its check now, in order given. */
  const step = <K extends ActionKind>(kinds: readonly K[], apply: (actor: ActorId, action: ActionOf<K>) => void) => {
    for (const e of byGroup.get(kinds) ?? []) {
      const problem = checkAction(s, e.actor, e.action);
      if (problem) {
        rejected.push({ actor: e.actor, index: e.index, action: e.action.kind, ...problem });
        emit(ctx, [e.actor], { kind: "rejected", actor: e.actor, action: e.action.kind, refusal: problem });
      } else apply(e.actor, e.action as ActionOf<K>);
    }
  };

  // 1
  for (const id of s.actorOrder) {
    const a = s.actors[id]!;
    a.revenue = 0;
    a.revenueBy = noRevenue();
    a.cashBy = {};
    a.capitalSpent = 0;
    a.aiIncome = 0;
    a.publicIncome = 0;
    a.compute = idleCompute();
  }
  // 2
  step(DEAL, (actor, a) => { if (isDealAction(a)) applyDealAction(ctx, actor, a); });
  // 3
  step(LOBBY, (actor, a) => lobby(ctx, actor, a));
  step(GOVERN, (_, a) => govern(ctx, a));
  // 4
  step(LICENCE, (_, a) => decideLicence(ctx, a));
  processLicences(ctx);
  // 5
  finishDesigns(ctx);
  step(VENDOR, (actor, a) => vendorOrder(ctx, actor, a));
  produce(ctx);
  // 6
  step(STANDING, (actor, a) => standingChoice(ctx, actor, a));
  step(BUILD, (actor, a) => startBuild(ctx, actor, a));
  // 7
  settleDeals(ctx);
  // 8
  const domestic: Request<"buyDomestic">[] = [];
  const smuggled: Request<"smuggle">[] = [];
  const cloud: Request<"rentCloud">[] = [];
  step(DOMESTIC, (actor, action) => domestic.push({ actor, action }));
  step(SMUGGLE, (actor, action) => smuggled.push({ actor, action }));
  step(CLOUD, (actor, action) => cloud.push({ actor, action }));
  buyDomestic(ctx, domestic);
  smuggle(ctx, smuggled);
  rentCloud(ctx, cloud);
  // 9
  arrive(ctx);
  completeBuilds(ctx);
  install(ctx);
  // 10
  sellToMarket(ctx);
  // 11
  useCompute(ctx);
  // 12
  detect(ctx);
  // 13
  moveMarkets(ctx);
  upkeep(ctx);
  archiveDeals(ctx);
  // 14
  const { truth, known } = measure(ctx);
  const scores = scoreAll(s, truth);
  s.history.push({ round: s.round, indicators: truth, publicIndicators: known, scores, publicScores: scoreAll(s, known, scores) });
  resetReasons(s);
  // 15
  if (s.round >= s.scenario.calendar.rounds) s.finished = true;
  else {
    s.round += 1;
    briefing(ctx, roundRng(s.seed, s.round, "briefing"));
  }
  s.log.push(...ctx.events);
  return { state: s, events: ctx.events, ledger: ctx.ledger, rejected };
}

/** The reasons gathered for this round's report are recorded; the next round gathers its own. */
function resetReasons(s: GameState): void {
  for (const id of s.actorOrder) {
    const a = s.actors[id]!;
    a.gain = noGain();
    if (a.role === "chinaFirm") a.known = { ...a.known, gain: noGain() };
    if (a.priceDrivers.length) a.priceDrivers = [];
  }
  s.world.usGain = noGain();
}

type Standing = ActionOf<"securityConditions" | "sovereignAI" | "training" | "openWeights" | "distil">;

function standingChoice(ctx: Ctx, actor: ActorId, a: Standing): void {
  const me = ctx.s.actors[actor]!;
  switch (a.kind) {
    case "securityConditions":
      if (me.securityConditions !== a.accept) {
        addTrust(ctx, actor, ctx.r.usGov, (a.accept ? 1 : -1) * ctx.s.scenario.mechanics.trust.conditionsAccepted);
      }
      me.securityConditions = a.accept;
      break;
    case "sovereignAI": me.sovereignShare = a.share; break;
    case "training": me.trainingShare = a.share; break;
    case "openWeights": me.openWeights = a.use; break;
    case "distil": me.distil = a.use; break;
  }
}
