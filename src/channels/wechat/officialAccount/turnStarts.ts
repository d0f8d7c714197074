// When the turns of pushed messages start: WeChat's next push is answered `success` before another turn hogs the process.

/** A stream of pushes must not keep turns from starting longer than this. */
export const MOST_DEFERRED_MS = 100;

/**
 * Starts queued jobs (turns) one per pass of the event loop, and none while a push is being answered, for at most
 * MOST_DEFERRED_MS. A turn runs long stretches without yielding (the recognizer is synchronous, memory stores answer
 * at once): started all at once, a burst of turns would keep WeChat's next push waiting for its `success` behind
 * every one of them.
 */
export class TurnStarts {
  private readonly jobs: Array<() => void> = [];
  private scheduled = false;
  private pushesBeingAnswered = 0;
  /** Since when the first waiting job has been kept back by pushes being answered. */
  private deferredSince: number | undefined;
  private overdueTimer: NodeJS.Timeout | undefined;

  /** A push is being answered; call what this returns once it has been. */
  answering(): () => void {
    this.pushesBeingAnswered += 1;
    return () => {
      this.pushesBeingAnswered -= 1;
      this.next();
    };
  }

  add(job: () => void): void {
    this.jobs.push(job);
    this.next();
  }

  private next(): void {
    if (this.scheduled || this.jobs.length === 0) return;
    const now = Date.now();
    const waited = now - (this.deferredSince ??= now);
    if (this.pushesBeingAnswered > 0 && waited < MOST_DEFERRED_MS) {
      this.overdueTimer ??= setTimeout(() => {
        this.overdueTimer = undefined;
        this.next();
      }, MOST_DEFERRED_MS - waited).unref();
      return;
    }
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.deferredSince = undefined;
      clearTimeout(this.overdueTimer);
      this.overdueTimer = undefined;
      this.jobs.shift()?.();
      this.next();
    });
  }
}
