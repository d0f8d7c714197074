// The Official Account as a WeChat way in: pushes become customer messages for the WeChat adapter, and replies leave
// through WeChat's customer-service API within the 48-hour window and its quota; what WeChat refuses is held until the
// customer writes again, and staff see it pending.
import { conversationView } from '../../../staff/conversationView';
import type { StaffEvents } from '../../../staff/staffEvents';
import { NotFoundError, type ConversationAnnotation, type ConversationRecord, type ConversationStore, type KeyedLock, type OfficialAccountCustomer, type OfficialAccountCustomerStore } from '../../../storage/types';
import { MAX_UPLOAD_BYTES } from '../../directline/directLineLimits';
import type { Language } from '../../../domain/vocabulary';
import { t } from '../../../i18n/translate';
import { conversationRef } from '../../../observability/logger';
import { fileTooLarge, receiveFile, unreadable, type WeChatContent, type WeChatMediaDeps } from '../media';
import { MAX_MESSAGE_BYTES, mergeReplies } from '../rendering';
import type { WeChatAdapter } from '../weChatAdapter';
import { weChatConversationId, type WeChatCustomer, type WeChatOutgoing, type WeChatTransport } from '../weChatTransport';
import type { CustomerMessage, Push } from './pushedMessage';
import { messagesSent, NO_CUSTOMER, remainingMessages, windowClosed, windowOpened } from './serviceWindow';
import { ERRCODE, MediaTooLargeError, WeChatApiError, type WeChatApi } from './weChatApi';

export const OFFICIAL_ACCOUNT_TRANSPORT = 'officialAccount';

export interface OfficialAccountDeps {
  api: Pick<WeChatApi, 'sendText' | 'downloadMedia'>;
  customers: OfficialAccountCustomerStore;
  locks: KeyedLock;
  conversations: ConversationStore;
  events: Pick<StaffEvents, 'publish'>;
  adapter: Pick<WeChatAdapter, 'acceptMessage'>;
  media: WeChatMediaDeps;
  now: () => Date;
  logger: { warn(details: object, message: string): void; error(details: object, message: string): void };
}

/** Menu keys written like words ("报修", "warranty check") are what the customer means; codes like V1001_REPAIR are not. */
const CODE_LIKE_KEY = /^[A-Z0-9_\-.:]+$/;

