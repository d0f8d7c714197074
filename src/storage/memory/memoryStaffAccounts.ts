// Staff accounts and their sessions in process memory (STORAGE=memory): lost on restart, like every memory store.
import type { StaffAccount, StaffAccountStore, StaffSession, StaffSessionStore } from '../types';
import { fromJson, toJson } from './storedJson';

export class MemoryStaffAccountStore implements StaffAccountStore {
  private readonly accounts = new Map<string, string>();

  async get(username: string): Promise<StaffAccount | undefined> {
    const json = this.accounts.get(username);
    return json === undefined ? undefined : fromJson(json);
  }

  async add(account: StaffAccount): Promise<boolean> {
    if (this.accounts.has(account.username)) return false;
    this.accounts.set(account.username, toJson(account));
    return true;
  }

  async put(account: StaffAccount): Promise<void> {
    this.accounts.set(account.username, toJson(account));
  }

  async list(): Promise<StaffAccount[]> {
    return [...this.accounts.keys()].sort().map((username) => fromJson<StaffAccount>(this.accounts.get(username)!));
  }
}

export class MemoryStaffSessionStore implements StaffSessionStore {
  private readonly sessions = new Map<string, string>();

  async put(session: StaffSession): Promise<void> {
    this.sessions.set(session.id, toJson(session));
  }

  async get(id: string): Promise<StaffSession | undefined> {
    const json = this.sessions.get(id);
    return json === undefined ? undefined : fromJson(json);
  }

  async delete(id: string): Promise<void> {
    this.sessions.delete(id);
  }

  async deleteForUser(username: string): Promise<number> {
    let ended = 0;
    for (const [id, json] of this.sessions) {
      if (fromJson<StaffSession>(json).username !== username) continue;
      this.sessions.delete(id);
      ended += 1;
    }
    return ended;
  }
}
