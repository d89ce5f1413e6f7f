// The timer of the phase being played: when it runs out, pausing and resuming it, extending it.
// It knows nothing of the game; the session tells it how long a phase lasts and hears when time is up.
import { refuse, type Refusal } from "../shared/refusals.ts";

/** What schedules the call (the room's clock, which stops with the room). */
export interface Scheduler { setTimeout(fn: () => void, ms: number): { clear(): void } }

export class PhaseClock {
  /** epoch ms when the phase ends; 0 while there is no timer or it is paused */
  deadline = 0;
  /** ms left while paused */
  remaining = 0;
  paused = false;
  private timer: { clear(): void } | undefined;
  private readonly scheduler: Scheduler;
  private readonly timeUp: () => void;

  constructor(scheduler: Scheduler, timeUp: () => void, paused = false) {
    this.scheduler = scheduler;
    this.timeUp = timeUp;
    this.paused = paused;
  }

  /** A new phase begins, timed for `seconds` (0: untimed); a paused clock keeps it for later. */
  begin(seconds: number): void {
    this.stop();
    if (seconds <= 0) return;
    if (this.paused) this.remaining = seconds * 1000;
    else this.run(seconds * 1000);
  }

  pause(): Refusal | null {
    if (this.paused) return refuse("alreadyPaused");
    this.paused = true;
    this.remaining = Math.max(0, this.deadline - Date.now());
    this.clearTimer();
    this.deadline = 0;
    return null;
  }

  resume(): Refusal | null {
    if (!this.paused) return refuse("notPaused");
    this.paused = false;
    if (this.remaining > 0) this.run(this.remaining);
    this.remaining = 0;
    return null;
  }

  /** Holds the phase where it is after a fault: paused, whatever time was left kept. */
  hold(): void {
    if (!this.paused) this.pause();
  }

  extend(seconds: number): Refusal | null {
    if (this.paused && this.remaining > 0) this.remaining += seconds * 1000;
    else if (!this.paused && this.deadline > 0) this.run(this.deadline - Date.now() + seconds * 1000);
    else return refuse("noTimer");
    return null;
  }

  stop(): void {
    this.clearTimer();
    this.deadline = 0;
    this.remaining = 0;
  }

  private run(ms: number): void {
    this.clearTimer();
    this.deadline = Date.now() + ms;
    this.timer = this.scheduler.setTimeout(() => {
      this.timer = undefined;
      this.deadline = 0;
      this.timeUp();
    }, ms);
  }

  private clearTimer(): void {
    this.timer?.clear();
    this.timer = undefined;
  }
}
