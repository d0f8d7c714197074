// The Redis key layout, in one place: every key starts with `np:`, and a conversation's keys share the hash tag
// `{conv:<id>}` so that one turn's keys live in one slot and the same commands run on Redis Cluster.

const PREFIX = 'np:';

/** The keys of one conversation; record and transcript expire with its dialog state when it goes idle. */
export interface ConversationKeys {
  record: string;
  transcript: string;
  /** List of its upload ids, oldest first; no expiry, since uploads attached to a case outlive the conversation. */
  uploads: string;
}

export function conversationTag(conversationId: string): string {
  return `${PREFIX}{conv:${conversationId}}`;
}

export function conversationKeys(conversationId: string): ConversationKeys {
  const tag = conversationTag(conversationId);
  return { record: `${tag}:record`, transcript: `${tag}:transcript`, uploads: `${tag}:uploads` };
}

/** botbuilder's ConversationState key, `<channel>/conversations/<id>/` (see conversationStateKey). */
const CONVERSATION_STATE_KEY = /^([^/]+)\/conversations\/(.+)\/$/;

/** Where a botbuilder state key lives: a conversation's state beside its other keys, anything else on its own. */
export function stateKey(botKey: string): { key: string; conversationId?: string } {
  const match = CONVERSATION_STATE_KEY.exec(botKey);
  if (match === null) return { key: `${PREFIX}state:${botKey}` };
  const [, channel, conversationId] = match as unknown as [string, string, string];
  return { key: conversationStateRedisKey(conversationId, channel), conversationId };
}

export function conversationStateRedisKey(conversationId: string, channel: string): string {
  return `${conversationTag(conversationId)}:state:${channel}`;
}

export const keys = {
  /** Set of every conversation id with a record (entries whose record expired are dropped when listed). */
  conversations: `${PREFIX}conversations`,
  case: (id: string) => `${PREFIX}case:${id}`,
  /** Set of every case id. */
  cases: `${PREFIX}cases`,
  /** Set of the case ids of one conversation; kept as long as the cases are. */
  casesOfConversation: (conversationId: string) => `${PREFIX}cases:conv:${conversationId}`,
  /** Last case sequence issued on a day (`YYYYMMDD`), by INCR; never expires, so no number is issued twice. */
  caseSequence: (day: string) => `${PREFIX}case-seq:${day}`,
  feedback: `${PREFIX}feedback`,
  /** An upload's description (JSON) and its bytes, under one hash tag so they are written in one transaction. */
  upload: (id: string) => ({ meta: `${PREFIX}{upload:${id}}:meta`, bytes: `${PREFIX}{upload:${id}}:bytes` }),
  /** Sorted set: conversation id scored by the time of its last activity (ms). */
  activity: `${PREFIX}activity`,
  /** Hash: conversation id → channel of its last activity. */
  activityChannel: `${PREFIX}activity:channel`,
  lock: (key: string) => `${PREFIX}lock:{${key}}`,
  /** The stream carrying bus messages between instances (fields `topic`, `json`), trimmed by age. */
  busStream: `${PREFIX}bus`,
  /** A rate limiter's hits in the current window, `<limiter>:<client address or conversation>`; expires with the window. */
  hits: (key: string) => `${PREFIX}rate:${key}`,
  staffAccounts: `${PREFIX}staff:accounts`,
  /** Canned replies, a hash by id. */
  cannedReplies: `${PREFIX}staff:canned-replies`,
  /** Summaries of expired conversations for the dashboard, a sorted set scored by start time. */
  conversationArchive: `${PREFIX}archive:conversations`,
  staffSession: (id: string) => `${PREFIX}staff:session:${id}`,
  /** The ids of one staff member's sessions, so disabling the account ends them all. */
  staffSessionsOf: (username: string) => `${PREFIX}staff:sessions-of:${username}`,
  /** The event log and its counter share a hash tag, so one script appends to both. */
  staffEventSequence: `${PREFIX}{staff-events}:seq`,
  staffEventLog: `${PREFIX}{staff-events}:log`,
  takeoverWaits: `${PREFIX}staff:takeover-waits`,
  consolePresence: `${PREFIX}staff:console-seen`,
  /** Each staff member's latest sighting at a console, scored by time. */
  consolePresenceByUser: `${PREFIX}staff:console-seen-by`,
  /** WeChat Official Account: a handled push (kept long enough to recognise WeChat's retries). */
  wechatPush: (id: string) => `${PREFIX}wechat:push:${id}`,
  /** The account's access token, shared by every instance. */
  wechatAccessToken: `${PREFIX}wechat:access-token`,
  /** One OpenID's window, held messages and follow state. */
  wechatCustomer: (openId: string) => `${PREFIX}wechat:customer:${openId}`,
} as const;
