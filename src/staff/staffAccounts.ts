// Staff accounts and sign-in: the admin bootstrapped from STAFF_ADMIN_PASSWORD, agents an admin creates, disables and
// re-enables, password resets, and sessions whose cookie secret the store only ever sees as a digest.
import { createHash, randomBytes } from 'node:crypto';
import type { NotificationPreferences, StaffAccount, StaffAccountStore, StaffRole, StaffSession, StaffSessionStore } from '../storage/types';
import { hashPassword, UNUSABLE_HASH, verifyPassword } from './passwords';

const ADMIN_USERNAME = 'admin';
const DEFAULT_NOTIFICATIONS: NotificationPreferences = { sound: true, desktop: true };

export interface NewStaffAccount {
  username: string;
  displayName: string;
  password: string;
  role: StaffRole;
}

/** A session and the secret its cookie carries (only here, never stored); or why a right password opens nothing. */
export type SignInResult = { kind: 'signed_in'; session: StaffSession; secret: string } | { kind: 'wrong' } | { kind: 'disabled' };

/** What an administrator's change to an account found: done, no such account, or not allowed on oneself. */
export type AccountChange = { kind: 'changed'; account: StaffAccount } | { kind: 'unknown' } | { kind: 'self' };

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

  /** A new session for the right password, after the same work whether or not the user exists; a disabled account opens none. */
  async signIn(username: string, password: string): Promise<SignInResult> {
    const account = await this.accounts.get(username.toLowerCase());
    const matches = await verifyPassword(password, account?.passwordHash ?? UNUSABLE_HASH);
    if (account === undefined || !matches) return { kind: 'wrong' };
    if (account.disabled === true) return { kind: 'disabled' };
    const secret = randomBytes(32).toString('base64url');
    const session: StaffSession = {
      id: digest(secret),
      username: account.username,
      role: account.role,
      displayName: account.displayName,
      csrfToken: randomBytes(32).toString('base64url'),
      expiresAt: new Date(this.now().getTime() + this.sessionTtlMs).toISOString(),
      ...(account.mustChangePassword === true ? { mustChangePassword: true } : {}),
    };
    await this.sessions.put(session);
    return { kind: 'signed_in', session, secret };
  }

  /**
   * The live session a cookie secret opens; an expired one is removed. The account is read too, so that a session
   * an instance created while another was disabling the account still opens nothing.
   */
  async sessionFor(secret: string): Promise<StaffSession | undefined> {
    const session = await this.sessions.get(digest(secret));
    if (session === undefined) return undefined;
    const account = await this.accounts.get(session.username);
    if (Date.parse(session.expiresAt) > this.now().getTime() && account !== undefined && account.disabled !== true) return session;
    await this.sessions.delete(session.id);
    return undefined;
  }

  /** Disables (`disabled` true) or re-enables an account; disabling ends its sessions at once. Nobody disables themselves. */
  async setDisabled(username: string, disabled: boolean, by: string): Promise<AccountChange> {
    if (username.toLowerCase() === by) return { kind: 'self' };
    const change = await this.change(username, (account) => ({ ...account, disabled }));
    if (disabled && change.kind === 'changed') await this.sessions.deleteForUser(change.account.username);
    return change;
  }

  /** Sets a password the staff member must replace at their next sign-in; their sessions end. */
  async resetPassword(username: string, password: string, by: string): Promise<AccountChange> {
    if (username.toLowerCase() === by) return { kind: 'self' };
    const passwordHash = await hashPassword(password);
    const change = await this.change(username, (account) => ({ ...account, passwordHash, mustChangePassword: true }));
    if (change.kind === 'changed') await this.sessions.deleteForUser(change.account.username);
    return change;
  }

  /** The staff member's own new password, after the current one; the session goes on, freed from a reset's restriction. */
  async changePassword(session: StaffSession, currentPassword: string, newPassword: string): Promise<StaffSession | undefined> {
    const account = await this.accounts.get(session.username);
    if (account === undefined || !(await verifyPassword(currentPassword, account.passwordHash))) return undefined;
    await this.accounts.put({ ...account, passwordHash: await hashPassword(newPassword), mustChangePassword: undefined });
    const { mustChangePassword: _cleared, ...freed } = session;
    await this.sessions.put(freed);
    return freed;
  }

  /** What the staff member chose (both on until they choose). */
  async notificationPreferences(username: string): Promise<NotificationPreferences> {
    return { ...DEFAULT_NOTIFICATIONS, ...(await this.accounts.get(username))?.notifications };
  }

  async setNotificationPreferences(username: string, chosen: Partial<NotificationPreferences>): Promise<NotificationPreferences> {
    const change = await this.change(username, (account) => ({ ...account, notifications: { ...DEFAULT_NOTIFICATIONS, ...account.notifications, ...chosen } }));
    if (change.kind !== 'changed') throw new Error(`StaffAccounts.setNotificationPreferences: no account ${username}`);
    return { ...DEFAULT_NOTIFICATIONS, ...change.account.notifications };
  }

  private async change(username: string, change: (account: StaffAccount) => StaffAccount): Promise<AccountChange> {
    const account = await this.accounts.get(username.toLowerCase());
    if (account === undefined) return { kind: 'unknown' };
    const changed = change(account);
    await this.accounts.put(changed);
    return { kind: 'changed', account: changed };
  }

  async signOut(session: StaffSession): Promise<void> {
    await this.sessions.delete(session.id);
  }
}

function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
