// Staff accounts and sign-in: the admin bootstrapped from STAFF_ADMIN_PASSWORD, agents an admin creates, and sessions
// whose cookie secret the store only ever sees as a digest.
import { createHash, randomBytes } from 'node:crypto';
import type { StaffAccount, StaffAccountStore, StaffRole, StaffSession, StaffSessionStore } from '../storage/types';
import { hashPassword, UNUSABLE_HASH, verifyPassword } from './passwords';

const ADMIN_USERNAME = 'admin';

export interface NewStaffAccount {
  username: string;
  displayName: string;
  password: string;
  role: StaffRole;
}

/** A session and the secret its cookie carries (only here, never stored). */
export interface SignedIn {
  session: StaffSession;
  secret: string;
}

export class StaffAccounts {
  constructor(
    private readonly accounts: StaffAccountStore,
    private readonly sessions: StaffSessionStore,
    private readonly now: () => Date,
    private readonly sessionTtlMs: number,
  ) {}

  /** The `admin` account with this password, created or updated so that the setting is always what signs in. */
  async bootstrapAdmin(password: string): Promise<void> {
    const existing = await this.accounts.get(ADMIN_USERNAME);
    await this.accounts.put({
      username: ADMIN_USERNAME,
      displayName: existing?.displayName ?? 'Administrator',
      role: 'admin',
      passwordHash: await hashPassword(password),
      createdAt: existing?.createdAt ?? this.now().toISOString(),
    });
  }

  /** The new account, or undefined when the username is taken. */
  async create(input: NewStaffAccount): Promise<StaffAccount | undefined> {
    const account: StaffAccount = {
      username: input.username.toLowerCase(),
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      createdAt: this.now().toISOString(),
    };
    return (await this.accounts.add(account)) ? account : undefined;
  }

  list(): Promise<StaffAccount[]> {
    return this.accounts.list();
  }

  /** A new session for the right password; undefined otherwise, after the same work whether or not the user exists. */
  async signIn(username: string, password: string): Promise<SignedIn | undefined> {
    const account = await this.accounts.get(username.toLowerCase());
    const matches = await verifyPassword(password, account?.passwordHash ?? UNUSABLE_HASH);
    if (account === undefined || !matches) return undefined;
    const secret = randomBytes(32).toString('base64url');
    const session: StaffSession = {
      id: digest(secret),
      username: account.username,
      role: account.role,
      displayName: account.displayName,
      csrfToken: randomBytes(32).toString('base64url'),
      expiresAt: new Date(this.now().getTime() + this.sessionTtlMs).toISOString(),
    };
    await this.sessions.put(session);
    return { session, secret };
  }

  /** The live session a cookie secret opens; an expired one is removed. */
  async sessionFor(secret: string): Promise<StaffSession | undefined> {
    const session = await this.sessions.get(digest(secret));
    if (session === undefined) return undefined;
    if (Date.parse(session.expiresAt) > this.now().getTime()) return session;
    await this.sessions.delete(session.id);
    return undefined;
  }

  async signOut(session: StaffSession): Promise<void> {
    await this.sessions.delete(session.id);
  }
}

function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
