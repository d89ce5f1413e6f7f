// Events a round produces. Each says who may see it; viewFor() is what applies that.
import type { Refusal } from "../refusals.ts";
import type { PolicyKey } from "../scenario/schema.ts";
import type { ActionKind } from "./orders.ts";
import type { ActorId, ChipStock, DealFailure, DealStatus, LicenceStatus } from "./state.ts";

export type Visibility = "all" | ActorId[];
export interface Text { en: string; zh: string }

export type EventBody =
  | { kind: "scenario"; card: string; origin: "scheduled" | "deck" | "inject"; title: Text; text: Text }
  | { kind: "rejected"; actor: ActorId; action: ActionKind; refusal: Refusal }
  | { kind: "policy"; policy: PolicyKey; from: number | boolean; to: number | boolean }
  | { kind: "bill"; bill: string; support: number; passed: boolean }
  | { kind: "entityList"; target: ActorId; listed: boolean }
  | { kind: "visit"; target: ActorId }
  | { kind: "audit"; target: ActorId }
  | { kind: "deal"; deal: string; status: DealStatus; from: ActorId; to: ActorId; failing?: ActorId; why?: DealFailure }
  | { kind: "licence"; licence: string; deal: string; exporter: ActorId; destination: ActorId; status: LicenceStatus; chips: number }
  | { kind: "shipment"; shipment: string; smuggled: boolean; from: ActorId; to: ActorId; chips: ChipStock }
  | { kind: "seized"; buyer: ActorId; chips: ChipStock }
  | { kind: "leaseDetected"; lessor: ActorId; lessee: ActorId; compute: number; breach: boolean }
  | { kind: "conditionsRevoked"; actor: ActorId }
  | { kind: "distillationDetected"; firm: ActorId; cutoffUntil: number }
  | { kind: "retaliation"; listed: ActorId | null; untilRound: number }
  | { kind: "cloudRefused"; firm: ActorId; compute: number }
  | { kind: "production"; vendor: ActorId; chips: ChipStock; cost: number }
  | { kind: "design"; vendor: ActorId; chip: string; ready: boolean }
  | { kind: "built"; actor: ActorId; slots: number }
  | { kind: "marketSale"; vendor: ActorId; chips: ChipStock; revenue: number }
  | { kind: "sharePrice"; vendor: ActorId; from: number; to: number }
  | { kind: "charge"; vendor: ActorId; chip: string; chips: number; amount: number }
  | { kind: "importBlock"; chips: string[]; blocked: boolean }
  | { kind: "backlog"; rounds: number; untilRound: number }
  | { kind: "hosted"; target: ActorId; chips: ChipStock }
  | { kind: "tierCap"; licence: string; destination: ActorId; cap: number; used: number };

export type GameEvent = EventBody & { round: number; visibleTo: Visibility };
export type EventKind = EventBody["kind"];

export function canSee(event: GameEvent, actor: ActorId | null): boolean {
  if (event.visibleTo === "all") return true;
  return actor !== null && event.visibleTo.includes(actor);
}
