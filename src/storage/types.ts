// The storage ports. Every store here has an in-memory implementation and must be fillable by Redis:
// values cross the boundary as JSON, and anything shared between instances goes through these interfaces.
import type { CaseStatus, NewCase, RepairCase } from '../domain/repairCase';
import type { Language } from '../domain/vocabulary';
import type { Storage } from 'botbuilder';

export class NotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`${what} ${id} not found`);
    this.name = 'NotFoundError';
  }
}

/** When a case is opened: the day that names it (`YYYY-MM-DD`, the warranty rules' today) and the real moment. */
export interface CaseOpening {
  day: string;
  at: Date;
}

export interface CaseStore {
  /**
   * Assigns `RMA-YYYYMMDD-NNNN` (the business day `opened.day`, the clock's `today()`, and a sequence unique
   * across instances), status `open`, and a history whose timestamps are the real time `opened.at`.
   */
  create(input: NewCase, opened: CaseOpening): Promise<RepairCase>;
  get(id: string): Promise<RepairCase | undefined>;
  /**
   * Applies `change` to the current case atomically with respect to other updates; throws NotFoundError.
   * `change` may run more than once (a network store retries on conflict), so it must not have side effects.
   * The id is kept and `updatedAt` stamped whatever `change` returns.
   */
  update(id: string, change: (current: RepairCase) => RepairCase): Promise<RepairCase>;
  /** Cases matching every given filter, newest first. */
  list(filter?: { status?: CaseStatus; conversationId?: string }): Promise<RepairCase[]>;
}

export interface FeedbackEntry {
  conversationId: string;
  channel: string;
  language: Language;
  /** 1–5; absent when the customer only left a comment. */
  rating?: number;
  comment?: string;
  caseId?: string;
  at: string;
}

export interface FeedbackStore {
  add(entry: FeedbackEntry): Promise<void>;
  /** Oldest first. */
  list(): Promise<FeedbackEntry[]>;
}

/** Who speaks for the service in a conversation. */
export type ConversationOwner = { kind: 'assistant' } | { kind: 'staff'; staffId: string };

/** Owners are compared by meaning, not by object identity or key order (they come back from JSON). */
export function sameOwner(a: ConversationOwner, b: ConversationOwner): boolean {
  if (a.kind === 'staff' && b.kind === 'staff') return a.staffId === b.staffId;
  return a.kind === b.kind;
}

/**
 * `bot`: the assistant handles it; `waiting`: escalated, no staff yet; `active`: a staff member holds it;
 * `closed`: staff ended it (the customer's next message starts afresh with the assistant).
 */
export type HandoffStatus = 'bot' | 'waiting' | 'active' | 'closed';

/** Something the customer left for staff while waiting, with no case to note it on. */
export interface ConversationNote {
  at: string;
  text: string;
}

export interface ConversationRecord {
  id: string;
  channel: string;
  /** Display name or id of the customer on their channel. */
  customer: string;
  language: Language;
  status: HandoffStatus;
  owner: ConversationOwner;
  /** Why it was escalated and what is known, for staff. */
  summary?: string;
  reason?: string;
  caseId?: string;
  waitingSince?: string;
  /** When the staff member holding it took it over. */
  takenAt?: string;
  /** Since when the customer has waited for a staff reply (takeover, or their first message after staff last wrote). */
  awaitingStaffSince?: string;
  /** When staff were last reminded of a held conversation without a reply. */
  remindedAt?: string;
  /** When the customer was told that nobody has taken the conversation yet. */
  queueNoticeAt?: string;
  /** The case whose quote the customer has been asked to accept or decline, until they answer. */
  pendingQuote?: string;
  notes?: ConversationNote[];
  /** Every time it joined the queue, and why: the dashboard's escalations. */
  escalations?: Array<{ at: string; reason: string }>;
  /** Every time a staff member held it: from the queue (`queuedAt`) or not, taken, and ended (released, closed, returned). */
  handovers?: StaffHandover[];
  /** Messages its channel holds until the customer writes again (WeChat's customer-service window): staff see them pending. */
  heldMessages?: number;
  /** When the customer unfollowed the WeChat Official Account: nothing reaches them any more. */
  unfollowedAt?: string;
  updatedAt: string;
  /** What a channel needs to reach the customer proactively (Bot Framework ConversationReference, as JSON). */
  reference?: unknown;
}

