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

export class SimClock {
  private anchorSim: number;
  private anchorReal: number;
  private speedValue: number;
  private frozenValue: boolean;

  constructor(
    state: ClockState,
    private readonly realNow: () => number,
  ) {
    this.anchorSim = state.now;
    this.anchorReal = realNow();
    this.speedValue = state.speed;
    this.frozenValue = state.frozen;
  }

  now(): number {
    if (this.frozenValue) return this.anchorSim;
    return Math.floor(this.anchorSim + (this.realNow() - this.anchorReal) * this.speedValue);
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

  setSpeed(speed: number): void {
    this.reanchor(this.now());
    this.speedValue = speed;
  }

  /** Moves simulated time to `sim` (never backwards). */
  jumpTo(sim: number): void {
    this.reanchor(Math.max(sim, this.now()));
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
