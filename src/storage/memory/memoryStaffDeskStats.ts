// What the queue tells customers about staff, in process memory: recent takeover waits and when a console was last open.
import type { ConsolePresence, TakeoverWaits } from '../types';

/** More than anyone asks for (the expected wait uses the last 20). */
const WAITS_KEPT = 100;

export class MemoryTakeoverWaits implements TakeoverWaits {
  private readonly waits: number[] = [];

  async record(waitMs: number): Promise<void> {
    this.waits.push(waitMs);
    if (this.waits.length > WAITS_KEPT) this.waits.shift();
  }

  async recent(count: number): Promise<number[]> {
    return count <= 0 ? [] : this.waits.slice(-count);
  }
}

export class MemoryConsolePresence implements ConsolePresence {
  private last: number | undefined;
  private readonly byUser = new Map<string, number>();

  async seen(at: Date, username?: string): Promise<void> {
    // Instances may report out of order; the latest sighting wins.
    this.last = Math.max(this.last ?? 0, at.getTime());
    if (username !== undefined) this.byUser.set(username, Math.max(this.byUser.get(username) ?? 0, at.getTime()));
  }

  async lastSeen(): Promise<Date | undefined> {
    return this.last === undefined ? undefined : new Date(this.last);
  }

  async lastSeenBy(): Promise<Array<{ username: string; at: Date }>> {
    return [...this.byUser.keys()].sort().map((username) => ({ username, at: new Date(this.byUser.get(username)!) }));
  }
}
