// Closed cases keep the customer's personal data for CASE_RETENTION_DAYS only: then their contact, words and uploads go.
import { closedAt, withoutPersonalData, type Attachment } from '../domain/repairCase';
import type { CaseStore, UploadStore } from '../storage/types';
import { PeriodicSweep } from '../periodicSweep';

export interface CaseRetentionDeps {
  cases: CaseStore;
  uploads: UploadStore;
  /** Real time: retention is counted in it, never in the business date. */
  now: () => Date;
  retentionMs: number;
  logger: { error(details: object, message: string): void };
}

/** Retention is counted in days: looking once an hour removes data at most an hour late. */
const SWEEP_INTERVAL_MS = 60 * 60_000;

export class CaseRetention {
  private readonly timer: PeriodicSweep;

  constructor(private readonly deps: CaseRetentionDeps) {
    this.timer = new PeriodicSweep(() => this.sweepAll(), SWEEP_INTERVAL_MS, { atStart: true });
  }

  start(): void {
    this.timer.start();
  }

  stop(): Promise<void> {
    return this.timer.stop();
  }

  /** Removes the personal data of every case closed longer than the retention; resolves with how many. Never rejects. */
  sweep(): Promise<number> {
    return this.timer.sweep();
  }

  private async sweepAll(): Promise<number> {
    const { cases, uploads, now, retentionMs, logger } = this.deps;
    const cutoff = new Date(now().getTime() - retentionMs).toISOString();
    let removed = 0;
    try {
      for (const closed of await cases.list({ status: 'closed' })) {
        const closedSince = closedAt(closed);
        if (closed.personalDataRemovedAt !== undefined || closedSince === undefined || closedSince > cutoff) continue;
        // Re-checked inside the update (which may run more than once; its last run is what was written): a case
        // reopened meanwhile keeps its data and its files.
        let dropped: Attachment[] | undefined;
        await cases.update(closed.id, (current) => {
          const expired = closedAt(current) === closedSince;
          dropped = expired ? current.attachments : undefined;
          return expired ? withoutPersonalData(current, now()) : current;
        });
        if (dropped === undefined) continue;
        for (const attachment of dropped) await uploads.delete(attachment.id);
        removed += 1;
      }
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'case retention failed; the next sweep tries again');
    }
    return removed;
  }
}
