// The staff side in Redis: accounts, sessions, the console's numbered event log, takeover waits and console presence,
// shared by every instance.
import type { ConsolePresence, StaffAccount, StaffAccountStore, StaffEvent, StaffEventLog, StaffSession, StaffSessionStore, TakeoverWaits } from '../types';
import { toJson } from '../memory/storedJson';
import { keys } from './keys';
import { readStored, type RedisClient } from './redisClient';
import { staffAccountSchema, staffEventSchema, staffSessionSchema } from './schemas';

export class RedisStaffAccountStore implements StaffAccountStore {
  constructor(private readonly client: RedisClient) {}

  async get(username: string): Promise<StaffAccount | undefined> {
    const json = await this.client.hGet(keys.staffAccounts, username);
    return json === null ? undefined : readStored(staffAccountSchema, `${keys.staffAccounts} ${username}`, json);
  }

  async add(account: StaffAccount): Promise<boolean> {
    return (await this.client.hSetNX(keys.staffAccounts, account.username, toJson(account))) === 1;
  }

  async put(account: StaffAccount): Promise<void> {
    await this.client.hSet(keys.staffAccounts, account.username, toJson(account));
  }

  async list(): Promise<StaffAccount[]> {
    const all = await this.client.hGetAll(keys.staffAccounts);
    return Object.keys(all)
      .sort()
      .map((username) => readStored(staffAccountSchema, `${keys.staffAccounts} ${username}`, all[username] ?? ''));
  }
}

export class RedisStaffSessionStore implements StaffSessionStore {
  constructor(private readonly client: RedisClient) {}

  async put(session: StaffSession): Promise<void> {
    await this.client
      .multi()
      .set(keys.staffSession(session.id), toJson(session))
      .sAdd(keys.staffSessionsOf(session.username), session.id)
      .exec();
  }

  async get(id: string): Promise<StaffSession | undefined> {
    const json = await this.client.get(keys.staffSession(id));
    return json === null ? undefined : readStored(staffSessionSchema, keys.staffSession(id), json);
  }

  async delete(id: string): Promise<void> {
    const session = await this.get(id);
    await this.client.del(keys.staffSession(id));
    if (session) await this.client.sRem(keys.staffSessionsOf(session.username), id);
  }

  async deleteForUser(username: string): Promise<number> {
    const ids = await this.client.sMembers(keys.staffSessionsOf(username));
    if (ids.length === 0) return 0;
    const ended = await this.client.del(ids.map((id) => keys.staffSession(id)));
    await this.client.del(keys.staffSessionsOf(username));
    return Number(ended);
  }
}

// The number and the entry in one step, so the log and its counter never disagree; the oldest entries beyond the
// capacity fall off.
const APPEND_EVENT = `
local id = redis.call('INCR', KEYS[1])
local event = '{"id":' .. id .. ',' .. string.sub(ARGV[1], 2)
redis.call('RPUSH', KEYS[2], event)
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[2]), -1)
return event`;

// nil when the log no longer holds every event after the one asked for.
const EVENTS_SINCE = `
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local kept = redis.call('LLEN', KEYS[2])
local oldest = last - kept + 1
local after = tonumber(ARGV[1])
if after + 1 < oldest then return false end
local from = math.max(0, after + 1 - oldest)
return redis.call('LRANGE', KEYS[2], from, -1)`;

export class RedisStaffEventLog implements StaffEventLog {
  constructor(
    private readonly client: RedisClient,
    private readonly capacity: number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('RedisStaffEventLog: capacity must be a positive whole number');
  }

  async append(name: string, data: unknown, at: Date): Promise<StaffEvent> {
    // The script puts the id in front of these fields.
    const rest = toJson({ name, data, at: at.toISOString() });
    const json = await this.client.eval(APPEND_EVENT, { keys: [keys.staffEventSequence, keys.staffEventLog], arguments: [rest, String(this.capacity)] });
    return readStored(staffEventSchema, keys.staffEventLog, String(json));
  }

  async since(afterId: number): Promise<StaffEvent[] | undefined> {
    const events = await this.client.eval(EVENTS_SINCE, { keys: [keys.staffEventSequence, keys.staffEventLog], arguments: [String(afterId)] });
    if (events === null) return undefined;
    return (events as string[]).map((json) => readStored(staffEventSchema, keys.staffEventLog, json));
  }
}

/** More than anyone asks for (the expected wait uses the last 20). */
const WAITS_KEPT = 100;

export class RedisTakeoverWaits implements TakeoverWaits {
  constructor(private readonly client: RedisClient) {}

  async record(waitMs: number): Promise<void> {
    await this.client.multi().rPush(keys.takeoverWaits, String(waitMs)).lTrim(keys.takeoverWaits, -WAITS_KEPT, -1).exec();
  }

  async recent(count: number): Promise<number[]> {
    if (count <= 0) return [];
    return (await this.client.lRange(keys.takeoverWaits, -count, -1)).map(Number);
  }
}

/** One member in a sorted set: ZADD GT keeps the latest sighting whatever order instances report in. */
const CONSOLE = 'console';

export class RedisConsolePresence implements ConsolePresence {
  constructor(private readonly client: RedisClient) {}

  async seen(at: Date, username?: string): Promise<void> {
    await this.client.zAdd(keys.consolePresence, { score: at.getTime(), value: CONSOLE }, { comparison: 'GT' });
    if (username !== undefined) await this.client.zAdd(keys.consolePresenceByUser, { score: at.getTime(), value: username }, { comparison: 'GT' });
  }

  async lastSeenBy(): Promise<Array<{ username: string; at: Date }>> {
    const sightings = await this.client.zRangeWithScores(keys.consolePresenceByUser, 0, -1);
    return sightings.map(({ value, score }) => ({ username: value, at: new Date(score) })).sort((a, b) => a.username.localeCompare(b.username));
  }

  async lastSeen(): Promise<Date | undefined> {
    const score = await this.client.zScore(keys.consolePresence, CONSOLE);
    return score === null ? undefined : new Date(score);
  }
}
