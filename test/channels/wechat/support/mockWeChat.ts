// WeChat as the mock puppet plays it: the bot's account, customers who write to it and read what it sends back.
import './quietWechaty';
import { setTimeout as sleep } from 'node:timers/promises';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import type { FileBoxInterface } from 'file-box';

type ContactMock = ReturnType<mock.Mocker['createContact']>;
type RoomMock = ReturnType<mock.Mocker['createRoom']>;

/** How long the bot stays quiet before a turn's replies count as all there (it sends a turn's replies at once). */
const QUIET_MS = 250;

export class MockWeChat {
  readonly mocker = new mock.Mocker();
  readonly puppet = new PuppetMock({ mocker: this.mocker });
  readonly botContact: ContactMock;

  constructor() {
    this.botContact = this.mocker.createContact({ name: 'NetPosa Service' });
  }

  /** Logs the bot's account in once the bridge has started the puppet. */
  async logIn(): Promise<void> {
    await waitFor(() => this.puppet.state.active(), 'the puppet to start');
    this.mocker.login(this.botContact);
    await waitFor(() => this.puppet.isLoggedIn, 'the bot to log in');
  }

  /** What the bot said in groups, oldest first. */
  readonly groupMessages: Array<{ roomId: string; text: string }> = [];

  customer(name: string): MockCustomer {
    return new MockCustomer(this, this.mocker.createContact({ name }));
  }

  group(members: MockCustomer[]): RoomMock {
    const room = this.mocker.createRoom({ topic: 'NetPosa users', memberIdList: [this.botContact.id, ...members.map((member) => member.contact.id)] });
    room.on('message', (message) => {
      const { talkerId, text } = message.payload as { talkerId?: string; text?: string };
      if (talkerId === this.botContact.id) this.groupMessages.push({ roomId: room.id, text: text ?? '' });
    });
    return room;
  }
}

export class MockCustomer {
  /** What the bot sent this customer in private, oldest first. */
  readonly received: string[] = [];
  constructor(private readonly weChat: MockWeChat, readonly contact: ContactMock) {
    contact.on('message', (message) => {
      const { talkerId, listenerId, text } = message.payload as { talkerId?: string; listenerId?: string; text?: string };
      if (talkerId === weChat.botContact.id && listenerId === contact.id) this.received.push(text ?? '');
    });
  }

  get id(): string {
    return this.contact.id;
  }

  /** Sends a message and resolves with what the bot answered (the turn's messages joined), or fails after a while. */
  async say(something: string | FileBoxInterface): Promise<string> {
    const before = this.received.length;
    this.contact.say(something).to(this.weChat.botContact);
    await waitFor(() => this.received.length > before, 'an answer', 20000);
    let seen = this.received.length;
    for (;;) {
      await sleep(QUIET_MS);
      if (this.received.length === seen) break;
      seen = this.received.length;
    }
    return this.received.slice(before).join('\n\n');
  }

  /** Sends without waiting for an answer. */
  send(something: string): void {
    this.contact.say(something).to(this.weChat.botContact);
  }

  sayInGroup(room: RoomMock, text: string, mentionBot: boolean): void {
    this.contact.say(text, mentionBot ? [this.weChat.botContact] : []).to(room);
  }
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10000): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}
