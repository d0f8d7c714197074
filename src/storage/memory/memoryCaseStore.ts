// Repair cases kept in process memory, held as JSON text so callers never share objects with the store.
import type { RepairCase, NewCase } from '../../domain/repairCase';
import { NotFoundError, type CaseOpening, type CaseStore } from '../types';
import { caseNumbersInMemory, type CaseNumbers } from './caseNumbers';
import { fromJson, toJson } from './storedJson';
import { newestFirst, openedCase } from '../caseIds';

export class MemoryCaseStore implements CaseStore {
  private readonly casesById = new Map<string, string>();
  /** Opening a case looks for the conversation's cases: without an index, each look read every case ever opened. */
  private readonly idsByConversation = new Map<string, Set<string>>();

  /** `clock` stamps `updatedAt` on updates, which carry no time of their own. */
  constructor(
    private readonly clock: () => Date,
    private readonly caseNumbers: CaseNumbers = caseNumbersInMemory(),
  ) {}

  async create(input: NewCase, opened: CaseOpening): Promise<RepairCase> {
    const day = opened.day.replaceAll('-', '');
    const sequence = this.caseNumbers.next(day);
    const created = openedCase(input, opened, day, sequence);
    const json = toJson(created);
    this.casesById.set(created.id, json);
    this.index(created);
    return fromJson(json);
  }

  async get(id: string): Promise<RepairCase | undefined> {
    const json = this.casesById.get(id);
    return json === undefined ? undefined : fromJson(json);
  }

  // Read, change and write happen in one synchronous stretch, so no other update can interleave.
  async update(id: string, change: (current: RepairCase) => RepairCase): Promise<RepairCase> {
    const json = this.casesById.get(id);
    if (json === undefined) throw new NotFoundError('Case', id);
    const current = fromJson<RepairCase>(json);
    const previousConversationId = current.conversationId;
    const changed: RepairCase = { ...change(current), id, updatedAt: this.clock().toISOString() };
    const changedJson = toJson(changed);
    this.casesById.set(id, changedJson);
    this.idsByConversation.get(previousConversationId)?.delete(id);
    this.index(changed);
    return fromJson(changedJson);
  }

  async list(filter: { status?: RepairCase['status']; conversationId?: string } = {}): Promise<RepairCase[]> {
    const ids = filter.conversationId === undefined ? this.casesById.keys() : this.idsByConversation.get(filter.conversationId) ?? [];
    return [...ids]
      .map((id) => fromJson<RepairCase>(this.casesById.get(id)!))
      .filter((c) => filter.status === undefined || c.status === filter.status)
      .filter((c) => filter.conversationId === undefined || c.conversationId === filter.conversationId)
      .sort(newestFirst);
  }

  private index(repairCase: RepairCase): void {
    const ids = this.idsByConversation.get(repairCase.conversationId) ?? new Set<string>();
    ids.add(repairCase.id);
    this.idsByConversation.set(repairCase.conversationId, ids);
  }
}
