// Idle conversations expire: their dialog state, transcript, uploads not attached to a case, and record are deleted,
// unless they wait for or are held by staff. Cases, the uploads attached to them, and a summary for the dashboard stay.
import type { Middleware } from 'botbuilder';
import type { ActivityIndex, Stores } from '../storage/types';
import { turnLockKey } from './turnPipeline';
import { summarizeConversations } from './conversationSummary';
import { conversationStateKey } from './conversationStateKeys';
import { PeriodicSweep } from '../periodicSweep';

export interface ConversationExpiryDeps {
  stores: Pick<Stores, 'state' | 'conversations' | 'transcripts' | 'uploads' | 'cases' | 'lastActivity' | 'locks' | 'conversationArchive'>;
  /** Real time (`Clock.now`): idleness is measured in it, never in the business date. */
  now: () => Date;
  idleMs: number;
  logger: { error(details: object, message: string): void };
}

// Enough to keep one sweep's reads small; the next batch follows at once.
const SWEEP_BATCH = 500;
const LONGEST_SWEEP_INTERVAL_MS = 60_000;

/** Marks the conversation of every turn active, on every channel; add it to each adapter. */
export function markActivity(lastActivity: ActivityIndex, now: () => Date): Middleware {
  return {
    async onTurn(context, next) {
      const conversationId = context.activity.conversation?.id;
      if (conversationId) await lastActivity.touch({ conversationId, channel: context.activity.channelId }, now());
      await next();
    },
  };
}


export class ConversationExpiry {
  private readonly timer: PeriodicSweep;

  constructor(private readonly deps: ConversationExpiryDeps) {
    this.timer = new PeriodicSweep(() => this.sweepAll(), Math.min(LONGEST_SWEEP_INTERVAL_MS, deps.idleMs));
  }

  start(): void {
    this.timer.start();
  }

  stop(): Promise<void> {
    return this.timer.stop();
  }

  /** Deletes every conversation idle longer than the setting; resolves with how many went. Never rejects. */
  sweep(): Promise<number> {
    return this.timer.sweep();
  }

  private async sweepAll(): Promise<number> {
    let expired = 0;
    try {
      for (;;) {
        const cutoff = new Date(this.deps.now().getTime() - this.deps.idleMs);
        const idle = await this.deps.stores.lastActivity.idleSince(cutoff, SWEEP_BATCH);
        for (const { conversationId } of idle) {
          if (await this.expire(conversationId, cutoff)) expired += 1;
        }
        if (idle.length < SWEEP_BATCH) return expired;
      }
    } catch (error) {
      this.deps.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'conversation expiry failed; the next sweep tries again');
      return expired;
    }
  }

  // Under the conversation's turn lock, so a message arriving meanwhile either comes first (and keeps it) or finds it gone.
  private expire(conversationId: string, cutoff: Date): Promise<boolean> {
    const { stores } = this.deps;
    return stores.locks.runExclusive(turnLockKey(conversationId), async () => {
      const last = await stores.lastActivity.get(conversationId);
      if (last === undefined || last.at >= cutoff.toISOString()) return false;
      const record = await stores.conversations.get(conversationId);
      if (record?.status === 'waiting' || record?.status === 'active') {
        // Staff decide when it ends; look again one idle period from now.
        await stores.lastActivity.touch(last, this.deps.now());
        return false;
      }
      const uploads = await stores.uploads.listByConversation(conversationId);
      // Cases are only looked up when there are files to sort out: most conversations have none.
      const attachedToCases = new Set(
        uploads.length === 0
          ? []
          : (await stores.cases.list({ conversationId })).flatMap((repairCase) => repairCase.attachments.map((attachment) => attachment.id)),
      );
      for (const upload of uploads) {
        if (!attachedToCases.has(upload.id)) await stores.uploads.delete(upload.id);
      }
      const [summary] = await summarizeConversations(stores, [last]);
      await stores.conversationArchive.add(summary);
      await stores.transcripts.delete(conversationId);
      await stores.state.delete([conversationStateKey(last.channel, conversationId)]);
      await stores.conversations.delete(conversationId);
      await stores.lastActivity.forget(conversationId);
      return true;
    });
  }
}
