// Feeds one WebSocket a conversation's activities in order, from a watermark on, each exactly once.
import type { TranscriptStore } from '../../storage/types';
import type { ConversationFeedMessage } from './conversationFeed';

/** An activity set as directlinejs reads it; typing indicators come without a watermark. */
export interface ActivitySet {
  activities: Array<Record<string, unknown>>;
  watermark?: string;
}

/**
 * Replays the transcript from the watermark, then follows the conversation's feed. The feed may deliver late,
 * twice or out of order (across instances); the transcript index decides what is new, and gaps are read back
 * from the transcript, so nothing is lost or sent twice.
 */
export class StreamDelivery {
  private nextIndex: number;
  // Every step waits for the one before, so sets leave in watermark order.
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly conversationId: string,
    startAt: number,
    private readonly transcripts: TranscriptStore,
    /** Settles once the set is on its way; the next set waits for it, so a slow reader is not flooded. */
    private readonly send: (set: ActivitySet) => Promise<void>,
    private readonly fail: (error: unknown) => void,
    /** At most this many activities per set. */
    private readonly pageSize: number,
  ) {
    this.nextIndex = startAt;
  }

  /** Sends everything stored since the watermark; call once the feed subscription is in place. */
  replay(): void {
    this.enqueue(() => this.catchUp());
  }

  receive(message: ConversationFeedMessage): void {
    this.enqueue(async () => {
      if (message.kind === 'transient') {
        await this.send({ activities: [message.activity] });
      } else if (message.index === this.nextIndex) {
        this.nextIndex += 1;
        await this.send({ activities: [message.activity], watermark: String(this.nextIndex) });
      } else if (message.index > this.nextIndex) {
        await this.catchUp();
      }
    });
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const activities = await this.transcripts.list(this.conversationId, this.nextIndex, this.pageSize);
      if (activities.length === 0) return;
      this.nextIndex += activities.length;
      await this.send({ activities, watermark: String(this.nextIndex) });
      if (activities.length < this.pageSize) return;
    }
  }

  private enqueue(step: () => Promise<void>): void {
    this.queue = this.queue.then(step).catch(this.fail);
  }
}
