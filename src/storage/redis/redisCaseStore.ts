// Repair cases in Redis: one JSON value per case, numbered by a per-day INCR so every instance issues unique ids.
import type { NewCase, RepairCase } from '../../domain/repairCase';
import { NotFoundError, type CaseOpening, type CaseStore } from '../types';
import { toJson } from '../memory/storedJson';
import { newestFirst, openedCase } from '../caseIds';
import { keys } from './keys';
import { optimisticUpdate, readStored, type RedisClient } from './redisClient';
import { repairCaseSchema } from './schemas';

export class RedisCaseStore implements CaseStore {
  /** `clock` stamps `updatedAt` on updates, which carry no time of their own. */
  constructor(
    private readonly client: RedisClient,
    private readonly clock: () => Date,
  ) {}

  async create(input: NewCase, opened: CaseOpening): Promise<RepairCase> {
    const day = opened.day.replaceAll('-', '');
    const sequence = await this.client.incr(keys.caseSequence(day));
    const created = openedCase(input, opened, day, sequence);
    const json = toJson(created);
    // The case first, then the indices: a crash in between leaves a case no list shows, never a list entry without a case.
    await this.client.set(keys.case(created.id), json);
    await Promise.all([this.client.sAdd(keys.cases, created.id), this.client.sAdd(keys.casesOfConversation(created.conversationId), created.id)]);
    return readStored(repairCaseSchema, keys.case(created.id), json);
  }

  async get(id: string): Promise<RepairCase | undefined> {
    const json = await this.client.get(keys.case(id));
    return json === null ? undefined : readStored(repairCaseSchema, keys.case(id), json);
  }

  async update(id: string, change: (current: RepairCase) => RepairCase): Promise<RepairCase> {
    const key = keys.case(id);
    const updated = await optimisticUpdate(
      this.client,
      key,
      (currentJson) => {
        const changed: RepairCase = { ...change(readStored(repairCaseSchema, key, currentJson)), id, updatedAt: this.clock().toISOString() };
        const json = toJson(changed);
        return { json, result: readStored(repairCaseSchema, key, json) };
      },
      () => new NotFoundError('Case', id),
    );
    // optimisticUpdate only returns undefined when the change declines, which a case change never does.
    if (updated === undefined) throw new Error(`RedisCaseStore.update: no result for ${id}`);
    return updated;
  }

  async list(filter: { status?: RepairCase['status']; conversationId?: string } = {}): Promise<RepairCase[]> {
    const ids = await this.client.sMembers(filter.conversationId === undefined ? keys.cases : keys.casesOfConversation(filter.conversationId));
    // One GET per case rather than MGET, whose keys would span slots on Redis Cluster.
    const cases = await Promise.all(ids.map((id) => this.get(id)));
    return cases
      .filter((c): c is RepairCase => c !== undefined)
      .filter((c) => filter.status === undefined || c.status === filter.status)
      .filter((c) => filter.conversationId === undefined || c.conversationId === filter.conversationId)
      .sort(newestFirst);
  }
}
