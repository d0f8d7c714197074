// Safe mode (WECHAT_OA_AES_KEY) end to end: encrypted pushes are checked by msg_signature and AppID, then handled like plaintext ones.
import assert from 'node:assert/strict';
import { startWithOfficialAccount, TEST_ACCOUNT, type OfficialAccountSetup } from './support/officialAccountAssistant';

describe('The Official Account in safe mode', function () {
  this.timeout(120_000);
  let setup: OfficialAccountSetup;

  before(async () => {
    setup = await startWithOfficialAccount({ ...TEST_ACCOUNT, aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' });
  });

  after(async () => {
    await setup.stop();
  });

  it('decrypts an encrypted follow and message and answers them', async () => {
    assert.deepEqual(await setup.wechat.follows('oSafe'), { status: 200, body: 'success' });
    await setup.wechat.waitForSent('oSafe', 1);
    assert.deepEqual(await setup.wechat.says('oSafe', '我的录像机不录像了'), { status: 200, body: 'success' });
    const replies = await setup.wechat.waitForSent('oSafe', 2);
    assert.match(replies[1] ?? '', /序列号/);
    const customerLines = (await setup.assistant.stores.transcripts.list('wechat:oSafe')).filter((activity) => (activity.from as { role: string }).role === 'user');
    assert.deepEqual(customerLines.map((activity) => activity.text), ['我的录像机不录像了']);
  });

  it('refuses an encrypted push whose msg_signature does not cover its ciphertext', async () => {
    const answer = await setup.wechat.push(setup.wechat.messageXml('oSafeForged', 'text', '<Content>hi</Content>'), { msgSignature: 'f'.repeat(40) });
    assert.equal(answer.status, 403);
    assert.match(JSON.parse(answer.body).error, /msg_signature/);
  });

  it('refuses a push encrypted for another AppID', async () => {
    const answer = await setup.wechat.push(setup.wechat.messageXml('oSafeForged', 'text', '<Content>hi</Content>'), { appId: 'wxffffffffffffffff' });
    assert.equal(answer.status, 403);
    assert.match(JSON.parse(answer.body).error, /another account/);
    assert.deepEqual(await setup.assistant.stores.transcripts.list('wechat:oSafeForged'), []);
  });

  it('refuses a plaintext push, which safe mode never receives', async () => {
    const answer = await setup.wechat.postRaw(setup.wechat.messageXml('oSafePlain', 'text', '<Content>hi</Content>'));
    assert.equal(answer.status, 400);
  });
});
