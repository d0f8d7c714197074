// What WeChat pushes to POST /wechat, read at the edge: XML parsed and validated into one typed message or event.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';

/** Fields every push carries. `openId` is the customer (FromUserName); `sentAt` is CreateTime. */
interface PushBase {
  openId: string;
  account: string;
  sentAt: Date;
}

export type MediaKind = 'image' | 'voice' | 'video' | 'shortvideo' | 'file';

export type CustomerMessage = PushBase & { msgId: string } & (
    | { type: 'text'; text: string }
    | { type: 'media'; kind: MediaKind; mediaId: string; name?: string }
    | { type: 'location'; latitude: number; longitude: number; label: string }
    | { type: 'link'; title: string; url: string }
    | { type: 'unsupported'; msgType: string }
  );

/**
 * `follow` and `unfollow` are (un)subscribe; `click` a menu button with its key; `scan` a QR code of an existing follower.
 * Everything else (VIEW, LOCATION reports, template receipts) is `other`: acknowledged and otherwise ignored.
 */
export type AccountEvent = PushBase & (
  | { type: 'event'; event: 'follow' | 'unfollow' | 'scan' | 'other' }
  | { type: 'event'; event: 'click'; key: string }
);

export type Push = CustomerMessage | AccountEvent;

/** A safe-mode envelope: the real push is inside `Encrypt`. */
export interface EncryptedPush {
  encrypted: string;
}

export class MalformedPushError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedPushError';
  }
}

// Values stay strings: a MsgId has 19 digits, more than a JavaScript number holds exactly.
const parser = new XMLParser({ parseTagValue: false, ignoreDeclaration: true, htmlEntities: false, trimValues: true });

function xmlRoot(body: string): Record<string, unknown> {
  // WeChat never sends a DOCTYPE; refusing it shuts out entity expansion of every kind.
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) throw new MalformedPushError('a DOCTYPE is not accepted');
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new MalformedPushError(`not XML: ${valid.err.msg} (line ${valid.err.line})`);
  const root = (parser.parse(body) as { xml?: unknown }).xml;
  if (root === null || typeof root !== 'object') throw new MalformedPushError('no <xml> element');
  return root as Record<string, unknown>;
}

const text = z.string();
const nonEmpty = z.string().min(1);
const seconds = z.string().regex(/^\d{1,12}$/, 'expected seconds since 1970');
const coordinate = z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number);

const base = z.object({ ToUserName: nonEmpty, FromUserName: nonEmpty.max(128), CreateTime: seconds, MsgType: nonEmpty });
const withId = base.extend({ MsgId: z.string().regex(/^\d{1,32}$/, 'expected digits') });

const shapes = {
  text: withId.extend({ Content: text }),
  media: withId.extend({ MediaId: nonEmpty, Title: text.optional() }),
  location: withId.extend({ Location_X: coordinate, Location_Y: coordinate, Label: text.default('') }),
  link: withId.extend({ Title: text.default(''), Url: text.default('') }),
  event: base.extend({ Event: nonEmpty, EventKey: text.optional() }),
};

const MEDIA_KINDS: ReadonlySet<string> = new Set<MediaKind>(['image', 'voice', 'video', 'shortvideo', 'file']);

function validated<T extends z.ZodTypeAny>(schema: T, root: Record<string, unknown>): z.infer<T> {
  const parsed = schema.safeParse(root);
  if (!parsed.success) {
    throw new MalformedPushError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'xml'}: ${issue.message}`).join('; '));
  }
  return parsed.data;
}

/** The envelope of a safe-mode push. */
export function readEncryptedPush(body: string): EncryptedPush {
  return { encrypted: validated(z.object({ Encrypt: nonEmpty }), xmlRoot(body)).Encrypt };
}

/** A plaintext push (or a decrypted one) as a typed message or event; throws MalformedPushError. */
export function readPush(body: string): Push {
  const root = xmlRoot(body);
  const common = validated(base, root);
  const pushBase: PushBase = { openId: common.FromUserName, account: common.ToUserName, sentAt: new Date(Number(common.CreateTime) * 1000) };
  const msgType = common.MsgType;
  if (msgType === 'event') return accountEvent(pushBase, validated(shapes.event, root));
  const msgId = validated(withId, root).MsgId;
  if (msgType === 'text') return { ...pushBase, msgId, type: 'text', text: validated(shapes.text, root).Content };
  if (MEDIA_KINDS.has(msgType)) {
    const media = validated(shapes.media, root);
    return { ...pushBase, msgId, type: 'media', kind: msgType as MediaKind, mediaId: media.MediaId, ...(media.Title ? { name: media.Title } : {}) };
  }
  if (msgType === 'location') {
    const location = validated(shapes.location, root);
    return { ...pushBase, msgId, type: 'location', latitude: location.Location_X, longitude: location.Location_Y, label: location.Label };
  }
  if (msgType === 'link') {
    const link = validated(shapes.link, root);
    return { ...pushBase, msgId, type: 'link', title: link.Title, url: link.Url };
  }
  return { ...pushBase, msgId, type: 'unsupported', msgType };
}

function accountEvent(pushBase: PushBase, fields: z.infer<typeof shapes.event>): AccountEvent {
  switch (fields.Event) {
    case 'subscribe':
      return { ...pushBase, type: 'event', event: 'follow' };
    case 'unsubscribe':
      return { ...pushBase, type: 'event', event: 'unfollow' };
    case 'SCAN':
      return { ...pushBase, type: 'event', event: 'scan' };
    case 'CLICK':
      return { ...pushBase, type: 'event', event: 'click', key: fields.EventKey ?? '' };
    default:
      return { ...pushBase, type: 'event', event: 'other' };
  }
}

/**
 * What makes a retried push the same push: its MsgId, or for events the sender and CreateTime (CONTRACT §9), with the
 * event itself, since two menu clicks within one second are two pushes while a retry repeats every field.
 */
export function pushIdentity(push: Push): string {
  if (push.type !== 'event') return `msg:${push.msgId}`;
  const key = push.event === 'click' ? `:${push.key}` : '';
  return `event:${push.openId}:${push.sentAt.getTime() / 1000}:${push.event}${key}`;
}
