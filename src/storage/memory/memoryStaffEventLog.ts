// The staff console's recent events in process memory: a ring of the last N, numbered from 1.
import type { StaffEvent, StaffEventLog } from '../types';
import { fromJson, toJson } from './storedJson';

export class MemoryStaffEventLog implements StaffEventLog {
  private readonly events: string[] = [];
  private lastId = 0;

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('MemoryStaffEventLog: capacity must be a positive whole number');
  }

  async append(name: string, data: unknown, at: Date): Promise<StaffEvent> {
    const event: StaffEvent = { id: this.lastId + 1, name, data, at: at.toISOString() };
    const json = toJson(event);
    this.lastId = event.id;
    this.events.push(json);
    if (this.events.length > this.capacity) this.events.shift();
    return fromJson(json);
  }

  async since(afterId: number): Promise<StaffEvent[] | undefined> {
    const oldestKept = this.lastId - this.events.length + 1;
    // A console that saw nothing yet (0) is complete only if nothing was ever dropped.
    if (afterId + 1 < oldestKept) return undefined;
    return this.events.slice(Math.max(0, afterId + 1 - oldestKept)).map((json) => fromJson<StaffEvent>(json));
  }
}
