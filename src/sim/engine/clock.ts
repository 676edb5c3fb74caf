import { LATEST_DATE_MS } from '../wire/dates.js';

/**
 * A simulated clock for one account (Stripe test clocks, STYLE principle 4). Simulated time is
 * derived from an anchor: `now = anchorSim + (realNow - anchorReal) * speed`, so nothing ticks;
 * a frozen clock only moves when advanced. Real time enters through `realNow` alone.
 */
export interface ClockState {
  /** Simulated epoch ms at the anchor. */
  now: number;
  /** Simulated ms per real ms while running. */
  speed: number;
  frozen: boolean;
}

/** Default acceleration: one simulated hour per real second, so a TrustHub review (a few simulated hours) settles in seconds. */
export const DEFAULT_SPEED = 3600;

/**
 * Bounds of every clock input (control plane, admin API, dashboard, CLI). Beyond them a clock would
 * leave the dates the wire can write (year 9999) or fire an unbounded number of transitions in one
 * request (each billing cycle is one), so they are refused with a 400 instead.
 */
export const CLOCK_LIMITS = {
  /** Ten years of simulated seconds per advance: every lifecycle in the simulator fits in it; more is one more call. */
  maxAdvanceSeconds: 10 * 365 * 24 * 3600,
  /** Speeds are simulated seconds per real second, 0 < speed ≤ 1,000,000 (about 11.6 simulated days per real second). */
  maxSpeed: 1_000_000,
  /** Simulated time never passes the end of year 9999. */
  latest: LATEST_DATE_MS,
} as const;

/** Why `seconds` cannot advance a clock now at `now` (undefined when it can). */
export function advanceProblem(seconds: unknown, now: number): string | undefined {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return '"seconds" must be a finite number';
  if (seconds < 0) return '"seconds" must not be negative (the clock never goes back)';
  if (seconds > CLOCK_LIMITS.maxAdvanceSeconds) return `"seconds" is at most ${CLOCK_LIMITS.maxAdvanceSeconds} (10 years) per call, got ${seconds}`;
  if (now + seconds * 1000 > CLOCK_LIMITS.latest) return `the clock would pass the end of year 9999, the last date the simulator can write`;
  return undefined;
}

/** Why `speed` is not an acceptable clock speed (undefined when it is). */
export function speedProblem(speed: unknown): string | undefined {
  if (typeof speed !== 'number' || !Number.isFinite(speed)) return '"speed" must be a finite number';
  if (speed <= 0 || speed > CLOCK_LIMITS.maxSpeed) return `"speed" must be above 0 and at most ${CLOCK_LIMITS.maxSpeed} simulated seconds per real second, got ${speed}`;
  return undefined;
}

/**
 * A saved clock as the simulator can run it: a data file written before the bounds existed may hold
 * a time past year 9999, `null` (JSON's Infinity) or an out-of-range speed; each is brought back in
 * range so one such account answers (and never breaks the admin views of the others).
 */
export function sanitizeClock(state: Partial<Record<keyof ClockState, unknown>>, realNow: number): ClockState {
  const now = typeof state.now === 'number' && Number.isFinite(state.now) ? Math.min(Math.max(state.now, 0), CLOCK_LIMITS.latest) : Math.min(realNow, CLOCK_LIMITS.latest);
  const speed = typeof state.speed === 'number' && Number.isFinite(state.speed) && state.speed > 0 ? Math.min(state.speed, CLOCK_LIMITS.maxSpeed) : DEFAULT_SPEED;
  return { now, speed, frozen: state.frozen === true };
}

export class SimClock {
  private anchorSim: number;
  private anchorReal: number;
  private speedValue: number;
  private frozenValue: boolean;

  constructor(
    state: ClockState,
    private readonly realNow: () => number,
  ) {
    const safe = sanitizeClock(state, realNow());
    this.anchorSim = safe.now;
    this.anchorReal = realNow();
    this.speedValue = safe.speed;
    this.frozenValue = safe.frozen;
  }

  now(): number {
    if (this.frozenValue) return this.anchorSim;
    // A running clock stops at the latest writable date instead of running past it.
    return Math.min(Math.floor(this.anchorSim + (this.realNow() - this.anchorReal) * this.speedValue), CLOCK_LIMITS.latest);
  }

  get speed(): number {
    return this.speedValue;
  }

  get frozen(): boolean {
    return this.frozenValue;
  }

  private reanchor(sim: number): void {
    this.anchorSim = sim;
    this.anchorReal = this.realNow();
  }

  freeze(): void {
    this.reanchor(this.now());
    this.frozenValue = true;
  }

  resume(): void {
    this.reanchor(this.now());
    this.frozenValue = false;
  }

  /** Callers check `speedProblem` first; out-of-range speeds are clamped here all the same. */
  setSpeed(speed: number): void {
    this.reanchor(this.now());
    this.speedValue = sanitizeClock({ now: 0, speed }, 0).speed;
  }

  /** Moves simulated time to `sim` (never backwards, never past the latest writable date). */
  jumpTo(sim: number): void {
    const now = this.now();
    this.reanchor(Number.isFinite(sim) ? Math.min(Math.max(sim, now), CLOCK_LIMITS.latest) : now);
  }

  /** Real ms until simulated time reaches `sim` at the current speed; Infinity while frozen. */
  realDelayUntil(sim: number): number {
    if (this.frozenValue || this.speedValue <= 0) return Infinity;
    return Math.max(0, (sim - this.now()) / this.speedValue);
  }

  snapshot(): ClockState {
    return { now: this.now(), speed: this.speedValue, frozen: this.frozenValue };
  }
}
