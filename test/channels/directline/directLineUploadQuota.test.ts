import assert from 'node:assert/strict';
import { defaultServiceLimits } from '../../../src/serviceLimits';
import { TINY_PNG, uploadForm } from './support/fixtures';
import { bearer, call, errorCode } from './support/httpCalls';
import { startTestServer, type TestServer } from './support/directLineTestServer';
import { generateToken, startConversation } from './support/tokens';

const MB = 1024 * 1024;

/** A PNG of about `bytes` bytes: the real signature, padded. */
function pngOf(bytes: number): Buffer {
  return Buffer.concat([TINY_PNG, Buffer.alloc(Math.max(0, bytes - TINY_PNG.length))]);
}

describe('Direct Line upload quota', () => {
  let server: TestServer;

  afterEach(() => server?.close());

  async function uploader(files: number, bytes: number) {
    server = await startTestServer({ limits: { ...defaultServiceLimits(), uploadQuota: { files, bytes } } });
    const { token, conversationId } = await generateToken(server.domain);
    await startConversation(server.domain, token);
    return {
      conversationId,
      upload: (content: Buffer, count = 1) =>
        call(`${server.domain}/conversations/${conversationId}/upload`, {
          method: 'POST',
          headers: bearer(token),
          body: uploadForm({ type: 'message' }, Array.from({ length: count }, (_, i) => ({ name: `photo-${i}.png`, content, contentType: 'image/png' }))),
        }),
    };
  }

  it('refuses a file past the conversation’s file quota with a 413 that says so, and stores nothing of it', async () => {
    const { upload, conversationId } = await uploader(3, 40 * MB);
    assert.equal((await upload(TINY_PNG, 2)).status, 200);
    const over = await upload(TINY_PNG, 2);
    assert.equal(over.status, 413);
    assert.equal(errorCode(over), 'MessageSizeTooBig');
    assert.match((over.body as { error: { message: string } }).error.message, /upload quota: at most 3 files and 40 MB in all/);
    assert.equal((await upload(TINY_PNG)).status, 200);
    assert.equal((await server.stores.uploads.listByConversation(conversationId)).length, 3);
    assert.equal((await upload(TINY_PNG)).status, 413, 'refused before reading once the quota is used up');
  });

  it('refuses uploads past the conversation’s byte quota, though each is within the per-upload limit', async () => {
    const { upload, conversationId } = await uploader(100, 5 * MB);
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await upload(pngOf(2 * MB))).status);
    assert.deepEqual(statuses, [200, 200, 413]);
    const stored = await server.stores.uploads.listByConversation(conversationId);
    assert.ok(stored.reduce((sum, file) => sum + file.size, 0) <= 5 * MB);
  });
});
