// The phases of a game, as data: what follows each, which timer runs it, whether seats may still act,
// and what the client shows. The server's session, the record's replay and the client all read this
// table; nothing else spells the phases out.

export const PHASE_NAMES = ["lobby", "briefing", "negotiation", "orders", "resolution", "report", "finished"] as const;
export type Phase = (typeof PHASE_NAMES)[number];
/** The phases a game's settings put a timer on. */
export type TimedPhase = "briefing" | "negotiation" | "orders" | "report";

export interface PhaseSpec {
  /** the phase that follows */
  next: Phase;
  /** the phase that follows instead once the last round is resolved */
  nextWhenOver?: Phase;
  /** the game setting that times it; null: it waits for the facilitator (or, for the resolution, the server) */
  timer: TimedPhase | null;
  /** seats may edit their orders and act on deals (the lobby too, to get ahead) */
  open: boolean;
  /** the round resolves as soon as every seat a human holds has submitted */
  endsWhenAllSubmitted: boolean;
  /** the game is under way: the facilitator can advance it, and its start is written in the record */
  running: boolean;
  /** the round the room shows is the one just resolved, not the one being played */
  showsResolvedRound: boolean;
  /** the client's screen */
  screen: "lobby" | "game" | "debrief";
  /** the client opens its report tab when the phase begins: the news, the results */
  opensReport: boolean;
  /** the host's one-click button to move on (an i18n key), or null */
  continueLabel: "control.toNegotiation" | "control.nextRound" | null;
}

const base = { nextWhenOver: undefined, timer: null, open: false, endsWhenAllSubmitted: false, running: true, showsResolvedRound: false, screen: "game", opensReport: false, continueLabel: null } as const;

export const PHASES: Record<Phase, PhaseSpec> = {
  lobby: { ...base, next: "briefing", open: true, running: false, screen: "lobby" },
  briefing: { ...base, next: "negotiation", timer: "briefing", open: true, opensReport: true, continueLabel: "control.toNegotiation" },
  negotiation: { ...base, next: "orders", timer: "negotiation", open: true, endsWhenAllSubmitted: true },
  orders: { ...base, next: "resolution", timer: "orders", open: true, endsWhenAllSubmitted: true },
  resolution: { ...base, next: "report" },
  report: { ...base, next: "briefing", nextWhenOver: "finished", timer: "report", showsResolvedRound: true, opensReport: true, continueLabel: "control.nextRound" },
  finished: { ...base, next: "finished", running: false, screen: "debrief" },
};

/** The phase after `phase`; `over` once the game's last round has been resolved. */
export function nextPhase(phase: Phase, over: boolean): Phase {
  const spec = PHASES[phase];
  return over && spec.nextWhenOver ? spec.nextWhenOver : spec.next;
}
