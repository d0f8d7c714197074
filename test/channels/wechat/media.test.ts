// A file from a WeChat customer is kept like a web upload, or the customer is told politely why not.
import assert from 'node:assert/strict';
import { receiveFile, type WeChatMediaDeps } from '../../../src/channels/wechat/media';
import { AttachmentLinks } from '../../../src/channels/directline/attachmentLinks';
import { createMemoryStores } from '../../../src/storage/memory';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(64)]);
const customer = { id: 'wxid_alice' };

function deps(quota = { files: 20, bytes: 40 * 1024 * 1024 }): WeChatMediaDeps {
  return {
    uploads: createMemoryStores().uploads,
    quota,
    links: new AttachmentLinks('k'.repeat(32)),
    publicBaseUrl: () => 'https://support.example.com',
    now: () => new Date('2026-11-25T08:00:00Z'),
  };
}

describe('WeChat media', () => {
  it('saves a photo to the customer’s conversation with a signed link to show it', async () => {
    const media = deps();
    const content = await receiveFile(media, customer, { bytes: PNG, name: 'damage.png' });
    assert.equal(content.kind, 'upload');
    if (content.kind !== 'upload') return;
    assert.deepEqual([content.upload.conversationId, content.upload.contentType, content.upload.name], ['wechat:wxid_alice', 'image/png', 'damage.png']);
    assert.match(content.attachment.contentUrl ?? '', /^https:\/\/support\.example\.com\/v3\/directline\/attachments\/.+\?sig=/);
    assert.equal((await media.uploads.listByConversation('wechat:wxid_alice')).length, 1);
  });

  it('tells the customer a video cannot be kept, as the website would', async () => {
    const media = deps();
    assert.deepEqual(await receiveFile(media, customer, { bytes: MP4, name: 'clip.mp4' }), { kind: 'notice', notice: { key: 'notice.fileUnsupported' } });
    assert.deepEqual(await media.uploads.listByConversation('wechat:wxid_alice'), []);
  });

  it('refuses a file larger than one web upload may be, naming the limit', async () => {
    const huge = Buffer.concat([PNG, Buffer.alloc(4 * 1024 * 1024)]);
    assert.deepEqual(await receiveFile(deps(), customer, { bytes: huge, name: 'big.png' }), {
      kind: 'notice',
      notice: { key: 'notice.fileTooLarge', params: { megabytes: 4 } },
    });
  });

  it('refuses a photo once the conversation’s upload quota is used', async () => {
    const media = deps({ files: 1, bytes: 40 * 1024 * 1024 });
    await receiveFile(media, customer, { bytes: PNG, name: 'one.png' });
    const second = await receiveFile(media, customer, { bytes: PNG, name: 'two.png' });
    assert.deepEqual(second, { kind: 'notice', notice: { key: 'notice.uploadQuotaFull', params: { files: 1, megabytes: 40 } } });
  });

  it('keeps a file name free of paths', async () => {
    const content = await receiveFile(deps(), customer, { bytes: PNG, name: '../../etc/passwd.png' });
    assert.equal(content.kind === 'upload' && content.upload.name, 'passwd.png');
  });
});
