// The whole assistant behind our Direct Line server, driven by the official directlinejs client: the fault
// conversation of the dialog tests, the case card, and a photo saved on the case.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { start } from '../../../src/index';
import type { Stores } from '../../../src/storage/types';
import { connect, type RecordingClient, type WireActivity } from './support/directLineClient';
import { serveFixtures, TINY_PNG, type FixtureServer } from './support/fixtures';

describe('The assistant over Direct Line', function () {
  this.timeout(60000);
  let baseUrl: string;
  let stop: () => Promise<void>;
  let stores: Stores;
  let fixtures: FixtureServer;
  let client: RecordingClient;

  before(async () => {
    const running = await start({ PORT: '0', BOT_TODAY: '2026-11-25', LOG_LEVEL: 'silent' });
    baseUrl = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
    stop = running.stop;
    stores = running.stores;
    fixtures = await serveFixtures({ 'damage.png': { content: TINY_PNG, contentType: 'image/png' } });
  });

  after(async () => {
    client?.end();
    await fixtures.close();
    await stop();
  });

  const fromAssistant = (pattern: RegExp) => (activity: WireActivity) =>
    activity.type === 'message' && activity.from.role === 'bot' && pattern.test(activity.text ?? '');

  async function reply(text: string, expected: RegExp): Promise<WireActivity> {
    const before = client.received.length;
    await client.post({ text, locale: 'en-US' });
    return client.waitFor((activity) => client.received.indexOf(activity) >= before && fromAssistant(expected)(activity), 15000);
  }

  it('runs a fault report from description to a case card with the centre’s address', async () => {
    const response = await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST' });
    const { token } = (await response.json()) as { token: string };
    client = connect(`${baseUrl}/v3/directline`, { token, locale: 'en-US' });
    await client.waitFor(fromAssistant(/NetPosa service assistant/), 15000);

    const assessment = await reply('My NP-IPC2043 SN NPC21A00012345 fell off the pole and shows no video', /Would you like me to open a repair case/);
    const buttons = (assessment.suggestedActions?.actions ?? []).map((action) => action.title);
    assert.deepEqual(buttons, ['Open a case', 'Not now']);
    await reply('Open a case', /your name, a phone number/);
    const opened = await reply('Li Wei, 138 1234 5678, Hangzhou', /Your repair case is open: RMA-20261125-\d{4}/);
    const card = opened.attachments?.find((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive');
    assert.match(JSON.stringify(card?.content), /988 Shenchang Road/);
    assert.match(JSON.stringify(card?.content), /Charged repair/);
    assert.equal(opened.replyToId !== undefined, true, 'replies point at the message they answer');
  });

  it('saves a photo the customer uploads on their case', async () => {
    const before = client.received.length;
    await client.post({
      text: 'here is a photo of the damage',
      attachments: [{ contentType: 'image/png', contentUrl: fixtures.urlOf('damage.png'), name: 'damage.png' }],
    });
    const added = await client.waitFor((activity) => client.received.indexOf(activity) >= before && fromAssistant(/added damage\.png to case (RMA-\S+)/)(activity), 15000);
    const caseId = /case (RMA-\d{8}-\d{4,})/.exec(added.text ?? '')![1];
    const echoed = client.received.find((activity) => activity.from.role === 'user' && activity.text === 'here is a photo of the damage');
    assert.match(echoed?.attachments?.[0]?.contentUrl ?? '', /\/v3\/directline\/attachments\//);
    const image = await fetch(echoed!.attachments![0].contentUrl!);
    assert.equal(image.status, 200);
    assert.deepEqual(Buffer.from(await image.arrayBuffer()), TINY_PNG);
    const repairCase = await stores.cases.get(caseId);
    assert.deepEqual(repairCase?.attachments.map((attachment) => [attachment.name, attachment.contentType]), [['damage.png', 'image/png']]);
    const stored = await stores.uploads.get(repairCase!.attachments[0].id);
    assert.deepEqual(stored?.content, TINY_PNG);
  });
});
