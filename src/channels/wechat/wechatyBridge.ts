// The Wechaty bridge: a Wechaty bot on any puppet, one conversation per contact, restarting itself with backoff when
// WeChat fails to start or drops, while the rest of the assistant carries on.
import { types, WechatyBuilder, type Message, type Wechaty, type WechatyOptions } from 'wechaty';
import { FileBox } from 'file-box';
import type { Logger } from '../../observability/logger';
import type { StoredUpload } from '../../storage/types';
import { conversationRef } from '../../observability/logger';
import { receiveFile, unreadable, type UnreadableKind, type WeChatContent, type WeChatMediaDeps } from './media';
import type { WeChatAdapter } from './weChatAdapter';
import { weChatConversationId, type WeChatCustomer, type WeChatOutgoing, type WeChatTransport } from './weChatTransport';

export const WECHATY_TRANSPORT = 'wechaty';

/** A puppet's package name (WECHATY_PUPPET; the puppet reads its own variables) or a puppet instance (tests). */
export type WechatyPuppet = string | Exclude<WechatyOptions['puppet'], string | undefined>;

export interface WechatyBridgeOptions {
  adapter: WeChatAdapter;
  media: WeChatMediaDeps;
  /**
   * The puppet of each start: a package name gives a fresh puppet every time, which a restart needs (a puppet whose
   * start failed stays half-started).
   */
  puppet: () => WechatyPuppet;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** First and longest wait between restarts; the wait doubles after each failure and resets once logged in. */
  backoff?: { firstMs: number; maxMs: number };
}

const DEFAULT_BACKOFF = { firstMs: 1000, maxMs: 5 * 60_000 };

/** Message types that carry a file we may keep. */
const FILE_TYPES: ReadonlySet<types.Message> = new Set([types.Message.Image, types.Message.Video, types.Message.Attachment]);

const UNREADABLE_TYPES: ReadonlyMap<types.Message, UnreadableKind> = new Map([
  [types.Message.Audio, 'voice'],
  [types.Message.Emoticon, 'sticker'],
  [types.Message.Url, 'link'],
  [types.Message.Location, 'location'],
  [types.Message.MiniProgram, 'miniProgram'],
]);

export class WechatyBridge implements WeChatTransport {
  readonly name = WECHATY_TRANSPORT;
  private bot: Wechaty | undefined;
  private stopped = false;
  private restartTimer: NodeJS.Timeout | undefined;
  private nextDelayMs: number;
  private readonly backoff: { firstMs: number; maxMs: number };
  /** Per contact, the message being read: what a customer sends reaches the adapter in the order they sent it. */
  private readonly reading = new Map<string, Promise<void>>();

  constructor(private readonly options: WechatyBridgeOptions) {
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.nextDelayMs = this.backoff.firstMs;
    options.adapter.register(this);
  }

  /** Starts the bot in the background; a failure is logged and retried, never thrown at the caller. */
  start(): void {
    this.stopped = false;
    void this.launch();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    const bot = this.bot;
    this.bot = undefined;
    await bot?.stop().catch((error: unknown) => this.options.logger.warn({ err: describe(error) }, 'wechaty: stopping the bot failed'));
  }

  /** Whether a WeChat account is logged in and messages can go out. */
  isLoggedIn(): boolean {
    return this.bot?.isLoggedIn === true;
  }

  async send(customer: WeChatCustomer, messages: WeChatOutgoing[]): Promise<void> {
    const bot = this.bot;
    if (bot === undefined) throw new Error('WechatyBridge.send: the bot is not running');
    const contact = await bot.Contact.find({ id: customer.id });
    if (contact === undefined) throw new Error('WechatyBridge.send: the customer is no longer among the contacts');
    const room = customer.roomId === undefined ? undefined : await bot.Room.find({ id: customer.roomId });
    if (customer.roomId !== undefined && room === undefined) throw new Error('WechatyBridge.send: the group is gone');
    for (const message of messages) {
      if (message.kind === 'text') {
        await (room === undefined ? contact.say(message.text) : room.say(message.text, contact));
        continue;
      }
      const file = FileBox.fromBuffer(await this.bytesOf(message.source), message.name);
      await (room === undefined ? contact.say(file) : room.say(file));
    }
  }