export interface StaffHandover {
  staffId: string;
  queuedAt?: string;
  takenAt: string;
  endedAt?: string;
}

/** The fields of a record that change without a change of owner. */
export type ConversationAnnotation = Partial<
  Pick<
    ConversationRecord,
    | 'language'
    | 'summary'
    | 'reason'
    | 'caseId'
    | 'waitingSince'
    | 'takenAt'
    | 'awaitingStaffSince'
    | 'remindedAt'
    | 'queueNoticeAt'
    | 'pendingQuote'
    | 'notes'
    | 'escalations'
    | 'handovers'
    | 'heldMessages'
    | 'unfollowedAt'
  >
>;

export interface ConversationStore {
  get(id: string): Promise<ConversationRecord | undefined>;
  /** Creates or replaces the record. */
  put(record: ConversationRecord): Promise<void>;
  /**
   * Atomically changes a record if `expected` still holds for it (compare-and-set on status and owner),
   * returning the new record, or `undefined` when someone else changed it first.
   * Owners are compared with `sameOwner`; a field set to `undefined` in `next` is removed; `updatedAt` becomes `now`.
   * Throws NotFoundError when there is no record to change.
   */
  transition(
    id: string,
    expected: { status: HandoffStatus; owner?: ConversationOwner },
    next: Partial<Pick<ConversationRecord, 'status' | 'owner'>> & ConversationAnnotation,
    now: Date,
  ): Promise<ConversationRecord | undefined>;
  /**
   * Changes fields other than status and owner, atomically with respect to transitions and other annotations;
   * `change` may run more than once (a network store retries), so it must not have side effects. A field set to
   * `undefined` is removed; `updatedAt` becomes `now`. Throws NotFoundError.
   */
  annotate(id: string, change: (current: ConversationRecord) => ConversationAnnotation, now: Date): Promise<ConversationRecord>;
  /** No order is promised. */
  list(filter?: { status?: HandoffStatus }): Promise<ConversationRecord[]>;
  /** Removes the record; removing one that does not exist is no error. */
  delete(id: string): Promise<void>;
}

/** The activities of a conversation, in order; the index of an activity is its position (Direct Line watermark). */
export interface TranscriptStore {
  /** Appends and returns the new activity's index (0-based). */
  append(conversationId: string, activity: Record<string, unknown>): Promise<number>;
  /**
   * Activities with index >= `from` (default 0), oldest first, at most `limit` of them (default all);
   * a negative or fractional `from`, or a `limit` below 1, is a RangeError.
   */
  list(conversationId: string, from?: number, limit?: number): Promise<Array<Record<string, unknown>>>;
  /** Removes the conversation's transcript; its indices start from 0 again. */
  delete(conversationId: string): Promise<void>;
}

export interface StoredUpload {
  id: string;
  conversationId: string;
  name: string;
  contentType: string;
  size: number;
  at: string;
}

/** Files customers upload (damage photos, invoices). */
export interface UploadStore {
  /** Assigns a unique id; `size` is recorded as the byte length of `content`, whatever the caller claimed. */
  save(meta: Omit<StoredUpload, 'id' | 'at'>, content: Buffer, now: Date): Promise<StoredUpload>;
  get(id: string): Promise<{ meta: StoredUpload; content: Buffer } | undefined>;
  /** Oldest first. */
  listByConversation(conversationId: string): Promise<StoredUpload[]>;
  /** Removes the file and its description; removing one that does not exist is no error. */
  delete(id: string): Promise<void>;
}

/** When a conversation of some channel was last active. */
export interface LastActivity {
  conversationId: string;
  channel: string;
  /** ISO time. */
  at: string;
}

/** When each conversation was last active, so that idle ones can be found and removed (a sorted set in Redis). */
export interface ActivityIndex {
  /** Records activity at `at`; a later touch replaces an earlier one. */
  touch(conversation: { conversationId: string; channel: string }, at: Date): Promise<void>;
  get(conversationId: string): Promise<LastActivity | undefined>;
  /** Conversations last active before `cutoff`, longest idle first, at most `limit`. */
  idleSince(cutoff: Date, limit: number): Promise<LastActivity[]>;
  /** Removing an entry that does not exist is no error. */
  forget(conversationId: string): Promise<void>;
}

