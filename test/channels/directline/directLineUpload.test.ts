import assert from 'node:assert/strict';
import { connect, fromBot, type RecordingClient, type WireActivity } from './support/directLineClient';
import { startTestServer, type TestServer } from './support/directLineTestServer';
import { serveFixtures, TINY_PDF, TINY_PNG, type FixtureServer } from './support/fixtures';
import { generateToken } from './support/tokens';

describe('Direct Line uploads', () => {
  let server: TestServer;
  let fixtures: FixtureServer;
  let client: RecordingClient;

  beforeEach(async () => {
    server = await startTestServer();
    fixtures = await serveFixtures({
      'damage.png': { content: TINY_PNG, contentType: 'image/png' },
      'invoice.pdf': { content: TINY_PDF, contentType: 'application/pdf' },
    });
    const { token } = await generateToken(server.domain);
    client = connect(server.domain, { token });
  });

  afterEach(async () => {
    client.end();
    await fixtures.close();
    await server.close();
  });

  async function upload(): Promise<WireActivity> {
    const id = await client.post({
      text: 'Here is the damage and my invoice',
      channelData: { clientActivityID: 'upload-1' },
      attachments: [
        { contentType: 'image/png', contentUrl: fixtures.urlOf('damage.png'), name: 'damage.png' },
        { contentType: 'application/pdf', contentUrl: fixtures.urlOf('invoice.pdf'), name: 'invoice.pdf' },
      ],
    });
    return client.waitFor((activity) => activity.id === id);
  }

  it('echoes uploaded files as attachments this server serves', async () => {
    const echo = await upload();
    assert.equal(echo.text, 'Here is the damage and my invoice');
    const attachments = echo.attachments ?? [];
    assert.deepEqual(attachments.map((attachment) => [attachment.contentType, attachment.name]), [
      ['image/png', 'damage.png'],
      ['application/pdf', 'invoice.pdf'],
    ]);
    const photo = await fetch(attachments[0].contentUrl ?? '');
    assert.equal(photo.status, 200);
    assert.equal(photo.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await photo.arrayBuffer()), TINY_PNG);
  });

  it('keeps the client’s channelData and lists the stored uploads in it for the dialogs', async () => {
    const echo = await upload();
    assert.equal(echo.channelData?.clientActivityID, 'upload-1');
    const uploads = echo.channelData?.uploads as Array<{ id: string }>;
    const stored = await server.stores.uploads.get(uploads[0].id);
    assert.equal(stored?.meta.conversationId, echo.conversation?.id);
    assert.deepEqual(stored?.content, TINY_PNG);
    await client.waitFor(fromBot('Received damage.png (image/png), invoice.pdf (application/pdf)'));
  });

  it('refuses an attachment link whose signature was changed', async () => {
    const echo = await upload();
    const link = new URL(echo.attachments?.[0].contentUrl ?? '');
    link.searchParams.set('sig', 'x'.repeat(43));
    const answer = await fetch(link);
    assert.equal(answer.status, 404);
  });
});