export class OfficialAccountTransport implements WeChatTransport {
  readonly name = OFFICIAL_ACCOUNT_TRANSPORT;
  /** Per OpenID, the last push being prepared: a photo still downloading keeps the text after it waiting. */
  private readonly preparing = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: OfficialAccountDeps) {}

  /** What a push asks for. Resolves when the customer's turn, if any, is over. */
  async receive(push: Push): Promise<void> {
    if (push.type !== 'event') return this.customerWrote(push.openId, () => this.contentOf(push));
    switch (push.event) {
      case 'follow':
      case 'scan':
        return this.followed(push.openId);
      case 'unfollow':
        return this.unfollowed(push.openId);
      case 'click':
        if (push.key !== '' && !CODE_LIKE_KEY.test(push.key)) return this.customerWrote(push.openId, async () => ({ kind: 'text', text: push.key }), 'event');
        return this.acknowledgeClick(push.openId);
      case 'other':
        return;
    }
  }

  async maxMessagesPerTurn(customer: WeChatCustomer): Promise<number> {
    return remainingMessages((await this.deps.customers.get(customer.id)) ?? NO_CUSTOMER, this.deps.now());
  }

  async send(customer: WeChatCustomer, messages: WeChatOutgoing[]): Promise<void> {
    const texts = messages.flatMap((message) => {
      if (message.kind === 'text') return [message.text];
      // Sending a file needs WeChat's media upload, which this transport does not do; words reach the customer.
      this.deps.logger.warn({ conversation: conversationRef(weChatConversationId(customer)) }, 'wechat official account: a file reply was not sent');
      return [];
    });
    await this.withCustomer(customer.id, async (record) => this.deliver(customer.id, record, texts));
  }

  /** The customer wrote (or clicked a menu key that says something): their window opens, held messages go first. */
  private async customerWrote(openId: string, content: () => Promise<WeChatContent>, by: 'message' | 'event' = 'message'): Promise<void> {
    const previous = this.preparing.get(openId) ?? Promise.resolve();
    const prepared = previous.then(async () => {
      await this.withCustomer(openId, async (record) => {
        const opened = windowOpened({ ...record, unfollowedAt: undefined }, by, this.deps.now());
        const held = mergeReplies(opened.held, { maxBytes: MAX_MESSAGE_BYTES });
        return this.deliver(openId, { ...opened, held: [] }, held);
      });
      return content();
    });
    const inLine = prepared.catch(() => undefined);
    this.preparing.set(openId, inLine);
    void inLine.then(() => {
      if (this.preparing.get(openId) === inLine) this.preparing.delete(openId);
    });
    // The turn is the adapter's to order and run; only the preparation waits for the push before it.
    await this.deps.adapter.acceptMessage({ via: this.name, customer: { id: openId }, content: await prepared });
  }

  private async followed(openId: string): Promise<void> {
    await this.withCustomer(openId, async (record) => windowOpened({ ...record, unfollowedAt: undefined }, 'event', this.deps.now()));
    await this.annotate(openId, { unfollowedAt: undefined });
    const lang = await this.languageOf(openId);
    await this.send({ id: openId }, [{ kind: 'text', text: `${t(lang, 'wechat.followed')}\n\n${t(lang, 'welcome.text')}` }]);
  }

  private async acknowledgeClick(openId: string): Promise<void> {
    await this.withCustomer(openId, async (record) => windowOpened(record, 'event', this.deps.now()));
    await this.send({ id: openId }, [{ kind: 'text', text: t(await this.languageOf(openId), 'wechat.menuClicked') }]);
  }

  /** Nothing more may reach them: what was held is dropped, and staff see why the customer went quiet. */
  private async unfollowed(openId: string): Promise<void> {
    const at = this.deps.now().toISOString();
    await this.withCustomer(openId, async () => ({ held: [], unfollowedAt: at }));
    const record = await this.annotate(openId, { unfollowedAt: at, heldMessages: undefined });
    if (record !== undefined) await this.deps.events.publish('conversation.unfollowed', { conversation: conversationView(record) });
  }

  /**
   * Sends `texts` in order while WeChat allows; keeps the rest, and anything WeChat refuses, for the customer's next
   * message. Returns the customer's record as it then is.
   */
  private async deliver(openId: string, record: OfficialAccountCustomer, texts: readonly string[]): Promise<OfficialAccountCustomer> {
    if (record.unfollowedAt !== undefined) return record;
    let current = record;
    for (const text of texts) {
      if (remainingMessages(current, this.deps.now()) === 0) {
        current = { ...current, held: [...current.held, text] };
        continue;
      }
      try {
        await this.deps.api.sendText(openId, text);
        current = messagesSent(current, 1);
      } catch (error) {
        current = this.afterRefusal(openId, current, text, error);
        if (current.unfollowedAt !== undefined) break;
      }
    }
    return current;
  }

  private afterRefusal(openId: string, record: OfficialAccountCustomer, text: string, error: unknown): OfficialAccountCustomer {
    const conversation = conversationRef(weChatConversationId({ id: openId }));
    const errcode = error instanceof WeChatApiError ? error.errcode : undefined;
    // Not a follower (any more): WeChat will take nothing until they follow again.
    if (errcode === ERRCODE.notFollowing) return { held: [], unfollowedAt: this.deps.now().toISOString() };
    if (errcode !== ERRCODE.outOfWindow && errcode !== ERRCODE.quotaUsed) {
      // Unexpected (WeChat unreachable, say): kept rather than lost, and tried again after the customer's next message.
      this.deps.logger.error({ conversation, errcode, err: error instanceof Error ? error.message : String(error) }, 'wechat official account: a message could not be sent; held');
    }
    return { ...windowClosed(record), held: [...record.held, text] };
  }

  /** Staff see how many messages wait for the customer (the conversation's record, and a live event). */
  private async showHeld(openId: string, held: number): Promise<void> {
    const record = await this.annotate(openId, { heldMessages: held === 0 ? undefined : held });
    if (record !== undefined) await this.deps.events.publish('conversation.held', { conversation: conversationView(record) });
  }

  /** Changes the conversation's record if the customer has one yet (a new follower has not). */
  private async annotate(openId: string, change: ConversationAnnotation): Promise<ConversationRecord | undefined> {
    try {
      return await this.deps.conversations.annotate(weChatConversationId({ id: openId }), () => change, this.deps.now());
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  /** A customer who has not written yet is greeted in Chinese: most of the account's followers are in China. */
  private async languageOf(openId: string): Promise<Language> {
    return (await this.deps.conversations.get(weChatConversationId({ id: openId })))?.language ?? 'zh';
  }

  /** Changes to one OpenID's record never interleave, on any instance; a change in what is held is shown to staff. */
  private async withCustomer(openId: string, change: (record: OfficialAccountCustomer) => Promise<OfficialAccountCustomer>): Promise<void> {
    await this.deps.locks.runExclusive(`wechat-oa:${openId}`, async () => {
      const record = (await this.deps.customers.get(openId)) ?? NO_CUSTOMER;
      const changed = await change(record);
      await this.deps.customers.put(openId, changed);
      if (changed.held.length !== record.held.length && changed.unfollowedAt === undefined) await this.showHeld(openId, changed.held.length);
    });
  }

  private async contentOf(push: CustomerMessage): Promise<WeChatContent> {
    switch (push.type) {
      case 'text':
        return { kind: 'text', text: push.text };
      case 'location':
        return unreadable('location');
      case 'link':
        return unreadable('link');
      case 'unsupported':
        return unreadable(push.msgType === 'miniprogrampage' ? 'miniProgram' : 'unknown');
      case 'media':
        if (push.kind === 'voice') return unreadable('voice');
        return this.fetchedMedia(push.openId, push.mediaId, push.name ?? `${push.kind}-${push.msgId}`);
    }
  }

  private async fetchedMedia(openId: string, mediaId: string, name: string): Promise<WeChatContent> {
    try {
      const media = await this.deps.api.downloadMedia(mediaId, MAX_UPLOAD_BYTES);
      return await receiveFile(this.deps.media, { id: openId }, { bytes: media.content, name: media.name ?? name });
    } catch (error) {
      if (error instanceof MediaTooLargeError) return fileTooLarge();
      this.deps.logger.error({ conversation: conversationRef(weChatConversationId({ id: openId })), err: error instanceof Error ? error.message : String(error) }, 'wechat official account: media could not be fetched');
      return unreadable('unknown');
    }
  }
}
