// Who counts as the local Bot Framework Emulator when /api/messages has no app id.
import assert from 'node:assert/strict';
import { emulatorRefusal, isLoopbackAddress, isLoopbackUrl } from '../../../src/channels/botframework/emulatorGuard';

describe('The Emulator guard', () => {
  const loopbackAddresses = ['127.0.0.1', '127.255.3.4', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1', '::ffff:127.10.0.2', '::ffff:7f00:1'];
  for (const address of loopbackAddresses) {
    it(`counts ${address} as this machine`, () => {
      assert.equal(isLoopbackAddress(address), true);
    });
  }

  const otherAddresses = ['128.0.0.1', '10.0.0.1', '192.168.1.20', '::', '::2', '::ffff:10.0.0.1', 'fe80::1', 'localhost', '', 'not an address'];
  for (const address of otherAddresses) {
    it(`does not count ${JSON.stringify(address)} as this machine`, () => {
      assert.equal(isLoopbackAddress(address), false);
    });
  }

  const loopbackUrls = ['http://localhost:3000', 'https://localhost/', 'http://127.0.0.1:51234/', 'http://127.1:80', 'http://[::1]:8080', 'http://LOCALHOST:1'];
  for (const url of loopbackUrls) {
    it(`accepts the serviceUrl ${url}`, () => {
      assert.equal(isLoopbackUrl(url), true);
    });
  }

  const otherUrls = [
    'http://attacker.example',
    'http://10.0.0.5:6379',
    'http://169.254.169.254/latest/meta-data',
    'http://localhost.attacker.example',
    'http://localhost@attacker.example',
    'http://127.0.0.1.nip.io',
    'ftp://localhost/',
    'file:///etc/passwd',
    'gopher://127.0.0.1:6379/',
    'not a url',
  ];
  for (const url of otherUrls) {
    it(`refuses the serviceUrl ${url}`, () => {
      assert.equal(isLoopbackUrl(url), false);
    });
  }

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
