// A sweep on a timer (conversation expiry, case retention): never two at once, never keeping the process alive.

export class PeriodicSweep {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  /** `sweepAll` resolves with how many things it swept and never rejects. */
  constructor(
    private readonly sweepAll: () => Promise<number>,
    private readonly intervalMs: number,
    private readonly options: { atStart?: boolean } = {},
  ) {}

  start(): void {
    if (this.timer !== undefined) return;
    if (this.options.atStart) void this.sweep();
    this.timer = setInterval(() => void this.sweep(), this.intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a sweep under way. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Sweeps now, or joins the sweep under way. */
  sweep(): Promise<number> {
    this.running ??= this.sweepAll().finally(() => (this.running = undefined));
    return this.running;
  }
}
