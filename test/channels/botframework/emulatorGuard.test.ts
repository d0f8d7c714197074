// Who counts as the local Bot Framework Emulator when /api/messages has no app id.
import assert from 'node:assert/strict';
import { emulatorRefusal } from '../../../src/channels/botframework/emulatorGuard';

describe('The Emulator guard', () => {
  const emulator = { remoteAddress: '127.0.0.1', headers: {}, channelId: 'emulator', serviceUrl: 'http://localhost:54321' };

  it('lets the local Emulator through', () => {
    assert.equal(emulatorRefusal(emulator), undefined);
  });

  it('refuses a request from another machine', () => {
    assert.match(emulatorRefusal({ ...emulator, remoteAddress: '192.168.1.20' }) ?? '', /Emulator on this machine/);
  });

  it('refuses a request without a known address', () => {
    assert.match(emulatorRefusal({ ...emulator, remoteAddress: undefined }) ?? '', /Emulator on this machine/);
  });

  for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
    it(`refuses a loopback request a proxy forwarded (${header})`, () => {
      assert.match(emulatorRefusal({ ...emulator, headers: { [header]: '203.0.113.9' } }) ?? '', /Emulator on this machine/);
    });
  }

  for (const channelId of ['directline', 'wechat', 'msteams', 'webchat']) {
    it(`refuses channelId ${channelId}`, () => {
      assert.match(emulatorRefusal({ ...emulator, channelId }) ?? '', /only channelId "emulator"/);
    });
  }

  it('refuses a serviceUrl elsewhere', () => {
    assert.match(emulatorRefusal({ ...emulator, serviceUrl: 'http://10.0.0.5:6379' }) ?? '', /serviceUrl/);
  });
});
