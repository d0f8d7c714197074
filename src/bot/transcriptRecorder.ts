// Records a channel's activities in the transcript store, for channels that do not keep them themselves (Direct Line does).
import type { Activity, TranscriptLogger } from 'botbuilder';
import type { TranscriptStore } from '../storage/types';

export class TranscriptRecorder implements TranscriptLogger {
  constructor(private readonly transcripts: TranscriptStore) {}

  async logActivity(activity: Activity): Promise<void> {
    if (activity.type === 'typing') return;
    await this.transcripts.append(activity.conversation.id, JSON.parse(JSON.stringify(activity)) as Record<string, unknown>);
  }
}
