// The WeChat Official Account's stores in process memory: handled pushes, the access token, each OpenID's window and held messages.
import type { AccessTokenCache, CachedAccessToken, OfficialAccountCustomer, OfficialAccountCustomerStore, OfficialAccountStores, PushLedger } from '../types';
import { fromJson, toJson } from './storedJson';

export class MemoryPushLedger implements PushLedger {
  /** Push id → when it may be forgotten (ms); in insertion order, which is expiry order for one `keepMs`. */
  private readonly seen = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async firstSight(id: string, keepMs: number): Promise<boolean> {
    const now = this.now();
    this.forgetExpired(now);
    const until = this.seen.get(id);
    if (until !== undefined && until > now) return false;
    this.seen.delete(id);
    this.seen.set(id, now + keepMs);
    return true;
  }

  // Pushes arrive all day: without this the ledger would keep every one.
  private forgetExpired(now: number): void {
    for (const [id, until] of this.seen) {
      if (until > now) return;
      this.seen.delete(id);
    }
  }
}

export class MemoryAccessTokenCache implements AccessTokenCache {
  private cached: CachedAccessToken | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  async get(): Promise<CachedAccessToken | undefined> {
    if (this.cached !== undefined && Date.parse(this.cached.expiresAt) <= this.now()) this.cached = undefined;
    return this.cached === undefined ? undefined : { ...this.cached };
  }

  async put(token: CachedAccessToken): Promise<void> {
    this.cached = { ...token };
  }

  async discard(token: string): Promise<void> {
    if (this.cached?.token === token) this.cached = undefined;
  }
}

export class MemoryOfficialAccountCustomerStore implements OfficialAccountCustomerStore {
  private readonly customers = new Map<string, string>();

  async get(openId: string): Promise<OfficialAccountCustomer | undefined> {
    const json = this.customers.get(openId);
    return json === undefined ? undefined : fromJson<OfficialAccountCustomer>(json);
  }

  async put(openId: string, customer: OfficialAccountCustomer): Promise<void> {
    this.customers.set(openId, toJson(customer));
  }
}

export function createMemoryOfficialAccountStores(): OfficialAccountStores {
  return { pushes: new MemoryPushLedger(), accessToken: new MemoryAccessTokenCache(), customers: new MemoryOfficialAccountCustomerStore() };
}
