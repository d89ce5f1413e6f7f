// Step 8: Chinese firms (and Gulf states outside US conditions) buy Chinese chips; Chinese firms order
// chips through smugglers and rent US cloud compute. Each is a pooled market: when orders exceed what
// is on offer, every buyer gets the same fraction.
import { addTrust, book, emit, nextId, type Ctx } from "../context.ts";
import type { ActionOf } from "../orders.ts";
import { detectionChance } from "../rules.ts";
import type { ActorId } from "../state.ts";
import { ship } from "./settlement.ts";

export type Request<K extends "buyDomestic" | "smuggle" | "rentCloud"> = { actor: ActorId; action: ActionOf<K> };

const fill = (total: number, capacity: number) => (total <= capacity ? 1 : capacity / total);

export function buyDomestic(ctx: Ctx, requests: Request<"buyDomestic">[]): void {
  const { s, r } = ctx;
  const ratio = fill(requests.reduce((t, q) => t + q.action.quantity, 0), s.world.domesticCapacity);
  const maker = s.scenario.npc.domesticMaker.id;
  for (const { actor, action } of requests) {
    const a = s.actors[actor]!;
    const price = r.chips[action.chip]!.price;
    const n = Math.min(Math.floor(action.quantity * ratio), Math.floor(a.cash / price));
    if (n <= 0) continue;
    book(ctx, actor, -Math.round(n * price), "domesticChips");
    a.stock[action.chip]! += n;
    s.made[action.chip]! += n;
    // a Gulf state running Chinese chips is news, and Washington minds it
    const abroad = a.role === "gulf";
    if (abroad) addTrust(ctx, actor, r.usGov, s.scenario.mechanics.penalties.chineseChipsTrust);
    emit(ctx, abroad ? "all" : [actor], { kind: "shipment", shipment: nextId(ctx, "S"), smuggled: false, from: maker, to: actor, chips: { [action.chip]: n } });
  }
}

export function smuggle(ctx: Ctx, requests: Request<"smuggle">[]): void {
  const { s, r, rng } = ctx;
  const m = s.scenario.mechanics;
  const ratio = fill(requests.reduce((t, q) => t + q.action.quantity, 0), s.world.smugglingCapacity);
  const network = s.scenario.npc.smuggling.id;
  for (const { actor, action } of requests) {
    const a = s.actors[actor]!;
    const unit = r.chips[action.chip]!.price * m.smuggling.markup;
    // the middlemen divert chips already sold to the world market
    const n = Math.min(Math.floor(action.quantity * ratio), Math.floor(a.cash / unit), s.world.marketInstalled[action.chip]!);
    if (n <= 0) continue;
    book(ctx, actor, -Math.round(n * unit), "smuggling");
    s.world.marketInstalled[action.chip]! -= n;
    // chips that report where they are (the Chip Security Act) give diverted ones away more often
    const verified = s.policies.locationVerification ? m.detection.locationVerification : 0;
    if (rng.chance(detectionOdds(ctx, m.detection.smuggling + verified, [actor]))) {
      s.seized[action.chip]! += n;
      exposed(ctx, actor);
      addTrust(ctx, actor, r.usGov, m.penalties.smugglingTrust);
      emit(ctx, "all", { kind: "seized", buyer: actor, chips: { [action.chip]: n } });
    } else {
      ship(ctx, "smuggled", network, actor, { [action.chip]: n }, null);
    }
  }
}

/** US clouds rent to foreign firms within their spare share; once remote access counts as an export,
 *  they are closed to Chinese firms (see validate.ts), and know-your-customer rules refuse some. */
export function rentCloud(ctx: Ctx, requests: Request<"rentCloud">[]): void {
  const { s, r, rng } = ctx;
  const m = s.scenario.mechanics;
  const ratio = fill(requests.reduce((t, q) => t + q.action.compute, 0), s.world.usCompute * m.cloud.foreignShare);
  for (const { actor, action } of requests) {
    const a = s.actors[actor]!;
    const compute = Math.min(Math.floor(action.compute * ratio), Math.floor(a.cash / m.cloud.price));
    if (compute <= 0) continue;
    if (s.policies.cloudKyc && rng.chance(m.detection.kyc)) {
      emit(ctx, [actor, r.usGov], { kind: "cloudRefused", firm: actor, compute });
      continue;
    }
    book(ctx, actor, -Math.round(compute * m.cloud.price), "cloudRental");
    a.compute.cloud += compute;
  }
}

/** A hidden flow of the actor came to light: a Chinese firm's models are now known for what they are. */
export function exposed(ctx: Ctx, actor: ActorId): void {
  const a = ctx.s.actors[actor]!;
  a.caughtRound = ctx.s.round;
  if (a.role === "chinaFirm") a.known = { capability: a.capability, trained: a.trainedCompute, gain: a.gain };
}

/** Base odds plus this round's audits of any party and enforcement campaigns. */
export function detectionOdds(ctx: Ctx, base: number, parties: ActorId[]): number {
  return detectionChance(ctx.s, base, parties.some((p) => ctx.audited.has(p)));
}
