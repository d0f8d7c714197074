// The Wechaty bridge when WeChat will not start: it logs, waits longer each time, and comes up once WeChat does.
import './support/quietWechaty';
import assert from 'node:assert/strict';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { WechatyBridge } from '../../../src/channels/wechat/wechatyBridge';
import { WeChatAdapter } from '../../../src/channels/wechat/weChatAdapter';
import { AttachmentLinks } from '../../../src/channels/directline/attachmentLinks';
import { createLogger } from '../../../src/observability/logger';
import { createMemoryStores } from '../../../src/storage/memory';
import { waitFor } from './support/mockWeChat';

/** Mock puppets whose first starts fail, as a puppet does while WeChat's servers cannot be reached. */
class UnreachableAtFirst extends PuppetMock {
  static attempts = 0;
  static failures = 2;
  static latest: UnreachableAtFirst | undefined;
  readonly weChat: mock.Mocker;

  constructor() {
    const mocker = new mock.Mocker();
    super({ mocker });
    this.weChat = mocker;
    UnreachableAtFirst.latest = this;
  }

  override async onStart(): Promise<void> {
    UnreachableAtFirst.attempts += 1;
    if (UnreachableAtFirst.attempts <= UnreachableAtFirst.failures) throw new Error('connect ECONNREFUSED');
    await super.onStart();
  }
}

describe('WechatyBridge restarts', function () {
  this.timeout(30000);
  const lines: Array<{ msg: string; delayMs?: number; err?: string }> = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as { msg: string }) });
  const stores = createMemoryStores();
  const adapter = new WeChatAdapter({ bot: async () => undefined, transcripts: stores.transcripts, botAccount: { id: 'bot', name: 'NetPosa Service' }, logger });
  const bridge = new WechatyBridge({
    adapter,
    media: { uploads: stores.uploads, quota: { files: 20, bytes: 40 * 1024 * 1024 }, links: new AttachmentLinks('k'.repeat(32)), publicBaseUrl: () => 'http://localhost', now: () => new Date() },
    puppet: () => new UnreachableAtFirst(),
    logger,
    backoff: { firstMs: 50, maxMs: 1000 },
  });

  after(async () => {
    await bridge.stop();
  });

  it('retries a failed start with a doubling wait, logged, until WeChat is reachable and the account logs in', async () => {
    bridge.start();
    await waitFor(() => UnreachableAtFirst.attempts >= 3 && UnreachableAtFirst.latest?.state.active() === true, 'the third start');
    const weChat = UnreachableAtFirst.latest!.weChat;
    weChat.login(weChat.createContact({ name: 'NetPosa Service' }));
    await waitFor(() => bridge.isLoggedIn() && lines.some((line) => line.msg === 'wechaty: logged in'), 'the login');
    const waits = lines.filter((line) => line.delayMs !== undefined).map((line) => line.delayMs);
    assert.deepEqual(waits, [50, 100]);
    assert.equal(lines.filter((line) => line.msg === 'wechaty: WeChat is out of reach, restarting').length, 2);
    assert.equal(lines.filter((line) => line.err === 'connect ECONNREFUSED').length, 2, 'each failure is logged with its reason');
  });

  it('starts again by itself when WeChat ends the session while it runs, and logs in again', async () => {
    const running = UnreachableAtFirst.latest!;
    const attemptsBefore = UnreachableAtFirst.attempts;
    await running.logout('kicked out by WeChat');
    await waitFor(() => lines.some((line) => line.msg === 'wechaty: logged out, restarting'), 'the restart after the logout');
    await waitFor(() => UnreachableAtFirst.attempts > attemptsBefore && UnreachableAtFirst.latest !== running && UnreachableAtFirst.latest?.state.active() === true, 'a new start');
    const weChat = UnreachableAtFirst.latest!.weChat;
    weChat.login(weChat.createContact({ name: 'NetPosa Service' }));
    await waitFor(() => bridge.isLoggedIn(), 'the new login');
    // The wait was reset by the first login, so the restart came after the first delay, not a grown one.
    assert.equal(lines.filter((line) => line.delayMs !== undefined).at(-1)?.delayMs, 50);
  });
});
