// Records a channel's activities in the transcript store, for channels that do not keep them themselves (Direct Line does).
import type { Activity, TranscriptLogger } from 'botbuilder';
import type { TranscriptStore } from '../storage/types';

export class TranscriptRecorder implements TranscriptLogger {
  constructor(private readonly transcripts: TranscriptStore) {}

  async logActivity(activity: Activity): Promise<void> {
    if (activity.type === 'typing') return;
    // botbuilder hands over its own copy, and the store keeps JSON text: no copy of our own.
    await this.transcripts.append(activity.conversation.id, activity as unknown as Record<string, unknown>);
  }
}