/** Serialises work per key (one turn at a time per conversation), across instances when backed by Redis. */
export interface KeyedLock {
  /** Runs `work` once no other work holds `key`; its result or error goes to this caller only. */
  runExclusive<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/**
 * Publish/subscribe between the parts of the assistant, and between instances when backed by Redis:
 * e.g. a bot reply produced on one instance reaches the customer's WebSocket held by another.
 */
export interface MessageBus {
  /** `message` must survive JSON (a TypeError otherwise), since that is how it crosses instances. */
  publish(topic: string, message: unknown): Promise<void>;
  /**
   * Each handler receives its own JSON copy, possibly after `publish` has resolved; a handler that throws
   * does not stop delivery to the others. Returns a function that ends the subscription.
   */
  subscribe(topic: string, handler: (message: unknown) => void): Promise<() => Promise<void>>;
}

export type StaffRole = 'agent' | 'admin';

export interface StaffAccount {
  /** Lower case; the login name. */
  username: string;
  /** What customers see as the sender of this person's messages. */
  displayName: string;
  role: StaffRole;
  /** scrypt, with its parameters and salt (see src/staff/passwords.ts). */
  passwordHash: string;
  createdAt: string;
  /** Set by an administrator: the account cannot sign in and its sessions have ended. */
  disabled?: boolean;
  /** Set by a password reset: the next session must choose a new password before anything else. */
  mustChangePassword?: boolean;
  /** How the console tells this person of news while its page is in the background; absent: both on. */
  notifications?: NotificationPreferences;
}

export interface NotificationPreferences {
  /** A short tone. */
  sound: boolean;
  /** The browser's own notification (the browser must allow it too). */
  desktop: boolean;
}

export interface StaffAccountStore {
  get(username: string): Promise<StaffAccount | undefined>;
  /** Adds the account unless its username is taken; false when it is. */
  add(account: StaffAccount): Promise<boolean>;
  /** Creates or replaces the account. */
  put(account: StaffAccount): Promise<void>;
  /** Ordered by username. */
  list(): Promise<StaffAccount[]>;
}

export interface StaffSession {
  /** A digest of the cookie's secret, so the store never holds what would let someone sign in. */
  id: string;
  username: string;
  role: StaffRole;
  displayName: string;
  csrfToken: string;
  /** ISO time after which the session is worth nothing. */
  expiresAt: string;
  /** Signed in with a password an administrator set: only choosing a new one is allowed. */
  mustChangePassword?: boolean;
}

export interface StaffSessionStore {
  /** Creates or replaces the session. */
  put(session: StaffSession): Promise<void>;
  get(id: string): Promise<StaffSession | undefined>;
  /** Deleting one that does not exist is no error. */
  delete(id: string): Promise<void>;
  /** Ends every session of the user (disabled, or their password reset); returns how many there were. */
  deleteForUser(username: string): Promise<number>;
}

/** One update of the staff console's live stream. */
export interface StaffEvent {
  /** Increases by one with every event, across instances: the SSE id a console reconnects with. */
  id: number;
  name: string;
  data: unknown;
  at: string;
}

/** The recent staff events, so that a console reconnecting with `Last-Event-ID` misses nothing (a capped stream in Redis). */
export interface StaffEventLog {
  /** Stores the event under the next id. `data` must survive JSON. */
  append(name: string, data: unknown, at: Date): Promise<StaffEvent>;
  /** Events with an id above `afterId`, oldest first; `undefined` when the log no longer holds all of them. */
  since(afterId: number): Promise<StaffEvent[] | undefined>;
}

/** How long customers waited in the queue before a takeover, for the expected wait they are told. */
export interface TakeoverWaits {
  record(waitMs: number): Promise<void>;
  /** The last `count` waits, oldest first. */
  recent(count: number): Promise<number[]>;
}

/** When a staff console last had its live stream open (any instance), overall and per staff member. */
export interface ConsolePresence {
  /** `username`: whose console it was (the queue only asks whether anyone is there). */
  seen(at: Date, username?: string): Promise<void>;
  lastSeen(): Promise<Date | undefined>;
  /** Each staff member's latest sighting, ordered by username. */
  lastSeenBy(): Promise<Array<{ username: string; at: Date }>>;
}

/** What the dashboard needs of a conversation, kept when the conversation itself expires. */
export interface ConversationSummary {
  conversationId: string;
  channel: string;
  /** `unknown` when the assistant never learnt it. */
  language: Language | 'unknown';
  /** Its first activity (ISO). */
  startedAt: string;
  escalations: Array<{ at: string; reason: string }>;
  handovers: StaffHandover[];
}

/** Summaries of expired conversations, so that the week's figures do not shrink as conversations expire. */
export interface ConversationArchive {
  add(summary: ConversationSummary): Promise<void>;
  /** Those started at or after `from` (ISO), oldest first. */
  startedSince(from: string): Promise<ConversationSummary[]>;
}

/** A reply staff insert instead of typing it, in both languages; `{customer}`, `{caseId}`, `{centreAddress}` are filled in. */
export interface CannedReply {
  id: string;
  title: string;
  text: Record<Language, string>;
  updatedAt: string;
  /** The administrator (username) who last wrote it. */
  updatedBy: string;
}

/** The canned replies administrators manage. */
export interface CannedReplyStore {
  /** Ordered by title, then id. */
  list(): Promise<CannedReply[]>;
  get(id: string): Promise<CannedReply | undefined>;
  /** Creates or replaces the reply. */
  put(reply: CannedReply): Promise<void>;
  /** False when there was none. */
  delete(id: string): Promise<boolean>;
}

/** The hits a rate limiter counts per key in fixed windows, shared by every instance (Redis). */
export interface HitCounters {
  /** Adds a hit to `key`'s current window, starting one of `windowMs` if none runs; the window's hits and its end. */
  increment(key: string, windowMs: number): Promise<{ hits: number; resetAt: Date }>;
  /** Takes back a hit (a request that, after all, does not count); nothing when the window has ended. */
  decrement(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

// WeChat Official Account: what its transport keeps, shared by every instance when backed by Redis.

/** Pushes already taken in, so that WeChat's retries of an unanswered push are handled once. */
export interface PushLedger {
  /** True the first time `id` is seen within `keepMs`; false for a repeat (SET NX PX in Redis). */
  firstSight(id: string, keepMs: number): Promise<boolean>;
}

export interface CachedAccessToken {
  token: string;
  /** ISO time after which it must not be used. */
  expiresAt: string;
}

/** The account's access token: WeChat invalidates the old one when any instance fetches a new one, so all share it. */
export interface AccessTokenCache {
  /** The cached token, if one is cached and not past `expiresAt`. */
  get(): Promise<CachedAccessToken | undefined>;
  put(token: CachedAccessToken): Promise<void>;
  /** Forgets `token` (WeChat refused it), unless another token has replaced it meanwhile. */
  discard(token: string): Promise<void>;
}

/** What WeChat lets the account send an OpenID, and what waits for the customer's next message. */
export interface OfficialAccountCustomer {
  /** The customer's latest interaction that opened a window for customer-service messages, and how many were sent since. */
  window?: { openedAt: string; by: 'message' | 'event'; sent: number };
  /** Messages WeChat refused (window closed or quota used), oldest first. */
  held: string[];
  /** Set when they unfollowed the account; cleared when they follow again. */
  unfollowedAt?: string;
}

/** One record per OpenID; the turn lock of its conversation serialises changes. */
export interface OfficialAccountCustomerStore {
  get(openId: string): Promise<OfficialAccountCustomer | undefined>;
  /** Creates or replaces the record. */
  put(openId: string, customer: OfficialAccountCustomer): Promise<void>;
}

export interface OfficialAccountStores {
  pushes: PushLedger;
  accessToken: AccessTokenCache;
  customers: OfficialAccountCustomerStore;
}

/** Everything the assistant persists. `state` is the Bot Framework storage for dialog and user state. */
export interface Stores {
  state: Storage;
  cases: CaseStore;
  feedback: FeedbackStore;
  conversations: ConversationStore;
  transcripts: TranscriptStore;
  uploads: UploadStore;
  lastActivity: ActivityIndex;
  locks: KeyedLock;
  bus: MessageBus;
  staffAccounts: StaffAccountStore;
  staffSessions: StaffSessionStore;
  staffEvents: StaffEventLog;
  takeoverWaits: TakeoverWaits;
  consolePresence: ConsolePresence;
  cannedReplies: CannedReplyStore;
  conversationArchive: ConversationArchive;
  /** Absent in memory, where each rate limiter counts in its own process (express-rate-limit's store), as one process should. */
  hitCounters?: HitCounters;
  officialAccount: OfficialAccountStores;
  /** Is the backing store reachable (for /readyz)? */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
