// The WeChat Official Account's stores in Redis: handled pushes (SET NX PX), the one access token every instance
// shares, and each OpenID's window and held messages.
import type { AccessTokenCache, CachedAccessToken, OfficialAccountCustomer, OfficialAccountCustomerStore, OfficialAccountStores, PushLedger } from '../types';
import { toJson } from '../memory/storedJson';
import { keys } from './keys';
import { readStored, type RedisClient } from './redisClient';
import { cachedAccessTokenSchema, officialAccountCustomerSchema } from './schemas';

/** A customer silent this long has no window, and what was held for them is stale. */
const CUSTOMER_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export class RedisPushLedger implements PushLedger {
  constructor(private readonly client: RedisClient) {}

  async firstSight(id: string, keepMs: number): Promise<boolean> {
    return (await this.client.set(keys.wechatPush(id), '1', { NX: true, PX: keepMs })) === 'OK';
  }
}

// Deletes the token only if it is still the one refused: another instance may already have stored a fresh one.
const DISCARD_IF_SAME = `
local current = redis.call('GET', KEYS[1])
if current and cjson.decode(current).token == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0`;

export class RedisAccessTokenCache implements AccessTokenCache {
  constructor(private readonly client: RedisClient) {}

  async get(): Promise<CachedAccessToken | undefined> {
    const json = await this.client.get(keys.wechatAccessToken);
    if (json === null) return undefined;
    const cached = readStored(cachedAccessTokenSchema, keys.wechatAccessToken, json);
    return Date.parse(cached.expiresAt) > Date.now() ? cached : undefined;
  }

  async put(token: CachedAccessToken): Promise<void> {
    const lifetime = Date.parse(token.expiresAt) - Date.now();
    if (lifetime <= 0) return;
    await this.client.set(keys.wechatAccessToken, toJson(token), { PX: lifetime });
  }

  async discard(token: string): Promise<void> {
    await this.client.eval(DISCARD_IF_SAME, { keys: [keys.wechatAccessToken], arguments: [token] });
  }
}

export class RedisOfficialAccountCustomerStore implements OfficialAccountCustomerStore {
  constructor(private readonly client: RedisClient) {}

  async get(openId: string): Promise<OfficialAccountCustomer | undefined> {
    const key = keys.wechatCustomer(openId);
    const json = await this.client.get(key);
    return json === null ? undefined : readStored(officialAccountCustomerSchema, key, json);
  }

  async put(openId: string, customer: OfficialAccountCustomer): Promise<void> {
    await this.client.set(keys.wechatCustomer(openId), toJson(customer), { PX: CUSTOMER_TTL_MS });
  }
}

export function createRedisOfficialAccountStores(client: RedisClient): OfficialAccountStores {
  return { pushes: new RedisPushLedger(client), accessToken: new RedisAccessTokenCache(client), customers: new RedisOfficialAccountCustomerStore(client) };
}