  private async bytesOf(source: { bytes: Buffer } | { upload: StoredUpload }): Promise<Buffer> {
    if ('bytes' in source) return source.bytes;
    const stored = await this.options.media.uploads.get(source.upload.id);
    if (stored === undefined) throw new Error('WechatyBridge.send: the upload to send is gone');
    return stored.content;
  }

  async maxMessagesPerTurn(): Promise<undefined> {
    // A personal account has neither the Official Account's quota nor its window.
    return undefined;
  }

  private async launch(): Promise<void> {
    if (this.stopped) return;
    const bot = WechatyBuilder.build({ puppet: this.options.puppet() } as WechatyOptions);
    this.bot = bot;
    const { logger } = this.options;
    bot.on('login', () => {
      this.nextDelayMs = this.backoff.firstMs;
      logger.info('wechaty: logged in');
    });
    // WeChat ended the session while the bot ran (a drop, or the account signed out elsewhere): start again, with backoff.
    bot.on('logout', () => {
      if (this.bot === bot && !this.stopped) this.restartLater('wechaty: logged out, restarting');
    });
    bot.on('error', (error) => {
      logger.error({ err: describe(error) }, 'wechaty: error');
      // Before a login an error means WeChat is out of reach (Wechaty's start then never settles): try again later.
      if (this.bot === bot && !bot.isLoggedIn) this.restartLater('wechaty: WeChat is out of reach, restarting');
    });
    bot.on('message', (message) => this.receive(message));
    bot.on('stop', () => {
      if (this.bot === bot && !this.stopped) this.restartLater('wechaty: the bot stopped by itself');
    });
    try {
      await bot.start();
      logger.info('wechaty: started');
    } catch (error) {
      logger.error({ err: describe(error) }, 'wechaty: the bot failed to start');
      if (this.bot === bot) this.restartLater('wechaty: restarting after a failed start');
    }
  }

  private restartLater(reason: string): void {
    if (this.stopped || this.restartTimer !== undefined) return;
    const delayMs = this.nextDelayMs;
    this.nextDelayMs = Math.min(this.nextDelayMs * 2, this.backoff.maxMs);
    this.options.logger.warn({ delayMs }, reason);
    const failed = this.bot;
    this.bot = undefined;
    void failed?.stop().catch(() => undefined);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      void this.launch();
    }, delayMs);
  }

  /** Hands a message to the adapter unless it is the bot's own echo or a group message not addressed to the bot. */
  private receive(message: Message): void {
    if (message.self()) return;
    const talker = message.talker();
    const key = talker.id;
    const previous = this.reading.get(key) ?? Promise.resolve();
    const current = previous
      .then(async () => {
        const room = message.room();
        if (room !== undefined && !(await message.mentionSelf())) return;
        const customer: WeChatCustomer = { id: talker.id, name: talker.name(), ...(room === undefined ? {} : { roomId: room.id }) };
        const content = await this.contentOf(message, customer, room !== undefined);
        // Not awaited: the adapter keeps the conversation's order itself, and the turn may take a while.
        void this.options.adapter.acceptMessage({ via: this.name, customer, content });
      })
      .catch((error: unknown) => {
        this.options.logger.error({ conversation: conversationRef(weChatConversationId({ id: key })), err: describe(error) }, 'wechaty: a message could not be read');
      });
    this.reading.set(key, current);
    void current.then(() => {
      if (this.reading.get(key) === current) this.reading.delete(key);
    });
  }

  private async contentOf(message: Message, customer: WeChatCustomer, inRoom: boolean): Promise<WeChatContent> {
    const type = message.type();
    if (type === types.Message.Text) return { kind: 'text', text: inRoom ? await message.mentionText() : message.text() };
    if (FILE_TYPES.has(type)) {
      const file = await message.toFileBox();
      return receiveFile(this.options.media, customer, { bytes: await file.toBuffer(), name: file.name });
    }
    return unreadable(UNREADABLE_TYPES.get(type) ?? 'unknown');
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
